#!/usr/bin/env python3
"""Held-out figures of a training recipe on ANOTHER corpus's held-out voices: a fixed test set, so
that two recipes (corpus conditions, extractor build, model kind) can be compared on the very same
segments rather than each on its own corpus's draw.

In:  --train-corpus (a make_corpus.py output: its training voices are used, see train.py's
     is_test_voice), --test-corpus (one or more; each one's held-out voices are scored; e.g. the
     training corpus itself and a corpus made by an earlier make_corpus.py), a calltone binary (features through `calltone features --json`,
     cached in each corpus's features.jsonl or in --test-cache when the test corpus is read-only),
     --feature-set and --model (train.py's names, e.g. dev / mlp16x5 / mlp16x5+ord).
Out: on stdout, train.py's metrics on the test corpus's held-out voices: overall, per channel, per
     language and per engine.

    models/tone/compare_heldout.py --calltone target/release/calltone \\
        --train-corpus models/tone/work/corpus --test-corpus OLD_CORPUS --test-cache /tmp/old.jsonl
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train as T  # noqa: E402

KEYS = ["n", "smile_auc", "smile_vs_neutral_auc", "mild_smile_vs_neutral_auc", "stress_auc", "stress_vs_excited_auc", "arousal_high_auc",
        "calm_vs_neutral_auc", "valence_pos_auc", "valence_neg_auc", "valence_3class_acc"]


def load(corpus: Path, cache: Path, calltone: str, extra: list[str]):
    manifest = json.loads((corpus / "manifest.json").read_text())
    feats = T.run_extractor(calltone, extra, corpus, [c["file"] for c in manifest["calls"]], cache)
    return T.build_table(manifest, feats)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calltone", required=True)
    ap.add_argument("--calltone-args", default="")
    ap.add_argument("--train-corpus", required=True)
    ap.add_argument("--test-corpus", required=True, nargs="+", help="one or more corpora, each scored on its own")
    ap.add_argument("--test-cache", default=None,
                    help="feature cache for the test corpus (default: its features.jsonl); seeded from it when given")
    ap.add_argument("--feature-set", default="dev")
    ap.add_argument("--model", default="mlp16x5")
    args = ap.parse_args()
    calltone = str(Path(args.calltone).resolve())
    extra = args.calltone_args.split()
    if args.test_cache and len(args.test_corpus) > 1:
        raise SystemExit("--test-cache needs a single --test-corpus")
    train_corpus = Path(args.train_corpus).resolve()
    na, Xa, ra, _ = load(train_corpus, train_corpus / "features.jsonl", calltone, extra)
    train = np.array([not T.is_test_voice(r) for r in ra])
    Xtr, rtr = T.subset(Xa, ra, train)
    model = T.ToneModel(T.select_columns(na, args.feature_set), args.model).fit(Xtr, T.targets(rtr))
    for test_corpus in args.test_corpus:
        test_corpus = Path(test_corpus).resolve()
        test_cache = test_corpus / "features.jsonl"
        if args.test_cache:
            if not Path(args.test_cache).exists() and test_cache.exists():
                shutil.copyfile(test_cache, args.test_cache)
            test_cache = Path(args.test_cache)
        nb, Xb, rb, _ = load(test_corpus, test_cache, calltone, extra)
        if na != nb:
            raise SystemExit("the two corpora gave different feature names")
        test = np.array([T.is_test_voice(r) for r in rb])
        Xte, rte = T.subset(Xb, rb, test)
        pred = model.predict(Xte)
        print(f"trained on {len(rtr)} segments of {train_corpus} (training voices), "
              f"tested on {len(rte)} segments of {test_corpus} (held-out voices); {args.feature_set}/{args.model}")
        m = T.metrics(rte, pred)
        print("all", {k: m[k] for k in KEYS})
        print("  smile by strength", m["smile_mean_by_strength"])
        print("  loud speech: valence - AUC", m["valence_neg_aroused_auc"], "shifted only",
              m["valence_neg_shifted_aroused_auc"], "smile AUC shifted only", m["smile_shifted_aroused_auc"])
        print("  valence by condition", m["valence_mean_by_condition"])
        print("  smile by condition", m["smile_mean_by_condition"])
        smiles = np.array([r["condition"] == "smile" for r in rte])
        print("  stress by condition", m["stress_mean_by_condition"],
              "; share of smile segments with stress > 0.5:",
              round(float((pred["stress"][smiles] > 0.5).mean()), 3))
        for key in ("channel", "lang", "engine"):
            for g, mg in T.breakdown(rte, pred, key).items():
                print(f"{key} {g}", {k: mg[k] for k in KEYS})
    return 0


if __name__ == "__main__":
    sys.exit(main())
