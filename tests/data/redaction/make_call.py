#!/usr/bin/env python3
"""Make the synthetic stereo call of the redaction integration test (tests/redaction.rs).

    python3 tests/data/redaction/make_call.py

Writes, next to this file:
  * card_phone_call.wav: 8 kHz G.711 mu-law stereo (a telephone recording; about 260 KB),
    channel 0 the agent, channel 1 the customer, who reads a card number (4539 1488 0343 6467,
    Luhn-valid, made up) and a phone number (312 555 0197) digit by digit;
  * card_phone_call.json: each utterance's channel, text and [start_ms, end_ms] as placed,
    so the test knows where the card and phone digits are in the audio.

Needs flite 2.2 (voices awb and kal16 built in) and sox 14.4 (see samples/make_samples.py; the
English there is flite, not espeak-ng, for the same reason: Whisper base hears flite's English far
better on 8 kHz audio). Only the Python standard library. Deterministic for the same flite and
sox (sox runs with -D -R: no dither, repeatable).
"""

import json
import os
import subprocess
import tempfile
import wave
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
RATE = 16000
AGENT = ("awb", 1.0)
# The customer voice and the card number were chosen so that Whisper base hears every digit on
# 8 kHz audio (it drops a repeated "one" or the "five" of "five four", and rms/slt lose digits).
CUSTOMER = ("kal16", 1.0)

# (channel, voice, text, gap before it in ms, tag for the test or None)
SCRIPT = [
    (0, AGENT, "Your card number, please?", 300, None),
    (1, CUSTOMER, "Sure. The card number is", 400, None),
    (1, CUSTOMER, "four five three nine, one four eight eight, zero three four three, six four six seven.", 250, "card"),
    (0, AGENT, "Thank you. And your phone number?", 400, None),
    (1, CUSTOMER, "My phone number is", 400, None),
    (1, CUSTOMER, "three one two, five five five, zero one nine seven.", 250, "phone"),
    (0, AGENT, "Thank you.", 400, None),
]


def synth(voice, text, tmp, n):
    raw = os.path.join(tmp, f"u{n}_raw.wav")
    out = os.path.join(tmp, f"u{n}.wav")
    subprocess.run(["flite", "-voice", voice[0], "--setf", f"duration_stretch={voice[1]}",
                    "-t", text, "-o", raw], check=True)
    subprocess.run(["sox", "-D", "-R", raw, "-r", str(RATE), "-b", "16", "-c", "1", out,
                    "silence", "1", "0.01", "0.1%", "reverse", "silence", "1", "0.01", "0.1%",
                    "reverse", "gain", "-n", "-3"], check=True)
    with wave.open(out) as w:
        frames = w.readframes(w.getnframes())
    return list(struct.unpack(f"<{len(frames) // 2}h", frames))


def main():
    channels = [[], []]
    placed = []
    at = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, (channel, voice, text, gap_ms, tag) in enumerate(SCRIPT):
            samples = synth(voice, text, tmp, n)
            at += gap_ms * RATE // 1000
            start = at
            for c in channels:
                c.extend([0] * (start + len(samples) - len(c)))
            channels[channel][start:start + len(samples)] = samples
            at = start + len(samples)
            placed.append({"channel": channel, "text": text, "tag": tag,
                           "start_ms": start * 1000 // RATE, "end_ms": at * 1000 // RATE})
        end = at + 400 * RATE // 1000
        for c in channels:
            c.extend([0] * (end - len(c)))
        stereo = os.path.join(tmp, "stereo16k.wav")
        with wave.open(stereo, "wb") as w:
            w.setnchannels(2)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(struct.pack(f"<{2 * end}h", *[s for f in zip(*channels) for s in f]))
        out = os.path.join(HERE, "card_phone_call.wav")
        subprocess.run(["sox", "-D", "-R", stereo, "-r", "8000", "-e", "mu-law", "-b", "8", out],
                       check=True)
    with open(os.path.join(HERE, "card_phone_call.json"), "w") as f:
        json.dump({"utterances": placed}, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
