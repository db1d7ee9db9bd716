#!/usr/bin/env python3
"""Resemblyzer's GE2E speaker encoder (resemblyzer 0.1.4, pretrained.pt) -> ONNX, without torch.

    resemblyzer_to_onnx.py PRETRAINED_PT OUT_ONNX            # convert
    resemblyzer_to_onnx.py PRETRAINED_PT OUT_ONNX --check \\
        [--samples DIR]                                      # + compare with a numpy reference

Needs numpy and onnx (and onnxruntime for --check); models/provision.sh runs it in a venv of its
own under models/cache. The output is byte-deterministic: every constant is computed in float64
with Python's math module (not numpy's SIMD transcendental functions, which differ between CPUs)
and rounded to float32 once.

pretrained.pt is a legacy (pre-zip) PyTorch checkpoint: five pickles one after the other
(magic number, protocol version, system info, the checkpoint object, the list of storage keys),
then every storage as an int64 element count followed by its raw little-endian data, in the order
of that key list. The checkpoint object is {"step", "model_state", "optimizer_state"}; tensors in
it are torch._utils._rebuild_tensor_v2(storage, offset, size, stride, ...) over persistent ids
("storage", torch.FloatStorage, key, location, numel, view_metadata). The LSTM weights are views
into one flat storage (cuDNN's flattened weights), hence the offsets.

The ONNX model (the interface calltone's Rust side is written against):
  input  waveform  float32 [N, 25440]  16 kHz audio, one Resemblyzer partial each (160 frames)
  output embedding float32 [N, 256]    L2-normalised, non-negative (after ReLU)
Inside: centred STFT (reflect padding of n_fft/2), n_fft 400, hop 160, periodic Hann window,
power spectrum, Slaney mel filterbank (40 mels, 0-8000 Hz, norm="slaney"), no log (Resemblyzer's
audio.wav_to_mel_spectrogram: "this not a log-mel spectrogram"), 3-layer LSTM 40 -> 256, the last
hidden state of the top layer -> Linear 256 -> 256 -> ReLU -> L2 normalisation (the norm is
clamped to >= 1e-12, as torch.nn.functional.normalize does, so silence gives zeros, not NaN).
"""
import argparse
import collections
import math
import pickle
import struct
import sys
import time
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
N_FFT = 400
HOP = 160
N_MELS = 40
N_FRAMES = 160
PARTIAL_SAMPLES = (N_FRAMES - 1) * HOP  # 25440: 1 + 25440/160 = 160 centred frames
HIDDEN = 256
LAYERS = 3
EMBED = 256
OPSET = 17
IR_VERSION = 8


# --- reading the legacy PyTorch pickle ------------------------------------------------------
class _Storage:
    def __init__(self, key, numel):
        self.key, self.numel, self.data = key, numel, None


class _TensorRef:
    def __init__(self, storage, offset, size, stride):
        self.storage, self.offset, self.size, self.stride = storage, offset, tuple(size), tuple(stride)

    def array(self):
        return np.lib.stride_tricks.as_strided(
            self.storage.data[self.offset:],
            shape=self.size,
            strides=tuple(s * 4 for s in self.stride),
        ).copy()


def _rebuild_tensor_v2(storage, offset, size, stride, *_ignored):
    return _TensorRef(storage, offset, size, stride)


def load_state(path):
    """The model_state of a legacy torch checkpoint, as {name: float32 ndarray}."""
    storages = {}

    class Unpickler(pickle.Unpickler):
        def persistent_load(self, pid):
            kind, storage_type, key, _location, numel = pid[:5]
            if kind != "storage" or storage_type != "FloatStorage":
                raise pickle.UnpicklingError(f"unexpected persistent id {pid!r}")
            if len(pid) > 5 and pid[5] is not None:
                raise pickle.UnpicklingError("storage views are not supported")
            return storages.setdefault(key, _Storage(key, numel))

        def find_class(self, module, name):
            allowed = {
                ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor_v2,
                ("torch", "FloatStorage"): "FloatStorage",
                ("collections", "OrderedDict"): collections.OrderedDict,
            }
            try:
                return allowed[(module, name)]
            except KeyError:
                raise pickle.UnpicklingError(f"refusing global {module}.{name}") from None

    with open(path, "rb") as f:
        magic = pickle.load(f)
        if magic != 0x1950A86A20F9469CFC6C:
            raise SystemExit(f"{path}: not a legacy PyTorch file (magic {magic!r})")
        if pickle.load(f) != 1001:
            raise SystemExit(f"{path}: unknown legacy protocol version")
        sys_info = pickle.load(f)
        if not sys_info.get("little_endian", False):
            raise SystemExit(f"{path}: big-endian file")
        checkpoint = Unpickler(f).load()
        keys = pickle.load(f)
        for key in keys:
            (numel,) = struct.unpack("<q", f.read(8))
            raw = f.read(numel * 4)
            if len(raw) != numel * 4:
                raise SystemExit(f"{path}: truncated storage {key}")
            if key in storages:
                storages[key].data = np.frombuffer(raw, dtype="<f4")
        if f.read(1):
            raise SystemExit(f"{path}: trailing bytes after the storages")
    return {name: t.array() for name, t in checkpoint["model_state"].items()}


