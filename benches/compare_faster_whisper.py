#!/usr/bin/env python3
"""calltone vs faster-whisper: speed (interleaved, repeated) and WER on the same calls.

Run it through `benches/compare.sh` (or `make bench`), which prepares the files and the binary:

    benches/compare.sh                      # 3 rounds, all files, ~20-30 min on 2 idle cores
    benches/compare.sh --rounds 1 --files samples/call_en_mono_16k.wav   # a quick look

Two sub-commands:
  run  the orchestrator: builds the job list, runs every job as its own process, interleaved
       (each round runs every job once, in a fresh random order), N rounds, and writes
       bench-results/compare.{md,json} plus the raw runs (compare-raw.jsonl).
  fw   one faster-whisper job (a child process of `run`): load, decode, transcribe, print JSON.

What is timed, the same way for both engines:
  compute  model load EXCLUDED. calltone: its own `timings_ms.total` (decode + resample + VAD
           + ASR + turns). faster-whisper: `decode_audio` + `transcribe` with the segment
           generator consumed (it is lazy), summed over channels; the VAD runs inside it.
  process  whole-process wall time measured from outside: process start, imports, model
           load, decode, VAD, ASR, exit. For faster-whisper this includes Python's start-up
           and imports, for calltone the ONNX Runtime and ggml load.

Engines and settings (all greedy, 2 CPU threads, the same Whisper base weights):
  calltone        release binary, `analyze FILE --json --threads 2`, ggml base f16 or q8_0
                  (beam 1, no temperature fallback, DTW word timestamps always on); stereo
                  channels are transcribed separately (that is what the report is).
  faster-whisper  1.2.1, CTranslate2 model models/cache/ct2-base, cpu_threads=2, num_workers=1,
                  beam_size=1, vad_filter=True, otherwise its defaults (temperature fallback,
                  condition_on_previous_text=True, word_timestamps=False); compute_type int8
                  and float32 (CTranslate2 has no f16 on CPU). Stereo: `split` transcribes
                  each channel separately (decode_audio(split_stereo=True)), like calltone;
                  `mix` transcribes the mono down-mix once (fewer seconds of speech, but no
                  per-party transcript); `split+words` adds word_timestamps=True, the closer
                  match to calltone's per-word times; `split+nocontext` sets
                  condition_on_previous_text=False, the match to calltone's no_context (each
                  30 s window decoded on its own).
Language: `forced` passes the file's language (reference.json; `en` for the long call);
`auto` lets each engine detect it (calltone: once per channel on its first window;
faster-whisper: on the first 30 s of VAD speech per transcription).

The call set (`benches/compare.sh --calls`): `--call-set FILES` runs those files too and sums
them into one table at the head of compare.md (times summed, WER pooled per channel: word
errors over reference words); `--reference FILE` adds their references (benches/asr_calls.py
writes one); `--auto-all` runs every file with the language detected as well.

WER: lowercase, punctuation and symbols removed (as samples/make_samples.py does), per channel
against reference.json's turns; for the mix, against all turns in time order. The long call's
reference is the stereo sample's, repeated as many times as it was concatenated.
"""

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))
from textnorm import edit_distance, normalise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "samples" / "reference.json"


# ---------------------------------------------------------------------------------------------
# fw: one faster-whisper job, in its own process
# ---------------------------------------------------------------------------------------------
def fw_main(args):
    t_start = time.perf_counter()
    from faster_whisper import WhisperModel, decode_audio

    t_imported = time.perf_counter()
    model = WhisperModel(
        args.model_dir,
        device="cpu",
        compute_type=args.compute_type,
        cpu_threads=args.threads,
        num_workers=1,
    )
    t_loaded = time.perf_counter()

    language = None if args.language == "auto" else args.language
    t0 = time.perf_counter()
    if args.mode == "split":
        channels = list(decode_audio(args.file, sampling_rate=16000, split_stereo=True))
    else:  # mono file, or the down-mix of a stereo one
        channels = [decode_audio(args.file, sampling_rate=16000)]
    decode_s = time.perf_counter() - t0

    out = dict(channels=[], decode_s=decode_s)
    for audio in channels:
        t0 = time.perf_counter()
        segments, info = model.transcribe(
            audio,
            language=language,
            beam_size=1,
            vad_filter=True,
            word_timestamps=args.word_timestamps,
            condition_on_previous_text=not args.no_condition,
        )
        text = " ".join(s.text.strip() for s in segments).strip()  # consumes the generator
        out["channels"].append(
            dict(
                text=text,
                language=info.language,
                language_probability=round(info.language_probability, 3),
                speech_s=round(info.duration_after_vad, 3),
                transcribe_s=time.perf_counter() - t0,
            )
        )
    out["compute_s"] = decode_s + sum(c["transcribe_s"] for c in out["channels"])
    out["import_s"] = t_imported - t_start
    out["load_s"] = t_loaded - t_imported
    json.dump(out, sys.stdout)


