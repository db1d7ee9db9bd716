//! Per-stage benchmarks of the pipeline on `samples/call_en_stereo_8k_ulaw.wav` (44.5 s,
//! stereo G.711 µ-law 8 kHz).
//!
//!     cargo bench --bench pipeline                 # all groups, a few minutes on 2 cores
//!     cargo bench --bench pipeline -- asr          # one group (criterion's name filter)
//!     CALLTONE_BENCH_PARTS=1 cargo bench --bench pipeline -- whisper_parts
//!     cargo test --release --benches               # every benchmark once, as a smoke test
//!
//! Groups (each model is loaded once, before its group, never inside the timed loop):
//! - `decode`: `audio::load`, G.711 decoding and resampling 8 → 16 kHz, both channels;
//! - `vad`: Silero VAD over both 16 kHz channels;
//! - `asr`: the `Transcriber` on the VAD's speech of both channels, language forced to `en`
//!   (`forced_en`) and detected per channel (`detect`: one extra encoder pass per channel);
//! - `pipeline`: `Pipeline::analyze_file`, everything above end to end (language detected,
//!   as the CLI does by default);
//! - `tone`: `tone::measure_call` (features of every segment, against the call for the turns
//!   and against an agent profile and population norms for the call's scores) on a 5-minute
//!   stereo call (the sample tiled 7 times), and once, the tone's share of the ASR's time on
//!   that call from `Pipeline::analyze`'s own timings (target: under 5 %);
//! - `speakers`: the speaker stage (`Diarizer::diarize`: segmentation, embeddings,
//!   clustering) on a 5-minute mono call (the sample tiled 7 times, its channels summed), and
//!   once, its share of the ASR's time on that call from `Pipeline::analyze`'s own timings
//!   (target: under 10 %), and that the stereo call does not run it;
//! - `whisper_parts` (only with `CALLTONE_BENCH_PARTS=1`): whisper.cpp pieces on the first
//!   30 s window of channel 0: log-mel, one encoder pass, language detection (mel + encoder +
//!   one decoder step), and `full()` with and without token timestamps, to see where ASR
//!   time goes.
//!
//! **Reading the throughput as a real-time factor.** Every benchmark declares
//! `Throughput::Elements(call duration in milliseconds)`, so criterion's `thrpt` line is
//! milliseconds of call processed per second: elements/s ÷ 1000 = × real time, i.e.
//! `Kelem/s` reads directly as "× real time" (`12.3 Kelem/s` = 12.3 s of call per second of
//! compute). The duration is the call's (wall-clock length of the recording), not the sum of
//! both channels, so the stage figures are comparable with each other and with the whole
//! pipeline. A line `RTF ...` is also printed after each group's set-up for reference.
//!
//! Settings: `CALLTONE_THREADS` (default 2, the figure `benches/compare.sh` uses too) and
//! `CALLTONE_WHISPER_MODEL` (`base-q8_0` by default, or `base-f16`), as for the CLI.
//! Criterion runs 10 samples per benchmark with short warm-up and measurement times, so a
//! benchmark that takes seconds per iteration runs ~10 iterations; criterion may then print
//! "Unable to complete 10 samples in …", which is expected. When a model file is missing
//! (no `make setup` yet) the groups that need it are skipped with a message.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, Criterion, SamplingMode, Throughput,
};

use calltone::asr::windows::pack;
use calltone::asr::{Transcriber, GAP_SAMPLES, WINDOW_SAMPLES};
use calltone::audio::vad::Vad;
use calltone::audio::{self, DecodeOptions, Recording};
use calltone::config::Config;
use calltone::onnx::OnnxRuntime;
use calltone::pipeline::{detect_speech, CallOptions, Pipeline};
use calltone::timeline::SpeechSegment;

const SAMPLE: &str = "samples/call_en_stereo_8k_ulaw.wav";

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)
}