# --- front-end constants (math module, float64) ---------------------------------------------
def _hz_to_mel(f):  # Slaney scale, as librosa (htk=False)
    f_sp = 200.0 / 3
    if f < 1000.0:
        return f / f_sp
    return 1000.0 / f_sp + math.log(f / 1000.0) / (math.log(6.4) / 27.0)


def _mel_to_hz(m):
    f_sp = 200.0 / 3
    min_log_mel = 1000.0 / f_sp
    if m < min_log_mel:
        return f_sp * m
    return 1000.0 * math.exp((math.log(6.4) / 27.0) * (m - min_log_mel))


def mel_matrix():
    """librosa.filters.mel(sr=16000, n_fft=400, n_mels=40, fmin=0, fmax=8000, norm="slaney"),
    [n_mels, 1 + n_fft/2], float64."""
    n_bins = N_FFT // 2 + 1
    fft_freqs = [i * (SAMPLE_RATE / 2) / (n_bins - 1) for i in range(n_bins)]
    lo, hi = _hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2)
    mel_f = [_mel_to_hz(lo + (hi - lo) * i / (N_MELS + 1)) for i in range(N_MELS + 2)]
    w = np.zeros((N_MELS, n_bins))
    for m in range(N_MELS):
        enorm = 2.0 / (mel_f[m + 2] - mel_f[m])
        for k, f in enumerate(fft_freqs):
            lower = (f - mel_f[m]) / (mel_f[m + 1] - mel_f[m])
            upper = (mel_f[m + 2] - f) / (mel_f[m + 2] - mel_f[m + 1])
            w[m, k] = max(0.0, min(lower, upper)) * enorm
    return w


def dft_kernels():
    """[2 * (1 + n_fft/2), 1, n_fft]: periodic-Hann-windowed cos rows, then sin rows."""
    cos = [math.cos(2 * math.pi * j / N_FFT) for j in range(N_FFT)]
    sin = [math.sin(2 * math.pi * j / N_FFT) for j in range(N_FFT)]
    window = [0.5 - 0.5 * cos[n] for n in range(N_FFT)]
    n_bins = N_FFT // 2 + 1
    k = np.zeros((2 * n_bins, 1, N_FFT))
    for b in range(n_bins):
        for n in range(N_FFT):
            j = (b * n) % N_FFT
            k[b, 0, n] = window[n] * cos[j]
            k[n_bins + b, 0, n] = -window[n] * sin[j]
    return k


