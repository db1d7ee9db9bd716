#!/usr/bin/env python3
"""Whisper's audio encoder (CTranslate2 model.bin) -> ONNX with 8-bit weights, without torch.

    whisper_encoder_to_onnx.py CT2_MODEL_BIN OUT_ONNX            # convert
    whisper_encoder_to_onnx.py CT2_MODEL_BIN OUT_ONNX --check    # + compare with numpy

calltone runs this encoder with ONNX Runtime in place of whisper.cpp's own (ggml) encoder and
cross-attention graph, and hands the result to whisper.cpp through its external-encoder branch
(the one Core ML and OpenVINO use; vendor/whisper-rs-sys/PATCHES.md). The decoder, word timing
and everything else stay whisper.cpp's. Needs numpy and onnx (and onnxruntime for --check);
models/provision.sh runs it in the converter venv under models/cache. The output is
byte-deterministic.

The ONNX model (the interface src/asr/encoder.rs is written against):
  input  mel      float32 [1, 80, F]       whisper.cpp's log-mel window, F = 2 x positions P
  output k_cross  float16 [6, P, 512]      each decoder layer's cross-attention keys, scaled
                                           by (512 / 8) ** -0.25 as whisper.cpp stores them
  output v_cross  float16 [6, 512, P]      each decoder layer's values, transposed: whisper.cpp's
                                           cross-attention cache without flash attention
Inside, as Whisper's AudioEncoder: conv1d(80->512, k3, p1) + GELU, conv1d(512->512, k3, s2, p1)
+ GELU, + sinusoidal positions (the model's own table, first F/2 rows), 6 pre-norm blocks
(LayerNorm, 8-head self-attention, residual; LayerNorm, 512->2048 GELU ->512, residual), a final
LayerNorm; then the decoder layers' key and value projections of that output (Whisper's
TextDecoder cross-attention, whose keys have no bias), one 512->1024 product a layer, its
weights in float32.
GELU is the exact (erf) one, LayerNorm's epsilon 1e-5. (Sizes are base's; tiny's are 4 layers
of 384, 6 heads.)

The 24 matrix products of the blocks are MatMulNBits (ONNX Runtime's com.microsoft domain) with
8-bit symmetric weights in blocks of 32 along the input dimension, one float scale a block (w =
scale * (q - 128)), and accuracy_level 4: the activations are quantized to 8 bits per block too,
so the product runs on the CPU's integer dot-product instructions. That is ggml's q8_0 scheme.
Measured on this project's machine (2 threads, a 29.76 s window): 0.40 s, against about 0.84 s
for whisper.cpp's q8_0 encoder and 0.47 s for this graph in float32; its output is within 2.5 %
(relative L2) of the float32 encoder's on a call, where CTranslate2's int8 encoder is within
6 %. Blocks of 128 took 0.36 s and were 4.6 % off, and Whisper then wrote worse Greek on the
tone corpus's calls than whisper.cpp's encoder (WER +0.03-0.04); per-tensor dynamic quantization
(MatMulInteger) took 0.28 s and was 19 % off: Whisper's activations have outliers that one scale
per tensor cannot hold. The keys and values add 0.05-0.08 s a window, a little less than
whisper.cpp's cross-attention graph took after this encoder. Their products keep float32
weights: as MatMulNBits (8-bit weights and activations) they were no faster, and Whisper wrote
the Greek sample worse (WER 0.65 against 0.45 with whisper.cpp's cross graph, and 0.45 in
float32).
"""
import argparse
import hashlib
import math
import struct
import sys

import numpy as np

N_MELS = 80
BLOCK = 32  # MatMulNBits block along K (--block-size): ggml q8_0's
OPSET = 20  # Gelu and LayerNormalization are standard ops from 20 and 17
IR_VERSION = 9
DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}


