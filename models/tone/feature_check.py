#!/usr/bin/env python3
"""Does each extractor feature carry the manipulation it should? A check of the Rust extractor on
the labelled corpus, one feature at a time (no model).

In:  the corpus (make_corpus.py) and its feature cache, filled by train.py or by this script
     (`calltone features --json`, the same code path as serving).
Out: a table on stdout: for each feature, the ROC AUC of smile-vs-neutral, stress-vs-neutral and
     calm-vs-neutral segments (0.5 = no information; below 0.5 = the feature goes down), and the
     share of segments where it is undefined. With --compare, the same for every binary in the
     cache and the correlation between binaries, to catch a feature that stops moving. With
     --by-channel, the smile-vs-neutral AUC of each feature per channel condition (clean, room,
     phone): a feature the telephone channel erases shows it there.

    models/tone/feature_check.py --calltone target/release/calltone
    models/tone/feature_check.py --compare
    models/tone/feature_check.py --calltone target/release/calltone --by-channel
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train as T  # noqa: E402


def per_feature(names, X, rows) -> dict[str, tuple]:
    cond = np.array([r["condition"] for r in rows])
    out = {}
    for i, n in enumerate(names):
        x = X[:, i]
        res = []
        for c in ("smile", "stress", "calm"):
            sel = ((cond == c) | (cond == "neutral")) & ~np.isnan(x)
            res.append(T.auc(cond[sel] == c, x[sel]) if sel.sum() > 5 else None)
        res.append(round(100.0 * float(np.isnan(x).mean()), 1))
        out[n] = tuple(res)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(T.HERE / "work" / "corpus"))
    ap.add_argument("--calltone", default=None, help="run this binary first (results are cached)")
    ap.add_argument("--calltone-args", default="")
    ap.add_argument("--compare", action="store_true", help="every binary found in the cache")
    ap.add_argument("--by-channel", action="store_true", help="smile AUC per channel condition")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    manifest = json.loads((corpus / "manifest.json").read_text())
    cache = corpus / "features.jsonl"
    if args.calltone:
        T.run_extractor(str(Path(args.calltone).resolve()), args.calltone_args.split(), corpus,
                        [c["file"] for c in manifest["calls"]], cache)
    by_bin: dict[str, dict] = {}
    for line in cache.read_text().splitlines():
        r = json.loads(line)
        by_bin.setdefault(r["_calltone_sha256"], {})[r["_rel"]] = r
    files = {c["file"] for c in manifest["calls"]}
    complete = {b: f for b, f in by_bin.items() if files <= set(f)}
    if args.calltone:
        want = T.references.sha256_file(Path(args.calltone).resolve())
        complete = {want: complete[want]}
    elif not args.compare:
        complete = dict(list(complete.items())[-1:])
    if not complete:
        raise SystemExit(f"no complete feature set in {cache}: pass --calltone")
    tables = {b[:8]: T.build_table(manifest, f) for b, f in complete.items()}
    names = next(iter(tables.values()))[0]
    res = {b: per_feature(*t[:3]) for b, t in tables.items()}
    print("AUC of smile / stress / calm vs neutral segments, % undefined; per binary (sha256 prefix)")
    print(f"{'feature':32s} " + "   ".join(f"{b:>26s}" for b in res))
    for n in names:
        cells = []
        for b in res:
            if n not in res[b]:
                cells.append(f"{'absent':>26s}")
                continue
            s, st, c, u = res[b][n]
            fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
            cells.append(f"{fmt(s)} {fmt(st)} {fmt(c)} {u:5.1f}%")
        print(f"{n:32s} " + "   ".join(f"{x:>26s}" for x in cells))
    if args.by_channel:
        for b, (names_b, X, rows) in ((b, t[:3]) for b, t in tables.items()):
            cond = np.array([r["condition"] for r in rows])
            chan = np.array([r["channel"] for r in rows])
            channels = sorted(set(chan))
            print(f"\nsmile vs neutral AUC per channel, binary {b}")
            print(f"{'feature':32s} " + " ".join(f"{c:>7s}" for c in channels))
            for i, n in enumerate(names_b):
                cells = []
                for c in channels:
                    sel = (chan == c) & ((cond == "smile") | (cond == "neutral")) & ~np.isnan(X[:, i])
                    cells.append(f"{T.auc(cond[sel] == 'smile', X[sel, i]):7.3f}" if sel.sum() > 5 else "      -")
                print(f"{n:32s} " + " ".join(cells))
    if len(tables) > 1:
        (b1, t1), (b2, t2) = list(tables.items())[:2]
        if len(t1[2]) == len(t2[2]):
            print(f"\ncorrelation per feature between {b1} and {b2} (same segments):")
            for i, n in enumerate(names):
                if n in t2[0]:
                    a, b = t1[1][:, i], t2[1][:, t2[0].index(n)]
                    ok = ~np.isnan(a) & ~np.isnan(b)
                    print(f"  {n:32s} {np.corrcoef(a[ok], b[ok])[0, 1]:6.2f}" if ok.sum() > 2 else f"  {n:32s}   -")
    return 0


if __name__ == "__main__":
    sys.exit(main())
