#!/usr/bin/env python3
"""Scores calltone's speaker diarization of mono calls against RTTM truth.

For each set (a directory of <id>.wav + <id>.rttm [+ <id>.json]):
1. `calltone diarize FILE... --speakers 2` and `calltone diarize FILE...` (speaker count
   found by the stage): RTTM on stdout, file id = the WAV's stem; scored by der.py (DER with
   +-0.25 s collars, overlap scored, optimal label mapping; also without collar);
2. unless --no-analyze, `calltone analyze --json FILE` per file: when the report has a
   speakers (the `channels` entries that carry a `speaker` label, each with `role`,
   `role_confidence`, `role_reason`, `speech_ms`) and turns with `speaker`, `role`,
   `start_ms`, `end_ms`:
   - role right: exactly one speaker has role "agent", and that speaker's turns overlap the
     truth agent (the RTTM label named by the call's JSON `agent_label`, default "agent") more
     than any other truth speaker. Sets without an agent in their truth (the AMI clips) are
     not scored for roles;
   - both roles right: role right, and a speaker with role "customer" whose turns overlap
     the truth customer most (a one-speaker answer can pass "role right", not this);
   - speakers found: len(speakers), against the truth's count.
Prints a markdown table (set, mode, calls, minutes, DER, missed, FA, confusion, DER without
collar, speakers found right, role right) and writes everything to --json.

When the binary has no `diarize` subcommand (the stage is not built yet), it says so and
stops with exit code 0 without scoring (exit 2 when there is no binary at all).

--agent-calls: give `analyze` each other call of the set with the same agent voice as
`--agent-call` (the agent's earlier mono calls).
--enrolled PATH: passed through as `--enrolled PATH` when calltone's --help mentions it (it
does not: the enrolled voice is measured by enrolled.py, with `calltone diarize --agent-voice`).

Usage: eval.py [--set NAME=DIR ...] [--calltone target/release/calltone] [--json OUT]
               [--no-analyze] [--call-language] [--analyze-arg=ARG ...] [--modes k2,auto]
               [--agent-calls] [--enrolled PATH] [--timeout S]
Without --set: dev, heldout, mixes and real under target/diarization/ (those that exist).
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import der  # noqa: E402

DEFAULT_SETS = ["dev", "heldout", "mixes", "real"]
MODES = {"k2": ["--speakers", "2"], "auto": ["--speakers", "auto"]}


def wav_seconds(path):
    """Duration from the RIFF header (any WAV format: data bytes / byte rate)."""
    import struct

    with open(path, "rb") as f:
        data = f.read()
    pos, byte_rate, size = 12, None, None
    while pos + 8 <= len(data):
        cid, n = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if cid == b"fmt ":
            byte_rate = struct.unpack("<I", data[pos + 16:pos + 20])[0]
        elif cid == b"data":
            size = min(n, len(data) - pos - 8)
        pos += 8 + n + (n & 1)
    return size / byte_rate if byte_rate and size is not None else 0.0


def calls_in(d):
    out = []
    for wav in sorted(glob.glob(os.path.join(d, "*.wav"))):
        stem = os.path.splitext(wav)[0]
        if os.path.exists(stem + ".rttm"):
            meta = {}
            if os.path.exists(stem + ".json"):
                with open(stem + ".json") as f:
                    meta = json.load(f)
            out.append({"id": os.path.basename(stem), "wav": wav, "rttm": stem + ".rttm",
                        "meta": meta, "seconds": wav_seconds(wav)})
    return out


def help_text(calltone, sub):
    p = subprocess.run([calltone, sub, "--help"], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def run_diarize(calltone, files, extra, timeout):
    """RTTM annotations by file id, plus errors. One run for all files; if it fails, one run
    per file so a bad file costs only itself."""
    t0 = time.monotonic()
    p = subprocess.run([calltone, "diarize", *[c["wav"] for c in files], *extra],
                       capture_output=True, text=True, timeout=timeout)
    wall = time.monotonic() - t0
    if p.returncode == 0:
        return der.parse_rttm_text(p.stdout), {}, wall
    hyps, errors = {}, {}
    t0 = time.monotonic()
    for c in files:
        q = subprocess.run([calltone, "diarize", c["wav"], *extra],
                           capture_output=True, text=True, timeout=timeout)
        if q.returncode == 0:
            hyps.update(der.parse_rttm_text(q.stdout))
        else:
            errors[c["id"]] = (q.stderr.strip().splitlines() or ["exit %d" % q.returncode])[-1]
    return hyps, errors, time.monotonic() - t0


def overlap_s(intervals, ann, label):
    """Seconds of `intervals` [(start, end)] that overlap `label`'s speech in `ann`."""
    from pyannote.core import Segment, Timeline

    mine = Timeline([Segment(s, e) for s, e in intervals if e > s]).support()
    theirs = ann.label_timeline(label).support()
    return sum(seg.duration for seg in mine.crop(theirs, mode="intersection"))


