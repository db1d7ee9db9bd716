#!/usr/bin/env python3
"""Train, evaluate and export the tone classifier (models/tone/tone.onnx).

In:  the corpus of make_corpus.py (OUT/corpus/manifest.json + calls/*.wav) and the calltone
     binary: features come ONLY from `calltone features FILE... --json` (the Rust extractor the
     service itself runs; no feature is computed in Python).
Out: models/tone/tone.onnx (+ tone.onnx.sha256), models/tone/eval.json (every figure) and the
     generated figures section of models/tone/REPORT.md.

Steps: run the extractor over every call; match each VAD segment to the manifest utterance it
overlaps (a segment that spans two utterances or mostly silence is dropped); fit four heads on the
standardised features; evaluate on voices, engines and languages never seen in training; refit on
all data and export one ONNX graph (built with onnx.helper, checked against the numpy model).

ONNX contract (see models/tone/README.md): input `features` float32 [N, F] in the extractor's
`feature_names` order, undefined features as NaN; outputs float32 [N]: `smile` 0..1, `arousal`
0..1, `valence` -1..1, `stress` 0..1, `confidence` 0..1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
import references  # noqa: E402

warnings.filterwarnings("ignore", category=ConvergenceWarning)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SEED = 20261122
Z_CLIP = 8.0
OOD_Z = 5.0
VERSION = "tone-6"
# Head options appended to every learner cross-validation chooses from (see ToneModel): the smile
# head is ordinal over the smile strengths.
HEAD_OPTIONS = "+ord"

# ---------------------------------------------------------------------------------------------
# Features from the Rust extractor
# ---------------------------------------------------------------------------------------------


def run_extractor(calltone: str, extra_args: list[str], corpus: Path, files: list[str], cache: Path,
                  batch: int = 16, key: str = "") -> dict[str, dict]:
    """Runs `calltone features --json` over FILES (relative to CORPUS); returns file -> record.
    Records are cached in CACHE (JSON lines) keyed by file name, the binary's hash and KEY (e.g.
    the hash of the reference file the deviations are taken from)."""
    bin_hash = references.binary_sha256(calltone) + key
    out: dict[str, dict] = {}
    wanted = set(files)
    if cache.exists():
        for line in cache.read_text().splitlines():
            rec = json.loads(line)
            if rec.get("_calltone_sha256") == bin_hash and rec["_rel"] in wanted:
                out[rec["_rel"]] = rec
    todo = [f for f in files if f not in out]
    if todo:
        print(f"extracting features of {len(todo)} files with {calltone}", file=sys.stderr)
    t0 = time.time()
    with cache.open("a") as fh:
        for i in range(0, len(todo), batch):
            chunk = todo[i: i + batch]
            cmd = [calltone, "features", *extra_args, "--json", *[str(corpus / f) for f in chunk]]
            res = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
            if res.returncode != 0:
                sys.stderr.write(res.stderr[-4000:])
                raise SystemExit(f"calltone features failed (exit {res.returncode}): {' '.join(cmd[:4])} ...")
            recs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
            if len(recs) != len(chunk):
                raise SystemExit(f"calltone features printed {len(recs)} records for {len(chunk)} files")
            for f, rec in zip(chunk, recs):
                rec["_rel"] = f
                rec["_calltone_sha256"] = bin_hash
                out[f] = rec
                fh.write(json.dumps(rec) + "\n")
            print(f"  {min(i + batch, len(todo))}/{len(todo)} files, {time.time() - t0:.0f} s", file=sys.stderr)
    return out


def build_table(manifest: dict, feats: dict[str, dict], min_seg_ms: int = 300):
    """Matches VAD segments to utterances. Returns (feature_names, X, rows, stats); rows hold the
    labels and the call's metadata."""
    names = None
    X, rows = [], []
    stats = dict(segments=0, matched=0, short=0, ambiguous=0, unmatched=0, utterances=0, utterances_found=0)
    for call in manifest["calls"]:
        rec = feats[call["file"]]
        if names is None:
            names = rec["feature_names"]
        elif rec["feature_names"] != names:
            raise SystemExit(f"feature_names differ between files ({call['file']})")
        utts = call["utterances"]
        stats["utterances"] += len(utts)
        found = set()
        segs = rec["channels"][0]["segments"]
        for seg in segs:
            stats["segments"] += 1
            s, e = seg["start_ms"], seg["end_ms"]
            if e - s < min_seg_ms:
                stats["short"] += 1
                continue
            ov = [max(0, min(e, u["end_ms"]) - max(s, u["start_ms"])) for u in utts]
            hit = [i for i, o in enumerate(ov) if o > 0]
            if len(hit) != 1:
                stats["ambiguous" if len(hit) > 1 else "unmatched"] += 1
                continue
            i = hit[0]
            if ov[i] < 0.5 * (e - s):  # mostly outside the utterance
                stats["unmatched"] += 1
                continue
            stats["matched"] += 1
            found.add(i)
            u = utts[i]
            X.append([np.nan if seg["features"].get(n) is None else float(seg["features"][n]) for n in names])
            rows.append(dict(file=call["file"], voice=call["voice"], engine=call["engine"], lang=call["lang"],
                             family=call.get("family", call["engine"]), algorithm=call.get("algorithm", "world"),
                             call_condition=call.get("call_condition", "mixed"),
                             smile_pitch=u.get("smile_pitch"),
                             channel=call["channel"], utt=i, start_ms=s, end_ms=e, condition=u["condition"],
                             level=u["level"], smile=u["smile"], arousal_level=u["arousal_level"],
                             arousal=u["arousal"], stress=u["stress"], valence=u["valence"]))
        stats["utterances_found"] += len(found)
    return names, np.asarray(X, dtype=np.float64), rows, stats


# ---------------------------------------------------------------------------------------------
# Model: standardise -> NaN to 0 -> clip -> four heads (logistic regression or a small MLP)
# ---------------------------------------------------------------------------------------------

HEADS = ("smile", "stress", "arousal", "valence")


def targets(rows: list[dict]) -> dict[str, np.ndarray]:
    return dict(
        smile=np.array([r["smile"] > 0 for r in rows], int),
        stress=np.array([r["stress"] for r in rows], int),
        arousal=np.array([0 if r["arousal_level"] < 0 else (1 if r["arousal_level"] == 0 else 2) for r in rows], int),
        valence=np.array([r["valence"] + 1 for r in rows], int),  # 0 negative, 1 neutral, 2 positive
        smile_strength=np.array([r["smile"] for r in rows], float),  # 0, 0.35, 0.7, 1
    )


