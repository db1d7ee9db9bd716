#!/usr/bin/env python3
"""How well a speaker embedder tells the two voices of a call apart, without the rest of the stage.

    compare_embedders.py [--ge2e GE2E_ONNX] [--campplus CAMPPLUS_ONNX] WAV...   (each with <stem>.rttm)

For each call: the truth's single-speaker stretches (no overlap), cut into pieces of about 2 s
(at least 1 s), each embedded alone; then per call the AUC of same- against different-speaker
cosine similarities over all pairs of pieces, their means, and the error of a two-cluster
average-linkage clustering of the pieces (share of speech, best label mapping). This is how GE2E
(Resemblyzer, calltone's embedder until December 2026: models/speakers/README.md) and CAM++ were
compared; GE2E's ONNX is what models/speakers/resemblyzer_to_onnx.py made (git history), CAM++'s
is models/speakers/campplus-3dspeaker.onnx. Needs numpy, scipy, soundfile, onnxruntime.
"""
import argparse
import sys

import numpy as np
import onnxruntime as ort
import soundfile as sf
from scipy import signal
from scipy.cluster.hierarchy import fcluster, linkage

PARTIAL = 25440  # GE2E's partial: 1.59 s at 16 kHz


def session(path):
    o = ort.SessionOptions()
    o.intra_op_num_threads = 2
    return ort.InferenceSession(path, o, providers=["CPUExecutionProvider"])


def ge2e_embedder(path):
    s = session(path)

    def embed(x):  # as Resemblyzer: raised to -30 dBFS, partials with half overlap, mean
        x = x * max(1.0, 10 ** (-30 / 20) / max(np.sqrt(np.mean(x ** 2)), 1e-6))
        if len(x) <= PARTIAL:
            parts = [np.resize(x, PARTIAL)]
        else:
            room = len(x) - PARTIAL
            n = room // (PARTIAL // 2) + 1
            parts = [x[(room * i // (n - 1) if n > 1 else room // 2):][:PARTIAL] for i in range(n)]
        e = s.run(None, {"waveform": np.stack(parts).astype(np.float32)})[0].mean(0)
        return e / np.linalg.norm(e)
    return embed


def campplus_embedder(path):
    s = session(path)

    def embed(x):  # as calltone: raised to -30 dBFS when quieter, the whole stretch
        x = x * max(1.0, 10 ** (-30 / 20) / max(np.sqrt(np.mean(x ** 2)), 1e-6))
        e = s.run(None, {"waveform": x[None].astype(np.float32)})[0][0]
        return e / np.linalg.norm(e)
    return embed


def load(path):
    x, sr = sf.read(path, dtype="float64", always_2d=True)
    x = x.mean(1)
    if sr != 16000:
        g = np.gcd(sr, 16000)
        x = signal.resample_poly(x, 16000 // g, sr // g)
    return x


def pieces(rttm, n_frames):
    """(start, end, speaker) in 10 ms frames: single-speaker stretches cut into ~2 s pieces."""
    rows = [line.split() for line in open(rttm)]
    speakers = sorted({r[7] for r in rows})
    label = np.full(n_frames, -1)
    count = np.zeros(n_frames, int)
    for r in rows:
        a, b = int(float(r[3]) * 100), int((float(r[3]) + float(r[4])) * 100)
        count[a:b] += 1
        label[a:b] = speakers.index(r[7])
    label[count != 1] = -1
    out, i = [], 0
    while i < n_frames:
        if label[i] < 0:
            i += 1
            continue
        j = i
        while j < n_frames and label[j] == label[i]:
            j += 1
        k = max(1, round((j - i) / 200))
        for q in range(k):
            a, b = i + (j - i) * q // k, i + (j - i) * (q + 1) // k
            if b - a >= 100:
                out.append((a, b, label[i]))
        i = j
    return out


def score(E, y, w):
    c = fcluster(linkage(E, "average", metric="cosine"), 2, "maxclust") - 1
    err = min(np.sum(w * (c != y)), np.sum(w * (c == y))) / w.sum()
    S = E @ E.T
    iu = np.triu_indices(len(y), 1)
    same, s = (y[:, None] == y[None, :])[iu], S[iu]
    if not same.any() or same.all():
        return err, float("nan"), float("nan"), float("nan")
    ranks = np.argsort(np.argsort(s)) + 1
    auc = (ranks[same].sum() - same.sum() * (same.sum() + 1) / 2) / (same.sum() * (~same).sum())
    return err, auc, s[same].mean(), s[~same].mean()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ge2e")
    ap.add_argument("--campplus")
    ap.add_argument("wavs", nargs="+")
    a = ap.parse_args()
    embedders = {}
    if a.ge2e:
        embedders["ge2e"] = ge2e_embedder(a.ge2e)
    if a.campplus:
        embedders["campplus"] = campplus_embedder(a.campplus)
    if not embedders:
        sys.exit("give --ge2e and/or --campplus")
    totals = {k: [] for k in embedders}
    for wav in a.wavs:
        x = load(wav)
        ps = pieces(wav[:-4] + ".rttm", len(x) // 160)
        y = np.array([p[2] for p in ps])
        w = np.array([p[1] - p[0] for p in ps], float)
        row = [wav.rsplit("/", 1)[-1][:-4], f"{len(ps)} pieces"]
        for name, embed in embedders.items():
            E = np.stack([embed(x[a0 * 160:b0 * 160]) for a0, b0, _ in ps])
            r = score(E, y, w)
            totals[name].append(r)
            row.append(f"{name} err {r[0] * 100:5.1f} % AUC {r[1]:.3f} same {r[2]:.2f} other {r[3]:.2f}")
        print(" | ".join(row), flush=True)
    for name, rows in totals.items():
        v = np.array(rows)
        print(f"{name}: mean clustering error {v[:, 0].mean() * 100:.2f} %, calls over 5 %: "
              f"{int((v[:, 0] > 0.05).sum())}, mean AUC {np.nanmean(v[:, 1]):.3f}")


if __name__ == "__main__":
    main()