def analyze_roles(calltone, c, ref, extra, timeout):
    """Role and speaker-count outcome of one call from `calltone analyze --json`."""
    p = subprocess.run([calltone, "analyze", "--json", c["wav"], *extra],
                       capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]}
    try:
        report = json.loads(p.stdout.strip().splitlines()[0])
    except (ValueError, IndexError) as e:
        return {"error": f"no JSON report: {e}"}
    speakers = [dict(ch, label=ch["speaker"]) for ch in report.get("channels", [])
                if ch.get("speaker")]
    if not speakers:
        # A mono call heard as one party: one speaker, named by the channel's role.
        speakers = [dict(ch, label=None) for ch in report.get("channels", [])]
    out = {"speakers_found": len(speakers), "speakers_true": len(ref.labels()),
           "speakers": speakers}
    truth_agent = c["meta"].get("agent_label", "agent")
    if truth_agent not in ref.labels():
        return out  # no agent in this truth: roles not scored
    agents = [s.get("label") for s in speakers if s.get("role") == "agent"]
    if len(agents) != 1:
        out.update(role_right=False, role_note=f"{len(agents)} speakers with role agent")
        return out
    def best_truth(label):
        turns = [(t["start_ms"] / 1000, t["end_ms"] / 1000) for t in report.get("turns", [])
                 if t.get("speaker") == label]
        by_label = {l: overlap_s(turns, ref, l) for l in ref.labels()}
        best = max(by_label, key=by_label.get) if by_label and max(by_label.values()) > 0 else None
        return best, {k: round(v, 2) for k, v in by_label.items()}

    best, overlaps = best_truth(agents[0])
    out.update(role_right=best == truth_agent, agent_overlap_s=overlaps)
    # Stricter: also a speaker named customer whose turns overlap the truth customer most (a
    # one-speaker answer that calls everything "agent" passes role_right when the agent talks
    # more, and fails this).
    truth_customer = c["meta"].get("customer_label", "customer")
    customers = [s.get("label") for s in speakers if s.get("role") == "customer"]
    out["roles_both_right"] = out["role_right"] and any(
        best_truth(l)[0] == truth_customer for l in customers)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", default=[], metavar="NAME=DIR")
    ap.add_argument("--calltone", default=os.path.join(ROOT, "target/release/calltone"))
    ap.add_argument("--json", default=os.path.join(ROOT, "target/diarization/results.json"))
    ap.add_argument("--modes", default="k2,auto", help="k2 (--speakers 2) and/or auto")
    ap.add_argument("--no-analyze", action="store_true", help="skip the roles (no ASR run)")
    ap.add_argument("--analyze-arg", action="append", default=[],
                    help="extra argument for `calltone analyze` (repeat), e.g. --analyze-arg=--languages=en,ar,he,el")
    ap.add_argument("--call-language", action="store_true",
                    help="pass each call's language from its JSON to `analyze` as --language "
                         "(role cues in the words depend on the ASR getting the language)")
    ap.add_argument("--enrolled", help="to be wired: enrolled agent voices, passed through "
                                       "as --enrolled when calltone accepts it")
    ap.add_argument("--agent-calls", action="store_true",
                    help="give `analyze` the set's other calls whose agent is the same voice "
                         "(<id>.json voices.agent) as --agent-call: the agent's earlier calls")
    ap.add_argument("--timeout", type=float, default=3600)
    a = ap.parse_args()

    sets = [s.split("=", 1) for s in a.set] or [
        [n, os.path.join(ROOT, "target/diarization", n)] for n in DEFAULT_SETS
        if os.path.isdir(os.path.join(ROOT, "target/diarization", n))]
    if not os.access(a.calltone, os.X_OK):
        print(f"eval: no calltone binary at {a.calltone} (build it: cargo build --release)",
              file=sys.stderr)
        return 2
    rc, text = help_text(a.calltone, "diarize")
    if rc != 0:
        msg = (f"eval: {a.calltone} has no `diarize` subcommand (the diarization stage is not "
               f"built yet); nothing scored")
        print(msg, file=sys.stderr)
        os.makedirs(os.path.dirname(os.path.abspath(a.json)), exist_ok=True)
        with open(a.json, "w") as f:
            json.dump({"status": "no-diarize", "calltone": a.calltone, "message": msg}, f, indent=1)
        return 0
    extra_d, extra_a = [], list(a.analyze_arg)
    if a.enrolled:
        if "--enrolled" in text:
            extra_d += ["--enrolled", a.enrolled]
        else:
            print("eval: --enrolled given but `calltone diarize` does not take it yet; ignored",
                  file=sys.stderr)
        if not a.no_analyze and "--enrolled" in help_text(a.calltone, "analyze")[1]:
            extra_a += ["--enrolled", a.enrolled]

    results = {"calltone": a.calltone, "convention": None, "sets": {}}
    rows = []
    for name, d in sets:
        calls = calls_in(d)
        if not calls:
            print(f"eval: no <id>.wav + <id>.rttm in {d}; set {name} skipped", file=sys.stderr)
            continue
        refs = der.load_rttm([c["rttm"] for c in calls])
        minutes = sum(c["seconds"] for c in calls) / 60
        ids = [c["id"] for c in calls]
        entry = {"dir": d, "calls": len(calls), "minutes": round(minutes, 2), "modes": {}}
        for mode in a.modes.split(","):
            hyps, errors, wall = run_diarize(a.calltone, calls, MODES[mode] + extra_d, a.timeout)
            stray = sorted(set(hyps) - set(ids))
            if stray:
                print(f"eval: {name}/{mode}: hypothesis file ids not in the set: {stray[:5]} "
                      f"(the RTTM file id must be the WAV's stem)", file=sys.stderr)
            s = der.score(refs, hyps, files=ids)
            found = [s["files"][i]["hyp_speakers"] == s["files"][i]["ref_speakers"] for i in ids]
            results["convention"] = s["convention"]
            entry["modes"][mode] = {"score": s, "errors": errors, "wall_s": round(wall, 2),
                                    "rtf": round(wall / (minutes * 60), 4) if minutes else None,
                                    "speaker_count_right": sum(found) / len(found)}
        roles = {}
        if not a.no_analyze:
            for c in calls:
                lang = c["meta"].get("language") if a.call_language else None
                extra = extra_a + (["--language", lang] if lang else [])
                if a.agent_calls:
                    agent = c["meta"].get("voices", {}).get("agent")
                    extra += [x for o in calls if o is not c and agent
                              and o["meta"].get("voices", {}).get("agent") == agent
                              for x in ("--agent-call", o["wav"])]
                roles[c["id"]] = analyze_roles(a.calltone, c, refs[c["id"]], extra, a.timeout)
        entry["analyze"] = roles
        scored = [r["role_right"] for r in roles.values() if "role_right" in r]
        counted = [r["speakers_found"] == r["speakers_true"] for r in roles.values()
                   if "speakers_found" in r]
        entry["role_right"] = sum(scored) / len(scored) if scored else None
        both = [r["roles_both_right"] for r in roles.values() if "roles_both_right" in r]
        entry["roles_both_right"] = sum(both) / len(both) if both else None
        entry["role_scored_calls"] = len(scored)
        entry["analyze_speaker_count_right"] = sum(counted) / len(counted) if counted else None
        entry["analyze_errors"] = {k: v["error"] for k, v in roles.items() if "error" in v}
        results["sets"][name] = entry
        for mode, m in entry["modes"].items():
            t = m["score"]["total"]
            role = ("n/a" if entry["role_right"] is None else
                    f"{100 * entry['role_right']:.0f} % ({len(scored)})")
            both_s = ("n/a" if entry["roles_both_right"] is None else
                      f"{100 * entry['roles_both_right']:.0f} %")
            rows.append(f"| {name} | {mode} | {len(calls)} | {minutes:.1f} | {100 * t['der']:.1f} | "
                        f"{100 * t['missed']:.1f} | {100 * t['false_alarm']:.1f} | "
                        f"{100 * t['confusion']:.1f} | {100 * t['no_collar']['der']:.1f} | "
                        f"{100 * m['speaker_count_right']:.0f} % | {role} | {both_s} |"
                        + (f" {len(m['errors'])} failed" if m["errors"] else ""))
    print("| set | mode | calls | minutes | DER % | missed % | FA % | confusion % | "
          "DER % no collar | speaker count right | role right (calls) | both roles right |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print("\nDER: +-0.25 s collar around reference boundaries, overlap scored, optimal label "
          "mapping (pyannote.metrics); k2 = --speakers 2, auto = count found by calltone.")
    os.makedirs(os.path.dirname(os.path.abspath(a.json)), exist_ok=True)
    with open(a.json, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    print(f"written: {a.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