# Ordinal smile head ("+ord"): one binary head per threshold on the smile strength, the smile
# score the mean of P(strength > t) over the thresholds, i.e. the expected strength level (a
# cumulative-link ordinal model). Neutral < 0.35 < 0.7 < 1 are ordered in training, not one class.
SMILE_THRESHOLDS = (0.2, 0.5, 0.85)


def select_columns(names: list[str], feature_set: str) -> list[int]:
    if feature_set == "all":
        return list(range(len(names)))
    if feature_set == "dev":
        return [i for i, n in enumerate(names) if n.endswith("_dev")]
    if feature_set == "dev+quality":  # speaker-relative features plus level-free voice-quality ratios
        keep = {"jitter_local_pct", "shimmer_local_db", "hnr_db", "voiced_ratio", "pause_ratio"}
        return [i for i, n in enumerate(names) if n.endswith("_dev") or n in keep]
    raise ValueError(feature_set)


class ToneModel:
    def __init__(self, cols: list[int], kind: str):
        """KIND: the heads' learner ("lr1", "mlp16", "mlp16x5") and options after "+":
        "+ord" an ordinal smile head (SMILE_THRESHOLDS); "+ovr" valence from two one-vs-rest
        heads: P(negative) is the stress head's (the corpus's negative valence is exactly its
        stress label), P(positive) a binary head, valence = P(positive) - P(negative)."""
        self.cols, self.kind = cols, kind
        self.learner, *opts = kind.split("+")
        self.ordinal_smile, self.ovr_valence = "ord" in opts, "ovr" in opts
        if set(opts) - {"ord", "ovr"}:
            raise ValueError(kind)
        self.heads = {}

    def _learners(self):
        if self.learner.startswith("lr"):
            c = float(self.learner[2:] or 1.0)
            return [LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=SEED)]
        if self.learner.startswith("mlp"):
            # "mlpH" = one tanh MLP with H hidden units; "mlpHxK" = K of them from different
            # initial weights, their class probabilities averaged (a seed ensemble: the
            # same fit, less dependence on one initialisation).
            size, _, k = self.learner[3:].partition("x")
            return [MLPClassifier(hidden_layer_sizes=(int(size),), activation="tanh", alpha=1e-2,
                                  max_iter=600, early_stopping=False, random_state=SEED + i)
                    for i in range(int(k or 1))]
        raise ValueError(self.kind)

    def _z(self, X: np.ndarray) -> np.ndarray:
        z = (X[:, self.cols] - self.mean) / self.scale
        return np.clip(np.nan_to_num(z, nan=0.0), -Z_CLIP, Z_CLIP)

    def fit(self, X: np.ndarray, y: dict[str, np.ndarray]) -> "ToneModel":
        Xs = X[:, self.cols]
        self.mean = np.nanmean(Xs, axis=0)
        self.mean = np.where(np.isfinite(self.mean), self.mean, 0.0)
        sd = np.nanstd(Xs, axis=0)
        self.scale = np.where(np.isfinite(sd) & (sd > 1e-9), sd, 1.0)
        z = self._z(X)
        for h in HEADS:
            if h == "smile" and self.ordinal_smile:
                members = []
                for t in SMILE_THRESHOLDS:  # the same learners for every threshold
                    for member in self._learners():
                        members.append(member.fit(z, (y["smile_strength"] > t).astype(int)))
            elif h == "valence" and self.ovr_valence:
                members = [m.fit(z, (y["valence"] == 2).astype(int)) for m in self._learners()]
            else:
                members = [m.fit(z, y[h]) for m in self._learners()]
            self.heads[h] = members
        # The per-call smile: a linear ordinal head on the same features. Per-call scores must
        # rise when the same voice smiles more, wherever the voice sits against the reference
        # (a voice 12 % below the population norms is still below them when it smiles); the
        # MLP is flat or not monotone that far from its training data, a linear head is
        # monotone everywhere. Per-turn scores keep the MLP.
        # Not class-balanced, as the MLP heads are not: its probabilities keep the corpus's
        # share of smiles, so that a neutral call's per-call smile stays low.
        self.smile_call = [LogisticRegression(C=1.0, max_iter=2000, random_state=SEED)
                           .fit(z, (y["smile_strength"] > t).astype(int)) for t in SMILE_THRESHOLDS]
        return self

    def _proba(self, h: str, z: np.ndarray) -> np.ndarray:
        """Class probabilities over the head's full class set (a class absent from a small
        training fold gets probability 0)."""
        n = 2 if h in ("smile", "stress") or (h == "valence" and self.ovr_valence) else 3
        full = np.zeros((len(z), n))
        for m in self.heads[h]:
            full[:, m.classes_] += m.predict_proba(z)
        return full / len(self.heads[h])

    def predict(self, X: np.ndarray) -> dict[str, np.ndarray]:
        z = self._z(X)
        p = {h: self._proba(h, z) for h in HEADS}
        if self.ovr_valence:  # P(neg and not pos), P(neither or both), P(pos and not neg), heads independent
            neg, pos = p["stress"][:, 1], p["valence"][:, 1]
            p["valence"] = np.stack([neg * (1 - pos), (1 - neg) * (1 - pos) + neg * pos, pos * (1 - neg)], axis=1)
        smile_call = np.mean([m.predict_proba(z)[:, 1] for m in self.smile_call], axis=0)
        out = dict(smile=p["smile"][:, 1], stress=p["stress"][:, 1], smile_call=smile_call,
                   arousal=p["arousal"][:, 2] + 0.5 * p["arousal"][:, 1],
                   valence=p["valence"][:, 2] - p["valence"][:, 0])
        ent = []
        for h in HEADS:
            q = np.clip(p[h], 1e-7, 1.0)
            ent.append(-(q * np.log(q)).sum(axis=1) / np.log(q.shape[1]))
        certainty = 1.0 - np.mean(ent, axis=0)
        raw = (X[:, self.cols] - self.mean) / self.scale
        present = np.mean(~np.isnan(raw), axis=1)
        in_range = np.mean(np.nan_to_num(np.abs(raw), nan=0.0) <= OOD_Z, axis=1)
        out["confidence"] = certainty * present * in_range
        out["_proba"] = p
        return out


# ---------------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------------


def auc(y: np.ndarray, s: np.ndarray) -> float | None:
    y = np.asarray(y)
    if len(np.unique(y)) < 2:
        return None
    return round(float(roc_auc_score(y, s)), 3)