# ---------------------------------------------------------------------------------------------
# WER
# ---------------------------------------------------------------------------------------------
def wer_counts(ref, hyp, language):
    """(word errors, reference words)."""
    r, h = normalise(ref, language).split(), normalise(hyp, language).split()
    return edit_distance(r, h), len(r)


def wer(ref, hyp, language):
    errors, words = wer_counts(ref, hyp, language)
    return round(errors / max(1, words), 3)


def references(extra=()):
    """file name → (language, [reference text per channel], reference text of all turns), from
    samples/reference.json and the `extra` files of the same form (benches/asr_calls.py's)."""
    refs = {}
    samples = [s for path in [REFERENCE, *extra] for s in json.loads(Path(path).read_text())["samples"]]
    for s in samples:
        if not s.get("kept", True):
            continue
        turns = s["turns"]
        per_channel = [
            " ".join(t["text"] for t in sorted(turns, key=lambda t: t["start_ms"]) if t["channel"] == ch)
            for ch in range(s["channels"])
        ]
        everything = " ".join(t["text"] for t in sorted(turns, key=lambda t: t["start_ms"]))
        refs[s["file"]] = dict(language=s["language"], channels=per_channel, all=everything)
    return refs


def reference_for(path, refs, long_repeat, long_source):
    name = Path(path).name
    if name in refs:
        return refs[name]
    if long_source in refs and name.startswith("long_call"):
        base = refs[long_source]
        return dict(
            language=base["language"],
            channels=[" ".join([c] * long_repeat) for c in base["channels"]],
            all=" ".join([base["all"]] * long_repeat),
        )
    return None


# ---------------------------------------------------------------------------------------------
# run: the orchestrator
# ---------------------------------------------------------------------------------------------
def audio_info(path):
    """(channels, seconds) from the WAV header, with sox's soxi."""
    channels = int(subprocess.check_output(["soxi", "-c", str(path)], text=True))
    seconds = float(subprocess.check_output(["soxi", "-D", str(path)], text=True))
    return channels, seconds


def cpu_idle_fraction(interval=1.0):
    def read():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return v[3] + v[4], sum(v)

    i0, t0 = read()
    time.sleep(interval)
    i1, t1 = read()
    return (i1 - i0) / max(1, t1 - t0)


def cpu_busy_s():
    """CPU seconds all processes have used, from /proc/stat (user+nice+system+irq+softirq+steal)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (sum(v[:8]) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")


def process_cpu_s(pid):
    """user+system CPU seconds of a running process."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu_s():
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def wait_for_idle(min_idle, max_wait):
    """Waits (up to max_wait s) until other work leaves the CPUs mostly idle; returns the
    idle fraction last seen."""
    deadline = time.monotonic() + max_wait
    while True:
        idle = cpu_idle_fraction()
        if idle >= min_idle or time.monotonic() >= deadline:
            return idle


