//! Tone, end to end without Whisper: `calltone features` keeps its JSON contract on the
//! samples; the classifier's loading checks and batching, with tiny hand-made ONNX models
//! (`tests/data/tone/make_fixtures.py`; not trained models): a model whose input width,
//! feature names or outputs do not match the extractor is refused with the reason; and
//! `analyze_turns` fills the turns of a real call.

use std::path::{Path, PathBuf};

use calltone::config::Config;
use calltone::error::ModelError;
use calltone::onnx::OnnxRuntime;
use calltone::tone::classifier::ToneClassifier;
use calltone::tone::features::{feature_names, index, FeatureVector, FEATURE_COUNT, RAW_COUNT};
use serde_json::Value;

fn runtime() -> &'static OnnxRuntime {
    let config = Config::default();
    OnnxRuntime::load(&OnnxRuntime::locate(None, &config.models_dir))
        .expect("ONNX Runtime: run `make setup`")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/tone")
        .join(name)
}

fn refusal(name: &str) -> String {
    match ToneClassifier::load(runtime(), &fixture(name)) {
        Ok(_) => panic!("{name} was accepted"),
        Err(e @ ModelError::Load { .. }) => e.to_string(),
        Err(e) => panic!("{name}: unexpected error {e}"),
    }
}

#[test]
fn a_model_of_another_width_is_refused() {
    let reason = refusal("tone_fixture_wrong_width.onnx");
    assert!(
        reason.contains(&format!("[batch, {FEATURE_COUNT}]")),
        "{reason}"
    );
    let narrower = format!("shape [-1, {}]", FEATURE_COUNT - 6);
    assert!(reason.contains(&narrower), "{reason}");
}

#[test]
fn a_model_trained_on_other_feature_names_is_refused() {
    let reason = refusal("tone_fixture_wrong_names.onnx");
    assert!(
        reason.contains("feature 3 is `loudness_lufs` where the extractor has `loudness_db`"),
        "{reason}"
    );
}

#[test]
fn a_model_without_feature_names_or_outputs_is_refused() {
    assert!(refusal("tone_fixture_no_names.onnx").contains("no `feature_names`"));
    assert!(refusal("tone_fixture_no_stress.onnx").contains("no `stress` output"));
}

#[test]
fn a_file_that_is_not_a_model_or_is_missing_is_refused() {
    let not_onnx = fixture("make_fixtures.py");
    assert!(matches!(
        ToneClassifier::load(runtime(), &not_onnx),
        Err(ModelError::Load { .. })
    ));
    assert!(matches!(
        ToneClassifier::load(runtime(), &fixture("absent.onnx")),
        Err(ModelError::Missing { .. })
    ));
}

#[test]
fn a_matching_model_scores_a_batch_in_order_within_the_scales() {
    let mut classifier = ToneClassifier::load(runtime(), &fixture("tone_fixture_ok.onnx"))
        .expect("the fixture matches the extractor");
    assert_eq!(classifier.name(), "fixture-1");
    let mut neutral: FeatureVector = [Some(0.0); FEATURE_COUNT];
    neutral[index::VOICED_RATIO] = Some(0.6);
    let mut higher = neutral;
    higher[RAW_COUNT + index::F0_MEAN_ST] = Some(4.0);
    higher[RAW_COUNT + index::LOUDNESS_DB] = Some(6.0);
    // Undefined features go in as NaN; the graph imputes them.
    let mut sparse = neutral;
    sparse[RAW_COUNT + index::F2_HZ] = None;
    sparse[index::JITTER_LOCAL_PCT] = None;

    let scores = classifier.classify(&[neutral, higher, sparse]).unwrap();
    assert_eq!(scores.len(), 3);
    for s in &scores {
        for v in [s.smile, s.arousal, s.stress, s.confidence] {
            assert!((0.0..=1.0).contains(&v), "{s:?}");
        }
        assert!((-1.0..=1.0).contains(&s.valence));
    }
    // The fixture's hand-set weights: sigmoid(0) = 0.5 for the neutral vector.
    assert_eq!(scores[0].arousal, 0.5);
    assert!(
        scores[1].arousal > 0.9 && scores[1].stress > 0.9,
        "{:?}",
        scores[1]
    );
    assert_eq!(scores[2].arousal, 0.5);
    // The fixture's confidence output is sigmoid(2) whatever the features; a segment with
    // 15 % of its frames voiced gets half of it.
    assert_eq!(scores[0].confidence, 0.881);
    let mut barely_voiced = neutral;
    barely_voiced[index::VOICED_RATIO] = Some(0.15);
    let s = classifier.classify(&[barely_voiced]).unwrap();
    assert!((s[0].confidence - 0.5 * 0.881).abs() < 0.002, "{s:?}");
    assert!(classifier.classify(&[]).unwrap().is_empty());
}

