#!/usr/bin/env python3
"""A set of distinct stereo telephone calls for the ASR comparison (`benches/compare.sh --calls`).

The diarization bench (`benches/diarization/run.sh`) synthesises two-party calls with every
line's text (`turns` in each call's JSON) and a 16 kHz stereo file (agent left, customer
right). This script takes the calls of the chosen languages from its `dev` and `heldout` sets
and writes them as a contact centre records them: G.711 µ-law, 8 kHz, each channel through a
300-3400 Hz band (sox), into OUT/, with OUT/reference.json in samples/reference.json's form
(per file: language, channels, turns with channel, start and text), which
`compare_faster_whisper.py --reference` reads for WER.

Voices: espeak-ng variants, Festival (slt HTS, kal diphone) and Piper (joe), all synthetic; the
agent reads contact-centre scripts, the customer a problem, with overlaps and backchannels.
Whisper never saw these calls and nothing in calltone was tuned on their words.

Usage: benches/asr_calls.py [--from target/diarization] [--out bench-results/calls]
                            [--languages en]
Prints the files it wrote, one per line (compare.sh passes them on).
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", default=str(ROOT / "target/diarization"))
    ap.add_argument("--out", default=str(ROOT / "bench-results/calls"))
    ap.add_argument("--languages", nargs="+", default=["en"])
    ap.add_argument("--sets", nargs="+", default=["dev", "heldout"])
    args = ap.parse_args()

    source, out = Path(args.source), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    samples, written = [], []
    for set_name in args.sets:
        for meta_path in sorted((source / set_name).glob("*.json")):
            meta = json.loads(meta_path.read_text())
            if meta["language"] not in args.languages:
                continue
            if "turns" not in meta:
                sys.exit(f"{meta_path} has no turns: re-run benches/diarization/run.sh")
            stereo = source / set_name / meta["stereo_file"]
            dest = out / meta["file"].replace(".wav", "_stereo_8k_ulaw.wav")
            if not dest.exists() or dest.stat().st_mtime < stereo.stat().st_mtime:
                subprocess.run(
                    ["sox", str(stereo), "-e", "u-law", "-b", "8", "-r", "8000", str(dest), "sinc", "300-3400"],
                    check=True,
                )
            samples.append({
                "file": dest.name,
                "language": meta["language"],
                "channels": 2,
                "duration_s": meta["duration_s"],
                "voices": meta["voices"],
                "turns": meta["turns"],
            })
            written.append(dest)
    if not samples:
        sys.exit(f"no calls in {source} for {args.languages}: run benches/diarization/run.sh first")
    reference = {"generator": "benches/asr_calls.py", "from": str(source), "samples": samples}
    (out / "reference.json").write_text(json.dumps(reference, ensure_ascii=False, indent=1) + "\n")
    minutes = sum(s["duration_s"] for s in samples) / 60
    print(f"{len(samples)} calls, {minutes:.1f} min, in {out}", file=sys.stderr)
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
