#!/usr/bin/env python3
"""Tiny ONNX models that exercise the tone classifier's loading checks (tests/tone_classifier.rs).

They are NOT trained models: `tone_fixture_ok.onnx` is a fixed linear map (a few hand-set
weights) with the interface models/tone/tone.onnx must have; the others each break one rule.
Regenerate with `pip install onnx` then `python3 tests/data/tone/make_fixtures.py`.
The feature names are read from the extractor itself (`calltone features --whole` on a WAV),
so the fixtures follow the code.
"""

import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent


def feature_names():
    with tempfile.NamedTemporaryFile(suffix=".wav") as f:
        with wave.open(f.name, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(bytes(3200))
        out = subprocess.run([str(ROOT / "target/release/calltone"), "features", "--whole", "--json", f.name],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(out)["feature_names"]


def model(names, width, outputs=("smile", "arousal", "valence", "stress", "confidence"), metadata=None):
    x = helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", width])
    nodes = [
        helper.make_node("IsNaN", ["features"], ["nan"]),
        helper.make_node("Where", ["nan", "zero", "features"], ["clean"]),
    ]
    inits = [numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero")]
    outs = []
    # Hand-set weights on the deviation features (by name), so tests can predict the direction.
    col = {n: i for i, n in enumerate(names)}
    weights = {
        "smile": {"f2_hz_dev": 0.3, "f0_mean_st_dev": 0.3},
        "arousal": {"f0_mean_st_dev": 0.5, "loudness_db_dev": 0.3},
        "valence": {"f2_hz_dev": 0.1},
        "stress": {"f0_mean_st_dev": 0.4, "loudness_db_dev": 0.2},
        "confidence": {},
    }
    for name in outputs:
        w = np.zeros((width, 1), dtype=np.float32)
        for feature, v in weights[name].items():
            if feature in col and col[feature] < width:
                w[col[feature], 0] = v
        inits.append(numpy_helper.from_array(w, f"w_{name}"))
        nodes.append(helper.make_node("MatMul", ["clean", f"w_{name}"], [f"z_{name}"]))
        act = "Tanh" if name == "valence" else "Sigmoid"
        if name == "confidence":
            inits.append(numpy_helper.from_array(np.array([2.0], dtype=np.float32), "b_conf"))
            nodes.append(helper.make_node("Add", [f"z_{name}", "b_conf"], [f"y_{name}"]))
            nodes.append(helper.make_node("Sigmoid", [f"y_{name}"], [f"s_{name}"]))
        else:
            nodes.append(helper.make_node(act, [f"z_{name}"], [f"s_{name}"]))
        nodes.append(helper.make_node("Flatten", [f"s_{name}"], [name], axis=1))
        outs.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", 1]))
    graph = helper.make_graph(nodes, "tone_fixture", [x], outs, inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="calltone-test-fixture")
    m.ir_version = 8
    meta = {"feature_names": json.dumps(names), "version": "fixture-1"} if metadata is None else metadata
    for k, v in meta.items():
        p = m.metadata_props.add()
        p.key, p.value = k, v
    onnx.checker.check_model(m)
    return m


def main():
    names = feature_names()
    n = len(names)
    onnx.save(model(names, n), HERE / "tone_fixture_ok.onnx")
    onnx.save(model(names[:-6], n - 6, metadata={"feature_names": json.dumps(names[:-6]), "version": "x"}),
              HERE / "tone_fixture_wrong_width.onnx")
    renamed = list(names)
    renamed[3] = "loudness_lufs"
    onnx.save(model(renamed, n, metadata={"feature_names": json.dumps(renamed), "version": "x"}),
              HERE / "tone_fixture_wrong_names.onnx")
    onnx.save(model(names, n, metadata={"version": "x"}), HERE / "tone_fixture_no_names.onnx")
    onnx.save(model(names, n, outputs=("smile", "arousal", "valence")), HERE / "tone_fixture_no_stress.onnx")
    print(f"wrote fixtures for {n} features", file=sys.stderr)


if __name__ == "__main__":
    main()