fn features_json(args: &[&str]) -> Vec<Value> {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_calltone"))
        .arg("features")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

fn sample(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn features_cli_prints_one_line_per_file_with_every_named_feature() {
    let stereo = sample("call_en_stereo_8k_ulaw.wav");
    let mono = sample("call_en_mono_16k.wav");
    let lines = features_json(&["--json", &stereo, &mono]);
    assert_eq!(lines.len(), 2);
    let names: Vec<String> = feature_names();
    for (line, channels) in lines.iter().zip([2, 1]) {
        assert_eq!(line["sample_rate_hz"], 16000);
        let listed: Vec<&str> = line["feature_names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(listed, names);
        let chans = line["channels"].as_array().unwrap();
        assert_eq!(chans.len(), channels);
        for channel in chans {
            let segments = channel["segments"].as_array().unwrap();
            assert!(!segments.is_empty());
            for segment in segments {
                assert!(segment["start_ms"].as_u64() < segment["end_ms"].as_u64());
                let features = segment["features"].as_object().unwrap();
                let keys: Vec<&str> = features.keys().map(String::as_str).collect();
                let mut sorted = listed.clone();
                sorted.sort();
                let mut keys_sorted = keys.clone();
                keys_sorted.sort();
                assert_eq!(keys_sorted, sorted);
                // Speech is voiced: F0 and loudness are measured.
                assert!(features["f0_mean_st"].is_f64(), "{segment}");
                assert!(features["loudness_db"].is_f64());
            }
        }
    }
    assert_eq!(lines[0]["file"], stereo.as_str());
    // The stereo call's agent (a higher voice) and customer are told apart by F0.
    let mean_f0 = |channel: usize| {
        let segments = lines[0]["channels"][channel]["segments"]
            .as_array()
            .unwrap();
        segments
            .iter()
            .map(|s| s["features"]["f0_mean_st"].as_f64().unwrap())
            .sum::<f64>()
            / segments.len() as f64
    };
    assert!(
        mean_f0(0) > mean_f0(1) + 4.0,
        "{} {}",
        mean_f0(0),
        mean_f0(1)
    );
}

#[test]
fn features_cli_whole_file_with_frames_and_bad_input() {
    let mono = sample("call_en_mono_16k.wav");
    let line = &features_json(&["--json", "--whole", "--frames", &mono])[0];
    let channel = &line["channels"][0];
    assert_eq!(channel["segments"].as_array().unwrap().len(), 1);
    assert_eq!(channel["segments"][0]["start_ms"], 0);
    let f0 = channel["frames"]["f0_hz"].as_array().unwrap();
    assert!(f0.iter().any(Value::is_null) && f0.iter().any(Value::is_f64));
    assert_eq!(channel["frames"]["hop_ms"], 10.0);
    // A single segment is its own baseline.
    assert_eq!(channel["segments"][0]["features"]["f0_mean_st_dev"], 0.0);

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["features", "--json", "--whole", "/nonexistent.wav", &mono])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&output.stderr).contains("nonexistent.wav"));
}

/// The stereo sample, decoded, and each channel's VAD segments.
fn stereo_sample_speech() -> (
    calltone::audio::Recording,
    Vec<Vec<calltone::timeline::SpeechSegment>>,
) {
    use calltone::audio::vad::{Vad, VadConfig};
    use calltone::audio::{self, DecodeOptions};
    let recording = audio::load(
        Path::new(&sample("call_en_stereo_8k_ulaw.wav")),
        &DecodeOptions::default(),
    )
    .unwrap();
    let mut vad = Vad::load(runtime(), &Config::default().vad_model_path()).unwrap();
    let speech = recording
        .channels
        .iter()
        .map(|c| vad.detect_speech(c, &VadConfig::default()).unwrap())
        .collect();
    (recording, speech)
}

