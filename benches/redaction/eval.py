#!/usr/bin/env python3
"""Scores `calltone redact --json` on the redaction sets (data/redaction/<set>/<lang>.jsonl),
through the command line, the way a deployment would run it; tests/redact.rs scores the
library the same way and asserts the held-out targets.

Recall: a personal span is found when every letter and digit of it is inside a redacted span
and one of those has its kind. Over-redaction: redacted spans touching no personal span, per
25 sentences. An item with a `context` is run as two lines (the context, then the text).

Usage: benches/redaction/eval.py [--bin target/release/calltone] [--set heldout] [--verbose]
       [--name-tagger FILE]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
KINDS = ["card", "phone", "email", "id", "iban", "name", "date_of_birth", "address"]


def redact(binary, lang, lines, tagger=None):
    extra = ["--name-tagger", tagger] if tagger else []
    out = subprocess.run([binary, "redact", "--language", lang, "--json", *extra], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line)["spans"] for line in out.splitlines()]


def score(binary, setname, lang, verbose, tagger=None):
    found = {k: [0, 0] for k in KINDS}
    over = sentences = 0
    with open(os.path.join(ROOT, "data", "redaction", setname, f"{lang}.jsonl"), encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    for item in items:
        lines = ([item["context"]] if "context" in item else []) + [item["text"]]
        got = redact(binary, lang, lines, tagger)[-1]
        text = item["text"].encode()
        sentences += 1
        for gold in item["spans"]:
            chars = text[gold["start"]:gold["end"]].decode()
            at, covered = gold["start"], True
            for c in chars:
                if c.isalnum() and not any(g["start"] <= at < g["end"] for g in got):
                    covered = False
                at += len(c.encode())
            kind = any(g["kind"] == gold["kind"] and g["start"] < gold["end"] and gold["start"] < g["end"] for g in got)
            found[gold["kind"]][1] += 1
            found[gold["kind"]][0] += covered and kind
            if verbose and not (covered and kind):
                print(f"  missed {gold['kind']}: {item['text']}")
        for g in got:
            if not any(g["start"] < p["end"] and p["start"] < g["end"] for p in item["spans"]):
                over += 1
                if verbose:
                    print(f"  over {g['kind']}: {item['text']}")
    return found, over, sentences


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "calltone"))
    ap.add_argument("--set", default="heldout")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--name-tagger", help="a tagger from examples/train_name_tagger.rs instead of the bundled one")
    args = ap.parse_args()
    print(f"{args.set}: found/total per kind, recall, over-redactions per 25 sentences")
    print("lang " + "".join(f"{k[:7]:>9}" for k in KINDS) + "   recall  over/25")
    worst = 1.0
    for lang in ["en", "ar", "he", "el"]:
        found, over, n = score(args.bin, args.set, lang, args.verbose, args.name_tagger)
        f, t = sum(v[0] for v in found.values()), sum(v[1] for v in found.values())
        worst = min(worst, f / max(t, 1))
        print(f"{lang:<5}" + "".join(f"{f'{v[0]}/{v[1]}':>9}" for v in found.values()) + f"  {100 * f / max(t, 1):6.1f} %  {over * 25 / n:6.2f}")
    sys.exit(0 if worst >= 0.98 else 1)


if __name__ == "__main__":
    main()
