#!/usr/bin/env python3
"""Fixtures for tests/tone_behaviour.rs: one short "call" per language (ar, he, el, en), each
spoken by an espeak-ng speaker that models/tone/ never trained on, saying lines that are not in
models/tone/sentences.tsv.

Unseen here means: an espeak-ng voice variant (m2, f3, m5, f3) that `espeak_voices()` of
models/tone/make_corpus.py does not use, at a base pitch and rate it does not use, speaking new
text. The engine (espeak-ng) and the WORLD resynthesis are the same as in training: no unseen
engine fits in the tests' size and time budget.

Each call: four neutral lines (the speaker's baseline: the extractor's features are deviations
from the median of the call's segments) and five versions of one target line, made with the
very manipulation code of make_corpus.py (`world_analyse`, `manipulate`, `condition_params`):
  smile0  the target resynthesised unchanged (WORLD, like every neutral line)
  smile1  smile strength 0.35 (formants +3.2 %, +1.4 dB near 2.5 kHz, F0 +0.28 st)
  smile3  smile strength 1.0  (formants +9 %, +4 dB near 2.5 kHz, F0 +0.8 st)
  stress3 stress level 3 (F0 up, wider range, louder, faster, flatter tilt, jitter, shimmer,
          lower HNR)
  calm2   calm level 2 (F0 down, narrower range, softer, slower, steeper tilt)
The smile versions use the middle of the corpus's random smile range (no random factor), so
their order is known. Utterances are 0.9-1.1 s apart (the VAD splits them).

Files (tests/data/tone/behaviour/):
  LANG_clean.flac  16 kHz, 16-bit FLAC, no noise (the test also scales it by -10 dB itself)
  LANG_phone.wav   the same call through make_corpus.py's telephone channel without a room
                   response: coloured noise (`add_noise`) at 20 dB SNR, 300-3400 Hz band-pass,
                   8 kHz, G.711 mu-law
  behaviour.json   per language: voice, and each utterance's start_ms, end_ms, condition,
                   text and manipulation parameters.
Seeds are fixed: the same command writes the same files.

Run (needs espeak-ng and the venv of models/tone, see models/tone/README.md):
  models/tone/.venv/bin/python tests/data/tone/make_behaviour.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy import signal

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "models" / "tone"))

import make_corpus as mc  # noqa: E402

OUT = Path(__file__).resolve().parent / "behaviour"

# (language, espeak-ng voice, base pitch, rate): variants and pitches outside espeak_voices().
VOICES = [
    ("ar", "ar+m2", 40, 178),
    ("he", "he+f3", 62, 172),
    ("el", "el+m5", 38, 176),
    ("en", "en-us+f3", 58, 174),
]

# Four neutral lines and the target line per language, none of them in sentences.tsv.
LINES = {
    "ar": ["شكرا لانتظارك.",
           "هل بريدك صحيح؟",
           "الشحنة تصل غدا.",
           "سأرسل التفاصيل.",
           "يسعدني أن أساعدك اليوم."],
    "he": ["תודה שהמתנת.",
           "המייל שלך נכון?",
           "המשלוח יגיע מחר.",
           "אשלח את הפרטים.",
           "אשמח לעזור לך היום."],
    "el": ["Ευχαριστώ για την αναμονή.",
           "Το email σας είναι σωστό;",
           "Το δέμα φτάνει αύριο.",
           "Θα στείλω τις λεπτομέρειες.",
           "Θα χαρώ να σας βοηθήσω σήμερα."],
    "en": ["Thanks for holding.",
           "Is your email correct?",
           "The parcel arrives tomorrow.",
           "I'll send the details.",
           "I'd be glad to help you today."],
}

# Order of the call: neutral lines (N0..N3) interleaved with the target's versions.
ORDER = [("neutral", 0), ("smile0", 4), ("neutral", 1), ("smile1", 4), ("stress3", 4),
         ("neutral", 2), ("smile3", 4), ("neutral", 3), ("calm2", 4)]


def params_for(cond: str, rng: np.random.Generator) -> dict:
    if cond in ("neutral", "smile0"):
        return {}
    if cond in ("smile1", "smile3"):
        s = {"smile1": 0.35, "smile3": 1.0}[cond]
        p, _ = mc.condition_params("smile", {"smile1": 1, "smile3": 3}[cond], rng)
        p["smile_alpha"] = 1.0 + 0.09 * s  # the middle of the corpus's random range
        p["gain_db"] = 0.0
        return p
    if cond == "stress3":
        return mc.condition_params("stress", 3, rng)[0]
    if cond == "calm2":
        return mc.condition_params("calm", 2, rng)[0]
    raise ValueError(cond)


PHONE_SNR_DB = 20.0


def phone_channel(x: np.ndarray, mask: np.ndarray, rng: np.random.Generator):
    """make_corpus.py's "phone" channel without its room response (the test is about the
    channel, not the room): coloured noise at PHONE_SNR_DB re the speech, 300-3400 Hz, 8 kHz
    (written as G.711 mu-law)."""
    x = mc.add_noise(x, mask, PHONE_SNR_DB, rng)
    sos = signal.butter(4, [300, 3400], btype="bandpass", fs=mc.FS_HZ, output="sos")
    x = signal.resample_poly(signal.sosfiltfilt(sos, x), 1, 2)
    return x, 8000, {"channel": "phone", "snr_db": PHONE_SNR_DB, "band_hz": [300, 3400],
                     "codec": "G.711 mu-law"}


def make(lang: str, voice_id: str, pitch: int, rate: int) -> dict:
    voice = mc.Voice("espeak", f"unseen-{voice_id}-p{pitch}", lang, (voice_id, pitch, rate))
    rng = np.random.default_rng(mc.seed_of("behaviour", voice.name))
    level_db = -26.0
    pieces, utts = [], []
    pos = int(0.5 * mc.FS_HZ)
    pieces.append(np.zeros(pos))
    analyses = {}
    with tempfile.TemporaryDirectory() as td:
        for cond, line in ORDER:
            if line not in analyses:
                x = mc.tts(voice, LINES[lang][line], Path(td))
                x = x / (np.sqrt(np.mean(x ** 2)) + 1e-12) * 10 ** (level_db / 20.0)
                analyses[line] = mc.world_analyse(x)
            p = params_for(cond, rng)
            y = mc.trim(mc.manipulate(analyses[line], p, rng))
            utts.append(dict(start_ms=int(round(pos * 1000 / mc.FS_HZ)),
                             end_ms=int(round((pos + len(y)) * 1000 / mc.FS_HZ)),
                             condition=cond, line=line, text=LINES[lang][line],
                             params={k: round(float(v), 4) for k, v in p.items()}))
            pieces.append(y)
            pos += len(y)
            gap = int(rng.uniform(0.9, 1.1) * mc.FS_HZ)
            pieces.append(np.zeros(gap))
            pos += gap
    x = np.concatenate(pieces)
    x = x + 10 ** (-90 / 20) * rng.standard_normal(len(x))  # a faint floor, not digital silence
    peak = np.max(np.abs(x))
    if peak > 0.97:
        x *= 0.97 / peak
    sf.write(str(OUT / f"{lang}_clean.flac"), x.astype(np.float32), mc.FS_HZ, subtype="PCM_16")
    mask = np.zeros(len(x), bool)
    for u in utts:
        mask[int(u["start_ms"] * 16): int(u["end_ms"] * 16)] = True
    phone, sr, chan = phone_channel(x, mask, rng)
    peak = np.max(np.abs(phone))
    if peak > 0.97:
        phone *= 0.97 / peak
    sf.write(str(OUT / f"{lang}_phone.wav"), phone.astype(np.float32), sr, subtype="ULAW")
    return dict(voice=voice_id, pitch=pitch, rate=rate, clean=f"{lang}_clean.flac",
                phone=f"{lang}_phone.wav", phone_channel=chan, utterances=utts)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    trained = set(sum(mc.load_sentences().values(), []))
    calls = {}
    for lang, voice_id, pitch, rate in VOICES:
        assert not trained & set(LINES[lang]), "a behaviour line is in the training sentences"
        assert voice_id.split("+")[1] not in {v.opts[0].split("+")[1] for v in mc.espeak_voices()}
        calls[lang] = make(lang, voice_id, pitch, rate)
        print(lang, calls[lang]["utterances"][-1]["end_ms"], "ms", file=sys.stderr)
    doc = dict(generator="tests/data/tone/make_behaviour.py", calls=calls)
    (OUT / "behaviour.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