#[test]
fn measure_call_gives_tone_and_evidence_of_a_real_call() {
    use calltone::timeline::ChannelSpan;
    use calltone::tone::{features::FeatureExtractor, measure_call};

    let (recording, speech) = stereo_sample_speech();
    // One turn per VAD segment, plus one in a silent stretch no segment covers.
    let mut turns: Vec<ChannelSpan> = speech
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
    turns.push(ChannelSpan {
        channel: 0,
        start_ms: 0,
        end_ms: 200,
    });
    let mut classifier = ToneClassifier::load(runtime(), &fixture("tone_fixture_ok.onnx")).unwrap();
    let roles = ["agent".to_string(), "customer".to_string()];
    let call = measure_call(
        &turns,
        &recording.channels,
        &speech,
        &[None, None],
        &roles,
        &mut classifier,
        &mut FeatureExtractor::new(),
    )
    .unwrap();
    // Without profile or norms (the fixture has none) each channel is heard against itself.
    for channel in &call.channels {
        let channel = channel.as_ref().expect("both channels speak");
        assert_eq!(channel.reference, "call");
        assert!(channel.evidence.is_empty());
        assert_eq!(channel.voice.as_ref().unwrap().calls, 1);
    }
    let (silent, spoken) = call.turns.split_last().unwrap();
    assert!(silent.is_none());
    for turn in spoken {
        let tone = turn.as_ref().expect("every spoken turn is scored").scores;
        assert!(tone.confidence > 0.5, "{tone:?}");
    }
    // The evidence speaks of the speaker's own baseline, and only now and then.
    let evidence: Vec<String> = spoken
        .iter()
        .flatten()
        .flat_map(|t| t.evidence.iter().map(ToString::to_string))
        .collect();
    assert!(evidence.len() < 4 * spoken.len(), "{evidence:?}");
}

#[test]
fn the_same_speech_ten_db_quieter_changes_only_its_loudness() {
    use calltone::audio::{self, DecodeOptions};
    use calltone::tone::features::{FeatureExtractor, RAW_FEATURE_NAMES};

    let recording = audio::load(
        Path::new(&sample("call_en_mono_16k.wav")),
        &DecodeOptions::default(),
    )
    .unwrap();
    let loud = &recording.channels[0][..16_000 * 4];
    let quiet: Vec<f32> = loud.iter().map(|v| v * 0.316_227_8).collect();
    let mut extractor = FeatureExtractor::new();
    let a = extractor.segment_features(loud);
    let b = extractor.segment_features(&quiet);
    for (k, name) in RAW_FEATURE_NAMES.iter().enumerate() {
        if k == index::ENVELOPE_SHIFT_PCT {
            // Measured against the channel's other segments: undefined for one segment alone.
            assert_eq!((a[k], b[k]), (None, None), "{name}");
            continue;
        }
        let (x, y) = (a[k].unwrap(), b[k].unwrap());
        if k == index::LOUDNESS_DB {
            assert!((x - y - 10.0).abs() < 0.01, "{name}: {x} {y}");
        } else {
            let tolerance = 1e-3 * x.abs().max(1.0);
            assert!((x - y).abs() < tolerance, "{name}: {x} vs {y}");
        }
    }
}

/// A telephone channel: 300 Hz high-pass, 8 kHz, 8-bit µ-law companding, back to 16 kHz.
fn through_a_phone(samples: &[f32]) -> Vec<f32> {
    use calltone::audio::resample::resample;
    // Second-order Butterworth high-pass at 300 Hz (bilinear transform).
    let w = (std::f64::consts::PI * 300.0 / 16_000.0).tan();
    let norm = 1.0 / (1.0 + std::f64::consts::SQRT_2 * w + w * w);
    let (b0, b1, b2) = (norm, -2.0 * norm, norm);
    let (a1, a2) = (
        2.0 * (w * w - 1.0) * norm,
        (1.0 - std::f64::consts::SQRT_2 * w + w * w) * norm,
    );
    let (mut x1, mut x2, mut y1, mut y2) = (0.0, 0.0, 0.0, 0.0);
    let filtered: Vec<f32> = samples
        .iter()
        .map(|&x| {
            let x = x as f64;
            let y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            (x2, x1, y2, y1) = (x1, x, y1, y);
            y as f32
        })
        .collect();
    let narrow = resample(&filtered, 16_000, 8_000);
    let mu = 255.0f32;
    let companded: Vec<f32> = narrow
        .iter()
        .map(|&x| {
            let x = x.clamp(-1.0, 1.0);
            let y = x.signum() * (1.0 + mu * x.abs()).ln() / (1.0 + mu).ln();
            let y = (y * 127.0).round() / 127.0;
            y.signum() * ((1.0 + mu).powf(y.abs()) - 1.0) / mu
        })
        .collect();
    resample(&companded, 8_000, 16_000)
}