/// The configuration every group uses: the CLI's defaults with 2 threads unless
/// `CALLTONE_THREADS` / `CALLTONE_WHISPER_MODEL` say otherwise.
fn config() -> Config {
    let defaults = Config::default();
    let models_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
    Config {
        models_dir,
        threads: std::env::var("CALLTONE_THREADS")
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or(2),
        whisper_model: std::env::var("CALLTONE_WHISPER_MODEL")
            .unwrap_or_else(|_| defaults.whisper_model.clone()),
        ..defaults
    }
}

/// Whether criterion's name filter (the first free argument, taken as a plain substring here)
/// selects any of `ids`, so that a group's model loading and set-up are skipped when none of
/// its benchmarks will run.
fn selected(ids: &[&str]) -> bool {
    let mut args = std::env::args().skip(1);
    let mut filter = None;
    while let Some(arg) = args.next() {
        if arg.starts_with("--") {
            // criterion's options that take a value
            if matches!(
                arg.as_str(),
                "--save-baseline"
                    | "--baseline"
                    | "--load-baseline"
                    | "--color"
                    | "--format"
                    | "--sample-size"
                    | "--warm-up-time"
                    | "--measurement-time"
                    | "--nresamples"
                    | "--noise-threshold"
                    | "--confidence-level"
                    | "--significance-level"
                    | "--profile-time"
                    | "--plotting-backend"
                    | "--output-format"
            ) {
                args.next();
            }
        } else if !arg.starts_with('-') {
            filter = Some(arg);
            break;
        }
    }
    filter.is_none_or(|f| ids.iter().any(|id| id.contains(f.as_str())))
}

fn models_present(config: &Config) -> bool {
    let library = config.onnxruntime_path();
    let missing: Vec<PathBuf> = [
        library,
        config.vad_model_path(),
        config.whisper_model_path(),
    ]
    .into_iter()
    .filter(|p| !p.is_file())
    .collect();
    if !missing.is_empty() {
        eprintln!("skipping the model benchmarks: missing {missing:?} (run `make setup`)");
    }
    missing.is_empty()
}

fn load_recording() -> Recording {
    audio::load(&sample_path(), &DecodeOptions::default()).expect("the sample decodes")
}

fn load_vad(config: &Config) -> Vad {
    let library = config.onnxruntime_path();
    let runtime = OnnxRuntime::load(&library).expect("ONNX Runtime loads");
    Vad::load(runtime, &config.vad_model_path()).expect("the VAD loads")
}

fn detect_all(vad: &mut Vad, recording: &Recording, config: &Config) -> Vec<Vec<SpeechSegment>> {
    detect_speech(vad, &recording.channels, &config.vad, &mut |_| {}).expect("VAD runs")
}

/// Times one run of `f` and prints it as a real-time factor, so a quick look needs no
/// arithmetic on criterion's output.
fn print_rtf(what: &str, call_ms: u64, f: impl FnOnce()) {
    // `cargo test --benches` runs each benchmark once (no `--bench`): no extra run then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let started = Instant::now();
    f();
    let took = started.elapsed();
    eprintln!(
        "RTF {what}: {:.2} s for {:.1} s of call = {:.1}x real time (one run)",
        took.as_secs_f64(),
        call_ms as f64 / 1000.0,
        call_ms as f64 / 1000.0 / took.as_secs_f64()
    );
}

/// Criterion settings for stages that take from milliseconds to seconds per iteration.
fn slow_group_config<'a>(
    c: &'a mut Criterion,
    name: &str,
    call_ms: u64,
    seconds: u64,
) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(seconds))
        .throughput(Throughput::Elements(call_ms));
    group
}

fn bench_decode(c: &mut Criterion) {
    let path = sample_path();
    let call_ms = load_recording().duration_ms();
    let mut group = slow_group_config(c, "decode", call_ms, 3);
    group.bench_function("load_g711_8k_to_16k_stereo", |b| {
        b.iter(|| black_box(audio::load(black_box(&path), &DecodeOptions::default()).unwrap()))
    });
    group.finish();
}

