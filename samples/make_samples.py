#!/usr/bin/env python3
"""Make calltone's small example calls and their reference text.

Run from the repository root (or anywhere; paths are relative to this file):

    python3 samples/make_samples.py               # audio + reference.json (+ Whisper check if available)
    python3 samples/make_samples.py --no-whisper  # audio + reference.json, keep earlier Whisper results

Needs (Debian bookworm packages: apt-get install espeak-ng flite festival festvox-us-slt-hts sox):
  * espeak-ng 1.51 - Arabic, Hebrew and Greek speech;
  * flite 2.2 (voices rms, awb built in) and festival 2.5 with festvox-us-slt-hts - English speech
    (more natural than espeak-ng: the VAD and Whisper hear it far better on 8 kHz telephone audio);
  * sox 14.4.2 (Debian `sox`) - trimming, resampling, band-limiting, G.711 mu-law encoding;
  * python3 >= 3.9 with numpy (the mixing and the line noise).
Optional, for the `whisper` fields of reference.json (what Whisper base hears and its WER/CER):
  * faster-whisper==1.2.1 (see benches/requirements.txt; e.g. the venv at .venv:
      python3 -m venv .venv && .venv/bin/pip install -r benches/requirements.txt
      .venv/bin/python samples/make_samples.py)
  * the Whisper base multilingual model in CTranslate2 format at models/cache/ct2-base
    (or --model DIR).
Without faster-whisper (or with --no-whisper) the `whisper` fields of an existing
reference.json are kept for every file whose audio sha256 did not change.

Deterministic: espeak-ng, flite, festival and sox are run with fixed settings (sox with -D -R: no dither,
repeatable), the line noise comes from numpy's PCG64 with a fixed seed per file, so a re-run
writes byte-identical audio (same espeak-ng/flite/festival/sox/numpy versions). The Whisper
results are deterministic for a given faster-whisper/CTranslate2 build and CPU.

Times in reference.json come from construction: every utterance is synthesised on its own,
its leading/trailing silence trimmed (sox `silence 1 0.01 0.1% reverse silence 1 0.01 0.1%
reverse`, then to the first/last 10 ms frame within 30 dB of the utterance's RMS level, which
drops the low-level synthesis noise some voices put around the speech), and placed at a chosen
millisecond; start_ms/end_ms are the speech edges of the trimmed utterance (to about 10 ms).

Samples whose `keep` is False below (languages that espeak-ng + Whisper base do not handle
acceptably) are not written to samples/; they are synthesised in a temporary folder only to
record in reference.json what Whisper base heard from them.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import wave

import numpy as np

from textnorm import edit_distance, normalise

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_MODEL = os.path.join(ROOT, "models", "cache", "ct2-base")

NOISE_DBFS = -60.0  # RMS of the line noise under the whole of every channel
# Band of the 8 kHz telephone sample. Not the classic 300-3400 Hz: with a 300 Hz high-pass the
# Silero VAD in faster-whisper misses most of these synthetic voices (male f0 ~100-130 Hz), e.g.
# the customer channel is found 0-22% of its speech time; from 200 Hz it finds all of it.
TELEPHONE_BAND_HZ = (200, 3400)

# Voices. engine: "espeak" (espeak-ng -v VOICE -s SPEED -p PITCH), "flite" (flite -voice VOICE
# --setf duration_stretch=STRETCH) or "festival" (text2wave with (voice_VOICE)); optional
# pitch_cents: sox `pitch` shift (a resampling shift: every formant moves with F0); optional
# shout: vocal effort made as people shout (see `shout`: WORLD, F0 up with the spectral envelope
# kept, F1 region up, flatter tilt); level: loudness of the utterance in dBFS RMS (peaks kept <= -1 dBFS).
# English uses flite/festival: Whisper base mis-hears a lot of espeak-ng English on 8 kHz
# telephone audio (WER 0.35-0.40 for espeak-ng en-gb+m3, en-us, en-us+f3 against 0.00-0.06 for
# flite rms/awb and festival slt on the same five customer lines, 300-3400 Hz band).
AGENT_EN = dict(engine="festival", voice="cmu_us_slt_arctic_hts", level=-20.0)  # US female
CUST_EN_UPSET = dict(engine="flite", voice="rms", stretch=0.88, pitch_cents=200, level=-15.0)  # US male
CUST_EN_CALM = dict(engine="flite", voice="rms", stretch=1.0, level=-21.0)
# The angry customer of call_en_stereo_angry: shouting is >= 6 dB over the speaker's median turn.
# Made as people shout (Banse & Scherer 1996; Juslin & Laukka 2003; Traunmueller & Eriksson 2000):
# F0 up 3.5 st with the spectral envelope kept (the vocal tract does not shorten), the F1 region up
# 8 % (a more open jaw; F2/F3 stay), the spectral tilt 3 dB/octave flatter, 15 % faster and about
# 10 dB louder than the calm turns. Until 2026-12 it was sox `pitch 300`, a resampling shift that
# moved every formant by about 19 % with F0: not how people shout, and read as a smile.
SHOUT = dict(f0_st=3.5, f1_ratio=1.08, tilt_db_per_oct=3.0)
CUST_EN_SHOUT = dict(engine="flite", voice="rms", stretch=0.85, shout=SHOUT, level=-12.0)
CUST_EN_QUIET = dict(engine="flite", voice="rms", stretch=1.0, level=-25.0)

# ---------------------------------------------------------------------------------------------
# The samples. Each turn: (gap_ms, channel, role, voice settings, text[, tts_text]).
# gap_ms is the time from the end of the previous turn (in this list) to the start of this one;
# negative = this turn starts before the previous one ended (overlap). The first gap is the
# lead-in silence from the start of the file.
# ---------------------------------------------------------------------------------------------
SAMPLES = [
    dict(
        file="call_en_stereo_8k_ulaw.wav",
        keep=True,
        note=("Telephone band 200-3400 Hz, not 300-3400: with a 300 Hz high-pass the Silero VAD "
              "(faster-whisper's vad_filter) finds 0-22% of the customer's speech and Whisper "
              "then transcribes almost nothing of channel 1; from 200 Hz the VAD finds all turns."),
        language="en",
        rate=8000,
        channels=2,
        encoding="mulaw",
        telephone_band=True,
        tail_ms=500,
        seed=1,
        description=(
            "Customer-service call, agent on channel 0, customer on channel 1. The customer "
            "is upset about a double charge on the bill and calms down; the agent puts the "
            "line on a 3.5 s silence while checking, and the customer talks over the end of "
            "the agent's explanation."
        ),
        turns=[
            (400, 0, "agent", AGENT_EN,
             "Thank you for calling customer service, this is Sarah. How can I help you?"),
            (700, 1, "customer", CUST_EN_UPSET,
             "Hi. I am not happy at all. I was charged twice on my bill this month."),
            (500, 0, "agent", AGENT_EN,
             "I am sorry to hear that. Can I have the name on the account?"),
            (900, 1, "customer", CUST_EN_UPSET,
             "Peter Brown."),
            (400, 0, "agent", AGENT_EN,
             "Thank you. Let me check that for you."),
            (3500, 0, "agent", AGENT_EN,
             "Thanks for waiting. I can see it now. You were charged two times for the same payment."),
            (-700, 1, "customer", CUST_EN_UPSET,
             "Yes, that is what I told you."),
            (600, 0, "agent", AGENT_EN,
             "I have removed the extra charge. The money will be back in a few days."),
            (1200, 1, "customer", CUST_EN_CALM,
             "Oh, good. Thank you, that is a big help."),
            (500, 0, "agent", AGENT_EN,
             "You are welcome. Is there anything else?"),
            (800, 1, "customer", CUST_EN_CALM,
             "No, that is all. Have a nice day."),
            (300, 0, "agent", AGENT_EN,
             "You too. Goodbye."),
        ],
    ),
    dict(
        file="call_en_stereo_angry_8k_ulaw.wav",
        keep=True,
        note=("Golden call for scoring (tests/golden.rs): the answer is known by construction. "
              "Customer turns 1 and 2 are about 9-10 dB louder than the customer's calm turns and shouted "
              "as people shout (F0 +3.5 st with the formants kept, F1 region up, flatter tilt; WORLD); "
              "turn 2 holds a curse ('crap'); the customer cuts in on the agent twice, 0.8 s and "
              "0.6 s before the agent's turn ends, and the agent stops."),
        language="en",
        rate=8000,
        channels=2,
        encoding="mulaw",
        telephone_band=True,
        tail_ms=500,
        seed=5,
        description=(
            "An angry customer whose internet is down shouts and curses, cuts in on the agent "
            "twice, and calms down once an engineer and a credit are offered."
        ),
        turns=[
            (400, 0, "agent", AGENT_EN,
             "Thank you for calling, this is Sarah. How can I help you today?"),
            (500, 1, "customer", CUST_EN_SHOUT,
             "This is ridiculous. My internet has been down for three days and nobody has fixed it."),
            (400, 0, "agent", AGENT_EN,
             "I am very sorry about that. Let me look at your account and see what happened."),
            (-800, 1, "customer", CUST_EN_SHOUT,
             "Don't give me that crap. I want it fixed today."),
            (600, 0, "agent", AGENT_EN,
             "I understand. There is a fault on the line, and an engineer can come tomorrow morning."),
            (-600, 1, "customer", CUST_EN_QUIET,
             "Tomorrow morning? Okay, that is better."),
            (500, 0, "agent", AGENT_EN,
             "I have also added a credit of twenty pounds to your bill for the trouble."),
            (700, 1, "customer", CUST_EN_QUIET,
             "Oh, thank you so much. That is really helpful."),
            (500, 0, "agent", AGENT_EN,
             "You are welcome. Is there anything else I can help with?"),
            (600, 1, "customer", CUST_EN_QUIET,
             "No, that is all. Thanks again, have a great day."),
            (300, 0, "agent", AGENT_EN,
             "You too. Goodbye."),
        ],
    ),
    dict(
        file="call_en_mono_16k.wav",
        keep=True,
        language="en",
        rate=16000,
        channels=1,
        encoding="pcm_s16le",
        telephone_band=False,
        tail_ms=600,
        seed=2,
        description="Short exchange, agent and customer in one channel.",
        turns=[
            (500, 0, "agent", dict(engine="flite", voice="awb", stretch=1.0, level=-20.0),
             "Good morning, thank you for calling. How can I help you?"),
            (800, 0, "customer", dict(engine="festival", voice="cmu_us_slt_arctic_hts", level=-22.0),
             "Hello. I would like to change the address on my account, please."),
            (600, 0, "agent", dict(engine="flite", voice="awb", stretch=1.0, level=-20.0),
             "Of course, I can help you with that."),
        ],
    ),
    dict(
        file="call_el_mono_16k.wav",
        keep=True,
        note=("Kept: with the language forced, Whisper base gets most of espeak-ng Greek (male variants "
              "+m7/+m1 at 130 wpm best; female variants and 160+ wpm are worse); auto-detection is "
              "unreliable (often 'es'/'la', or 'el' with low probability)."),
        language="el",
        rate=16000,
        channels=1,
        encoding="pcm_s16le",
        telephone_band=False,
        tail_ms=600,
        seed=3,
        description="Greek: agent greeting and a customer's reply, one channel.",
        turns=[
            (500, 0, "agent", dict(engine="espeak", voice="el+m7", speed=130, pitch=50, level=-20.0),
             "Καλημέρα, σας ευχαριστώ που καλέσατε την εξυπηρέτηση πελατών. Πώς μπορώ να σας βοηθήσω;"),
            (800, 0, "customer", dict(engine="espeak", voice="el+f2", speed=130, pitch=50, level=-21.0),
             "Έχω ένα πρόβλημα με την πληρωμή μου."),
        ],
    ),
    dict(
        file="call_ar_mono_16k.wav",
        keep=False,
        note=("Not kept: Whisper base does not understand espeak-ng Arabic. Tried voices ar, +m1, +m3, "
              "+m7, +f2, +f4, +klatt, +klatt4 at 120-175 wpm, with and without harakat (the diacritised "
              "text is much better): best CER about 0.55, WER >= 1.0, and auto-detection does not find "
              "Arabic. espeak-ng needs fully diacritised input, see tts_text."),
        language="ar",
        rate=16000,
        channels=1,
        encoding="pcm_s16le",
        telephone_band=False,
        tail_ms=600,
        seed=4,
        description="Arabic: agent greeting and a customer's reply, one channel.",
        turns=[
            (500, 0, "agent", dict(engine="espeak", voice="ar+klatt", speed=150, pitch=50, level=-20.0),
             "مرحبا، شكرا لاتصالك بخدمة العملاء. كيف يمكنني مساعدتك اليوم؟",
             "مَرْحَبًا، شُكْرًا لِاتِّصَالِكَ بِخِدْمَةِ الْعُمَلَاءِ. كَيْفَ يُمْكِنُنِي مُسَاعَدَتُكَ الْيَوْمَ؟"),
            (800, 0, "customer", dict(engine="espeak", voice="ar+m3", speed=120, pitch=50, level=-21.0),
             "عندي مشكلة في الفاتورة.",
             "عِنْدِي مُشْكِلَةٌ فِي الْفَاتُورَةِ."),
        ],
    ),
    dict(
        file="call_he_mono_16k.wav",
        keep=False,
        note=("Not kept: espeak-ng Hebrew is weak (it guesses vowels from unpointed text and spells "
              "out niqqud letter by letter when given pointed text) and Whisper base hears little of it. "
              "Tried voices he, +m1, +m3, +m7, +f2, +f4, +klatt, +klatt4 at 120-175 wpm: best CER about "
              "0.47, WER >= 0.8; auto-detection does not find Hebrew."),
        language="he",
        rate=16000,
        channels=1,
        encoding="pcm_s16le",
        telephone_band=False,
        tail_ms=600,
        seed=5,
        description="Hebrew: agent greeting and a customer's reply, one channel.",
        turns=[
            (500, 0, "agent", dict(engine="espeak", voice="he", speed=150, pitch=50, level=-20.0),
             "שלום, תודה שהתקשרת לשירות הלקוחות. איך אפשר לעזור לך היום?"),
            (800, 0, "customer", dict(engine="espeak", voice="he+klatt", speed=120, pitch=50, level=-21.0),
             "יש לי בעיה עם החשבון שלי."),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------
# Audio
# ---------------------------------------------------------------------------------------------
def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def tts_command(v, text, out, tmp):
    engine = v["engine"]
    if engine == "espeak":
        return ["espeak-ng", "-v", v["voice"], "-s", str(v["speed"]), "-p", str(v["pitch"]),
                "-w", out, "--", text]
    if engine == "flite":
        return ["flite", "-voice", v["voice"], "--setf", f'duration_stretch={v.get("stretch", 1.0)}',
                "-t", text, "-o", out]
    if engine == "festival":
        txt = os.path.join(tmp, "tts.txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        return ["text2wave", "-eval", f'(voice_{v["voice"]})', "-o", out, txt]
    raise ValueError(engine)


def describe_voice(v):
    d = {"espeak": f'espeak-ng -v {v.get("voice")} -s {v.get("speed")} -p {v.get("pitch")}',
         "flite": f'flite -voice {v.get("voice")} --setf duration_stretch={v.get("stretch", 1.0)}',
         "festival": f'festival text2wave (voice_{v.get("voice")})'}[v["engine"]]
    if v.get("pitch_cents"):
        d += f'; sox pitch {v["pitch_cents"]}'
    if v.get("shout"):
        sh = v["shout"]
        d += (f'; shout (WORLD): F0 +{sh["f0_st"]:g} st, envelope kept, F1 region x{sh["f1_ratio"]:g}, '
              f'tilt +{sh["tilt_db_per_oct"]:g} dB/oct')
    return d


def shout(wav_in, wav_out, f0_st, f1_ratio, tilt_db_per_oct):
    """Vocal effort as people shout, with the WORLD vocoder (pyworld 0.3.4; analysis dio +
    stonemask, cheaptrick, d4c at 5 ms): F0 x 2^(F0_ST/12) with the spectral envelope kept
    (formants stay where they were, unlike a resampling pitch shift); the envelope below 750 Hz
    (F1) raised by F1_RATIO, the raise fading to none at 1.4 kHz (F2/F3 stay); a tilt of
    TILT_DB_PER_OCT dB/octave re 1 kHz (above 300 Hz). Deterministic. The level is set later."""
    import pyworld as pw  # only this voice needs it (e.g. models/tone/.venv has it)
    with wave.open(wav_in, "rb") as w:
        sr, nch, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        assert width == 2, wav_in
        x = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float64) / 32768.0
    x = x.reshape(-1, nch).mean(axis=1)
    f0, t = pw.dio(x, sr, frame_period=5.0, f0_floor=60.0, f0_ceil=500.0)
    f0 = pw.stonemask(x, f0, t, sr)
    sp = pw.cheaptrick(x, f0, t, sr)
    ap = pw.d4c(x, f0, t, sr)
    f = np.linspace(0, sr / 2, sp.shape[1])
    a = np.interp(f, [0.0, 750.0, 1400.0, sr / 2], [f1_ratio, f1_ratio, 1.0, 1.0])
    sp = np.array([np.interp(f / a, f, row) for row in sp])
    sp *= (10 ** (tilt_db_per_oct * np.log2(np.maximum(f, 300.0) / 1000.0) / 10.0))[None, :]
    y = pw.synthesize(f0 * 2 ** (f0_st / 12.0), np.ascontiguousarray(sp), ap, sr, 5.0)
    y *= 0.5 / np.max(np.abs(y))
    with wave.open(wav_out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(np.round(y * 32767).astype("<i2").tobytes())


def synth(text, v, rate, telephone_band, tmp):
    """TTS -> float64 mono at `rate`, leading/trailing silence trimmed, scaled to v["level"] dBFS
    RMS with peaks <= -1 dBFS."""
    raw_wav = os.path.join(tmp, "tts.wav")
    run(tts_command(v, text, raw_wav, tmp))
    if v.get("shout"):
        shouted = os.path.join(tmp, "shout.wav")
        shout(raw_wav, shouted, **v["shout"])
        raw_wav = shouted
    effects = []
    if v.get("pitch_cents"):
        effects += ["pitch", str(v["pitch_cents"])]
    effects += ["rate", "-v", str(rate)]
    if telephone_band:
        effects += ["sinc", f"{TELEPHONE_BAND_HZ[0]}-{TELEPHONE_BAND_HZ[1]}"]
    # trim last, so that start/end are the edges of the audio as placed
    effects += ["silence", "1", "0.01", "0.1%", "reverse", "silence", "1", "0.01", "0.1%", "reverse"]
    out = run(["sox", "-D", "-R", raw_wav, "-t", "raw", "-e", "floating-point", "-b", "32",
               "-c", "1", "-"] + effects).stdout
    x = np.frombuffer(out, dtype="<f4").astype(np.float64)
    if x.size == 0:
        raise RuntimeError(f"no audio from {describe_voice(v)}: {text!r}")
    x *= 10 ** (v["level"] / 20) / np.sqrt(np.mean(x ** 2))
    # Some voices (flite awb, festival slt) start/end with 100-150 ms of low-level synthesis noise
    # (30-40 dB below the speech) that sox's absolute 0.1% threshold keeps: cut to the first/last
    # 10 ms frame within 30 dB of the utterance's RMS level.
    w = rate // 100
    frames = np.sqrt(np.mean(x[: len(x) // w * w].reshape(-1, w) ** 2, axis=1))
    loud = np.nonzero(frames > 10 ** ((v["level"] - 30) / 20))[0]
    x = x[loud[0] * w:(loud[-1] + 1) * w]
    x *= 10 ** (v["level"] / 20) / np.sqrt(np.mean(x ** 2))
    peak = np.max(np.abs(x))
    if peak > 10 ** (-1 / 20):
        x *= 10 ** (-1 / 20) / peak
    return x


def build(sample, tmp):
    """Returns (float array [channels, n], list of turn dicts)."""
    rate = sample["rate"]
    placed = []
    t_ms = 0  # end of the previous turn
    for turn in sample["turns"]:
        gap_ms, ch, role, v, text = turn[:5]
        tts_text = turn[5] if len(turn) > 5 else text
        x = synth(tts_text, v, rate, sample["telephone_band"], tmp)
        start_ms = t_ms + gap_ms
        assert start_ms >= 0
        start = start_ms * rate // 1000
        end_ms = start_ms + int(round(len(x) * 1000 / rate))
        placed.append((start, ch, x))
        t_ms = end_ms
        d = dict(channel=ch, role=role, start_ms=start_ms, end_ms=end_ms, text=text,
                 language=sample["language"])
        if tts_text != text:
            d["tts_text"] = tts_text
        d["voice"] = describe_voice(v)
        sample.setdefault("_turns", []).append(d)
    n = max(s + len(x) for s, _, x in placed) + sample["tail_ms"] * rate // 1000
    rng = np.random.default_rng(sample["seed"])
    audio = rng.standard_normal((sample["channels"], n)) * 10 ** (NOISE_DBFS / 20)
    for s, ch, x in placed:
        audio[ch, s:s + len(x)] += x
    return audio, sample.pop("_turns")


def write(sample, audio, path, tmp):
    pcm = np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2")
    inter = pcm.T.copy()  # interleave channels
    if sample["encoding"] == "pcm_s16le":
        with wave.open(path, "wb") as w:
            w.setnchannels(sample["channels"])
            w.setsampwidth(2)
            w.setframerate(sample["rate"])
            w.writeframes(inter.tobytes())
    elif sample["encoding"] == "mulaw":
        raw = os.path.join(tmp, "mix.raw")
        inter.tofile(raw)
        run(["sox", "-D", "-R", "-t", "raw", "-r", str(sample["rate"]), "-e", "signed", "-b", "16",
             "-c", str(sample["channels"]), raw, "-e", "u-law", "-b", "8", path])
    else:
        raise ValueError(sample["encoding"])


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# ---------------------------------------------------------------------------------------------
# WER / CER
# ---------------------------------------------------------------------------------------------
def scores(ref, hyp, language):
    r, h = normalise(ref, language), normalise(hyp, language)
    rw = r.split()
    d = dict(wer=round(edit_distance(rw, h.split()) / max(1, len(rw)), 3))
    if language != "en":
        d["cer"] = round(edit_distance(r, h) / max(1, len(r)), 3)
    return d


# ---------------------------------------------------------------------------------------------
# Whisper
# ---------------------------------------------------------------------------------------------
WHISPER_SETTINGS = dict(beam_size=5, vad_filter=True)
WHISPER_SEED = 1


def whisper_check(model, path, sample, turns):
    import ctranslate2
    from faster_whisper import decode_audio

    if sample["channels"] == 2:
        chans = list(decode_audio(path, sampling_rate=16000, split_stereo=True))
    else:
        chans = [decode_audio(path, sampling_rate=16000)]
    lang = sample["language"]
    result = dict(channels=[])
    hyps_forced = []
    for ch, audio in enumerate(chans):
        ref = " ".join(t["text"] for t in turns if t["channel"] == ch)
        entry = dict(channel=ch, reference=ref)
        for mode, language in (("forced", lang), ("auto", None)):
            # temperature fallback samples at random when a decode looks bad (as it does for
            # Arabic/Hebrew): seed CTranslate2 so that the recorded result is reproducible
            ctranslate2.set_random_seed(WHISPER_SEED)
            segs, info = model.transcribe(audio, language=language, **WHISPER_SETTINGS)
            segs = list(segs)
            text = " ".join(s.text.strip() for s in segs).strip()
            r = dict(text=text)
            if mode == "auto":
                r["detected_language"] = info.language
                r["language_probability"] = round(info.language_probability, 3)
            else:
                r["language"] = language
                r["segments"] = [dict(start_ms=int(round(s.start * 1000)), end_ms=int(round(s.end * 1000)),
                                      text=s.text.strip()) for s in segs]
                hyps_forced.append(text)
            r.update(scores(ref, text, lang))
            entry[mode] = r
        result["channels"].append(entry)
    all_ref = " ".join(t["text"] for t in sorted(turns, key=lambda t: (t["channel"], t["start_ms"])))
    result["forced_all_channels"] = scores(all_ref, " ".join(hyps_forced), lang)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-whisper", action="store_true", help="do not run faster-whisper")
    ap.add_argument("--model", default=DEFAULT_MODEL, help="Whisper base CTranslate2 model folder")
    ap.add_argument("--only", help="comma-separated file names to (re)make; others are left alone")
    args = ap.parse_args()

    ref_path = os.path.join(HERE, "reference.json")
    old = {}
    if os.path.exists(ref_path):
        with open(ref_path, encoding="utf-8") as f:
            old = {s["file"]: s for s in json.load(f)["samples"]}

    model = None
    whisper_info = None
    if not args.no_whisper:
        try:
            import faster_whisper
            from faster_whisper import WhisperModel
            model = WhisperModel(args.model, device="cpu", compute_type="int8", cpu_threads=1)
            whisper_info = dict(
                engine=f"faster-whisper {faster_whisper.__version__}",
                model="Whisper base (multilingual), CTranslate2, int8, cpu",
                settings=dict(WHISPER_SETTINGS, condition_on_previous_text=True,
                              temperature="default fallback 0.0-1.0",
                              ctranslate2_random_seed=WHISPER_SEED),
                note="stereo files: each channel transcribed on its own (decode_audio split_stereo)",
            )
        except Exception as e:  # noqa: BLE001
            print(f"faster-whisper not usable ({e}); keeping earlier whisper results", file=sys.stderr)

    only = set(args.only.split(",")) if args.only else None
    out_samples = []
    with tempfile.TemporaryDirectory() as tmp:
        for sample in SAMPLES:
            name = sample["file"]
            if only and name not in only and name in old:
                out_samples.append(old[name])
                continue
            audio, turns = build(dict(sample), tmp)
            path = os.path.join(HERE, name) if sample["keep"] else os.path.join(tmp, name)
            write(sample, audio, path, tmp)
            if not sample["keep"] and os.path.exists(os.path.join(HERE, name)):
                os.remove(os.path.join(HERE, name))
            digest = sha256(path)
            entry = dict(
                file=name,
                kept=sample["keep"],
                description=sample["description"],
                language=sample["language"],
                sample_rate=sample["rate"],
                channels=sample["channels"],
                encoding=sample["encoding"],
                wav_format_tag=7 if sample["encoding"] == "mulaw" else 1,
                bits_per_sample=8 if sample["encoding"] == "mulaw" else 16,
                note=sample.get("note"),
                telephone_band_hz=list(TELEPHONE_BAND_HZ) if sample["telephone_band"] else None,
                noise_dbfs_rms=NOISE_DBFS,
                duration_ms=int(round(audio.shape[1] * 1000 / sample["rate"])),
                frames=int(audio.shape[1]),
                sha256=digest,
                turns=turns,
            )
            if model is not None:
                print(f"whisper: {name}", file=sys.stderr, flush=True)
                entry["whisper"] = whisper_check(model, path, sample, turns)
            elif name in old and old[name].get("sha256") == digest and "whisper" in old[name]:
                entry["whisper"] = old[name]["whisper"]
            out_samples.append(entry)
            print(f"{name}: {entry['duration_ms']} ms, kept={sample['keep']}", file=sys.stderr)

    if whisper_info is None and old:
        with open(ref_path, encoding="utf-8") as f:
            whisper_info = json.load(f).get("whisper")
    doc = dict(
        generator="samples/make_samples.py",
        times="start_ms/end_ms come from construction: the trimmed TTS utterance's first and last sample",
        normalisation=("WER/CER on text lowercased, punctuation and symbols removed, spaces collapsed; "
                       "for ar/he/el combining marks (harakat, niqqud, tonos) removed and Greek final "
                       "sigma folded; CER counts characters including single spaces"),
        whisper=whisper_info,
        samples=out_samples,
    )
    with open(ref_path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
