#!/usr/bin/env python3
"""Evaluates `calltone sentiment` on the labelled customer-service sentences in data/eval/.

    scripts/eval_sentiment.py split            # once, before any tuning: data/eval/LANG.tsv
                                              #   -> data/eval/dev/LANG.tsv + data/eval/test/LANG.tsv
    scripts/eval_sentiment.py [--split test] [--binary target/release/calltone] [--errors]

Reports, per language, 3-class accuracy (positive / neutral / negative, the label from the
CLI's neutral band) and abuse precision and recall. Tune only on `dev`; report `test`.
The split is stratified by (label, abusive) and ordered by a hash of the text, so it does
not depend on the order the sentences were written in.
"""
import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "data" / "eval"
LANGUAGES = ["ar", "he", "el", "en"]


def read(path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, abusive, text = line.split("\t", 2)
        rows.append((label, abusive == "1", text))
    return rows


def write(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for label, abusive, text in rows:
            f.write(f"{label}\t{int(abusive)}\t{text}\n")


def split():
    for lang in LANGUAGES:
        source = EVAL / f"{lang}.tsv"
        header = source.read_text(encoding="utf-8").splitlines(keepends=True)[0]
        rows = read(source)
        dev, test = [], []
        for stratum in sorted({(r[0], r[1]) for r in rows}):
            members = sorted((r for r in rows if (r[0], r[1]) == stratum),
                             key=lambda r: hashlib.sha1(r[2].encode()).hexdigest())
            for i, row in enumerate(members):
                (dev if i % 2 == 0 else test).append(row)
        write(EVAL / "dev" / f"{lang}.tsv", header, dev)
        write(EVAL / "test" / f"{lang}.tsv", header, test)
        source.unlink()
        print(f"{lang}: {len(dev)} dev, {len(test)} test")


def evaluate(split_name, binary, show_errors):
    print(f"| language | sentences | 3-class accuracy | abuse precision | abuse recall |")
    print(f"| --- | --- | --- | --- | --- |")
    failures = []
    for lang in LANGUAGES:
        rows = read(EVAL / split_name / f"{lang}.tsv")
        out = subprocess.run([binary, "sentiment", "--language", lang],
                             input="\n".join(r[2] for r in rows) + "\n",
                             capture_output=True, text=True, check=True)
        results = [json.loads(line) for line in out.stdout.splitlines()]
        assert len(results) == len(rows)
        correct = tp = fp = fn = 0
        for (label, abusive, text), r in zip(rows, results):
            correct += r["label"] == label
            flagged = bool(r["abusive"])
            tp += flagged and abusive
            fp += flagged and not abusive
            fn += abusive and not flagged
            if show_errors and (r["label"] != label or flagged != abusive):
                failures.append(f"{lang} want {label}{' abusive' if abusive else ''}, got "
                                f"{r['label']} {r['sentiment']:+.2f}{' abusive' if flagged else ''}: "
                                f"{text}  {r['cues']}")
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        print(f"| {lang} | {len(rows)} | {correct / len(rows):.1%} ({correct}/{len(rows)}) | "
              f"{precision:.0%} ({tp}/{tp + fp}) | {recall:.0%} ({tp}/{tp + fn}) |")
    for f in failures:
        print(f, file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="eval", choices=["eval", "split"])
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "calltone"))
    parser.add_argument("--errors", action="store_true", help="list misclassified sentences")
    args = parser.parse_args()
    if args.command == "split":
        split()
    else:
        evaluate(args.split, args.binary, args.errors)


if __name__ == "__main__":
    main()