fn bench_vad(c: &mut Criterion) {
    let config = config();
    if !selected(&["vad/silero_both_channels"]) || !models_present(&config) {
        return;
    }
    let recording = load_recording();
    let call_ms = recording.duration_ms();
    let mut vad = load_vad(&config);
    print_rtf("vad (both channels)", call_ms, || {
        detect_all(&mut vad, &recording, &config);
    });
    let mut group = slow_group_config(c, "vad", call_ms, 5);
    group.bench_function("silero_both_channels", |b| {
        b.iter(|| black_box(detect_all(&mut vad, black_box(&recording), &config)))
    });
    group.finish();
}

fn bench_asr(c: &mut Criterion) {
    let config = config();
    if !selected(&["asr/forced_en", "asr/detect"]) || !models_present(&config) {
        return;
    }
    let recording = load_recording();
    let call_ms = recording.duration_ms();
    let speech = detect_all(&mut load_vad(&config), &recording, &config);
    let runtime = OnnxRuntime::load(&config.onnxruntime_path()).expect("ONNX Runtime loads");
    let mut asr = Transcriber::load(&config.asr(), runtime).expect("Whisper loads");
    let transcribe = |asr: &mut Transcriber, forced: Option<&str>| {
        let parties: Vec<(&[f32], &[SpeechSegment])> = recording
            .channels
            .iter()
            .zip(&speech)
            .map(|(samples, segments)| (samples.as_slice(), segments.as_slice()))
            .collect();
        let language = asr.call_language(&parties, forced).unwrap().unwrap();
        black_box(
            asr.transcribe_parties(&parties, &language, &mut |_| {})
                .unwrap(),
        );
    };
    print_rtf("asr forced en (both channels)", call_ms, || {
        transcribe(&mut asr, Some("en"))
    });
    let mut group = slow_group_config(c, "asr", call_ms, 20);
    group.bench_function("forced_en", |b| b.iter(|| transcribe(&mut asr, Some("en"))));
    group.bench_function("detect", |b| b.iter(|| transcribe(&mut asr, None)));
    group.finish();
}

fn bench_pipeline(c: &mut Criterion) {
    let config = config();
    if !selected(&["pipeline/analyze_file"]) || !models_present(&config) {
        return;
    }
    let path = sample_path();
    let call_ms = load_recording().duration_ms();
    let mut pipeline = Pipeline::load(&config).expect("the pipeline loads");
    let options = CallOptions::default();
    let mut analyze = || {
        black_box(pipeline.analyze_file(&path, &options, &mut |_| {}).unwrap());
    };
    print_rtf("pipeline (analyze_file, detect)", call_ms, &mut analyze);
    let mut group = slow_group_config(c, "pipeline", call_ms, 20);
    group.bench_function("analyze_file", |b| b.iter(&mut analyze));
    group.finish();
}

/// The sample tiled to at least five minutes.
fn five_minute_call() -> Recording {
    let mut recording = load_recording();
    let once = recording.channels.clone();
    while recording.duration_ms() < 300_000 {
        for (channel, samples) in recording.channels.iter_mut().zip(&once) {
            channel.extend_from_slice(samples);
        }
    }
    recording
}

