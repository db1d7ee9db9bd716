#!/usr/bin/env python3
"""Check calltone's tone features against references nobody here wrote: Praat (through
praat-parselmouth) and WORLD's Harvest F0 (through pyworld).

Material: the samples/ calls (each channel on its own), TTS speech made here (espeak-ng in
English, Arabic, Greek, at several pitches; Festival's two English voices), and synthetic vowels
with known F0 and formants (with and without jitter). Every file is first written as 16 kHz mono
16-bit WAV, so calltone and the references read the very same samples.

Reported:
  * F0, frame by frame (calltone `--whole --frames` vs Praat `To Pitch (ac)` and vs Harvest):
    median absolute error in cents on frames both call voiced, gross error rate (> 50 cents),
    octave errors (> 600 cents), and voicing agreement;
  * per VAD segment (calltone `features --json`, Praat on the same span): formant medians
    (median absolute difference in Hz against Praat's Burg formants on Praat-voiced frames),
    and Pearson correlation of F0 mean, jitter (local), shimmer (local, dB) and HNR.

Usage (needs `pip install praat-parselmouth pyworld numpy soundfile`, espeak-ng and festival):
    cargo build --release
    python3 scripts/features_reference.py [--out DIR] [--markdown FILE]
The generated WAVs go to DIR (default target/features-reference/, git-ignored).
"""

import argparse
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import parselmouth
import pyworld
import soundfile as sf
from parselmouth.praat import call

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "calltone"
FS = 16000

TEXTS = {
    "en": "Thank you for calling. I understand the problem, and I will fix the billing error on your account today.",
    "ar": "شكرا لاتصالك. أفهم المشكلة وسأقوم بإصلاح خطأ الفاتورة في حسابك اليوم.",
    "el": "Ευχαριστούμε για την κλήση σας. Καταλαβαίνω το πρόβλημα και θα διορθώσω το λάθος στον λογαριασμό σας σήμερα.",
}


def write16k(path, samples, rate):
    """Resample with Praat (no project code) and write 16-bit mono PCM."""
    snd = parselmouth.Sound(np.asarray(samples, dtype=np.float64), sampling_frequency=rate)
    if rate != FS:
        snd = snd.resample(FS)
    data = np.clip(snd.values[0], -1, 1)
    sf.write(str(path), data, FS, subtype="PCM_16")


def make_material(out):
    out.mkdir(parents=True, exist_ok=True)
    files = []
    # The samples, one channel per file.
    for wav in sorted((ROOT / "samples").glob("*.wav")):
        data, rate = sf.read(str(wav), always_2d=True)
        for ch in range(data.shape[1]):
            path = out / f"sample_{wav.stem}_ch{ch}.wav"
            write16k(path, data[:, ch], rate)
            files.append(("samples", path))
    # espeak-ng at several pitches and languages.
    for lang, voices in (("en", ["en-us", "en-gb"]), ("ar", ["ar"]), ("el", ["el"])):
        for voice in voices:
            for pitch in (30, 70):
                for variant in ("", "+f3"):
                    raw = out / f"raw_espeak_{voice}{variant}_{pitch}.wav"
                    subprocess.run(["espeak-ng", "-v", voice + variant, "-p", str(pitch), "-w", str(raw), TEXTS[lang]], check=True)
                    data, rate = sf.read(str(raw))
                    path = out / f"tts_espeak_{voice}{variant.replace('+', '_')}_{pitch}.wav"
                    write16k(path, data, rate)
                    raw.unlink()
                    files.append(("espeak-ng", path))
    # Festival's voices (diphone and HTS).
    for voice in ("voice_kal_diphone", "voice_cmu_us_slt_arctic_hts"):
        raw = out / f"raw_{voice}.wav"
        text = out / "festival.txt"
        text.write_text(TEXTS["en"])
        r = subprocess.run(["text2wave", "-eval", f"({voice})", "-o", str(raw), str(text)], capture_output=True)
        if r.returncode == 0 and raw.exists():
            data, rate = sf.read(str(raw))
            path = out / f"tts_festival_{voice}.wav"
            write16k(path, data, rate)
            raw.unlink()
            files.append(("festival", path))
        else:
            print(f"festival {voice} failed: {r.stderr.decode()[-200:]}", file=sys.stderr)
    # Synthetic vowels: pulse train → glottal low-pass → formant resonators → radiation.
    rng = np.random.default_rng(1)
    for f0, formants, jitter in (
        (110.0, (700, 1220, 2600), 0.0),
        (110.0, (700, 1220, 2600), 0.02),
        (220.0, (500, 1700, 2700), 0.0),
        (160.0, (400, 2000, 2800), 0.01),
    ):
        path = out / f"synth_vowel_{int(f0)}_{formants[0]}_{formants[1]}_{formants[2]}_j{jitter}.wav"
        write16k(path, synth_vowel(f0, formants, jitter, rng), FS)
        files.append(("synthetic", path))
    return files