def metrics(rows: list[dict], pred: dict) -> dict:
    y = targets(rows)
    cond = np.array([r["condition"] for r in rows])
    lvl = np.array([r["arousal_level"] for r in rows])
    neutral_or = lambda c: (cond == "neutral") | (cond == c)  # noqa: E731
    m = dict(n=len(rows))
    m["smile_auc"] = auc(y["smile"], pred["smile"])
    sel = neutral_or("smile")  # the pure smile effect (prosody untouched) against neutral speech
    m["smile_vs_neutral_auc"] = auc(y["smile"][sel], pred["smile"][sel])
    sm = np.array([r["smile"] for r in rows])
    sel = (cond == "neutral") | ((cond == "smile") & (sm > 0) & (sm < 0.5))  # the mildest smile (0.35)
    m["mild_smile_vs_neutral_auc"] = auc(y["smile"][sel], pred["smile"][sel])
    # Smile with and without a pitch rise (the timbre alone), each against neutral speech.
    pitch = np.array([r.get("smile_pitch") for r in rows], dtype=object)
    is_smile = np.array([str(r["condition"]).startswith("smile") and r["smile"] > 0 for r in rows])
    for name, flag in (("smile_with_pitch_vs_neutral_auc", True), ("smile_timbre_only_vs_neutral_auc", False)):
        sel = (cond == "neutral") | (is_smile & (pitch == flag))
        m[name] = auc(y["smile"][sel], pred["smile"][sel])
    m["stress_auc"] = auc(y["stress"], pred["stress"])
    sel = (cond == "stress") | (cond == "excited")  # same arousal cues: does stress need the tense voice?
    m["stress_vs_excited_auc"] = auc(y["stress"][sel], pred["stress"][sel])
    m["arousal_high_auc"] = auc(lvl > 0, pred["arousal"])
    m["arousal_low_auc"] = auc(lvl < 0, -pred["arousal"])
    sel = (cond == "neutral") | (cond == "calm")
    m["calm_vs_neutral_auc"] = auc(lvl[sel] < 0, -pred["arousal"][sel])
    m["arousal_spearman"] = spearman(lvl, pred["arousal"])
    m["valence_pos_auc"] = auc(y["valence"] == 2, pred["valence"])
    m["valence_neg_auc"] = auc(y["valence"] == 0, -pred["valence"])
    vpred = np.argmax(pred["_proba"]["valence"], axis=1)
    m["valence_3class_acc"] = round(float(np.mean(vpred == y["valence"])), 3) if len(rows) else None
    m["smile_acc@0.5"] = round(float(np.mean((pred["smile"] > 0.5) == (y["smile"] == 1))), 3) if len(rows) else None
    m["stress_acc@0.5"] = round(float(np.mean((pred["stress"] > 0.5) == (y["stress"] == 1))), 3) if len(rows) else None
    # mean scores per smile strength and per arousal level (monotonic response)
    sm = np.array([r["smile"] for r in rows])
    sc = (cond == "smile") | (cond == "neutral")
    m["smile_mean_by_strength"] = {f"{s:g}": round(float(pred["smile"][(sm == s) & sc].mean()), 3)
                                   for s in sorted(set(sm[sc]))}
    m["arousal_mean_by_level"] = {str(int(k)): round(float(pred["arousal"][lvl == k].mean()), 3) for k in sorted(set(lvl))}
    m["stress_mean_by_condition"] = {c: round(float(pred["stress"][cond == c].mean()), 3) for c in sorted(set(cond))}
    neu = cond == "neutral"
    m["neutral_false_alarm@0.5"] = {h: round(float(np.mean(pred[h][neu] > 0.5)), 3) for h in ("smile", "stress")} if neu.any() else None
    m["confidence_mean"] = round(float(np.mean(pred["confidence"])), 3) if len(rows) else None
    # Mean smile and valence per condition; the smile effect against a whole-voice shift; and the
    # headline AUCs over the conditions of tone-1's corpus only (no anger, no shifts), comparable
    # with models trained before those conditions existed.
    m["smile_mean_by_condition"] = {c: round(float(pred["smile"][cond == c].mean()), 3) for c in sorted(set(cond))}
    m["valence_mean_by_condition"] = {c: round(float(pred["valence"][cond == c].mean()), 3) for c in sorted(set(cond))}
    sel = (cond == "smile") | (cond == "shift")
    m["smile_vs_shift_auc"] = auc(y["smile"][sel], pred["smile"][sel])
    # Loud speech only (stress, anger, excited, with or without a whole-voice shift): is its
    # valence told apart by more than loudness and pitch? And the same on the shifted ones only.
    aroused = np.isin(cond, ["stress", "anger", "excited", "stress_shift", "anger_shift", "excited_shift"])
    m["valence_neg_aroused_auc"] = auc(y["valence"][aroused] == 0, -pred["valence"][aroused])
    shifted = np.isin(cond, ["stress_shift", "anger_shift", "excited_shift"])
    m["valence_neg_shifted_aroused_auc"] = auc(y["valence"][shifted] == 0, -pred["valence"][shifted])
    m["smile_shifted_aroused_auc"] = auc(y["smile"][shifted], pred["smile"][shifted])
    old = ~np.isin(cond, ["anger", "shift", "stress_shift", "anger_shift", "excited_shift", "level"])
    m["tone1_conditions"] = {
        "n": int(old.sum()), "smile_auc": auc(y["smile"][old], pred["smile"][old]),
        "stress_auc": auc(y["stress"][old], pred["stress"][old]),
        "valence_pos_auc": auc(y["valence"][old] == 2, pred["valence"][old]),
        "valence_neg_auc": auc(y["valence"][old] == 0, -pred["valence"][old])}
    return m


def smile_intervals(rows: list[dict], pred: dict, draws: int = 1000) -> dict:
    """95 % intervals of the three smile-vs-neutral AUCs, by resampling whole calls (the segments
    of one call share a voice, a channel and a baseline, so they are not independent draws). A
    held-out cell of a few hundred segments, a few dozen of them smiles, gives an AUC that moves
    by several hundredths between two builds of the same recipe; the interval says how much."""
    files = np.array([r["file"] for r in rows])
    calls = np.unique(files)
    members = [np.flatnonzero(files == f) for f in calls]
    cond = np.array([r["condition"] for r in rows])
    pitch = np.array([r.get("smile_pitch") for r in rows], dtype=object)
    smile = np.array([str(r["condition"]).startswith("smile") and r["smile"] > 0 for r in rows])
    neutral = cond == "neutral"
    masks = {"smile_vs_neutral": neutral | smile, "with_pitch": neutral | (smile & (pitch == True)),  # noqa: E712
             "timbre_only": neutral | (smile & (pitch == False))}  # noqa: E712
    rng = np.random.default_rng(SEED)
    got: dict[str, list[float]] = {k: [] for k in masks}
    for _ in range(draws):
        pick = np.concatenate([members[i] for i in rng.integers(len(calls), size=len(calls))])
        for k, m in masks.items():
            sel = pick[m[pick]]
            if len(np.unique(smile[sel])) == 2:
                got[k].append(roc_auc_score(smile[sel], pred["smile"][sel]))
    return {k: [round(float(np.percentile(v, 2.5)), 3), round(float(np.percentile(v, 97.5)), 3)] if v else None
            for k, v in got.items()} | {"calls": int(len(calls))}