fn bench_tone(c: &mut Criterion) {
    use calltone::timeline::ChannelSpan;
    use calltone::tone::classifier::ToneClassifier;
    use calltone::tone::features::FeatureExtractor;
    use calltone::tone::profile::VoiceProfile;
    let config = config();
    if !selected(&["tone/measure_call_5min"]) || !models_present(&config) {
        return;
    }
    if !config.tone_model_path().is_file() {
        eprintln!(
            "skipping the tone benchmark: no {}",
            config.tone_model_path().display()
        );
        return;
    }
    let recording = five_minute_call();
    let call_ms = recording.duration_ms();
    let mut vad = load_vad(&config);
    let speech = detect_all(&mut vad, &recording, &config);
    let turns: Vec<ChannelSpan> = speech
        .iter()
        .enumerate()
        .flat_map(|(channel, segments)| {
            segments.iter().map(move |s| ChannelSpan {
                channel,
                start_ms: s.start_ms(),
                end_ms: s.end_ms(),
            })
        })
        .collect();
    let runtime = OnnxRuntime::load(&config.onnxruntime_path()).unwrap();
    let mut classifier = ToneClassifier::load(runtime, &config.tone_model_path()).unwrap();
    let mut extractor = FeatureExtractor::new();
    let roles = ["agent".to_string(), "customer".to_string()];
    let mut measure = |profile: Option<&VoiceProfile>| {
        calltone::tone::measure_call(
            &turns,
            &recording.channels,
            &speech,
            &[profile, None],
            &roles,
            &mut classifier,
            &mut extractor,
        )
        .unwrap()
    };
    // The agent's own speech, as a profile that is used (7 copies of the sample's agent).
    let own = measure(None).channels[0].clone().unwrap().voice.unwrap();
    let profile = VoiceProfile::combine(&[own.clone(), own.clone(), own]).unwrap();
    if std::env::args().any(|a| a == "--bench") {
        let mut pipeline = Pipeline::load(&config).expect("the pipeline loads");
        let report = pipeline
            .analyze(five_minute_call(), &CallOptions::default(), &mut |_| {})
            .unwrap();
        let tone_ms = report.timings_ms.tone.unwrap_or(0);
        eprintln!(
            "tone share on a {:.1} min call: tone {} ms, ASR {} ms = {:.2} % of the ASR's time",
            call_ms as f64 / 60_000.0,
            tone_ms,
            report.timings_ms.asr,
            100.0 * tone_ms as f64 / report.timings_ms.asr.max(1) as f64
        );
    }
    let mut group = slow_group_config(c, "tone", call_ms, 20);
    group.bench_function("measure_call_5min", |b| {
        b.iter(|| black_box(measure(Some(&profile))))
    });
    group.finish();
}

/// The five-minute call with its two channels summed into one: a mono recording.
fn five_minute_mono_call() -> Recording {
    let mut recording = five_minute_call();
    let right = recording.channels.pop().expect("stereo");
    for (l, r) in recording.channels[0].iter_mut().zip(right) {
        *l = 0.7 * (*l + r);
    }
    recording
}

fn bench_speakers(c: &mut Criterion) {
    use calltone::speakers::{Diarizer, SpeakerCount};
    let config = config();
    if !selected(&["speakers/diarize_5min"]) || !models_present(&config) {
        return;
    }
    if !config.segmentation_model_path().is_file() {
        eprintln!("skipping the speakers benchmark: no speaker models");
        return;
    }
    let recording = five_minute_mono_call();
    let call_ms = recording.duration_ms();
    let mut vad = load_vad(&config);
    let speech = detect_all(&mut vad, &recording, &config);
    let runtime = OnnxRuntime::load(&config.onnxruntime_path()).unwrap();
    let mut diarizer = Diarizer::load(
        runtime,
        &config.segmentation_model_path(),
        &config.speaker_embedding_model_path(),
        config.threads,
    )
    .unwrap();
    if std::env::args().any(|a| a == "--bench") {
        let mut pipeline = Pipeline::load(&config).expect("the pipeline loads");
        let mono = pipeline
            .analyze(
                five_minute_mono_call(),
                &CallOptions::default(),
                &mut |_| {},
            )
            .unwrap();
        let speakers_ms = mono.timings_ms.speakers.unwrap_or(0);
        eprintln!(
            "speakers share on a {:.1} min mono call: speakers {} ms, ASR {} ms = {:.2} % of the \
             ASR's time ({} speakers)",
            call_ms as f64 / 60_000.0,
            speakers_ms,
            mono.timings_ms.asr,
            100.0 * speakers_ms as f64 / mono.timings_ms.asr.max(1) as f64,
            mono.channels.len()
        );
        let stereo = pipeline
            .analyze(five_minute_call(), &CallOptions::default(), &mut |_| {})
            .unwrap();
        eprintln!(
            "the stereo call ran the speaker stage: {}",
            stereo.timings_ms.speakers.is_some()
        );
    }
    let mut group = slow_group_config(c, "speakers", call_ms, 20);
    group.bench_function("diarize_5min", |b| {
        b.iter(|| {
            black_box(
                diarizer
                    .diarize(&recording.channels[0], &speech[0], SpeakerCount::Exactly(2))
                    .unwrap(),
            )
        })
    });
    group.finish();
}