def make_jobs(files, args, refs):
    jobs = []
    for path in files:
        channels, seconds = audio_info(path)
        ref = reference_for(path, refs, args.long_repeat, args.long_source)
        lang = ref["language"] if ref else "en"
        modes = ["forced"]
        if args.auto_all or Path(path).name in args.auto_files:
            modes.append("auto")
        for mode in modes:
            language = lang if mode == "forced" else "auto"
            common = dict(file=str(path), audio_s=seconds, channels=channels, lang_mode=mode, language=language)
            for model in args.calltone_models:
                jobs.append(dict(common, engine="calltone", config=model, model=model, binary=args.calltone,
                                 threads=args.threads))
                for extra in args.calltone_extra:  # LABEL=PATH[:THREADS]
                    label, spec = extra.split("=", 1)
                    binary, _, threads = spec.partition(":")
                    jobs.append(dict(common, engine="calltone", config=f"{model} {label}", model=model, binary=binary,
                                     threads=int(threads or args.threads)))
            fw_modes = ["split", "mix"] if channels == 2 else ["mono"]
            for ct in args.compute_types:
                for fm in fw_modes:
                    jobs.append(dict(common, engine="faster-whisper", config=f"{ct} {fm}", compute_type=ct, mode=fm,
                                     threads=args.threads))
            for threads in args.fw_extra_threads:
                fm = fw_modes[0]
                ct = args.compute_types[0]
                jobs.append(dict(common, engine="faster-whisper", config=f"{ct} {fm} t{threads}", compute_type=ct,
                                 mode=fm, threads=threads))
            if channels == 2 and mode == "forced":
                ct = args.compute_types[0]
                for variant in args.variants:
                    jobs.append(dict(common, engine="faster-whisper", config=f"{ct} split+{variant}", compute_type=ct,
                                     mode="split", words=variant == "words", no_condition=variant == "nocontext",
                                     threads=args.threads))
    for j in jobs:
        j["key"] = f"{Path(j['file']).name}|{j['lang_mode']}|{j['engine']}|{j['config']}"
    if args.only:
        jobs = [j for j in jobs if re.search(args.only, j["key"])]
    return jobs


def run_job(job, args):
    threads = str(job["threads"])
    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads,
               MKL_NUM_THREADS=threads)
    if job["engine"] == "calltone":
        cmd = [job["binary"], "analyze", job["file"], "--json", "--threads", threads, "--whisper-model", job["model"]]
        if job["language"] != "auto":
            cmd += ["--language", job["language"]]
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), "fw", "--file", job["file"], "--compute-type", job["compute_type"],
               "--mode", job["mode"], "--language", job["language"], "--threads", threads,
               "--model-dir", args.model_dir]
        if job.get("words"):
            cmd.append("--word-timestamps")
        if job.get("no_condition"):
            cmd.append("--no-condition")
    # peak resident memory of the job's process, from GNU time
    rss_file = Path(args.out) / ".peak_rss_kb"
    cmd = ["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] + cmd
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.contention)]
    busy0, ours0, hog0 = cpu_busy_s(), children_cpu_s(), sum(process_cpu_s(h.pid) for h in hogs)
    t0 = time.perf_counter()
    timeout = job["audio_s"] * args.timeout_x + 60
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        timed_out = True
    wall = time.perf_counter() - t0
    busy1, ours1, hog1 = cpu_busy_s(), children_cpu_s(), sum(process_cpu_s(h.pid) for h in hogs)
    for h in hogs:
        h.kill()
        h.wait()
    busy1 -= hog1 - hog0  # the busy loops we started are not "others"
    if timed_out:
        # only under heavy contention: counted as contaminated
        others = max(0.0, (busy1 - busy0) - (ours1 - ours0)) / (wall * (os.cpu_count() or 1))
        return dict(wall_s=wall, compute_s=wall, cmd=cmd, timed_out=True, others_busy=round(others, 3), texts=None)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-3000:]}")
    # CPU time the rest of the machine used while the job ran, as a share of all CPUs
    others = max(0.0, (busy1 - busy0) - (ours1 - ours0)) / (wall * (os.cpu_count() or 1))
    result = dict(wall_s=wall, cmd=cmd, others_busy=round(others, 3), cpu_s=round(ours1 - ours0, 2),
                  peak_mb=round(int(rss_file.read_text().split()[-1]) / 1024, 1))
    if job["engine"] == "calltone":
        report = json.loads(p.stdout.strip().splitlines()[-1])
        t = report["timings_ms"]
        n = len(report["channels"])
        texts = [" ".join(turn["text"] for turn in sorted(report["turns"], key=lambda x: x["start_ms"])
                          if turn["channel"] == ch) for ch in range(n)]
        result.update(
            compute_s=t["total"] / 1000,
            stages_ms=dict(decode=t["decode"], vad=t["vad"], asr=t["asr"], total=t["total"]),
            whisper=t.get("whisper"),
            texts=texts,
            languages=[c.get("language") for c in report["channels"]],
            speech_s=[c.get("speech_ms", 0) / 1000 for c in report["channels"]],
            duration_ms=report["duration_ms"],
            model=report["models"]["asr"],
        )
    else:
        out = json.loads(p.stdout)
        result.update(
            compute_s=out["compute_s"],
            decode_s=out["decode_s"],
            transcribe_s=[c["transcribe_s"] for c in out["channels"]],
            load_s=out["load_s"],
            import_s=out["import_s"],
            texts=[c["text"] for c in out["channels"]],
            languages=[c["language"] for c in out["channels"]],
            speech_s=[c["speech_s"] for c in out["channels"]],
        )
    return result