# --- the ONNX graph ---------------------------------------------------------------------------
def build_model(state):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes = [], []

    def const(name, array, dtype=np.float32):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(np.asarray(array, dtype=dtype)), name))
        return name

    def node(op, inputs, outputs, **attrs):
        nodes.append(helper.make_node(op, inputs, outputs, name=f"{op}_{len(nodes)}", **attrs))
        return outputs[0] if outputs else None

    # Front end: reflect padding, DFT as a strided Conv, power, mel.
    half = N_FFT // 2
    padded = node("Pad", ["waveform", const("pads", [0, half, 0, half], np.int64)], ["padded"], mode="reflect")
    x = node("Unsqueeze", [padded, const("axis1", [1], np.int64)], ["padded_c"])
    spec = node("Conv", [x, const("dft_kernels", dft_kernels())], ["spec"], kernel_shape=[N_FFT], strides=[HOP])
    spec_t = node("Transpose", [spec], ["spec_t"], perm=[2, 0, 1])  # [frames, N, 2 * bins]
    power = node("Mul", [spec_t, spec_t], ["power_reim"])
    mel = mel_matrix()
    mel2 = np.concatenate([mel.T, mel.T], axis=0)  # re^2 and im^2 both through the filterbank
    h = node("MatMul", [power, const("mel_filters", mel2)], ["mel"])  # [frames, N, 40]

    # LSTM: PyTorch gates i, f, g, o -> ONNX i, o, f, c; B = [W_b, R_b].
    def reorder(a):
        i, f, g, o = np.split(a, 4, axis=0)
        return np.concatenate([i, o, f, g], axis=0)

    for layer in range(LAYERS):
        w = reorder(state[f"lstm.weight_ih_l{layer}"])[None]
        r = reorder(state[f"lstm.weight_hh_l{layer}"])[None]
        b = np.concatenate([reorder(state[f"lstm.bias_ih_l{layer}"]), reorder(state[f"lstm.bias_hh_l{layer}"])])[None]
        ins = [h, const(f"lstm{layer}_W", w), const(f"lstm{layer}_R", r), const(f"lstm{layer}_B", b)]
        if layer < LAYERS - 1:
            y = node("LSTM", ins, [f"lstm{layer}_Y"], hidden_size=HIDDEN)
            h = node("Squeeze", [y, const(f"axis_dir{layer}", [1], np.int64)], [f"lstm{layer}_out"])
        else:
            node("LSTM", ins, ["", "lstm_last_h"], hidden_size=HIDDEN)
            h = node("Squeeze", ["lstm_last_h", const("axis0", [0], np.int64)], ["last_hidden"])

    lin = node("Gemm", [h, const("linear_weight", state["linear.weight"]), const("linear_bias", state["linear.bias"])],
               ["linear"], transB=1)
    rel = node("Relu", [lin], ["relu"])
    norm = node("ReduceL2", [rel], ["norm"], axes=[1], keepdims=1)
    norm = node("Max", [norm, const("eps", [1e-12])], ["norm_clamped"])
    node("Div", [rel, norm], ["embedding"])

    graph = helper.make_graph(
        nodes,
        "resemblyzer_ge2e",
        [helper.make_tensor_value_info("waveform", TensorProto.FLOAT, ["N", PARTIAL_SAMPLES])],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["N", EMBED])],
        inits,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="calltone models/speakers/resemblyzer_to_onnx.py",
        producer_version="1",
        doc_string="Resemblyzer GE2E speaker encoder with its mel front end; one 1.6 s partial per row.",
    )
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {
        "sample_rate": str(SAMPLE_RATE),
        "partial_samples": str(PARTIAL_SAMPLES),
        "frames": str(N_FRAMES),
        "front_end": "centred STFT (reflect pad 200), n_fft 400, hop 160, periodic Hann, power, "
                     "Slaney mel 40 (0-8000 Hz, norm=slaney), no log",
        "embedding_size": str(EMBED),
        "source": "resemblyzer 0.1.4 pretrained.pt",
        "licence": "Apache-2.0: Resemblyzer, Copyright 2019 Resemble.AI (see LICENSE.resemblyzer)",
        "normalisation": "Resemblyzer normalises the waveform to -30 dBFS (raising the level only, "
                          "never lowering it) before embedding; callers should do the same",
    })
    onnx.checker.check_model(model)
    return model


# --- independent numpy reference ----------------------------------------------------------
def ref_mel_matrix():
    """Slaney mel filterbank written a second way (vectorised numpy, mel points from np.linspace)."""
    def hz_to_mel(f):
        f = np.asarray(f, dtype=np.float64)
        return np.where(f >= 1000, 15.0 + np.log(np.maximum(f, 1e-10) / 1000) / (np.log(6.4) / 27), 3 * f / 200)

    def mel_to_hz(m):
        return np.where(m >= 15, 1000 * np.exp((np.log(6.4) / 27) * (m - 15)), 200 * m / 3)

    pts = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(8000.0), N_MELS + 2))
    freqs = np.fft.rfftfreq(N_FFT, 1 / SAMPLE_RATE)
    left, centre, right = pts[:-2, None], pts[1:-1, None], pts[2:, None]
    up = (freqs[None] - left) / (centre - left)
    down = (right - freqs[None]) / (right - centre)
    tri = np.clip(np.minimum(up, down), 0, None)
    return tri * (2.0 / (right - left))


