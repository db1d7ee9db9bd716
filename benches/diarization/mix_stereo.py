#!/usr/bin/env python3
"""Mono mixes of stereo call recordings, with speaker truth from each channel's own speech.

For each stereo WAV (PCM16 or G.711 u-law/A-law, any rate): channel 0 is the agent, channel 1
the customer (calltone's stereo convention; --roles swaps). Writes to --out:
  <stem>_mix.wav    the two channels summed, 8 kHz G.711 u-law mono (peak-limited to -0.4 dBFS
                    only if the sum would clip)
  <stem>_mix.rttm   truth, labels `agent` / `customer`, file id `<stem>_mix`
  <stem>_mix.json   source, channel roles, the VAD settings, speech per role

Truth is an energy VAD per channel (calltone features' VAD output has no segment flag that
gives per-channel time stamps without the models, so this bench does not depend on them):
20 ms frames every 10 ms; a frame is speech when its energy is above
max(noise floor + 12 dB, loudest frame - 45 dB), the noise floor being the channel's
10th-percentile frame energy; 200 ms of hangover after speech; stretches closer than 0.3 s
joined (as make_calls.py's truth); stretches under 100 ms dropped. Cross-talk that leaks into
the other channel above that threshold would be counted as that channel's speech: the bundled
samples are synthetic and have none.
"""

import argparse
import json
import os
import struct
import sys
import warnings

import numpy as np
from scipy.signal import resample_poly

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_calls import write_ulaw_wav  # noqa: E402

HOP_S, WIN_S = 0.010, 0.020
VAD = {"frame_ms": 20, "hop_ms": 10, "above_floor_db": 12, "below_peak_db": 45,
       "floor_percentile": 10, "hangover_ms": 200, "join_gap_ms": 300, "min_speech_ms": 100}


def read_wav(path):
    """(float array [channels, n], rate) for PCM16, float32, u-law and A-law WAV (plain or
    extensible)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError(f"{path}: not a RIFF/WAVE file")
    pos, fmt, pcm = 12, None, None
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        if cid == b"fmt ":
            tag, ch, sr, _, _, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == 0xFFFE and len(body) >= 26:
                tag = struct.unpack("<H", body[24:26])[0]
            fmt = (tag, ch, sr, bits)
        elif cid == b"data":
            pcm = body
        pos += 8 + size + (size & 1)
    tag, ch, sr, bits = fmt
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop
    if tag == 3 and bits == 32:  # IEEE float (the AMI clips)
        x = np.frombuffer(pcm[: len(pcm) // (4 * ch) * 4 * ch], dtype="<f4").astype(np.float64)
        return x.reshape(-1, ch).T, sr
    if tag == 7:
        pcm, bits = audioop.ulaw2lin(pcm, 2), 16
    elif tag == 6:
        pcm, bits = audioop.alaw2lin(pcm, 2), 16
    elif tag != 1 or bits != 16:
        raise ValueError(f"{path}: WAV format {tag}/{bits} bit not handled here")
    x = np.frombuffer(pcm[: len(pcm) // (2 * ch) * 2 * ch], dtype="<i2").astype(np.float64)
    return (x / 32768.0).reshape(-1, ch).T, sr


def energy_vad(x, sr):
    hop, win = int(HOP_S * sr), int(WIN_S * sr)
    n = max(0, (len(x) - win) // hop + 1)
    idx = np.arange(win)[None, :] + hop * np.arange(n)[:, None]
    db = 10 * np.log10(np.mean(x[idx] ** 2, axis=1) + 1e-12)
    thr = max(np.percentile(db, VAD["floor_percentile"]) + VAD["above_floor_db"],
              db.max() - VAD["below_peak_db"])
    on = db > thr
    hang = int(VAD["hangover_ms"] / 10)
    out = on.copy()
    last = -10**9
    for i, v in enumerate(on):
        if v:
            last = i
        elif i - last <= hang:
            out[i] = True
    segs, start = [], None
    for i, v in enumerate(out):
        if v and start is None:
            start = i
        elif not v and start is not None:
            segs.append([start * HOP_S, (i - 1) * HOP_S + WIN_S])
            start = None
    if start is not None:
        segs.append([start * HOP_S, (n - 1) * HOP_S + WIN_S])
    joined = []
    for s in segs:
        if joined and s[0] - joined[-1][1] <= VAD["join_gap_ms"] / 1000:
            joined[-1][1] = max(joined[-1][1], s[1])
        else:
            joined.append(s)
    return [(a, b) for a, b in joined if b - a >= VAD["min_speech_ms"] / 1000], thr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--roles", default="agent,customer", help="roles of channel 0,1")
    a = ap.parse_args()
    roles = a.roles.split(",")
    os.makedirs(a.out, exist_ok=True)
    for path in a.files:
        x, sr = read_wav(path)
        if x.shape[0] != 2:
            sys.exit(f"{path}: {x.shape[0]} channel(s), a stereo call is needed")
        stem = os.path.splitext(os.path.basename(path))[0] + "_mix"
        truth, thr = {}, {}
        for ch, role in enumerate(roles):
            truth[role], thr[role] = energy_vad(x[ch], sr)
        mono = x[0] + x[1]
        if sr != 8000:
            g = np.gcd(sr, 8000)
            mono = resample_poly(mono, 8000 // g, sr // g)
        peak = np.max(np.abs(mono))
        if peak > 0.95:
            mono *= 0.95 / peak
        write_ulaw_wav(os.path.join(a.out, stem + ".wav"),
                       np.clip(np.round(mono * 32767), -32768, 32767).astype("<i2"), 8000)
        lines = sorted((s, e, r) for r, segs in truth.items() for s, e in segs)
        with open(os.path.join(a.out, stem + ".rttm"), "w") as f:
            for s, e, r in lines:
                f.write(f"SPEAKER {stem} 1 {s:.3f} {e - s:.3f} <NA> <NA> {r} <NA> <NA>\n")
        meta = {"file": stem + ".wav", "source": os.path.basename(path),
                "channels": {r: i for i, r in enumerate(roles)}, "agent_label": "agent",
                "duration_s": round(x.shape[1] / sr, 3), "vad": VAD,
                "threshold_dbfs": {r: round(float(v), 1) for r, v in thr.items()},
                "speech_ms": {r: int(sum(e - s for s, e in v) * 1000) for r, v in truth.items()},
                "first_speaker": lines[0][2] if lines else None}
        with open(os.path.join(a.out, stem + ".json"), "w") as f:
            json.dump(meta, f, indent=1)
        print(f"{stem}.wav: {meta['duration_s']:.1f} s, speech {meta['speech_ms']}, "
              f"thresholds {meta['threshold_dbfs']}", file=sys.stderr)


if __name__ == "__main__":
    main()