def median(xs):
    return statistics.median(xs) if xs else None


def summarise(jobs, runs, refs, args):
    rows = []
    for job in jobs:
        every = [r for r in runs if r["key"] == job["key"]]
        if not every:
            continue
        # medians over the clean runs (the rest of the machine quiet during the job) when there
        # are any, else over all of them; the row says which
        clean = [r for r in every if r["clean"]]
        rs = clean or [r for r in every if not r.get("timed_out")] or every
        compute = [r["compute_s"] for r in rs]
        wall = [r["wall_s"] for r in rs]
        row = {k: job[k] for k in ("key", "file", "audio_s", "channels", "lang_mode", "language", "engine", "config")}
        row.update(
            compute_s=median(compute),
            compute_min_s=min(compute),
            compute_max_s=max(compute),
            wall_s=median(wall),
            wall_min_s=min(wall),
            wall_max_s=max(wall),
            runs_clean=len(clean),
            runs_all=len(every),
            others_busy=[r["others_busy"] for r in rs],
            idle_before=[round(r["idle_before"], 2) for r in rs],
            timed_out=sum(bool(r.get("timed_out")) for r in every),
            peak_mb=median([r["peak_mb"] for r in rs if "peak_mb" in r]),
        )
        done = [r for r in every if not r.get("timed_out")]
        if not done:
            rows.append(row)
            continue
        row.update(languages=done[-1]["languages"], speech_s=done[-1]["speech_s"])
        row["x_realtime"] = job["audio_s"] / row["compute_s"]
        row["wall_x_realtime"] = job["audio_s"] / row["wall_s"]
        rs = [r for r in rs if not r.get("timed_out")] or done
        if job["engine"] == "calltone":
            for stage in ("decode", "vad", "asr", "total"):
                row[f"{stage}_ms"] = median([r["stages_ms"][stage] for r in rs])
            parts = [r["whisper"] for r in rs if r.get("whisper")]
            if parts:
                row["whisper"] = {k: median([p[k] for p in parts]) for k in parts[0]}
        else:
            row["decode_s"] = median([r["decode_s"] for r in rs])
            row["transcribe_s"] = [median([r["transcribe_s"][i] for r in rs]) for i in range(len(rs[0]["transcribe_s"]))]
            row["load_s"] = median([r["load_s"] for r in rs])
            row["import_s"] = median([r["import_s"] for r in rs])
        ref = reference_for(job["file"], refs, args.long_repeat, args.long_source)
        texts = rs[-1]["texts"]
        row["texts"] = texts
        if ref:
            lang = ref["language"]
            if len(texts) == len(ref["channels"]):
                row["wer"] = [wer(r, h, lang) for r, h in zip(ref["channels"], texts)]
                row["wer_counts"] = [wer_counts(r, h, lang) for r, h in zip(ref["channels"], texts)]
            else:  # the mono mix of a stereo call
                row["wer"] = [wer(ref["all"], " ".join(texts), lang)]
                row["wer_is_mix"] = True
            # stable across rounds? (greedy decoding is deterministic, threads aside)
            row["texts_identical_across_runs"] = all(r["texts"] == texts for r in rs)
        rows.append(row)
    # ratios against faster-whisper int8 per channel (split) / mono, same file and language mode
    for row in rows:
        base = next(
            (b for b in rows if b["file"] == row["file"] and b["lang_mode"] == row["lang_mode"]
             and b["engine"] == "faster-whisper" and b["config"] in (f"{args.compute_types[0]} split", f"{args.compute_types[0]} mono")),
            None,
        )
        if base:
            row["ratio_vs_fw"] = row["compute_s"] / base["compute_s"]
            row["wall_ratio_vs_fw"] = row["wall_s"] / base["wall_s"]
            row["ratio_base"] = base["config"]
    return rows