def synth_vowel(f0, formants, jitter, rng, seconds=1.5):
    n = int(seconds * FS)
    x = np.zeros(n)
    t = 0.0
    while t < n - 1:
        i = int(t)
        frac = t - i  # linear split of the impulse between two samples: fractional periods
        x[i] += 1 - frac
        x[i + 1] += frac
        t += FS / f0 * (1 + jitter * rng.uniform(-1, 1))
    for _ in range(2):
        for i in range(1, n):
            x[i] += 0.95 * x[i - 1]
    for f, bw in zip(formants, (80, 90, 120)):
        r = math.exp(-math.pi * bw / FS)
        c = 2 * r * math.cos(2 * math.pi * f / FS)
        y = np.zeros(n)
        for i in range(n):
            y[i] = (1 - c + r * r) * x[i] + c * (y[i - 1] if i else 0) - r * r * (y[i - 2] if i > 1 else 0)
        x = y
    x = np.diff(x, prepend=0.0)
    return 0.5 * x / np.abs(x).max()


def reuse_material(out):
    groups = {"sample": "samples", "tts_espeak": "espeak-ng", "tts_festival": "festival", "synth": "synthetic"}
    files = []
    for path in sorted(out.glob("*.wav")):
        group = next(g for prefix, g in groups.items() if path.name.startswith(prefix))
        files.append((group, path))
    return files


def calltone(args):
    r = subprocess.run([str(BINARY), "features", "--json", *args], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in r.stdout.splitlines()]


def cents(a, b):
    return 1200 * np.log2(a / b)


def praat_segment(snd, start_s, end_s):
    part = snd.extract_part(from_time=start_s, to_time=end_s, preserve_times=False)
    pitch = part.to_pitch_ac(time_step=0.01, pitch_floor=75, pitch_ceiling=600)
    f0 = pitch.selected_array["frequency"]
    voiced = f0 > 0
    out = {"f0_mean_st": float(np.mean(12 * np.log2(f0[voiced] / 100))) if voiced.sum() >= 3 else None}
    # Praat's two usual settings: 5 formants up to 5500 Hz (its default) and up to 5000 Hz.
    for suffix, ceiling in (("", 5500), ("@5000", 5000)):
        formant = part.to_formant_burg(time_step=0.01, max_number_of_formants=5, maximum_formant=ceiling)
        for k in (1, 2, 3):
            vals = [call(formant, "Get value at time", k, t, "hertz", "linear") for t in pitch.xs()[voiced]]
            vals = [v for v in vals if not math.isnan(v)]
            out[f"f{k}_hz{suffix}"] = float(np.median(vals)) if len(vals) >= 2 else None
    pp = call(part, "To PointProcess (periodic, cc)", 75, 600)
    jitter = call(pp, "Get jitter (local)", 0, 0, 0.0001, 0.02, 1.3)
    shimmer = call([part, pp], "Get shimmer (local_dB)", 0, 0, 0.0001, 0.02, 1.3, 1.6)
    harm = part.to_harmonicity_ac(time_step=0.01, minimum_pitch=75, silence_threshold=0.1, periods_per_window=4.5)
    hnr = call(harm, "Get mean", 0, 0)
    out["jitter_local_pct"] = None if math.isnan(jitter) else 100 * jitter
    out["shimmer_local_db"] = None if math.isnan(shimmer) else shimmer
    out["hnr_db"] = None if math.isnan(hnr) else hnr
    return out


