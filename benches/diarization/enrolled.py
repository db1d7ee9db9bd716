#!/usr/bin/env python3
"""How often the agent's enrolled voice names the right speaker of a mono call.

For each call of a set (a directory of <id>.wav + <id>.rttm + <id>.json, as make_calls.py
writes them, with the stereo versions in <dir>/stereo/), the agent is enrolled from ANOTHER
call of the set in which the same voice speaks (its channel of that call's stereo file: the
agent's or the customer's), never from the call itself. Then `calltone diarize FILE
--agent-voice OTHER.wav:CHANNEL` labels each speaker `S1:agent`, `S2:customer`, … by the voice
alone (who spoke first when no voice is clearly the agent's), and the call counts as right when
the speaker labelled agent overlaps the truth's agent more than its customer. No words are
used: this measures the voice evidence, the first in the pipeline's order.

With --recurring nothing is enrolled: every OTHER mono call of the set whose agent is the same
voice is given as `--agent-call` (the agent's earlier calls, whose customers are other voices
or, in a small voice pool, sometimes the same), and the speaker whose voice recurs in them is
the agent (`calltone diarize --agent-call`; who spoke first when no voice recurs clearly).

Usage: enrolled.py SET_DIR [--recurring] [--calltone PATH] [--json OUT]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rttm(path):
    rows = []
    for line in open(path):
        f = line.split()
        if f and f[0] == "SPEAKER":
            start = float(f[3])
            rows.append((f[7], start, start + float(f[4])))
    return rows


def overlap(a, b):
    return sum(max(0.0, min(x1, y1) - max(x0, y0)) for _, x0, x1 in a for _, y0, y1 in b)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set_dir")
    ap.add_argument("--calltone", default=os.path.join(ROOT, "target/release/calltone"))
    ap.add_argument("--json")
    ap.add_argument("--recurring", action="store_true",
                    help="the agent's other mono calls, not an enrolment (see above)")
    a = ap.parse_args()
    calls = sorted(f[:-5] for f in os.listdir(a.set_dir) if f.endswith(".json"))
    meta = {c: json.load(open(os.path.join(a.set_dir, c + ".json"))) for c in calls}
    results = []
    for c in calls:
        m = meta[c]
        voice = m["voices"]["agent"]
        if a.recurring:
            others = [o for o in calls if o != c and meta[o]["voices"]["agent"] == voice]
            if not others:
                results.append({"call": c, "skipped": "the agent's voice is in no other call"})
                continue
            source = " ".join(others)
            args = [x for o in others for x in ("--agent-call", os.path.join(a.set_dir, o + ".wav"))]
            results.append(score(a, c, m, args, source))
            continue
        # Another call where this voice speaks, and its channel there.
        source = next(((o, ch) for o in calls if o != c
                       for role, ch in m_channels(meta[o]) if meta[o]["voices"][role] == voice),
                      None)
        if source is None:
            results.append({"call": c, "skipped": "the agent's voice is in no other call"})
            continue
        other, channel = source
        enrol = os.path.join(a.set_dir, meta[other]["stereo_file"]) + f":{channel}"
        results.append(score(a, c, m, ["--agent-voice", enrol], enrol))
    scored = [r for r in results if "right" in r]
    right = sum(r["right"] for r in scored)
    first = [r for r in scored if r["customer_first"]]
    by = "the voice recurring in the agent's other calls" if a.recurring else "the enrolled voice"
    print(f"agent named by {by}: {right} of {len(scored)} calls "
          f"({100 * right / max(1, len(scored)):.0f} %); where the customer spoke first: "
          f"{sum(r['right'] for r in first)} of {len(first)}; skipped "
          f"{len(results) - len(scored)}")
    if a.json:
        json.dump(results, open(a.json, "w"), indent=1)


def score(a, c, m, voice_args, source):
    """One call: diarize it with the voice evidence, and whether the agent came out right."""
    p = subprocess.run([a.calltone, "diarize", os.path.join(a.set_dir, c + ".wav")] + voice_args,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return {"call": c, "error": p.stderr.strip()[-300:]}
    hyp = [(l.split()[7], float(l.split()[3]), float(l.split()[3]) + float(l.split()[4]))
           for l in p.stdout.splitlines() if l.startswith("SPEAKER")]
    truth = rttm(os.path.join(a.set_dir, c + ".rttm"))
    agent = [h for h in hyp if h[0].endswith(":agent")]
    t_agent = [t for t in truth if t[0] == m.get("agent_label", "agent")]
    t_customer = [t for t in truth if t[0] == m.get("customer_label", "customer")]
    right = bool(agent) and overlap(agent, t_agent) > overlap(agent, t_customer)
    why = [l.split(": ", 1)[1] for l in p.stderr.splitlines() if " is the " in l]
    print(f"{c}: {'right' if right else 'WRONG'} (from {os.path.basename(source)})"
          + "".join(f"\n  {w}" for w in why), file=sys.stderr)
    return {"call": c, "voice_from": source, "right": right,
            "customer_first": m.get("customer_first", False), "why": why}


def m_channels(m):
    """(role, stereo channel) of a call's two voices."""
    return sorted(m["stereo_channels"].items(), key=lambda kv: kv[1])


if __name__ == "__main__":
    main()
