#!/usr/bin/env python3
"""A naive reference diarizer, so the bench has a floor to compare calltone's stage with.

`baseline_diarize.py diarize FILE... [--speakers N]` prints RTTM like `calltone diarize`:
energy VAD (mix_stereo.py's) on the mono signal at 8 kHz → 13 MFCC (24 mel bands 300-3400 Hz,
25 ms / 10 ms, mean and variance normalised per file) → mean and std over 1.0 s windows every
0.5 s of speech → k-means into N clusters (default 2; without --speakers: 2 unless the two
clusters' silhouette is under 0.1, then 1) → each speech frame takes the label of the windows
that cover it, smoothed over 0.5 s. One speaker at a time: no overlap is ever output.
`--help` works for every subcommand; `analyze` is not implemented (exit 2): use eval.py
--no-analyze with it.
"""
import os
import sys

import numpy as np
from scipy.fft import dct
from scipy.ndimage import median_filter
from scipy.signal import resample_poly
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mix_stereo  # noqa: E402

SR = 8000
HOP = 80  # 10 ms
WIN = 200  # 25 ms


def mel_filters(n_fft=256, n_mels=24, lo=300.0, hi=3400.0):
    mel = lambda f: 2595 * np.log10(1 + f / 700)
    inv = lambda m: 700 * (10 ** (m / 2595) - 1)
    pts = inv(np.linspace(mel(lo), mel(hi), n_mels + 2))
    bins = np.floor((n_fft + 1) * pts / SR).astype(int)
    fb = np.zeros((n_mels, n_fft // 2 + 1))
    for i in range(n_mels):
        a, b, c = bins[i], bins[i + 1], bins[i + 2]
        fb[i, a:b] = (np.arange(a, b) - a) / max(b - a, 1)
        fb[i, b:c] = (c - np.arange(b, c)) / max(c - b, 1)
    return fb


def mfcc(x):
    n = max(0, (len(x) - WIN) // HOP + 1)
    idx = np.arange(WIN)[None, :] + HOP * np.arange(n)[:, None]
    frames = x[idx] * np.hamming(WIN)
    spec = np.abs(np.fft.rfft(frames, 256)) ** 2
    logmel = np.log(spec @ mel_filters().T + 1e-10)
    c = dct(logmel, type=2, axis=1, norm="ortho")[:, :13]
    return (c - c.mean(0)) / (c.std(0) + 1e-8)


def diarize(path, speakers):
    x, sr = mix_stereo.read_wav(path)
    x = x.mean(axis=0)
    if sr != SR:
        g = np.gcd(sr, SR)
        x = resample_poly(x, SR // g, sr // g)
    segs, _ = mix_stereo.energy_vad(x, SR)
    feats = mfcc(x)
    n = len(feats)
    speech = np.zeros(n, bool)
    for a, b in segs:
        speech[int(a * 100):min(n, int(b * 100))] = True
    # 1 s windows every 0.5 s over speech frames
    starts = [s for s in range(0, n - 100, 50) if speech[s:s + 100].mean() > 0.5]
    if len(starts) < 4:
        return [(a, b, "S1") for a, b in segs]
    emb = np.array([np.concatenate([feats[s:s + 100][speech[s:s + 100]].mean(0),
                                    feats[s:s + 100][speech[s:s + 100]].std(0)]) for s in starts])
    emb = (emb - emb.mean(0)) / (emb.std(0) + 1e-8)
    k = speakers or 2
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(emb)
    labels = km.labels_
    if speakers is None and silhouette_score(emb, labels) < 0.1:
        labels = np.zeros(len(starts), int)
    votes = np.zeros((n, max(labels) + 1))
    for s, l in zip(starts, labels):
        votes[s:s + 100, l] += 1
    frame_label = np.where(votes.sum(1) > 0, votes.argmax(1), -1)
    # frames no window covers: nearest covered frame's label
    covered = np.nonzero(frame_label >= 0)[0]
    missing = np.nonzero(frame_label < 0)[0]
    if len(missing):
        nearest = covered[np.clip(np.searchsorted(covered, missing), 0, len(covered) - 1)]
        frame_label[missing] = frame_label[nearest]
    frame_label = median_filter(frame_label, size=51)
    out = []
    for a, b in segs:
        i, j = int(a * 100), min(n, int(b * 100))
        run = i
        for t in range(i + 1, j + 1):
            if t == j or frame_label[t] != frame_label[run]:
                end = b if t == j else t / 100
                out.append((max(a, run / 100), end, f"S{frame_label[run] + 1}"))
                run = t
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(2)
    if "--help" in args:
        print(__doc__)
        return
    if args[0] != "diarize":
        print(f"baseline: `{args[0]}` is not implemented", file=sys.stderr)
        sys.exit(2)
    speakers, files, rest = None, [], args[1:]
    while rest:
        a = rest.pop(0)
        if a == "--speakers":
            speakers = int(rest.pop(0))
        else:
            files.append(a)
    for f in files:
        stem = os.path.splitext(os.path.basename(f))[0]
        for a, b, l in diarize(f, speakers):
            if b - a > 0:
                print(f"SPEAKER {stem} 1 {a:.3f} {b - a:.3f} <NA> <NA> {l} <NA> <NA>")


if __name__ == "__main__":
    main()