def f0_frames(path, ours):
    """Our voiced F0 per frame vs Praat's and Harvest's at the same times."""
    frames = ours["channels"][0]["frames"]
    times = frames["first_ms"] / 1000 + np.arange(len(frames["f0_hz"])) * frames["hop_ms"] / 1000
    mine = np.array([v if v is not None else 0.0 for v in frames["f0_hz"]])
    snd = parselmouth.Sound(str(path))
    pitch = snd.to_pitch_ac(time_step=0.01, pitch_floor=75, pitch_ceiling=600)
    pf = pitch.selected_array["frequency"]
    px = pitch.xs()
    praat = np.array([pf[np.argmin(np.abs(px - t))] if np.min(np.abs(px - t)) < 0.0051 else 0.0 for t in times])
    x, _ = sf.read(str(path))
    hf0, ht = pyworld.harvest(x.astype(np.float64), FS, f0_floor=75, f0_ceil=600, frame_period=10)
    harvest = np.array([hf0[min(int(round(t / 0.01)), len(hf0) - 1)] for t in times])
    return mine, praat, harvest


def f0_stats(mine, ref):
    both = (mine > 0) & (ref > 0)
    either = (mine > 0) | (ref > 0)
    c = np.abs(cents(mine[both], ref[both]))
    return {
        "frames_both_voiced": int(both.sum()),
        "median_abs_cents": float(np.median(c)) if both.any() else float("nan"),
        "gross_gt50c_pct": float(100 * np.mean(c > 50)) if both.any() else float("nan"),
        "octave_gt600c_pct": float(100 * np.mean(c > 600)) if both.any() else float("nan"),
        "voicing_agreement_pct": float(100 * np.mean((mine > 0) == (ref > 0))),
        "voiced_either": int(either.sum()),
    }