#[test]
fn a_telephone_channel_keeps_pitch_voicing_and_rate() {
    use calltone::audio::{self, DecodeOptions};
    use calltone::tone::features::FeatureExtractor;
    use index::*;

    let recording = audio::load(
        Path::new(&sample("call_en_mono_16k.wav")),
        &DecodeOptions::default(),
    )
    .unwrap();
    let clean = &recording.channels[0][..16_000 * 4];
    let phone = through_a_phone(clean);
    let mut extractor = FeatureExtractor::new();
    let a = extractor.segment_features(clean);
    let b = extractor.segment_features(&phone);
    let get = |f: &[Option<f64>], k: usize| f[k].unwrap();
    assert!((get(&a, F0_MEAN_ST) - get(&b, F0_MEAN_ST)).abs() < 0.3);
    assert!((get(&a, F0_RANGE_ST) - get(&b, F0_RANGE_ST)).abs() < 1.0);
    assert!((get(&a, VOICED_RATIO) - get(&b, VOICED_RATIO)).abs() < 0.1);
    let rate = (get(&b, SPEECH_RATE_SYL_PER_S) / get(&a, SPEECH_RATE_SYL_PER_S) - 1.0).abs();
    assert!(rate < 0.15, "{rate}");
    // Not asserted: the formants. Through this channel F1 rises ~24 % (it sits on the 300 Hz
    // high-pass) and the 16 kHz LPC's F2/F3 fall ~18–20 % (poles spent on the empty band above
    // 4 kHz). Within one call every segment of a speaker goes through the same channel, so
    // the `_dev` features compare like with like; the raw values do not.
}