/// whisper.cpp's pieces on one 30 s window (channel 0's first), with whisper-rs directly and
/// the same context parameters as `Transcriber` (DTW alignment heads for base).
fn bench_whisper_parts(c: &mut Criterion) {
    use whisper_rs::{
        DtwMode, DtwModelPreset, DtwParameters, FullParams, SamplingStrategy, WhisperContext,
        WhisperContextParameters,
    };
    if std::env::var_os("CALLTONE_BENCH_PARTS").is_none() {
        return;
    }
    let config = config();
    let ids = [
        "whisper_parts/mel",
        "whisper_parts/encoder",
        "whisper_parts/lang_detect",
        "whisper_parts/full_dtw_token_timestamps",
        "whisper_parts/full_no_timestamps_dtw_ctx",
        "whisper_parts/full_no_dtw",
        "whisper_parts/full_flash_attn_no_dtw",
    ];
    if !selected(&ids) || !models_present(&config) {
        return;
    }
    let recording = load_recording();
    let speech = detect_all(&mut load_vad(&config), &recording, &config);
    let windows = pack(&speech[0], WINDOW_SAMPLES, GAP_SAMPLES);
    let window = windows[0].audio(&recording.channels[0]);
    let window_ms = window.len() as u64 * 1000 / audio::TARGET_SAMPLE_RATE_HZ as u64;
    let threads = config.threads;
    let model = config.whisper_model_path();
    let model = model.to_str().unwrap();

    let context = |dtw: bool, flash_attn: bool| {
        let mut params = WhisperContextParameters {
            flash_attn,
            ..WhisperContextParameters::default()
        };
        if dtw {
            params.dtw_parameters = DtwParameters {
                mode: DtwMode::ModelPreset {
                    model_preset: DtwModelPreset::Base,
                },
                ..DtwParameters::default()
            };
        }
        WhisperContext::new_with_params(model, params).expect("Whisper loads")
    };
    let full_params = |token_timestamps: bool| {
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(threads as i32);
        params.set_language(Some("en"));
        params.set_no_context(true);
        params.set_token_timestamps(token_timestamps);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        params
    };

    // Throughput here: the window's audio (≤ 30 s), not the call.
    let mut group = slow_group_config(c, "whisper_parts", window_ms, 10);
    let dtw_context = context(true, false);
    let mut state = dtw_context.create_state().unwrap();
    group.bench_function("mel", |b| {
        b.iter(|| state.pcm_to_mel(&window, threads).unwrap())
    });
    group.bench_function("encoder", |b| {
        state.pcm_to_mel(&window, threads).unwrap();
        b.iter(|| state.encode(0, threads).unwrap())
    });
    group.bench_function("lang_detect", |b| {
        b.iter(|| {
            state.pcm_to_mel(&window, threads).unwrap();
            black_box(state.lang_detect(0, threads).unwrap())
        })
    });
    group.bench_function("full_dtw_token_timestamps", |b| {
        b.iter(|| state.full(full_params(true), &window).unwrap())
    });
    group.bench_function("full_no_timestamps_dtw_ctx", |b| {
        b.iter(|| state.full(full_params(false), &window).unwrap())
    });
    drop(state);
    let plain_context = context(false, false);
    let mut state = plain_context.create_state().unwrap();
    group.bench_function("full_no_dtw", |b| {
        b.iter(|| state.full(full_params(false), &window).unwrap())
    });
    let flash_context = context(false, true);
    let mut state = flash_context.create_state().unwrap();
    group.bench_function("full_flash_attn_no_dtw", |b| {
        b.iter(|| state.full(full_params(false), &window).unwrap())
    });
    group.finish();
}

criterion_group!(
    benches,
    bench_decode,
    bench_vad,
    bench_asr,
    bench_pipeline,
    bench_tone,
    bench_speakers,
    bench_whisper_parts
);
criterion_main!(benches);