def spearman(a, b) -> float | None:
    if len(a) < 3 or len(np.unique(a)) < 2:
        return None
    ra = np.argsort(np.argsort(a, kind="stable"), kind="stable").astype(float)
    # average ranks for ties in a
    for v in np.unique(a):
        idx = a == v
        ra[idx] = ra[idx].mean()
    rb = np.argsort(np.argsort(b)).astype(float)
    return round(float(np.corrcoef(ra, rb)[0, 1]), 3)


def breakdown(rows, pred, key) -> dict:
    out = {}
    vals = sorted(set(r[key] for r in rows))
    for v in vals:
        idx = np.array([r[key] == v for r in rows])
        sub = [r for r, k in zip(rows, idx) if k]
        p = {k: (val[idx] if k != "_proba" else {h: q[idx] for h, q in val.items()}) for k, val in pred.items()}
        out[v] = metrics(sub, p)
    return out


def subset(X, rows, mask):
    idx = np.where(mask)[0]
    return X[idx], [rows[i] for i in idx]


# Held-out split by voice AND engine: flite and Festival (English voices cut from real
# recordings; they share two speakers, kal and slt, so both engines go to the test side together)
# and two espeak-ng speakers per language are never seen in training.
HELD_OUT_ESPEAK_VARIANTS = ("-m7-", "-f5-")


def is_test_voice(r: dict, heldout: dict | None = None) -> bool:
    """A voice never heard in training: the held-out family's (the manifest's `heldout.family`;
    corpora before it: flite and Festival) and two espeak-ng speakers per language."""
    family = (heldout or {}).get("family")
    if family is None:
        return r["engine"] in ("flite", "festival") or any(v in r["voice"] for v in HELD_OUT_ESPEAK_VARIANTS)
    return r.get("family", r["engine"]) == family or any(v in r["voice"] for v in HELD_OUT_ESPEAK_VARIANTS)


def is_training(r: dict, heldout: dict | None) -> bool:
    """A call (or row) training may see: a training voice, and not the held-out manipulation
    algorithm (the manifest's `heldout.algorithm`)."""
    algorithm = (heldout or {}).get("algorithm")
    return not is_test_voice(r, heldout) and (algorithm is None or r.get("algorithm", "world") != algorithm)


def choose_config(X, rows, configs, folds=4) -> tuple[tuple[str, str], dict]:
    """Grouped cross-validation over voices, on the training side only."""
    voices = sorted(set(r["voice"] for r in rows))
    rng = np.random.default_rng(SEED)
    order = rng.permutation(len(voices))
    fold_of = {voices[j]: k % folds for k, j in enumerate(order)}
    g = np.array([fold_of[r["voice"]] for r in rows])
    scores = {}
    for fs, kind, cols in configs:
        vals = []
        for k in range(folds):
            tr, te = g != k, g == k
            Xtr, rtr = subset(X, rows, tr)
            Xte, rte = subset(X, rows, te)
            mdl = ToneModel(cols, kind).fit(Xtr, targets(rtr))
            m = metrics(rte, mdl.predict(Xte))
            vals.append(np.nanmean([m["smile_auc"] or np.nan, m["stress_auc"] or np.nan,
                                    m["arousal_high_auc"] or np.nan, m["arousal_low_auc"] or np.nan,
                                    m["valence_pos_auc"] or np.nan, m["valence_neg_auc"] or np.nan]))
        scores[f"{fs}/{kind}"] = round(float(np.mean(vals)), 4)
        print(f"  cv {fs:12s} {kind:6s} mean AUC {scores[f'{fs}/{kind}']:.4f}", file=sys.stderr)
    best = max(scores, key=scores.get)
    fs, kind = best.split("/")
    return (fs, kind), scores


# ---------------------------------------------------------------------------------------------
# ONNX export
# ---------------------------------------------------------------------------------------------