/// The agent's call-level tone is heard against their profile: the same call against a profile
/// whose usual pitch is 4 semitones lower reads as more aroused (`tone-3` moves 0.50 → 0.54 on
/// pitch alone) and its evidence names the pitch; the turns' tone (against the
/// call) does not move.
#[test]
fn the_agents_call_tone_is_heard_against_their_profile() {
    use calltone::timeline::ChannelSpan;
    use calltone::tone::profile::VoiceProfile;
    use calltone::tone::{features::FeatureExtractor, measure_call, CallTone};

    let config = Config::default();
    let (recording, speech) = stereo_sample_speech();
    let turns: Vec<ChannelSpan> = speech[0]
        .iter()
        .map(|s| ChannelSpan {
            channel: 0,
            start_ms: s.start_ms(),
            end_ms: s.end_ms(),
        })
        .collect();
    let roles = ["agent".to_string(), "customer".to_string()];
    let mut classifier = ToneClassifier::load(runtime(), &config.tone_model_path()).unwrap();
    let mut extractor = FeatureExtractor::new();
    let mut measure = |profile: Option<&VoiceProfile>| -> CallTone {
        measure_call(
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
    let alone = measure(None);
    let own = alone.channels[0].as_ref().unwrap().voice.clone().unwrap();
    // This call three times over: enough calls and speech to be used.
    let usual = VoiceProfile::combine(&[own.clone(), own.clone(), own.clone()]).unwrap();
    assert!(usual.usable(), "{}", usual.size());
    let mut lower = usual.clone();
    lower.features.get_mut("f0_mean_st").unwrap().median -= 4.0;

    let against_usual = measure(Some(&usual));
    let against_lower = measure(Some(&lower));
    let agent = |t: &CallTone| t.channels[0].clone().unwrap();
    assert_eq!(agent(&against_usual).reference, "profile");
    assert!(agent(&against_usual)
        .reference_described
        .contains("the agent's voice profile (3 calls"));
    assert!(
        agent(&against_lower).scores.arousal > agent(&against_usual).scores.arousal + 0.02,
        "{:?} vs {:?}",
        agent(&against_lower).scores,
        agent(&against_usual).scores
    );
    let than = &agent(&against_lower).evidence_than;
    assert_eq!(than, "their voice profile (3 calls)");
    assert!(
        agent(&against_lower)
            .evidence
            .iter()
            .map(|c| c.sentence(than))
            .any(|s| s.starts_with("pitch ") && s.contains(" semitones above their voice profile")),
        "{:?}",
        agent(&against_lower).evidence
    );
    // A profile below the minimum is not used.
    assert_ne!(agent(&measure(Some(&own))).reference, "profile");
    // The turns keep the call as their reference.
    let turn_scores = |t: &CallTone| -> Vec<_> {
        t.turns
            .iter()
            .map(|t| t.as_ref().map(|t| t.scores))
            .collect()
    };
    assert_eq!(turn_scores(&against_usual), turn_scores(&against_lower));
    assert_eq!(turn_scores(&against_usual), turn_scores(&alone));
}

/// Against the call, a turn holding all of its speaker's speech has nothing to be compared
/// with (its deviations are zero by construction): its confidence is 0, where the same speech
/// cut into the VAD's turns is scored with confidence.
#[test]
fn a_turn_that_is_all_of_its_speakers_speech_gets_no_confidence() {
    use calltone::timeline::ChannelSpan;
    use calltone::tone::{call_baseline_support, features::FeatureExtractor, measure_call};

    let (recording, speech) = stereo_sample_speech();
    let whole = ChannelSpan {
        channel: 1,
        start_ms: 0,
        end_ms: recording.duration_ms(),
    };
    let mut classifier =
        ToneClassifier::load(runtime(), &Config::default().tone_model_path()).unwrap();
    let call = measure_call(
        &[whole],
        &recording.channels,
        &speech,
        &[None, None],
        &["agent".to_string(), "customer".to_string()],
        &mut classifier,
        &mut FeatureExtractor::new(),
    )
    .unwrap();
    let tone = call.turns[0].as_ref().expect("the customer speaks").scores;
    assert_eq!(tone.confidence, 0.0, "{tone:?}");
    // The channel's call-level tone, against the norms, keeps its confidence.
    assert!(call.channels[1].as_ref().unwrap().scores.confidence > 0.3);
    assert_eq!(call_baseline_support(0.3), 1.0);
    assert_eq!(call_baseline_support(0.75), 0.5);
    assert_eq!(call_baseline_support(1.0), 0.0);
}

/// What rebuilds a stored call's voice summary without transcribing it gives the summary the
/// tone stage gives the same audio.
#[test]
fn voice_summaries_without_transcription_match_the_tone_stages() {
    use calltone::pipeline::{CallOptions, Pipeline};
    use calltone::timeline::ChannelSpan;
    use calltone::tone::{features::FeatureExtractor, measure_call};

    let (recording, speech) = stereo_sample_speech();
    let mut classifier =
        ToneClassifier::load(runtime(), &Config::default().tone_model_path()).unwrap();
    let roles = ["agent".to_string(), "customer".to_string()];
    let none: [ChannelSpan; 0] = [];
    let call = measure_call(
        &none,
        &recording.channels,
        &speech,
        &[None, None],
        &roles,
        &mut classifier,
        &mut FeatureExtractor::new(),
    )
    .unwrap();
    let mut pipeline = Pipeline::load(&Config::default()).unwrap();
    let rebuilt = pipeline
        .voice_summaries_file(
            Path::new(&sample("call_en_stereo_8k_ulaw.wav")),
            &CallOptions::default(),
        )
        .unwrap();
    assert_eq!(rebuilt.len(), 2);
    for ((role, voice), (expected_role, channel)) in
        rebuilt.iter().zip(roles.iter().zip(&call.channels))
    {
        assert_eq!(role, expected_role);
        let (got, want) = (
            voice.as_ref().unwrap(),
            channel.as_ref().unwrap().voice.as_ref().unwrap(),
        );
        assert_eq!((got.calls, got.speech_ms), (want.calls, want.speech_ms));
        assert_eq!(
            got.features.keys().collect::<Vec<_>>(),
            want.features.keys().collect::<Vec<_>>()
        );
        for (name, norm) in &got.features {
            assert!(
                (norm.median - want.features[name].median).abs() < 1e-6,
                "{name}"
            );
        }
    }
}
