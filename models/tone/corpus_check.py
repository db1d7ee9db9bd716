#!/usr/bin/env python3
"""Score a corpus of make_corpus.py with a tone model as it is (no training) and report what the
corpus was made to check: within-call AUCs of mixed calls per side of the held-out split (the
held-out family and the other families, by algorithm), smile with and without its F0 raise
separately, the false-alarm rate on unmanipulated segments, and how many same-script pairs the
per-call scores put in the right order (call mean of the per-segment smile score for smile pairs,
of the stress score for stress and anger pairs).

    models/tone/.venv/bin/python models/tone/corpus_check.py --corpus models/tone/work/corpus \
        --calltone target/release/calltone --model models/tone/tone.onnx

Features come from `calltone features --json` (cached as train.py does) and are matched to the
manifest's utterances by train.py's `build_table`. The per-call score here is the plain mean of
per-turn scores, each judged against its own call: a baseline for per-call scores that use a
voice profile or population norms, not a substitute for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train  # noqa: E402


def auc(pos: np.ndarray, neg: np.ndarray) -> float | None:
    if len(pos) == 0 or len(neg) == 0:
        return None
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    return round(float(roc_auc_score(y, np.r_[pos, neg])), 3)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(train.HERE / "work" / "corpus"))
    ap.add_argument("--calltone", default=str(train.REPO / "target" / "release" / "calltone"))
    ap.add_argument("--calltone-args", default="")
    ap.add_argument("--model", default=str(train.HERE / "tone.onnx"))
    ap.add_argument("--cache", default="", help="features cache (default: CORPUS/../features_check.jsonl)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    m = json.loads((corpus / "manifest.json").read_text())
    cache = Path(args.cache) if args.cache else corpus.parent / "features_check.jsonl"
    feats = train.run_extractor(args.calltone, args.calltone_args.split(), corpus,
                                [c["file"] for c in m["calls"]], cache)
    names, X, rows, stats = train.build_table(m, feats)
    print("segments matched to utterances:", stats)
    meta = {p.key: p.value for p in onnx.load(args.model).metadata_props}
    if json.loads(meta["feature_names"]) != names:
        raise SystemExit("the model's feature_names are not the extractor's")
    sess = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
    pred = dict(zip([o.name for o in sess.get_outputs()], sess.run(None, {"features": X.astype(np.float32)})))
    calls = {c["file"]: c for c in m["calls"]}
    held = m.get("heldout", {})
    call_of = [calls[r["file"]] for r in rows]
    cond = np.array([r["condition"] for r in rows])
    pitch = np.array([c["utterances"][r["utt"]].get("smile_pitch") is True for c, r in zip(call_of, rows)])
    print(f"held out: {held}")
    for fam_held in (False, True):
        for alg in sorted(set(c["algorithm"] for c in m["calls"])):
            sel = np.array([c["call_condition"] == "mixed" and c["algorithm"] == alg
                            and (c["family"] == held.get("family")) == fam_held for c in call_of])
            if not sel.any():
                continue
            sm, st = pred["smile"], pred["stress"]
            neu = sel & (cond == "neutral")
            smp, smt = sel & (cond == "smile") & pitch, sel & (cond == "smile") & ~pitch
            aroused = sel & np.isin(cond, ["stress", "anger"])
            side = f"family {held.get('family')}" if fam_held else "other families"
            print(f"mixed calls, {side}, {alg}: {int(sel.sum())} segments; smile vs neutral AUC with F0 raise "
                  f"{auc(sm[smp], sm[neu])}, timbre only {auc(sm[smt], sm[neu])}; stress+anger vs rest AUC "
                  f"{auc(st[aroused], st[sel & ~aroused])}; neutral segments with smile > 0.5: "
                  f"{np.mean(sm[neu] > 0.5):.3f}, stress > 0.5: {np.mean(st[neu] > 0.5):.3f}")
    per_call: dict[str, dict[str, list]] = {}
    for i, r in enumerate(rows):
        d = per_call.setdefault(r["file"], {"smile": [], "stress": []})
        d["smile"].append(float(pred["smile"][i]))
        d["stress"].append(float(pred["stress"][i]))
    ok, tot = Counter(), Counter()
    for c in m["calls"]:
        if c.get("pair_role") != "manipulated":
            continue
        ref = next(x for x in m["calls"] if x.get("pair") == c["pair"] and x.get("pair_role") == "reference")
        key = "smile" if c["pair_kind"] == "smile" else "stress"
        g = (c["pair_kind"], "held-out family" if c["family"] == held.get("family") else "other families",
             c["algorithm"])
        tot[g] += 1
        ok[g] += int(np.mean(per_call[c["file"]][key]) > np.mean(per_call[ref["file"]][key]))
    print("same-script pairs in the right order (call mean of per-turn scores):")
    for g in sorted(tot):
        print(f"  {g[0]:6s} {g[1]:15s} {g[2]:5s} {ok[g]}/{tot[g]}")
    print(f"  all {sum(ok.values())}/{sum(tot.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
