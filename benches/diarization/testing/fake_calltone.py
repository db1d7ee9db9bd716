#!/usr/bin/env python3
"""A stand-in for calltone's diarization contract, to test eval.py before the stage exists.

`fake_calltone.py diarize FILE... [--speakers N]` prints RTTM derived from the truth next to
each FILE (<id>.rttm), and `fake_calltone.py analyze --json FILE` prints a report with turns
(speaker, role, start_ms, end_ms) and `speakers`, as the stage will. FAKE_MODE picks the
hypothesis: truth (labels renamed S1, S2), swapped (roles swapped), one (one speaker over
all speech, no overlap; one speaker, the agent, in `speakers`), nodiarize (no `diarize` subcommand: exit 2).
"""
import json
import os
import sys

mode = os.environ.get("FAKE_MODE", "truth")
args = sys.argv[1:]
if not args:
    sys.exit(2)
cmd, rest = args[0], args[1:]
if cmd == "diarize" and mode == "nodiarize":
    print("error: unrecognized subcommand 'diarize'", file=sys.stderr)
    sys.exit(2)
if "--help" in rest:
    print(f"fake calltone {cmd}")
    sys.exit(0)
files = [a for a in rest if a.endswith(".wav")]


def truth(wav):
    segs = []
    with open(os.path.splitext(wav)[0] + ".rttm") as f:
        for line in f:
            p = line.split()
            segs.append((float(p[3]), float(p[3]) + float(p[4]), p[7]))
    labels = sorted({s[2] for s in segs})
    agent = "agent" if "agent" in labels else labels[0]
    order = [agent] + [l for l in labels if l != agent]
    name = {l: f"S{i + 1}" for i, l in enumerate(order)}
    if mode == "one":
        name = {l: "S1" for l in labels}
    return segs, name, agent


if cmd == "diarize":
    for wav in files:
        stem = os.path.splitext(os.path.basename(wav))[0]
        segs, name, _ = truth(wav)
        if mode == "one":  # one speaker over the union of all speech: no overlap
            merged = []
            for s, e, l in sorted(segs):
                if merged and s <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], e)
                else:
                    merged.append([s, e, l])
            segs = [tuple(m) for m in merged]
        for s, e, l in segs:
            print(f"SPEAKER {stem} 1 {s:.3f} {e - s:.3f} <NA> <NA> {name[l]} <NA> <NA>")
elif cmd == "analyze":
    wav = files[0]
    segs, name, agent = truth(wav)
    role_of = {}
    for l, lab in name.items():
        r = "agent" if l == agent else "customer"
        if mode == "swapped":
            r = "customer" if r == "agent" else "agent"
        role_of.setdefault(lab, r)  # mode one: S1 keeps the agent's role
    turns = [{"speaker": name[l], "role": role_of[name[l]], "start_ms": int(s * 1000),
              "end_ms": int(e * 1000), "text": ""} for s, e, l in segs]
    labs = sorted(set(name.values()))
    speakers = [{"label": lab, "role": role_of[lab], "role_confidence": 0.9,
                 "role_reason": "fake", "speech_ms": sum(t["end_ms"] - t["start_ms"]
                                                         for t in turns if t["speaker"] == lab)}
                for lab in labs]
    print(json.dumps({"turns": turns, "speakers": speakers}))
else:
    sys.exit(2)
