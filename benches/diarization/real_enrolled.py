#!/usr/bin/env python3
"""Enrolment on real speech: each person of one AMI clip, enrolled from where they talk alone in
the other clip (the truth's RTTM says where), must name their own speaker of this clip.

    real_enrolled.py [--calltone PATH] [--dir target/diarization/real]

The two clips real.sh fetches (pyannote.audio's test files dev00 and dev01) hold the same two
people, MEE009 and MEE012. For each clip and each person: that person's solo speech in the other
clip is written as a WAV, given as `calltone diarize --agent-voice WAV:0`, and the speaker
calltone calls the agent is scored right when their segments overlap that person's truth more
than the other's. Prints one line per trial and the count right; the similarities are in
calltone's reasons. Needs numpy and scipy (the bench's venv has both).
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
from scipy.io import wavfile


def rttm(path):
    return [(r[7], float(r[3]), float(r[3]) + float(r[4])) for r in (l.split() for l in open(path))]


def solo(truth, person, n, rate):
    """Sample mask of where PERSON talks and nobody else does."""
    count = np.zeros(n, int)
    mine = np.zeros(n, bool)
    for who, a, b in truth:
        s, e = int(a * rate), min(n, int(b * rate))
        count[s:e] += 1
        if who == person:
            mine[s:e] = True
    return mine & (count == 1)


def overlap(segs, truth, person):
    return sum(max(0.0, min(b, tb) - max(a, ta)) for a, b in segs for who, ta, tb in truth if who == person)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calltone", default="target/release/calltone")
    ap.add_argument("--dir", default="target/diarization/real")
    a = ap.parse_args()
    clips = ["dev00", "dev01"]
    if not all(os.path.exists(os.path.join(a.dir, c + ".wav")) for c in clips):
        sys.exit(f"no AMI clips in {a.dir}: run benches/diarization/real.sh first")
    right = trials = 0
    with tempfile.TemporaryDirectory() as tmp:
        for call, other in (("dev00", "dev01"), ("dev01", "dev00")):
            truth = rttm(os.path.join(a.dir, call + ".rttm"))
            other_truth = rttm(os.path.join(a.dir, other + ".rttm"))
            rate, x = wavfile.read(os.path.join(a.dir, other + ".wav"))
            people = sorted({who for who, _, _ in truth})
            for person in people:
                voice = os.path.join(tmp, f"{other}-{person}.wav")
                wavfile.write(voice, rate, x[solo(other_truth, person, len(x), rate)])
                p = subprocess.run([a.calltone, "diarize", "--agent-voice", voice + ":0",
                                    os.path.join(a.dir, call + ".wav")], capture_output=True, text=True)
                lines = [l.split() for l in p.stdout.splitlines() if l.startswith("SPEAKER")]
                agent = [l for l in lines if l[7].endswith(":agent")]
                segs = [(float(l[3]), float(l[3]) + float(l[4])) for l in agent]
                others = [q for q in people if q != person]
                ok = bool(segs) and all(overlap(segs, truth, person) > overlap(segs, truth, q) for q in others)
                right += ok
                trials += 1
                why = [l for l in p.stderr.splitlines() if "is the agent" in l]
                print(f"{call}, {person} enrolled from {other}: {'right' if ok else 'WRONG'}; {why[0] if why else p.stderr.strip()[-200:]}")
    print(f"agent named by a voice enrolled from the other real clip: {right} of {trials}")


if __name__ == "__main__":
    main()
