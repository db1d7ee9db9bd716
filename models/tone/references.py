"""References for the tone model: population norms, voice profiles, and per-call scores.

A segment's features are deviations from a reference (src/tone/profile.rs): the speaker's own
median in the call (per-turn scores), the agent's voice profile or population norms for the
voice's register (per-call scores, which must compare across calls). This module makes the
norms and profiles with calltone's own CLI (`calltone profile build`: the pooling is the
Rust code's, not re-implemented here), and evaluates what a coach and a manager read: whether
per-call scores order same-script pairs (the same voice and lines, once neutral and once
smiled or stressed throughout).

Per-call scores are the duration x confidence weighted mean of the call's segment scores, as
`tone::measure_call` computes them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

# Voices whose median F0 is below this (semitones re 100 Hz: 165 Hz, between typical lower
# and higher voices) are the `lower` register.
REGISTER_SPLIT_ST = round(12 * np.log2(1.65), 2)


def call_condition(call: dict) -> str:
    return call.get("call_condition", "mixed")


def median_f0(record: dict) -> float | None:
    vals = [s["features"].get("f0_mean_st") for s in record["channels"][0]["segments"]]
    vals = [v for v in vals if v is not None]
    return float(np.median(vals)) if vals else None


def build_profile(calltone: str, extra: list[str], corpus: Path, files: list[str], out: Path,
                  label: str, repo: Path) -> dict | None:
    """`calltone profile build` over FILES (channel 0), cached by the files and the binary."""
    key = hashlib.sha256(json.dumps([sorted(files), binary_sha256(calltone)]).encode()).hexdigest()[:16]
    stamp = out.with_suffix(".key")
    if out.exists() and stamp.exists() and stamp.read_text() == key:
        return json.loads(out.read_text())
    cmd = [calltone, "profile", "build", *extra, "--agent", label, "--channel", "0", "-o", str(out),
           *[str(corpus / f) for f in files]]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=repo)
    if res.returncode != 0:
        sys.stderr.write(res.stderr[-2000:])
        return None
    stamp.write_text(key)
    return json.loads(out.read_text())


def sha256_file(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@functools.lru_cache(maxsize=None)
def binary_sha256(path: str) -> str:
    """The sha256 of the calltone binary, hashed once per run (it does not change during one)."""
    return sha256_file(Path(path))


def build_norms(calltone: str, extra: list[str], corpus: Path, manifest: dict, feats: dict,
                is_training_call, work: Path, repo: Path) -> dict:
    """Population norms from the training voices' neutral speech: per register (by each voice's
    median F0 over its calls), one profile pooled over its voices' whole-neutral calls (or,
    where a voice has none, its mixed calls, which are mostly neutral)."""
    by_voice: dict[str, list[dict]] = {}
    for c in manifest["calls"]:
        if is_training_call(c):
            by_voice.setdefault(c["voice"], []).append(c)
    registers: dict[str, list[str]] = {"lower": [], "higher": []}
    voices_in: dict[str, int] = {"lower": 0, "higher": 0}
    for voice, calls in sorted(by_voice.items()):
        neutral = [c for c in calls if call_condition(c) == "neutral"] or \
                  [c for c in calls if call_condition(c) == "mixed"]
        f0s = [median_f0(feats[c["file"]]) for c in neutral]
        f0s = [f for f in f0s if f is not None]
        if not f0s:
            continue
        name = "lower" if np.median(f0s) < REGISTER_SPLIT_ST else "higher"
        registers[name] += [c["file"] for c in neutral]
        voices_in[name] += 1
    out = []
    for name in ("lower", "higher"):
        if not registers[name]:
            continue
        p = build_profile(calltone, extra, corpus, registers[name], work / f"norms_{name}.json",
                          f"population-{name}", repo)
        if p is None:
            raise SystemExit(f"calltone profile build failed for the {name} register")
        r = dict(name=name, profile=p)
        out.append(r)
    if len(out) == 2:
        out[0]["f0_mean_st_below"] = REGISTER_SPLIT_ST
    norms = dict(registers=out)
    print(f"population norms: " + ", ".join(
        f"{r['name']} {voices_in[r['name']]} voices / {r['profile']['calls']} calls" for r in out), file=sys.stderr)
    return norms


def voice_profiles(calltone: str, extra: list[str], corpus: Path, manifest: dict, work: Path,
                   repo: Path) -> dict[str, Path]:
    """Each voice's profile from its mixed calls (its history, mostly neutral): the reference
    its whole-condition calls are heard against, as an agent's calls are against their
    profile. A voice with fewer than 3 mixed calls gets none."""
    by_voice: dict[str, list[str]] = {}
    for c in manifest["calls"]:
        if call_condition(c) == "mixed":
            by_voice.setdefault(c["voice"], []).append(c["file"])
    out = {}
    (work / "profiles").mkdir(parents=True, exist_ok=True)
    for voice, files in sorted(by_voice.items()):
        if len(files) < 3:
            continue
        path = work / "profiles" / f"{voice}.json"
        if build_profile(calltone, extra, corpus, files, path, voice, repo) is not None:
            out[voice] = path
    print(f"voice profiles: {len(out)} voices", file=sys.stderr)
    return out


def per_call_scores(rec: dict, names: list[str], model, min_seg_ms: int = 0) -> dict | None:
    """A call's channel-0 scores as `measure_call` makes them: every segment scored, the
    duration x confidence weighted mean; the smile from the per-call head when the model has it."""
    segs = rec["channels"][0]["segments"]
    if not segs:
        return None
    X = np.array([[np.nan if s["features"].get(n) is None else float(s["features"][n]) for n in names]
                  for s in segs], dtype=np.float64)
    pred = model.predict(X)
    dur = np.array([s["end_ms"] - s["start_ms"] for s in segs], float)
    w = dur * np.clip(pred["confidence"], 0, None)
    if w.sum() <= 0:
        w = dur
    out = {h: float(np.sum(pred[h] * w) / w.sum()) for h in ("smile", "stress", "arousal", "valence")}
    if "smile_call" in pred:  # the per-call smile head, as `measure_call` reads it
        out["smile"] = float(np.sum(pred["smile_call"] * w) / w.sum())
    return out


def pair_ordering(manifest: dict, records: dict[str, dict], names: list[str], model, keep) -> dict:
    """Per pair kind (smile: smiled vs neutral; stress: stressed vs calm/neutral), the share of
    same-script pairs whose manipulated call scores above its reference call on that kind's
    score, with the margins. `records`: file -> features record against the reference under
    test; `keep(call)` selects the calls evaluated."""
    pairs: dict[str, dict[str, dict]] = {}
    for c in manifest["calls"]:
        if c.get("pair") is None or not keep(c) or c["file"] not in records:
            continue
        pairs.setdefault(c["pair"], {})[c.get("pair_role", "")] = c
    out: dict[str, dict] = {}
    for pid, p in sorted(pairs.items()):
        if set(p) != {"reference", "manipulated"}:
            continue
        m = p["manipulated"]
        cond = call_condition(m)
        kind = "smile" if cond.startswith("smile") else "stress" if cond in ("stress", "anger") else None
        if kind is None:
            continue
        a = per_call_scores(records[p["reference"]["file"]], names, model)
        b = per_call_scores(records[m["file"]], names, model)
        if a is None or b is None:
            continue
        key = f"{kind}:{cond}"
        o = out.setdefault(key, dict(pairs=0, ordered=0, margins=[], misordered=[]))
        o["pairs"] += 1
        margin = b[kind] - a[kind]
        o["margins"].append(margin)
        if margin > 0:
            o["ordered"] += 1
        else:
            o["misordered"].append(dict(pair=pid, voice=m["voice"], margin=round(margin, 3)))
    for o in out.values():
        ms = np.array(o.pop("margins"))
        o["share_ordered"] = round(o["ordered"] / o["pairs"], 3)
        o["margin_median"] = round(float(np.median(ms)), 3)
        o["margin_min"] = round(float(ms.min()), 3)
        o["misordered"] = o["misordered"][:10]
    return out