def call_set(rows, files, args):
    """One row per engine, config and language mode over the call set (`files`): summed
    times, pooled WER per channel (word errors over reference words), the ratio of the sums
    against faster-whisper's first compute type, split."""
    names = {Path(f).name for f in files}
    keys = []
    for r in rows:
        k = (r["lang_mode"], r["engine"], r["config"])
        if Path(r["file"]).name in names and k not in keys:
            keys.append(k)
    out = []
    for k in keys:
        rs = [r for r in rows if (r["lang_mode"], r["engine"], r["config"]) == k and Path(r["file"]).name in names]
        if len(rs) != len(names) or any("compute_s" not in r or "x_realtime" not in r for r in rs):
            continue  # a call without a finished run: no sum
        counts = [r.get("wer_counts") for r in rs]
        pooled = None
        if all(c and len(c) == 2 for c in counts):
            pooled = [sum(c[ch][0] for c in counts) / max(1, sum(c[ch][1] for c in counts)) for ch in range(2)]
        out.append(dict(
            lang_mode=k[0], engine=k[1], config=k[2], calls=len(rs), audio_s=sum(r["audio_s"] for r in rs),
            compute_s=sum(r["compute_s"] for r in rs), wall_s=sum(r["wall_s"] for r in rs),
            peak_mb=max((r.get("peak_mb") or 0) for r in rs), wer=pooled,
            detected=sorted({lang for r in rs for lang in r.get("languages") or [] if lang}),
        ))
    for row in out:
        base = next((b for b in out if b["lang_mode"] == row["lang_mode"] and b["engine"] == "faster-whisper"
                     and b["config"] == f"{args.compute_types[0]} split"), None)
        if base:
            row["speed_vs_fw"] = base["compute_s"] / row["compute_s"]
    return out


def call_set_markdown(summary):
    lines = ["## The call set", "",
             "Every call of the set, summed: compute s (model load excluded), × real time, calltone's speed ÷ "
             "faster-whisper's (its first compute type, each channel on its own) in the same language mode, "
             "WER pooled over the calls per channel (word errors ÷ reference words: agent / customer), the "
             "largest peak resident memory of one call.", "",
             "| language | engine | config | calls | audio min | compute s | × RT | speed ÷ faster-whisper | WER agent / customer | peak MB |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |"]
    for r in summary:
        lang = "named" if r["lang_mode"] == "forced" else "detected (" + ", ".join(r["detected"]) + ")"
        w = " / ".join(f"{x:.3f}" for x in r["wer"]) if r["wer"] else "–"
        speed = f"{r['speed_vs_fw']:.2f}×" if "speed_vs_fw" in r else "–"
        lines.append(f"| {lang} | {r['engine']} | {r['config']} | {r['calls']} | {r['audio_s'] / 60:.1f} | "
                     f"{r['compute_s']:.1f} | {r['audio_s'] / r['compute_s']:.1f} | {speed} | {w} | {r['peak_mb']:.0f} |")
    return "\n".join(lines) + "\n\n"


def fmt_wer(row):
    if "wer" not in row:
        return "–"
    s = " / ".join(f"{w:.2f}" for w in row["wer"])
    return s + (" (mix)" if row.get("wer_is_mix") else "")