def pearson(a, b):
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if len(pairs) < 3:
        return float("nan"), len(pairs)
    x, y = np.array(pairs).T
    return float(np.corrcoef(x, y)[0, 1]), len(pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "target" / "features-reference")
    parser.add_argument("--reuse", action="store_true", help="reuse the WAVs already in --out")
    parser.add_argument("--markdown", type=Path, help="write the tables here as well")
    args = parser.parse_args()
    if not BINARY.exists():
        sys.exit("build first: cargo build --release")

    files = make_material(args.out) if not args.reuse else reuse_material(args.out)
    whole = {d["file"]: d for d in calltone(["--whole", "--frames", *[str(p) for _, p in files]])}
    by_vad = {d["file"]: d for d in calltone([str(p) for _, p in files])}

    # Frame-level F0 per source group.
    groups = {}
    for group, path in files:
        mine, praat, harvest = f0_frames(path, whole[str(path)])
        g = groups.setdefault(group, {"mine": [], "praat": [], "harvest": []})
        g["mine"].append(mine)
        g["praat"].append(praat)
        g["harvest"].append(harvest)
    lines = ["| material | files | comparison | frames both voiced | median abs error (cents) | > 50 cents (%) | octave errors (%) | voicing agreement (%) |",
             "|---|---|---|---|---|---|---|---|"]
    for group in list(groups) + ["all"]:
        if group == "all":
            mine = np.concatenate([np.concatenate(g["mine"]) for g in groups.values()])
            refs = {r: np.concatenate([np.concatenate(g[r]) for g in groups.values()]) for r in ("praat", "harvest")}
            n = len(files)
        else:
            mine = np.concatenate(groups[group]["mine"])
            refs = {r: np.concatenate(groups[group][r]) for r in ("praat", "harvest")}
            n = len(groups[group]["mine"])
        for name, a, b in (
            ("calltone vs Praat ac", mine, refs["praat"]),
            ("calltone vs Harvest", mine, refs["harvest"]),
            ("(Praat ac vs Harvest)", refs["praat"], refs["harvest"]),
        ):
            s = f0_stats(a, b)
            lines.append(f"| {group} | {n} | {name} | {s['frames_both_voiced']} | {s['median_abs_cents']:.1f} | {s['gross_gt50c_pct']:.1f} | {s['octave_gt600c_pct']:.1f} | {s['voicing_agreement_pct']:.1f} |")
    f0_table = "\n".join(lines)

    # Per-segment features against Praat on the same spans.
    keys = ["f0_mean_st", "f1_hz", "f2_hz", "f3_hz", "f1_hz@5000", "f2_hz@5000", "f3_hz@5000", "jitter_local_pct", "shimmer_local_db", "hnr_db"]
    mine = {k: [] for k in keys}
    ref = {k: [] for k in keys}
    synth_rows = []
    for group, path in files:
        snd = parselmouth.Sound(str(path))
        # The VAD does not take a synthetic buzz for speech: those are analysed whole.
        source = whole if group == "synthetic" else by_vad
        for seg in source[str(path)]["channels"][0]["segments"]:
            p = praat_segment(snd, seg["start_ms"] / 1000, seg["end_ms"] / 1000)
            for k in keys:
                mine[k].append(seg["features"][k.split("@")[0]])
                ref[k].append(p[k])
            if group == "synthetic":
                synth_rows.append((path.stem, seg["features"], p))
    lines = ["(`fN_hz` against Praat's Burg formants with its default ceiling of 5500 Hz; `fN_hz@5000` with a 5000 Hz ceiling)", "", "| feature | segments | Pearson r | median abs difference | median calltone | median Praat |", "|---|---|---|---|---|---|"]
    for k in keys:
        r, n = pearson(mine[k], ref[k])
        diffs = [abs(a - b) for a, b in zip(mine[k], ref[k]) if a is not None and b is not None]
        ma = np.median([a for a in mine[k] if a is not None])
        mb = np.median([b for b in ref[k] if b is not None])
        lines.append(f"| {k} | {n} | {r:.2f} | {np.median(diffs):.2f} | {ma:.2f} | {mb:.2f} |")
    segment_table = "\n".join(lines)

    lines = ["| synthetic vowel | F0 true (st) | calltone F0 | Praat F0 | F1/F2/F3 true | calltone F1/F2/F3 | Praat F1/F2/F3 | calltone jitter % | Praat jitter % |", "|---|---|---|---|---|---|---|---|---|"]
    for stem, m, p in synth_rows:
        parts = stem.split("_")
        f0 = float(parts[2])
        fmt = lambda d: "/".join("-" if d[f"f{k}_hz"] is None else f"{d[f'f{k}_hz']:.0f}" for k in (1, 2, 3))
        fj = lambda v: "-" if v is None else f"{v:.2f}"
        lines.append(f"| {stem} | {12 * math.log2(f0 / 100):.2f} | {fj(m['f0_mean_st'])} | {fj(p['f0_mean_st'])} | {parts[3]}/{parts[4]}/{parts[5]} | {fmt(m)} | {fmt(p)} | {fj(m['jitter_local_pct'])} | {fj(p['jitter_local_pct'])} |")
    synth_table = "\n".join(lines)

    text = f"### F0, frame by frame\n\n{f0_table}\n\n### Per VAD segment, against Praat on the same span\n\n{segment_table}\n\n### Synthetic vowels\n\n{synth_table}\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text)


if __name__ == "__main__":
    main()
