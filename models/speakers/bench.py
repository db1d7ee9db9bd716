#!/usr/bin/env python3
"""Times the two speaker models with ONNX Runtime (CPU, 2 threads) and prints their interfaces.

    models/cache/venv-convert/bin/python models/speakers/bench.py [models/speakers]

Embedder: one minute of 16 kHz audio in one run, and as 40 pieces of 1.5 s one at a time and in
one batch. Segmentation: one 10 s window ([1, 1, 160000]) and a batch of 8.
The numbers in models/speakers/README.md come from this script.
"""
import sys
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort


def session(path):
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def best_of(fn, repeats):
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), float(np.median(times))


def describe(sess):
    for i in sess.get_inputs():
        print(f"  input  {i.name}: {i.type} {i.shape}")
    for o in sess.get_outputs():
        print(f"  output {o.name}: {o.type} {o.shape}")


def main():
    d = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent)
    rng = np.random.default_rng(0)
    print(f"onnxruntime {ort.__version__}, 2 intra-op threads")

    emb = session(d / "campplus-3dspeaker.onnx")
    print("campplus-3dspeaker.onnx")
    describe(emb)
    meta = emb.get_modelmeta().custom_metadata_map
    for k in sorted(meta):
        print(f"  meta {k} = {meta[k]}")
    minute = (rng.standard_normal((1, 60 * 16000)) * 0.03).astype(np.float32)
    out = emb.run(None, {"waveform": minute})[0]
    print(f"  one minute in one run -> {out.shape}")
    lo, med = best_of(lambda: emb.run(None, {"waveform": minute}), 5)
    print(f"  per minute, in one run: best {lo:.3f} s, median {med:.3f} s")
    piece = 24000  # 1.5 s, as calltone embeds a piece of a mono call
    pieces = [minute[:, s:s + piece] for s in range(0, minute.shape[1] - piece + 1, piece)]
    lo, med = best_of(lambda: [emb.run(None, {"waveform": p}) for p in pieces], 3)
    print(f"  per minute, {len(pieces)} pieces of 1.5 s one at a time: best {lo:.3f} s, median {med:.3f} s")
    batch = np.concatenate(pieces)
    lo, med = best_of(lambda: emb.run(None, {"waveform": batch}), 3)
    print(f"  per minute, the same {len(pieces)} pieces in one batch: best {lo:.3f} s, median {med:.3f} s")

    seg = session(d / "segmentation-3.0.onnx")
    print("segmentation-3.0.onnx")
    describe(seg)
    name = seg.get_inputs()[0].name
    for b in (1, 8):
        x = (rng.standard_normal((b, 1, 160000)) * 0.03).astype(np.float32)
        y = seg.run(None, {name: x})[0]
        lo, med = best_of(lambda: seg.run(None, {name: x}), 5)
        print(f"  [{b}, 1, 160000] -> {list(y.shape)}: best {lo / b:.3f} s, median {med / b:.3f} s per 10 s window"
              f" (exp(output) sums to {np.exp(y[0, 0]).sum():.3f} per frame)")


if __name__ == "__main__":
    main()