def markdown(rows, meta):
    lines = [
        "# calltone vs faster-whisper",
        "",
        f"{meta['date']}; {meta['cpu']}; {meta['threads']} threads for both engines unless a config names another count (tN, :N); "
        f"{meta['rounds']} rounds, jobs interleaved in a new random order each round, every job its own process; "
        + (f"**{meta['contention']} busy-loop process(es) running during every job** (simulated shared machine); "
           if meta["contention"] else "") +
        "figures are medians over the rounds (min–max in brackets).",
        "",
        "- **compute s**: model load excluded. calltone: its `timings_ms.total` (decode, resample, VAD, ASR). "
        "faster-whisper: `decode_audio` + `transcribe` (generator consumed), summed over channels.",
        "- **process s**: whole-process wall time from outside (start-up, imports, model load, work, exit).",
        "- **× RT** = audio seconds ÷ time. **ratio** = time ÷ faster-whisper `"
        + meta["ratio_base"] + "` on the same file and language mode (> 1: slower than faster-whisper).",
        "- **WER** per channel (ch0 / ch1), normalised (lowercase, no punctuation); `(mix)`: the mono down-mix against all turns.",
        "- Configs: calltone `base-f16`/`base-q8_0` (ggml, greedy, DTW word times); faster-whisper "
        "`int8`/`float32` × `split` (each channel) / `mix` (mono down-mix) / `mono`; `+words`: word_timestamps=True; "
        "`+nocontext`: condition_on_previous_text=False (as calltone's no_context). "
        "All faster-whisper runs: beam_size=1, vad_filter=True, cpu_threads=2.",
        f"- calltone binary: {meta['calltone']} (git {meta['git']}).",
        f"- Other work shares this machine. Before each job the runner waits (≤ {meta['max_wait']:.0f} s) for the CPUs to be "
        f"≥ {meta['min_idle']:.0%} idle; during each job it measures the CPU share the *other* processes took "
        f"(/proc/stat minus the job's own CPU time). A run where others took > {meta['max_others']:.0%} is contaminated: it is "
        f"retried (≤ {meta['retries']}×) and its figures are used only if the job has no clean run. "
        f"Runs: {meta['runs_clean']} clean of {meta['runs_all']}; column `clean` = clean runs/all runs of the row, "
        "`others` = the largest share others took during the runs used.",
        "",
        "- **peak MB**: the process's peak resident memory (GNU time's maximum RSS), model included.",
        "",
        "| file | audio s | lang | engine | config | compute s | × RT | ratio | process s | × RT | ratio | WER ch0 / ch1 | peak MB | clean | others |",
        "| --- | ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            "| {file} | {audio:.1f} | {lang} | {engine} | {config} | {c:.2f} ({cmin:.2f}–{cmax:.2f}) | {xrt:.1f} | {ratio} | "
            "{w:.2f} ({wmin:.2f}–{wmax:.2f}) | {wxrt:.1f} | {wratio} | {wer} | {peak} | {clean}/{all} | {others:.0%} |".format(
                peak=f"{r['peak_mb']:.0f}" if r.get("peak_mb") else "–",
                clean=r["runs_clean"], all=r["runs_all"], others=max(r["others_busy"]),
                file=Path(r["file"]).name, audio=r["audio_s"],
                lang=r["language"] if r["lang_mode"] == "forced" else "auto→" + ",".join(str(x) for x in r.get("languages", [])),
                engine=r["engine"], config=r["config"], c=r["compute_s"], cmin=r["compute_min_s"], cmax=r["compute_max_s"],
                xrt=r["x_realtime"], ratio=f"{r['ratio_vs_fw']:.2f}" if "ratio_vs_fw" in r else "–",
                w=r["wall_s"], wmin=r["wall_min_s"], wmax=r["wall_max_s"], wxrt=r["wall_x_realtime"],
                wratio=f"{r['wall_ratio_vs_fw']:.2f}" if "wall_ratio_vs_fw" in r else "–", wer=fmt_wer(r),
            )
        )
    lines += ["", "## Where the time goes", "",
              "calltone stages (median ms): decode+resample, VAD (both channels), ASR (both channels); "
              "faster-whisper: decode_audio s, transcribe s per channel (VAD included), and model load s (excluded above).", "",
              "| file | lang | engine | config | decode | VAD | ASR | speech s per channel |",
              "| --- | --- | --- | --- | ---: | ---: | --- | --- |"]
    for r in (r for r in rows if "speech_s" in r):
        sp = " / ".join(f"{s:.1f}" for s in r["speech_s"])
        if r["engine"] == "calltone":
            lines.append(f"| {Path(r['file']).name} | {r['lang_mode']} | calltone | {r['config']} | {r['decode_ms']:.0f} ms | "
                         f"{r['vad_ms']:.0f} ms | {r['asr_ms']:.0f} ms | {sp} |")
        else:
            tr = " + ".join(f"{t:.2f}" for t in r["transcribe_s"])
            lines.append(f"| {Path(r['file']).name} | {r['lang_mode']} | faster-whisper | {r['config']} | {r['decode_s'] * 1000:.0f} ms | "
                         f"(in transcribe) | {tr} s (load {r['load_s']:.2f} s) | {sp} |")
    lines += ["", "## Inside calltone's ASR", "",
              "From `timings_ms.whisper` (medians; whisper.cpp's callbacks): language detection, log-mel, encoder "
              "(to each pass's first decoder step), decoder (first to last step), after (DTW word timing and "
              "bookkeeping); seconds of audio encoded, decoder steps and temperature fallbacks.", "",
              "| file | lang | config | language | mel | encoder | decoder | after | windows | encoded s | ms per encoded s | steps | ms per step | fallbacks |",
              "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in (r for r in rows if r.get("whisper")):
        w = r["whisper"]
        lines.append(
            f"| {Path(r['file']).name} | {r['lang_mode']} | {r['config']} | {w['language_ms']:.0f} | {w['mel_ms']:.0f} | "
            f"{w['encoder_ms']:.0f} | {w['decoder_ms']:.0f} | {w['after_ms']:.0f} | {w['windows']:.0f} | {w['encoded_s']:.1f} | "
            f"{w['encoder_ms'] / max(w['encoded_s'], 1e-9):.1f} | {w['decoder_steps']:.0f} | "
            f"{w['decoder_ms'] / max(w['decoder_steps'], 1):.1f} | {w['fallbacks']:.0f} |")
    return "\n".join(lines) + "\n"


def run_main(args):
    refs = references(args.reference)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = make_jobs(args.files, args, refs)
    print(f"{len(jobs)} jobs × {args.rounds} rounds", file=sys.stderr)

    if args.warmup:  # untimed: page cache for the binary, the models and the Python imports
        shortest = min(args.files, key=lambda f: audio_info(f)[1])
        for job in jobs:
            if job["file"] == str(shortest) and job["lang_mode"] == "forced" and "+" not in job["config"]:
                run_job(job, args)

    raw_path = out / "compare-raw.jsonl"
    runs = []
    keys = {j["key"] for j in jobs}
    if args.resume and raw_path.exists():  # keep what an interrupted run measured
        runs = [r for r in map(json.loads, raw_path.read_text().splitlines()) if r["key"] in keys]
        print(f"resuming: {len(runs)} runs kept from {raw_path}", file=sys.stderr)
    with open(raw_path, "a" if args.resume else "w") as raw:
        for rnd in range(args.rounds):
            order = jobs[:]
            random.Random(args.seed + rnd).shuffle(order)
            for i, job in enumerate(order, 1):
                earlier = [r for r in runs if r["key"] == job["key"] and r["round"] == rnd]
                if any(r["clean"] for r in earlier) or len(earlier) > args.retries:
                    continue
                for attempt in range(len(earlier), args.retries + 1):
                    idle = wait_for_idle(args.min_idle, args.max_wait)
                    r = run_job(job, args)
                    r.update(key=job["key"], round=rnd, idle_before=idle, attempt=attempt,
                             clean=r["others_busy"] <= args.max_others and not r.get("timed_out"))
                    runs.append(r)
                    raw.write(json.dumps(r) + "\n")
                    raw.flush()
                    print(f"round {rnd + 1}/{args.rounds} job {i}/{len(order)} {job['key']}: compute {r['compute_s']:.2f} s, "
                          f"process {r['wall_s']:.2f} s (idle before {idle:.2f}, others used {r['others_busy']:.0%} "
                          f"of the CPUs during it{'' if r['clean'] else ': contaminated'})", file=sys.stderr)
                    if r["clean"]:
                        break

    rows = summarise(jobs, runs, refs, args)
    idles = [r["idle_before"] for r in runs]
    cpu = "unknown CPU"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
        cpu += f", {os.cpu_count()} cores"
    except (OSError, StopIteration):
        pass
    git = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    meta = dict(
        date=time.strftime("%Y-%m-%d %H:%M"), cpu=cpu, threads=args.threads, rounds=args.rounds,
        contention=args.contention,
        calltone=args.calltone, git=git or "?", ratio_base=f"{args.compute_types[0]} split/mono",
        idle_median=statistics.median(idles), idle_min=min(idles),
        min_idle=args.min_idle, max_wait=args.max_wait, max_others=args.max_others, retries=args.retries,
        runs_clean=sum(r["clean"] for r in runs), runs_all=len(runs),
        faster_whisper="1.2.1", model_dir=args.model_dir, seed=args.seed,
        command=" ".join(sys.argv),
    )
    summary = call_set(rows, args.call_set, args) if args.call_set else []
    (out / "compare.json").write_text(
        json.dumps(dict(meta=meta, call_set=summary, rows=rows), indent=1, ensure_ascii=False) + "\n")
    md = markdown(rows, meta)
    if summary:
        head, _, rest = md.partition("| file |")
        md = head + call_set_markdown(summary) + "## Every file\n\n| file |" + rest
    (out / "compare.md").write_text(md)
    print(md)
    print(f"wrote {out / 'compare.md'}, {out / 'compare.json'}, {raw_path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)

    fw = sub.add_parser("fw", help="one faster-whisper job (JSON on stdout)")
    fw.add_argument("--file", required=True)
    fw.add_argument("--compute-type", default="int8")
    fw.add_argument("--mode", choices=["split", "mix", "mono"], default="split")
    fw.add_argument("--language", default="auto")
    fw.add_argument("--threads", type=int, default=2)
    fw.add_argument("--model-dir", default=str(ROOT / "models/cache/ct2-base"))
    fw.add_argument("--word-timestamps", action="store_true")
    fw.add_argument("--no-condition", action="store_true", help="condition_on_previous_text=False")

    run = sub.add_parser("run", help="the interleaved comparison")
    run.add_argument("--files", nargs="*", default=[])
    run.add_argument("--calltone", default=str(ROOT / "target/release/calltone"))
    run.add_argument("--calltone-models", nargs="+", default=["base-f16", "base-q8_0"])
    run.add_argument("--compute-types", nargs="+", default=["int8", "float32"],
                     help="the first is the base of the ratio column")
    run.add_argument("--model-dir", default=str(ROOT / "models/cache/ct2-base"))
    run.add_argument("--threads", type=int, default=2)
    run.add_argument("--rounds", type=int, default=3)
    run.add_argument("--seed", type=int, default=1)
    run.add_argument("--auto-files", nargs="*", default=["call_en_stereo_8k_ulaw.wav"],
                     help="file names also run with language detection")
    run.add_argument("--auto-all", action="store_true", help="run every file with language detection too")
    run.add_argument("--reference", nargs="*", default=[],
                     help="more reference files in samples/reference.json's form (benches/asr_calls.py writes one)")
    run.add_argument("--call-set", nargs="*", default=[],
                     help="files summed into one table (the call set); they are also run")
    run.add_argument("--variants", nargs="*", default=["words", "nocontext"], choices=["words", "nocontext"],
                     help="extra faster-whisper runs on stereo files (language forced, first compute type, "
                          "per channel): words = word_timestamps=True; nocontext = condition_on_previous_text=False")
    run.add_argument("--calltone-extra", nargs="*", default=[], metavar="LABEL=PATH[:THREADS]",
                     help="more calltone builds (or thread counts) to run beside --calltone, e.g. t1=bench-results/calltone:1")
    run.add_argument("--fw-extra-threads", nargs="*", type=int, default=[],
                     help="also run faster-whisper (first compute type, split/mono) with these thread counts")
    run.add_argument("--contention", type=int, default=0,
                     help="start this many busy-loop processes during every job (a machine shared with other work); "
                          "their CPU time is not counted as others'")
    run.add_argument("--only", help="run only the jobs whose key (file|lang|engine|config) matches this regex")
    run.add_argument("--long-repeat", type=int, default=7, help="times the long call repeats the source")
    run.add_argument("--long-source", default="call_en_stereo_8k_ulaw.wav")
    run.add_argument("--min-idle", type=float, default=0.8,
                     help="wait before each job until this fraction of the CPUs is idle ...")
    run.add_argument("--max-wait", type=float, default=60, help="... but at most this many seconds")
    run.add_argument("--max-others", type=float, default=0.15,
                     help="a run during which other processes used more than this share of the CPUs is "
                          "contaminated: it is retried, and left out of the medians if a clean run exists")
    run.add_argument("--retries", type=int, default=2, help="retries of a contaminated run")
    run.add_argument("--timeout-x", type=float, default=1.0,
                     help="a job is killed after audio seconds × this + 60 s (contaminated, retried)")
    run.add_argument("--resume", action="store_true",
                     help="keep the runs in OUT/compare-raw.jsonl and run only what is missing")
    run.add_argument("--no-warmup", dest="warmup", action="store_false")
    run.add_argument("--out", default=str(ROOT / "bench-results"))

    args = ap.parse_args()
    if args.command == "fw":
        fw_main(args)
    else:
        args.files = [str(Path(f)) for f in args.files + [f for f in args.call_set if f not in args.files]]
        run_main(args)


if __name__ == "__main__":
    main()