def ref_embed(state, wav):
    """[N, 25440] float -> [N, 256], float64 throughout, PyTorch gate order."""
    mel_fb = ref_mel_matrix()
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)
    sd = {k: v.astype(np.float64) for k, v in state.items()}
    out = []
    for x in np.asarray(wav, dtype=np.float64):
        xp = np.pad(x, N_FFT // 2, mode="reflect")
        frames = np.stack([xp[t * HOP:t * HOP + N_FFT] for t in range(1 + len(x) // HOP)])
        feats = np.abs(np.fft.rfft(frames * window, axis=1)) ** 2 @ mel_fb.T  # [160, 40]
        seq = feats
        for layer in range(LAYERS):
            w_ih, w_hh = sd[f"lstm.weight_ih_l{layer}"], sd[f"lstm.weight_hh_l{layer}"]
            b = sd[f"lstm.bias_ih_l{layer}"] + sd[f"lstm.bias_hh_l{layer}"]
            h, c = np.zeros(HIDDEN), np.zeros(HIDDEN)
            ys = []
            for xt in seq:
                g = w_ih @ xt + w_hh @ h + b
                i, f, gg, o = np.split(g, 4)
                sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
                c = sig(f) * c + sig(i) * np.tanh(gg)
                h = sig(o) * np.tanh(c)
                ys.append(h)
            seq = np.stack(ys)
        e = np.maximum(sd["linear.weight"] @ h + sd["linear.bias"], 0)
        out.append(e / max(np.linalg.norm(e), 1e-12))
    return np.stack(out)


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
    spec = np.fft.rfft(x)
    return np.fft.irfft(spec, n=len(x) * factor) * factor


def normalise_volume(x, target_dbfs=-30.0):
    """Resemblyzer's normalize_volume(increase_only=True)."""
    rms = np.sqrt(np.mean(x ** 2))
    change = target_dbfs - 20 * np.log10(max(rms, 1e-10))
    return x if change < 0 else x * 10 ** (change / 20)


def partials(x, hop=PARTIAL_SAMPLES // 2):
    starts = range(0, len(x) - PARTIAL_SAMPLES + 1, hop)
    return np.stack([x[s:s + PARTIAL_SAMPLES] for s in starts]) if len(x) >= PARTIAL_SAMPLES else np.zeros((0, PARTIAL_SAMPLES))


def check(pt, out, samples_dir):
    import onnxruntime as ort

    state = load_state(pt)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(out), opts, providers=["CPUExecutionProvider"])
    run = lambda w: sess.run(["embedding"], {"waveform": np.ascontiguousarray(w, dtype=np.float32)})[0]  # noqa: E731

    worst = 0.0
    rng = np.random.default_rng(1234)
    noise = (rng.standard_normal((4, PARTIAL_SAMPLES)) * 0.05).astype(np.float32)
    d = np.abs(run(noise) - ref_embed(state, noise)).max()
    print(f"check: white noise, 4 partials: max |onnx - numpy| = {d:.2e}")
    worst = max(worst, d)

    wavs = sorted(Path(samples_dir).glob("*.wav"))
    for path in wavs:
        chans, rate = read_wav(path)
        for ci, ch in enumerate(chans):
            x = normalise_volume(to_16k(ch, rate)).astype(np.float32)
            p = partials(x, hop=PARTIAL_SAMPLES)[:3]  # 3 partials a channel keep the check quick
            if not len(p):
                continue
            d = np.abs(run(p) - ref_embed(state, p)).max()
            print(f"check: {path.name} ch{ci}, {len(p)} partials: max |onnx - numpy| = {d:.2e}")
            worst = max(worst, d)

    # Same vs different speaker on the stereo calls (left agent, right customer).
    for name in ("call_en_stereo_8k_ulaw.wav", "call_en_stereo_angry_8k_ulaw.wav"):
        stereo = Path(samples_dir) / name
        if not stereo.exists():
            continue
        chans, rate = read_wav(stereo)
        embs = []
        for ch in chans:
            x = normalise_volume(to_16k(ch, rate)).astype(np.float32)
            p = partials(x)
            rms = np.sqrt(np.mean(p.astype(np.float64) ** 2, axis=1))
            p = p[rms > 0.1 * rms.max()]  # partials where this channel speaks
            embs.append(run(p))
        a, c = embs
        tri = lambda m: m[np.triu_indices(len(m), 1)].mean()  # noqa: E731
        same_a, same_c, diff = tri(a @ a.T), tri(c @ c.T), (a @ c.T).mean()
        print(f"sanity: {name}: {len(a)} agent / {len(c)} customer partials (50% overlap, speech only); "
              f"mean cosine agent-agent {same_a:.3f}, customer-customer {same_c:.3f}, agent-customer {diff:.3f}")
        if not min(same_a, same_c) > diff:
            print("check FAILED: same-speaker similarity is not above different-speaker similarity")
            return 1

    print(f"check: worst max abs difference {worst:.2e} (limit 1e-4)")
    if not worst <= 1e-4:
        print("check FAILED")
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pretrained", help="resemblyzer/pretrained.pt")
    ap.add_argument("out", help="output .onnx")
    ap.add_argument("--check", action="store_true", help="also compare with the numpy reference")
    ap.add_argument("--samples", default=str(Path(__file__).resolve().parents[2] / "samples"))
    ap.add_argument("--no-convert", action="store_true", help="only --check an existing OUT")
    args = ap.parse_args()
    if not args.no_convert:
        import onnx
        t = time.perf_counter()
        model = build_model(load_state(args.pretrained))
        tmp = Path(args.out + ".tmp")
        onnx.save_model(model, str(tmp))
        tmp.replace(args.out)
        n_params = sum(int(np.prod(i.dims)) for i in model.graph.initializer if i.name.startswith(("lstm", "linear")))
        print(f"wrote {args.out}: {n_params} network parameters ({time.perf_counter() - t:.1f} s)")
    if args.check:
        return check(args.pretrained, args.out, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