def export_onnx(model: ToneModel, names: list[str], path: Path, meta: dict) -> None:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes, inits = [], []

    def const(name, arr, dtype=np.float32):
        if name not in {i.name for i in inits}:
            inits.append(numpy_helper.from_array(np.asarray(arr, dtype=dtype), name))
        return name

    def node(op, ins, outs, **kw):
        nodes.append(helper.make_node(op, ins, outs, **kw))
        return outs[0]

    x = "features"
    sel = node("Gather", [x, const("cols", np.array(model.cols, np.int64), np.int64)], ["x_sel"], axis=1)
    raw = node("Div", [node("Sub", [sel, const("mean", model.mean)], ["x_c"]), const("scale", model.scale)], ["z_raw"])
    isnan = node("IsNaN", [raw], ["z_isnan"])
    z0 = node("Where", [isnan, const("zero", np.zeros(1)), raw], ["z_filled"])
    z = node("Clip", [z0, const("zmin", -Z_CLIP), const("zmax", Z_CLIP)], ["z"])

    probs = {}
    for h in HEADS:
        members = model.heads[h]
        member_probs = []
        for i, m in enumerate(members):
            binary = h in ("smile", "stress") or (h == "valence" and model.ovr_valence)
            if len(m.classes_) != (2 if binary else 3):
                raise SystemExit(f"head {h} was trained without all its classes: {m.classes_}")
            # The first member keeps the single model's node names (one-member graphs as before).
            t = h if i == 0 else f"{h}_m{i}"
            if isinstance(m, LogisticRegression):
                W, b = m.coef_.T, m.intercept_
                logits = node("Add", [node("MatMul", [z, const(f"{t}_W", W)], [f"{t}_zw"]), const(f"{t}_b", b)],
                              [f"{t}_logit"])
            else:
                W1, b1 = m.coefs_[0], m.intercepts_[0]
                W2, b2 = m.coefs_[1], m.intercepts_[1]
                hid = node("Tanh", [node("Add", [node("MatMul", [z, const(f"{t}_W1", W1)], [f"{t}_h0"]),
                                                  const(f"{t}_b1", b1)], [f"{t}_h1"])], [f"{t}_h"])
                logits = node("Add", [node("MatMul", [hid, const(f"{t}_W2", W2)], [f"{t}_o0"]), const(f"{t}_b2", b2)],
                              [f"{t}_logit"])
            if len(m.classes_) == 2:
                p1 = node("Sigmoid", [logits], [f"{t}_p1"])  # [N,1]
                member_probs.append(node("Concat", [node("Sub", [const("one", np.ones(1)), p1], [f"{t}_p0"]), p1],
                                         [f"{t}_p"], axis=1))
            else:
                member_probs.append(node("Softmax", [logits], [f"{t}_p"], axis=1))
        if len(member_probs) == 1:
            probs[h] = member_probs[0]
        else:  # the members' mean
            acc = member_probs[0]
            for i, q in enumerate(member_probs[1:]):
                acc = node("Add", [acc, q], [f"{h}_psum{i}"])
            probs[h] = node("Mul", [acc, const(f"{h}_inv_k", 1.0 / len(member_probs))], [f"{h}_pmean"])

    cols = {}

    def col(h, k):  # column k of probs[h], shape [N]; one node per column
        key = f"{h}_c{k}" if probs[h] != "valence_p3" else f"valence_p3_c{k}"
        if key not in cols:
            cols[key] = node("Gather", [probs[h], const(f"idx_{h}_{k}", np.array(k, np.int64), np.int64)], [key], axis=1)
        return cols[key]

    if model.ovr_valence:  # [P(neg, not pos), P(neither or both), P(pos, not neg)] from two independent heads
        neg, pos = col("stress", 1), col("valence", 1)
        one = const("one", np.ones(1))
        not_neg = node("Sub", [one, neg], ["v_not_neg"])
        not_pos = node("Sub", [one, pos], ["v_not_pos"])
        p_neg = node("Mul", [neg, not_pos], ["v_neg_only"])
        p_pos = node("Mul", [pos, not_neg], ["v_pos_only"])
        p_mid = node("Sub", [node("Sub", [one, p_neg], ["v_rest0"]), p_pos], ["v_mid"])
        ax1 = const("axis1", np.array([1], np.int64), np.int64)
        probs["valence"] = node("Concat", [node("Unsqueeze", [v, ax1], [f"{v}_2d"]) for v in (p_neg, p_mid, p_pos)],
                                ["valence_p3"], axis=1)
    node("Identity", [col("smile", 1)], ["smile_raw"])
    node("Identity", [col("stress", 1)], ["stress_raw"])
    node("Add", [col("arousal", 2), node("Mul", [col("arousal", 1), const("half", 0.5)], ["ar_half"])], ["arousal_raw"])
    node("Sub", [col("valence", 2), col("valence", 0)], ["valence_raw"])
    # confidence = (1 - mean normalised entropy of the heads) * present fraction * in-range fraction
    ents = []
    for h in HEADS:
        k = 3 if h in ("arousal", "valence") else 2
        q = node("Clip", [probs[h], const(f"{h}_eps", 1e-7), const(f"{h}_one", 1.0)], [f"{h}_q"])
        e = node("ReduceSum", [node("Mul", [q, node("Log", [q], [f"{h}_lq"])], [f"{h}_qlq"]),
                              const(f"{h}_ax", np.array([1], np.int64), np.int64)], [f"{h}_nent"], keepdims=0)
        ents.append(node("Mul", [e, const(f"{h}_norm", -1.0 / np.log(k))], [f"{h}_ent"]))
    s = ents[0]
    for i, e in enumerate(ents[1:]):
        s = node("Add", [s, e], [f"ent_sum{i}"])
    cert = node("Sub", [const("one_c", 1.0), node("Mul", [s, const("quarter", 1.0 / len(HEADS))], ["ent_mean"])], ["certainty"])
    present = node("ReduceMean", [node("Cast", [node("Not", [isnan], ["z_present_b"])], ["z_present"], to=TensorProto.FLOAT)],
                   ["present"], axes=[1], keepdims=0)  # opset 17: axes is an attribute
    inr = node("ReduceMean", [node("Cast", [node("LessOrEqual", [node("Abs", [z0], ["z_abs"]), const("ood", OOD_Z)], ["z_in_b"])],
                                   ["z_in"], to=TensorProto.FLOAT)], ["in_range"], axes=[1], keepdims=0)
    node("Mul", [node("Mul", [cert, present], ["cp"]), inr], ["confidence"])
    # the per-call smile: the mean of the linear ordinal heads' P(strength > t)
    acc = None
    for i, m in enumerate(model.smile_call):
        logit = node("Add", [node("MatMul", [z, const(f"smile_call{i}_W", m.coef_.T)], [f"smile_call{i}_zw"]),
                             const(f"smile_call{i}_b", m.intercept_)], [f"smile_call{i}_logit"])
        p1 = node("Sigmoid", [logit], [f"smile_call{i}_p1"])
        acc = p1 if acc is None else node("Add", [acc, p1], [f"smile_call_sum{i}"])
    node("Mul", [acc, const("smile_call_inv_k", 1.0 / len(model.smile_call))], ["smile_call_raw"])
    # squeeze the [N,1] outputs to [N]
    for o in ("smile", "arousal", "valence", "stress", "smile_call"):
        node("Reshape", [f"{o}_raw", const(f"{o}_shape", np.array([-1], np.int64), np.int64)], [o])
    F = len(names)
    graph = helper.make_graph(
        nodes, "calltone_tone",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", F])],
        [helper.make_tensor_value_info(o, TensorProto.FLOAT, ["N"])
         for o in ("smile", "arousal", "valence", "stress", "confidence", "smile_call")],
        inits)
    mdl = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="calltone models/tone/train.py")
    mdl.ir_version = 8
    for k, v in meta.items():
        p = mdl.metadata_props.add()
        p.key, p.value = k, v if isinstance(v, str) else json.dumps(v)
    onnx.checker.check_model(mdl)
    path.write_bytes(mdl.SerializeToString())


def check_onnx(path: Path, model: ToneModel, X: np.ndarray) -> float:
    import onnxruntime as ort
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = sess.run(None, {"features": X.astype(np.float32)})
    names = [o.name for o in sess.get_outputs()]
    ref = model.predict(X)
    return max(float(np.max(np.abs(g - ref[n]))) for g, n in zip(got, names))