def read_ct2(path):
    """The variables of a CTranslate2 model.bin (binary version 6), aliases resolved."""
    data = open(path, "rb").read()
    pos = 0

    def u32():
        nonlocal pos
        (value,) = struct.unpack_from("<I", data, pos)
        pos += 4
        return value

    def string():
        nonlocal pos
        (length,) = struct.unpack_from("<H", data, pos)  # counts the trailing NUL
        text = data[pos + 2 : pos + 1 + length].decode()
        pos += 2 + length
        return text

    version = u32()
    if version != 6:
        sys.exit(f"{path}: CTranslate2 binary version {version}, this reads 6")
    string()  # spec name
    u32()  # spec revision
    variables = {}
    for _ in range(u32()):
        name = string()
        rank = data[pos]
        pos += 1
        dims = struct.unpack_from(f"<{rank}I", data, pos)
        pos += 4 * rank
        dtype = DTYPES[data[pos]]
        pos += 1
        size = u32()
        variables[name] = np.frombuffer(data, dtype, size // np.dtype(dtype).itemsize, pos).reshape(dims)
        pos += size
    for _ in range(u32()):
        alias, target = string(), string()
        variables[alias] = variables[target]
    return variables, hashlib.sha256(data).hexdigest()


def layer_count(variables, stack="encoder"):
    """How many layers the `encoder` or `decoder` stack has."""
    return sum(1 for name in variables if name.startswith(f"{stack}/layer_") and name.endswith("/ffn/linear_0/bias"))


def quantize_blocks(weight, block=BLOCK):
    """[N, K] float -> (uint8 [N, K/block, block], float32 scales [N, K/block]), w = s*(q-128).
    Each block's largest magnitude maps to -128 (q = 0), as ONNX Runtime's own RTN quantizer
    does, so a block uses the whole signed range."""
    n, k = weight.shape
    blocks = weight.astype(np.float32).reshape(n, k // block, block)
    peak = np.take_along_axis(blocks, np.abs(blocks).argmax(-1)[..., None], -1)[..., 0]
    scale = (peak / np.float32(-128)).astype(np.float32)
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(blocks / scale[..., None]) + 128, 0, 255).astype(np.uint8)
    return q, scale


def build(variables, source_sha256, quantized=True, block=BLOCK):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes, initializers = [], []
    counter = [0]

    def const(name, array):
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op, inputs, domain="", **attrs):
        counter[0] += 1
        out = f"{op}_{counter[0]}"
        nodes.append(helper.make_node(op, inputs, [out], domain=domain, **attrs))
        return out

    def f32(name):
        return np.asarray(variables[name], np.float32)

    heads = int(variables["encoder/num_heads"])
    width = variables["encoder/conv2/bias"].shape[0]

    def layer_norm(x, prefix):
        return node("LayerNormalization", [x, const(prefix + "/gamma", f32(prefix + "/gamma")),
                                           const(prefix + "/beta", f32(prefix + "/beta"))],
                    axis=-1, epsilon=1e-5)

    def linear(x, prefix):
        weight = f32(prefix + "/weight")  # [N, K]
        if quantized:
            q, scale = quantize_blocks(weight, block)
            n, k = weight.shape
            y = node("MatMulNBits", [x, const(prefix + "/q8", q), const(prefix + "/scales", scale)],
                     domain="com.microsoft", K=k, N=n, bits=8, block_size=block, accuracy_level=4)
        else:
            y = node("MatMul", [x, const(prefix + "/weight_t", weight.T)])
        return node("Add", [y, const(prefix + "/bias", f32(prefix + "/bias"))])

    x = node("Conv", ["mel", const("conv1/w", f32("encoder/conv1/weight")), const("conv1/b", f32("encoder/conv1/bias"))],
             kernel_shape=[3], pads=[1, 1])
    x = node("Gelu", [x])
    x = node("Conv", [x, const("conv2/w", f32("encoder/conv2/weight")), const("conv2/b", f32("encoder/conv2/bias"))],
             kernel_shape=[3], pads=[1, 1], strides=[2])
    x = node("Gelu", [x])
    x = node("Transpose", [x], perm=[0, 2, 1])  # [1, positions, width]
    positions = node("Shape", [x], start=1, end=2)
    table = const("positions", f32("encoder/position_encodings/encodings"))
    zero = const("zero", np.array([0], np.int64))
    x = node("Add", [x, node("Slice", [table, zero, positions, zero])])
    for i in range(layer_count(variables)):
        p = f"encoder/layer_{i}"
        qkv = linear(layer_norm(x, p + "/self_attention/layer_norm"), p + "/self_attention/linear_0")
        q, k, v = (f"layer_{i}/{part}" for part in "qkv")
        nodes.append(helper.make_node("Split", [qkv, const(f"layer_{i}/split", np.array([width] * 3, np.int64))],
                                      [q, k, v], axis=-1))
        attended = node("MultiHeadAttention", [q, k, v], domain="com.microsoft", num_heads=heads)
        x = node("Add", [x, linear(attended, p + "/self_attention/linear_1")])
        hidden = node("Gelu", [linear(layer_norm(x, p + "/ffn/layer_norm"), p + "/ffn/linear_0")])
        x = node("Add", [x, linear(hidden, p + "/ffn/linear_1")])
    x = node("LayerNormalization", [x, const("ln_post/gamma", f32("encoder/layer_norm/gamma")),
                                    const("ln_post/beta", f32("encoder/layer_norm/beta"))], axis=-1, epsilon=1e-5)
    # The decoder's cross-attention keys and values: each layer's in one product (the fused
    # projection CTranslate2 stores), with float32 weights (see the module's doc), cast to
    # float16 at once to keep the peak memory down.
    heads_text = int(variables["decoder/num_heads"])
    layers = layer_count(variables, "decoder")
    keys, values = [], []
    for i in range(layers):
        p = f"decoder/layer_{i}/attention/linear_1"
        weight, bias = f32(p + "/weight").copy(), f32(p + "/bias")  # [keys; values]
        weight[:width] *= np.float32((width // heads_text) ** -0.25)
        if np.any(bias[:width] != 0):  # Whisper's keys have no bias: CTranslate2 stores zeros
            sys.exit(f"{p}: the first half of the bias is not zero, so not [keys; values]")
        kv = node("MatMul", [x, const(p + "/weight_t", weight.T)])
        kv = node("Cast", [node("Add", [kv, const(p + "/bias", bias)])], to=TensorProto.FLOAT16)
        k, v = f"cross_{i}/k", f"cross_{i}/v"
        nodes.append(helper.make_node("Split", [kv], [k, v], axis=-1, num_outputs=2))
        keys.append(k)
        values.append(node("Transpose", [v], perm=[0, 2, 1]))
    nodes.append(helper.make_node("Concat", keys, ["k_cross"], axis=0))
    nodes.append(helper.make_node("Concat", values, ["v_cross"], axis=0))
    graph = helper.make_graph(nodes, "whisper_encoder",
                              [helper.make_tensor_value_info("mel", TensorProto.FLOAT, [1, N_MELS, "frames"])],
                              [helper.make_tensor_value_info("k_cross", TensorProto.FLOAT16, [layers, "positions", width]),
                               helper.make_tensor_value_info("v_cross", TensorProto.FLOAT16, [layers, width, "positions"])],
                              initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)],
                              producer_name="calltone whisper_encoder_to_onnx.py")
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {"calltone.source_sha256": source_sha256,
                                   "calltone.weights": f"q8 blocks of {block}" if quantized else "float32"})
    onnx.checker.check_model(model)
    return model


