#!/usr/bin/env python3
"""Word and character error rates of calltone's transcripts on the tone corpus's calls.

The tone corpus (`make tone-model` writes it under models/tone/work/corpus) holds synthetic
calls in ar, he, el and en: many voices and engines, each line known (models/tone/sentences.tsv)
with its place in the call, heard clean, through a room and through a telephone channel. That
makes it a held-out test set for the speech recogniser in all four languages, which the
samples alone are not. Whisper base is weak on synthetic Arabic and Hebrew, so read the
figures as a comparison between two builds or settings, not as absolute accuracy.

    benches/asr_accuracy.py --calltone target/release/calltone --voices 3 --channels clean phone

prints CER and WER per language and channel condition (errors summed over the lines, divided
by the reference length), the language forced, ASR seconds, and the encoder's work: the
encoder positions Whisper ran (50 per second of audio), summed over every encoder pass, from
each report's `timings_ms.whisper` (`encoded_s`, `windows`, `encoder_passes`). Run it twice
(e.g. two binaries) on the same selection to compare; `--threads 1` makes runs reproducible and
lets two run side by side.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))
from textnorm import edit_distance, normalise  # noqa: E402


def sentences():
    by_lang = defaultdict(list)
    for line in (ROOT / "models/tone/sentences.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, text = line.split("\t", 1)
        by_lang[lang].append(text)
    return by_lang


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calltone", default=str(ROOT / "target/release/calltone"))
    ap.add_argument("--corpus", default=str(ROOT / "models/tone/work/corpus"))
    ap.add_argument("--languages", nargs="+", default=["ar", "he", "el", "en"])
    ap.add_argument("--channels", nargs="+", default=["clean", "phone"], help="clean, phone, room")
    ap.add_argument("--voices", type=int, default=3, help="voices per language (the first ones, sorted)")
    ap.add_argument("--skip-voices", type=int, default=0,
                    help="start after this many voices (sorted), for a second, unseen selection")
    ap.add_argument("--label", default="")
    ap.add_argument("--threads", type=int, help="CALLTONE_THREADS for calltone (default: its own)")
    args = ap.parse_args()

    corpus = Path(args.corpus)
    manifest = json.loads((corpus / "manifest.json").read_text())
    texts = sentences()
    calls = defaultdict(list)
    for call in manifest["calls"]:
        if call["lang"] in args.languages and call["channel"] in args.channels:
            calls[call["lang"]].append(call)

    # char errors, chars, word errors, words, asr s, encoder positions
    totals = defaultdict(lambda: [0, 0, 0, 0, 0.0, 0])
    env = dict(os.environ)
    if args.threads:
        env["CALLTONE_THREADS"] = str(args.threads)
    failed = []
    for lang in args.languages:
        voices = sorted({c["voice"] for c in calls[lang]})[args.skip_voices:][: args.voices]
        for call in sorted(calls[lang], key=lambda c: c["file"]):
            if call["voice"] not in voices:
                continue
            out = subprocess.run(
                [args.calltone, "analyze", "--json", "--language", lang, str(corpus / call["file"])],
                capture_output=True, text=True, env=env,
            )
            if out.returncode != 0:
                failed.append(call["file"])
                print(f"{args.label} {call['file']}: FAILED ({out.returncode}): {out.stderr[-300:]}",
                      file=sys.stderr, flush=True)
                continue
            report = json.loads(out.stdout)
            heard = " ".join(t["text"] for t in report["turns"])
            said = " ".join(texts[lang][u["sentence"]] for u in call["utterances"])
            ref, hyp = normalise(said, lang), normalise(heard, lang)
            t = totals[(lang, call["channel"])]
            t[0] += edit_distance(list(ref), list(hyp))
            t[1] += len(ref)
            t[2] += edit_distance(ref.split(), hyp.split())
            t[3] += len(ref.split())
            t[4] += report["timings_ms"]["asr"] / 1000
            whisper = report["timings_ms"].get("whisper") or {}
            work = round(whisper.get("encoded_s", 0) * 50)
            t[5] += work
            print(f"{args.label} {call['file']}: CER {edit_distance(list(ref), list(hyp)) / max(1, len(ref)):.3f}"
                  f", {whisper.get('windows', 0)} windows, {whisper.get('encoder_passes', 0)} encoder passes,"
                  f" {work} positions",
                  file=sys.stderr, flush=True)
    print(f"| {args.label} language | channel | CER | WER | ASR s | encoder positions |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for (lang, channel), (ce, cn, we, wn, s, work) in sorted(totals.items()):
        print(f"| {lang} | {channel} | {ce / max(1, cn):.3f} | {we / max(1, wn):.3f} | {s:.1f} | {work} |")
    if failed:
        print(f"\nFailed ({len(failed)}): " + ", ".join(failed))


if __name__ == "__main__":
    main()
