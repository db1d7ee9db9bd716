//! Silero VAD through ONNX Runtime on real audio: it finds the samples' utterances where
//! they were placed, and nothing in silence, line noise or a steady tone. The model is
//! loaded once for the whole binary.

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use calltone::audio::vad::{Vad, VadConfig};
use calltone::audio::{self, DecodeOptions};
use calltone::config::Config;
use calltone::onnx::OnnxRuntime;
use calltone::timeline::SpeechSegment;
use serde_json::Value;

/// VAD edges vs construction: 32 ms windows, 100 ms padding, onset hysteresis; a soft first
/// syllable ("Oh, good") scores under the threshold, so onsets can come ~0.3 s late.
const EDGE_TOLERANCE_MS: i64 = 350;

fn vad() -> &'static Mutex<Vad> {
    static VAD: OnceLock<Mutex<Vad>> = OnceLock::new();
    VAD.get_or_init(|| {
        let config = Config::default();
        let library = OnnxRuntime::locate(None, &config.models_dir);
        let runtime = OnnxRuntime::load(&library).expect("ONNX Runtime: run `make setup`");
        Mutex::new(
            Vad::load(runtime, &config.vad_model_path()).expect("Silero VAD: run `make setup`"),
        )
    })
}

fn detect(samples: &[f32]) -> Vec<SpeechSegment> {
    vad()
        .lock()
        .unwrap()
        .detect_speech(samples, &VadConfig::default())
        .unwrap()
}

/// The stereo sample call, decoded (agent on channel 0, customer on 1).
fn stereo_call() -> audio::Recording {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    audio::load(
        &root.join("samples/call_en_stereo_8k_ulaw.wav"),
        &DecodeOptions::default(),
    )
    .unwrap()
}

#[test]
fn finds_each_utterance_of_the_stereo_call_on_its_own_channel() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let recording = stereo_call();
    let reference: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("samples/reference.json")).unwrap(),
    )
    .unwrap();
    let turns = reference["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["file"] == "call_en_stereo_8k_ulaw.wav")
        .unwrap()["turns"]
        .as_array()
        .unwrap()
        .clone();
    for channel in 0..2u64 {
        let segments = detect(&recording.channels[channel as usize]);
        let expected: Vec<(i64, i64)> = turns
            .iter()
            .filter(|t| t["channel"] == channel)
            .map(|t| {
                (
                    t["start_ms"].as_i64().unwrap(),
                    t["end_ms"].as_i64().unwrap(),
                )
            })
            .collect();
        // Every utterance starts a segment near its first sample…
        for &(start, end) in &expected {
            let segment = segments
                .iter()
                .find(|s| (s.start_ms() as i64) < end && (s.end_ms() as i64) > start)
                .unwrap_or_else(|| {
                    panic!(
                        "channel {channel}: utterance {start}–{end} ms not found in {segments:?}"
                    )
                });
            assert!(
                (segment.start_ms() as i64 - start).abs() <= EDGE_TOLERANCE_MS,
                "channel {channel}: utterance at {start} ms, segment starts at {}",
                segment.start_ms()
            );
        }
        // …and every segment is an utterance: none in the other party's speech or the hold.
        for segment in &segments {
            let real = expected.iter().any(|&(start, end)| {
                (segment.start_ms() as i64) < end && (segment.end_ms() as i64) > start
            });
            assert!(
                real,
                "channel {channel}: segment {segment:?} where nobody speaks"
            );
        }
    }
}

#[test]
fn silence_noise_and_tones_are_not_speech() {
    let seconds = 5 * 16_000;
    assert!(detect(&vec![0.0; seconds]).is_empty());
    let mut seed = 1u32;
    let noise: Vec<f32> = (0..seconds)
        .map(|_| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed as f32 / u32::MAX as f32 - 0.5) * 0.003
        })
        .collect();
    assert!(detect(&noise).is_empty(), "line noise taken for speech");
    let dial_tone: Vec<f32> = (0..seconds)
        .map(|n| {
            let t = n as f32 / 16_000.0;
            0.2 * ((2.0 * std::f32::consts::PI * 350.0 * t).sin()
                + (2.0 * std::f32::consts::PI * 440.0 * t).sin())
        })
        .collect();
    assert!(
        detect(&dial_tone).is_empty(),
        "a dial tone taken for speech"
    );
}

#[test]
fn probabilities_come_one_per_32_ms_window() {
    let probabilities = vad()
        .lock()
        .unwrap()
        .speech_probabilities(&vec![0.0; 16_000])
        .unwrap();
    assert_eq!(probabilities.len(), 16_000usize.div_ceil(512));
    assert!(probabilities.iter().all(|p| (0.0..=1.0).contains(p)));
}

#[test]
fn channels_in_one_batch_score_as_each_alone() {
    let recording = stereo_call();
    let mut vad = vad().lock().unwrap();
    // The customer's channel cut short and a silent third: lengths and silence differ.
    let customer = &recording.channels[1][..recording.channels[1].len() - 5_000];
    let silent = vec![0.0f32; 40_000];
    let channels: Vec<&[f32]> = vec![&recording.channels[0], customer, &silent];
    let together = vad.speech_probabilities_of(&channels).unwrap();
    for (channel, batched) in channels.iter().zip(&together) {
        let alone = vad.speech_probabilities(channel).unwrap();
        assert_eq!(batched.len(), alone.len());
        let worst = batched
            .iter()
            .zip(&alone)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(worst < 1e-4, "a window's probability moved by {worst}");
    }
    assert!(together[0].iter().any(|&p| p > 0.9), "the agent speaks");
    assert!(together[2].iter().all(|&p| p == 0.0));
}