def reference(variables, mel):
    """The encoder in float64 numpy, written from Whisper's definition (not from the graph)."""
    erf = np.frompyfunc(math.erf, 1, 1)

    def gelu(x):
        return 0.5 * x * (1 + erf(x / math.sqrt(2)).astype(np.float64))

    def get(name):
        return np.asarray(variables[name], np.float64)

    def conv(x, w, b, stride):  # x [C, T], w [O, C, 3], padding 1
        padded = np.pad(x, ((0, 0), (1, 1)))
        steps = range(0, x.shape[1], stride)
        return np.stack([np.einsum("ock,ck->o", w, padded[:, t : t + 3]) for t in steps], 1) + b[:, None]

    def norm(x, prefix):
        mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-5) * get(prefix + "/gamma") + get(prefix + "/beta")

    x = gelu(conv(mel.astype(np.float64), get("encoder/conv1/weight"), get("encoder/conv1/bias"), 1))
    x = gelu(conv(x, get("encoder/conv2/weight"), get("encoder/conv2/bias"), 2)).T
    x = x + get("encoder/position_encodings/encodings")[: x.shape[0]]
    heads = int(variables["encoder/num_heads"])
    width = x.shape[1]
    for i in range(layer_count(variables)):
        p = f"encoder/layer_{i}"
        y = norm(x, p + "/self_attention/layer_norm")
        qkv = y @ get(p + "/self_attention/linear_0/weight").T + get(p + "/self_attention/linear_0/bias")
        q, k, v = (qkv[:, j * width : (j + 1) * width].reshape(-1, heads, width // heads).transpose(1, 0, 2) for j in range(3))
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(width // heads)
        weights = np.exp(scores - scores.max(-1, keepdims=True))
        weights /= weights.sum(-1, keepdims=True)
        attended = (weights @ v).transpose(1, 0, 2).reshape(-1, width)
        x = x + attended @ get(p + "/self_attention/linear_1/weight").T + get(p + "/self_attention/linear_1/bias")
        y = norm(x, p + "/ffn/layer_norm")
        y = gelu(y @ get(p + "/ffn/linear_0/weight").T + get(p + "/ffn/linear_0/bias"))
        x = x + y @ get(p + "/ffn/linear_1/weight").T + get(p + "/ffn/linear_1/bias")
    return norm(x, "encoder/layer_norm")


def reference_cross(variables, embd):
    """Every decoder layer's cross-attention keys ([positions, width], scaled by
    (width / heads) ** -0.25 as whisper.cpp stores them) and values ([width, positions],
    whisper.cpp's layout without flash attention), from the encoder's output."""
    heads = int(variables["decoder/num_heads"])
    width = embd.shape[1]
    keys, values = [], []
    for i in range(layer_count(variables, "decoder")):
        weight = np.asarray(variables[f"decoder/layer_{i}/attention/linear_1/weight"], np.float64)
        bias = np.asarray(variables[f"decoder/layer_{i}/attention/linear_1/bias"], np.float64)
        keys.append(embd @ weight[:width].T * (width / heads) ** -0.25)
        values.append((embd @ weight[width:].T + bias[width:]).T)
    return np.stack(keys), np.stack(values)


def check(variables, model_f32, model_q8):
    """Runs both graphs with ONNX Runtime on a speech-like log-mel (harmonics that glide, 4 s)
    and compares their keys and values with the numpy reference's: the float32 graph must match
    it up to float16's rounding (the graph is right), the 8-bit one stay within 8 % relative L2
    (the quantization is sane)."""
    import onnxruntime as ort

    frames = 400
    t = np.arange(frames)[None, :] / 100.0
    mels = np.arange(N_MELS)[:, None]
    pitch = 6 + 3 * np.sin(2 * np.pi * 0.7 * t)
    voiced = (np.sin(2 * np.pi * 2.5 * t) > -0.3).astype(np.float64)
    harmonics = sum(np.exp(-0.5 * ((mels - h * pitch) / 1.2) ** 2) / h for h in range(1, 6))
    mel = np.clip(-0.8 + 1.6 * voiced * harmonics + 0.05 * np.cos(0.37 * mels * t * 50), -1.5, 1.5)[None].astype(np.float32)
    expected = reference_cross(variables, reference(variables, mel[0]))

    def run(model):
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
        return [out.astype(np.float64) for out in session.run(["k_cross", "v_cross"], {"mel": mel})]

    ok = True
    for name, model, limit in (("float32", model_f32, 1e-3), ("8-bit", model_q8, 0.08)):
        for part, got, want in zip(("keys", "values"), run(model), expected):
            error = np.linalg.norm(got - want) / np.linalg.norm(want)
            print(f"check: {name} graph's {part} against the numpy reference: relative L2 error {error:.2e} (limit {limit:g})")
            ok &= got.shape == want.shape and error < limit
    if not ok:
        sys.exit("check failed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model_bin")
    parser.add_argument("out")
    parser.add_argument("--check", action="store_true", help="compare with a numpy reference")
    parser.add_argument("--block-size", type=int, default=BLOCK, help="weights per quantization block (default %(default)s)")
    args = parser.parse_args()
    variables, source_sha256 = read_ct2(args.model_bin)
    model = build(variables, source_sha256, block=args.block_size)
    if args.check:
        check(variables, build(variables, source_sha256, quantized=False), model)
    import onnx

    onnx.save(model, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