# ---------------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(HERE / "work" / "corpus"))
    ap.add_argument("--calltone", default=os.environ.get("CALLTONE", str(REPO / "target" / "release" / "calltone")))
    ap.add_argument("--calltone-args", default=os.environ.get("CALLTONE_ARGS", ""),
                    help="extra arguments for `calltone features` (e.g. --models-dir DIR)")
    ap.add_argument("--config", default=os.environ.get("TONE_CONFIG", ""),
                    help="FEATURE_SET/KIND (e.g. dev/mlp16x5+ord): skip the cross-validated model choice")
    ap.add_argument("--calltone-rev", default=os.environ.get("CALLTONE_REV", ""),
                    help="source revision the calltone binary was built from (recorded in the metadata)")
    ap.add_argument("--out", default=str(HERE / "tone.onnx"))
    ap.add_argument("--eval", default=str(HERE / "eval.json"))
    ap.add_argument("--report", default=str(HERE / "REPORT.md"), help="REPORT.md whose figures section is rewritten")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    args.calltone = str(Path(args.calltone).resolve())
    if not Path(args.calltone).exists():
        raise SystemExit(f"{args.calltone} not found: build calltone first (cargo build --release) or pass --calltone")
    manifest = json.loads((corpus / "manifest.json").read_text())
    files = [c["file"] for c in manifest["calls"]]
    feats = run_extractor(args.calltone, args.calltone_args.split(), corpus, files, corpus / "features.jsonl")
    names, X, rows, stats = build_table(manifest, feats)
    print(f"{X.shape[0]} labelled segments x {X.shape[1]} features; match stats {stats}", file=sys.stderr)

    heldout_spec = manifest.get("heldout")
    work = corpus / "references"
    work.mkdir(exist_ok=True)
    extra = args.calltone_args.split()

    # ---- references: population norms from the training voices' neutral speech, each voice's
    # profile from its mixed calls; every call's features against the norms, and each voice's
    # whole-condition calls against its profile (the Rust extractor computes every deviation).
    norms = references.build_norms(args.calltone, extra, corpus, manifest, feats,
                                   lambda c: is_training(c, heldout_spec), work, REPO)
    norms_path = work / "norms.json"
    norms_path.write_text(json.dumps(norms))
    norms_key = hashlib.sha256(norms_path.read_bytes()).hexdigest()[:16]
    feats_pop = run_extractor(args.calltone, extra + ["--norms", str(norms_path)], corpus, files,
                              corpus / "features_population.jsonl", key="norms" + norms_key)
    profiles = references.voice_profiles(args.calltone, extra, corpus, manifest, work, REPO)
    feats_prof: dict[str, dict] = {}
    for voice, path in profiles.items():
        mine = [c["file"] for c in manifest["calls"]
                if c["voice"] == voice and references.call_condition(c) != "mixed"]
        if mine:
            key = "profile" + hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            feats_prof.update(run_extractor(args.calltone, extra + ["--profile", str(path)], corpus, mine,
                                            corpus / "features_profile.jsonl", key=key))
    by_ref = {"call": feats, "population": feats_pop, "profile": feats_prof}
    tables = {}
    for ref, fx in by_ref.items():
        # Against the call, only mixed calls teach anything: in a call smiled (or stressed)
        # throughout, every segment sits at the call's own median, so its labels cannot be
        # heard against it (that is what the other references are for).
        sub = dict(manifest, calls=[c for c in manifest["calls"] if c["file"] in fx and
                                    (ref != "call" or references.call_condition(c) == "mixed")])
        n2, Xr, rr, _ = build_table(sub, fx)
        if n2 is not None and n2 != names:
            raise SystemExit("feature names differ between references")
        for r in rr:
            r["reference"] = ref
        tables[ref] = (Xr, rr)
        print(f"  reference {ref}: {len(rr)} labelled segments", file=sys.stderr)
    X_all = np.concatenate([t[0] for t in tables.values() if len(t[1])])
    rows_all = [r for t in tables.values() for r in t[1]]

    # ---- training: training voices, not the held-out algorithm, every reference
    train_mask = np.array([is_training(r, heldout_spec) for r in rows_all])
    Xtr, rtr = subset(X_all, rows_all, train_mask)
    configs = []
    for fs in ("dev", "dev+quality", "all"):
        for kind in ("lr1", "mlp16", "mlp16x5"):
            configs.append((fs, kind + HEAD_OPTIONS, select_columns(names, fs)))
    if args.config:  # fixed by the caller (cross-validation takes about 3x as long as the rest)
        fs, kind = args.config.split("/")
        select_columns(names, fs), ToneModel([], kind)  # a bad name fails here
        cv = {args.config: None}
    else:
        print("model selection (grouped CV over training voices):", file=sys.stderr)
        (fs, kind), cv = choose_config(Xtr, rtr, configs)
    cols = select_columns(names, fs)
    print(f"chosen: {fs} features, {kind}; {len(rtr)} training segments", file=sys.stderr)
    mdl = ToneModel(cols, kind).fit(Xtr, targets(rtr))

    # ---- held-out evaluation, within the call (per-turn scores: the call reference)
    def evaluate(mask_fn) -> dict | None:
        m = np.array([r["reference"] == "call" and mask_fn(r) for r in rows_all])
        if not m.any():
            return None
        Xe, re_ = subset(X_all, rows_all, m)
        pe = mdl.predict(Xe)
        return dict(n_test=len(re_), voices=sorted(set(r["voice"] for r in re_)), overall=metrics(re_, pe),
                    smile_ci95=smile_intervals(re_, pe),
                    by_engine=breakdown(re_, pe, "engine"), by_lang=breakdown(re_, pe, "lang"),
                    by_channel=breakdown(re_, pe, "channel"), by_algorithm=breakdown(re_, pe, "algorithm"))

    algo = (heldout_spec or {}).get("algorithm")
    held_voice = lambda r: is_test_voice(r, heldout_spec)  # noqa: E731
    heldout = evaluate(lambda r: held_voice(r) and (algo is None or r["algorithm"] != algo))
    heldout["train_voices"] = sorted(set(r["voice"] for r in rtr))
    heldout["test_voices"] = heldout.pop("voices")
    heldout["n_train"] = len(rtr)
    heldout_algorithm = evaluate(lambda r: algo is not None and r["algorithm"] == algo)
    heldout_both = evaluate(lambda r: held_voice(r) and algo is not None and r["algorithm"] == algo)

    # ---- per-call scores: same-script pairs ordered, against each reference; false alarms of
    # whole neutral calls
    unseen = lambda c: not is_training(c, heldout_spec)  # noqa: E731
    pairs = {ref: {"unseen": references.pair_ordering(manifest, fx, names, mdl, unseen),
                   "all": references.pair_ordering(manifest, fx, names, mdl, lambda c: True)}
             for ref, fx in by_ref.items()}
    neutral_calls = {}
    for ref, fx in by_ref.items():
        vals = [references.per_call_scores(fx[c["file"]], names, mdl) for c in manifest["calls"]
                if references.call_condition(c) == "neutral" and unseen(c) and c["file"] in fx]
        vals = [v for v in vals if v]
        if vals:
            neutral_calls[ref] = dict(n=len(vals), **{f"{h}_above_0.5": round(float(np.mean([v[h] > 0.5 for v in vals])), 3)
                                                       for h in ("smile", "stress")},
                                      **{f"{h}_mean": round(float(np.mean([v[h] for v in vals])), 3)
                                         for h in ("smile", "stress")})
    for ref in pairs:
        print(f"  pairs ordered ({ref}, unseen): " + ", ".join(
            f"{k} {v['ordered']}/{v['pairs']}" for k, v in pairs[ref]["unseen"].items()), file=sys.stderr)
    piper = None
    lolo = {}

    # ---- final model on everything, exported with the norms
    y_all = targets(rows_all)
    final = ToneModel(cols, kind).fit(X_all, y_all)
    X = X_all
    rows = rows_all
    data_hash = hashlib.sha256()
    data_hash.update((corpus / "manifest.json").read_bytes())
    data_hash.update(X.astype(np.float32).tobytes())
    meta = dict(
        feature_names=names, version=VERSION,
        outputs={"smile": "smile strength 0..1: the mean of P(strength > t) for t in " + str(list(SMILE_THRESHOLDS))
                 + " (ordinal heads trained on smile manipulations of strength 0.35 / 0.7 / 1, with and without a pitch rise, vs the rest)",
                 "smile_call": "the per-call smile 0..1: as smile, from linear ordinal heads (monotone in every feature), for the scores of a whole channel against a profile or the norms",
                 "arousal": "P(high) + 0.5 P(neutral) of a 3-class head (calm / speaker's neutral / aroused), 0..1",
                 "valence": "P(positive) - P(negative), -1..1; positive = smile manipulations, negative = stress manipulations",
                 "stress": "P(stressed voice) 0..1: raised, wider, louder, faster F0 with jitter/shimmer/low HNR",
                 "confidence": "(1 - mean normalised entropy of the heads) x fraction of features defined x fraction within 5 SD of training"},
        input="features: float32 [N, F], columns in feature_names order, undefined = NaN (imputed to the training mean inside); "
              "deviations from the call, a voice profile or the population_norms (trained on all three)",
        normalisation=f"z = (x - mean) / scale on {len(cols)} columns ({fs}), NaN -> 0, clipped to +-{Z_CLIP}",
        model=f"{kind} heads (scikit-learn), feature set {fs}",
        training_data_sha256=data_hash.hexdigest(),
        extractor=dict(command="calltone features --json", revision=args.calltone_rev,
                       binary_sha256=references.binary_sha256(args.calltone)),
        population_norms=norms,
        training=dict(n_segments=int(X.shape[0]), n_calls=len(manifest["calls"]),
                      voices=len(set(r["voice"] for r in rows)), seed=SEED,
                      references=sorted(by_ref), heldout=heldout_spec),
    )
    out = Path(args.out)
    export_onnx(final, names, out, meta)
    err = check_onnx(out, final, X)
    print(f"ONNX vs numpy max abs diff {err:.2e}", file=sys.stderr)
    if err > 1e-4:
        raise SystemExit(f"exported ONNX disagrees with the trained model (max abs diff {err})")
    digest = references.sha256_file(out)
    (out.parent / (out.name + ".sha256")).write_text(f"{digest}  {out.name}\n")
    train_fit = metrics(rows, final.predict(X))
    macs = 0
    for h in HEADS:
        for hm in final.heads[h]:
            macs += sum(w.size for w in (hm.coefs_ if hasattr(hm, "coefs_") else [hm.coef_]))
    report = dict(version=VERSION, feature_names=names, feature_set=fs, model=kind, cv_mean_auc=cv,
                  match_stats=stats, n_segments=int(X.shape[0]), heldout_voice_engine=heldout, heldout_piper=piper,
                  heldout_spec=heldout_spec, heldout_algorithm=heldout_algorithm, heldout_voice_and_algorithm=heldout_both,
                  pair_ordering=pairs, neutral_calls_per_call=neutral_calls,
                  population_norms_summary={r["name"]: dict(calls=r["profile"]["calls"], speech_ms=r["profile"]["speech_ms"],
                                                            f0_mean_st_below=r.get("f0_mean_st_below"))
                                            for r in norms["registers"]},
                  leave_one_language_out=lolo, final_model_train_fit=train_fit, onnx_sha256=digest,
                  onnx_bytes=out.stat().st_size, onnx_vs_numpy_max_abs_diff=err, multiply_adds_per_segment=int(macs),
                  extractor=meta["extractor"],
                  training_data_sha256=meta["training_data_sha256"])
    Path(args.eval).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    write_figures(report, Path(args.report))
    print(f"wrote {out} ({out.stat().st_size} bytes, sha256 {digest[:12]}...), {args.eval}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------------
# REPORT.md figures section
# ---------------------------------------------------------------------------------------------

BEGIN, END = "<!-- figures:begin (written by train.py) -->", "<!-- figures:end -->"
COLS = [("smile_auc", "smile AUC"), ("smile_vs_neutral_auc", "smile vs neutral AUC"),
        ("mild_smile_vs_neutral_auc", "mild smile vs neutral AUC"),
        ("stress_auc", "stress AUC"), ("stress_vs_excited_auc", "stress vs excited AUC"),
        ("arousal_high_auc", "arousal high AUC"), ("calm_vs_neutral_auc", "calm vs neutral AUC"),
        ("arousal_spearman", "arousal Spearman"), ("valence_pos_auc", "valence + AUC"),
        ("valence_neg_auc", "valence − AUC"), ("valence_3class_acc", "valence 3-class acc")]


def table(title_col: str, groups: dict) -> str:
    head = f"| {title_col} | n | " + " | ".join(c[1] for c in COLS) + " |"
    sep = "|" + "---|" * (len(COLS) + 2)
    lines = [head, sep]
    for k, m in groups.items():
        vals = ["–" if m.get(c) is None else f"{m[c]:.3f}".rstrip("0").rstrip(".") if isinstance(m[c], float) else str(m[c])
                for c, _ in COLS]
        lines.append(f"| {k} | {m['n']} | " + " | ".join(vals) + " |")
    return "\n".join(lines)


def write_figures(rep: dict, path: Path) -> None:
    h = rep["heldout_voice_engine"]
    parts = [BEGIN, "",
             f"Model `{rep['version']}`: {rep['model']} heads on the `{rep['feature_set']}` feature set "
             f"({rep['n_segments']} labelled segments; ONNX {rep['onnx_bytes']} bytes, sha256 `{rep['onnx_sha256'][:16]}…`, "
             f"about {rep['multiply_adds_per_segment']} multiply-adds per segment; features from calltone "
             f"`{rep['extractor']['revision'] or 'unknown revision'}`, binary sha256 `{rep['extractor']['binary_sha256'][:16]}…`). "
             f"Segment matching: {rep['match_stats']}.",
             "", "Model choice, by grouped cross-validation over the *training* voices only (mean of six AUCs):",
             "", "| config | mean AUC |", "|---|---|"]
    parts += [f"| {k} | {v:.3f} |" if v is not None else f"| {k} | not run (fixed with --config) |"
              for k, v in rep["cv_mean_auc"].items()]
    parts += ["", f"### Held-out voices and engines ({h['n_train']} training segments, {h['n_test']} test segments)",
              "", f"Test voices (never in training): {', '.join(h['test_voices'])}.", "",
              table("test set", {"all held-out": h["overall"]}), "",
              table("engine", h["by_engine"]), "", table("language", h["by_lang"]), "",
              table("channel", h["by_channel"]), "",
              "Mean scores on the held-out voices (monotonic response):", "",
              f"- smile by smile strength (smile and neutral utterances): {h['overall']['smile_mean_by_strength']}",
              f"- arousal by arousal level (-2 calm … 3 most aroused): {h['overall']['arousal_mean_by_level']}",
              f"- stress by condition: {h['overall']['stress_mean_by_condition']}",
              f"- share of unmanipulated (neutral) segments scoring above 0.5: {h['overall']['neutral_false_alarm@0.5']}",
              f"- smile by condition: {h['overall']['smile_mean_by_condition']}",
              f"- valence by condition: {h['overall']['valence_mean_by_condition']}",
              f"- smile vs whole-voice shift AUC: {h['overall']['smile_vs_shift_auc']}",
              f"- valence − AUC among loud speech only (stress, anger, excited, shifted or not): "
              f"{h['overall']['valence_neg_aroused_auc']}; among the shifted ones only: "
              f"{h['overall']['valence_neg_shifted_aroused_auc']} (smile AUC there "
              f"{h['overall']['smile_shifted_aroused_auc']})",
              f"- over tone-1's conditions only (no anger, no shifts; comparable with models before them): "
              f"{h['overall']['tone1_conditions']}; phone only: {h['by_channel'].get('phone', {}).get('tone1_conditions')}",
              ""]
    if rep.get("heldout_piper"):
        p = rep["heldout_piper"]
        parts += [f"### Held-out engine: Piper (the neural voice; trained on all other engines, {p['n_test']} test segments)", "",
                  table("Piper by channel", {"all": p["overall"], **p["by_channel"]}), ""]
    if rep.get("leave_one_language_out"):
        parts += ["### Leave one language out (train on the other three languages, all engines)", "",
                  table("held-out language", {k: v["overall"] for k, v in rep["leave_one_language_out"].items()}), ""]
        for lang, v in rep["leave_one_language_out"].items():
            parts += [table(f"{lang} by channel", v["by_channel"]), ""]
    spec = rep.get("heldout_spec") or {}
    for key, title in (("heldout_algorithm", f"Held-out algorithm `{spec.get('algorithm')}` (all voices; never in training)"),
                       ("heldout_voice_and_algorithm", f"Held-out voices and held-out algorithm `{spec.get('algorithm')}` together")):
        ev = rep.get(key)
        if ev:
            parts += [f"### {title} ({ev['n_test']} segments)", "",
                      table("test set", {"all": ev["overall"]}), "", table("family/engine", ev["by_engine"]), "",
                      table("channel", ev["by_channel"]), "",
                      f"- smile with a pitch rise vs neutral AUC {ev['overall']['smile_with_pitch_vs_neutral_auc']}, "
                      f"timbre only {ev['overall']['smile_timbre_only_vs_neutral_auc']}",
                      f"- 95 % intervals, whole calls resampled: {ev.get('smile_ci95')}",
                      f"- share of neutral segments above 0.5: {ev['overall']['neutral_false_alarm@0.5']}", ""]
    h = rep["heldout_voice_engine"]
    parts += [f"- held-out voices: smile with a pitch rise vs neutral AUC {h['overall']['smile_with_pitch_vs_neutral_auc']}, "
              f"timbre only {h['overall']['smile_timbre_only_vs_neutral_auc']}; 95 % intervals, whole calls "
              f"resampled: {h.get('smile_ci95')}", ""]
    if rep.get("pair_ordering"):
        parts += ["### Per-call scores: same-script pairs ordered", "",
                  "The same voice saying the same lines, once neutral and once smiled (or stressed) throughout; per-call "
                  "score = duration × confidence weighted mean of the call's segment scores, as `tone::measure_call`. "
                  "`unseen`: calls of held-out voices or the held-out algorithm.", "",
                  "| reference | calls | pair kind | ordered | median margin | smallest margin |", "|---|---|---|---|---|---|"]
        for ref, sets in rep["pair_ordering"].items():
            for which, kinds in sets.items():
                for k, v in kinds.items():
                    parts.append(f"| {ref} | {which} | {k} | {v['ordered']}/{v['pairs']} | {v['margin_median']} | {v['margin_min']} |")
        parts += [""]
    if rep.get("neutral_calls_per_call"):
        parts += ["Whole neutral calls (unseen), per-call scores: " + "; ".join(
            f"{ref}: {v}" for ref, v in rep["neutral_calls_per_call"].items()), ""]
    parts += [END]
    block = "\n".join(parts)
    text = path.read_text() if path.exists() else f"# Tone model report\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        a, b = text.index(BEGIN), text.index(END) + len(END)
        text = text[:a] + block + text[b:]
    else:
        text += "\n" + block + "\n"
    path.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
