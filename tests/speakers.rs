//! Mono calls, end to end with the real models: the angry stereo sample
//! (`samples/call_en_stereo_angry_8k_ulaw.wav`, its truth in `samples/reference.json`) mixed
//! down to one channel must come out as the stereo call does: two speakers, named agent and
//! customer, each person's words in their own turns, and the two interruptions kept as
//! overtalk. The pipeline is loaded once; the two analyses run once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use calltone::audio::{self, Recording};
use calltone::config::Config;
use calltone::pipeline::{CallOptions, Pipeline};
use calltone::report::CallReport;
use calltone::speakers::embedding::similarity;
use calltone::speakers::recurring::recurrence_votes;
use calltone::speakers::SpeakerCount;
use calltone::timeline::SpeechSegment;
use serde_json::Value;

const STEREO: &str = "samples/call_en_stereo_angry_8k_ulaw.wav";
/// Overtalk on the mono call is where the stereo call has it, to within this.
const OVERTALK_TOLERANCE_MS: i64 = 300;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn pipeline() -> &'static Mutex<Pipeline> {
    static PIPELINE: OnceLock<Mutex<Pipeline>> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Mutex::new(Pipeline::load(&Config::default()).expect("models: run `make setup`"))
    })
}

/// The stereo recording, and its two channels summed into one.
fn recordings() -> (Recording, Recording) {
    let stereo = audio::load(&root().join(STEREO), &Default::default()).unwrap();
    let mono: Vec<f32> = stereo.channels[0]
        .iter()
        .zip(&stereo.channels[1])
        .map(|(a, c)| 0.7 * (a + c))
        .collect();
    let mixed = Recording {
        channels: vec![mono],
        source: stereo.source.clone(),
        warnings: Vec::new(),
    };
    (stereo, mixed)
}

/// The stereo and the mono analyses, once.
fn reports() -> &'static (CallReport, CallReport) {
    static REPORTS: OnceLock<(CallReport, CallReport)> = OnceLock::new();
    REPORTS.get_or_init(|| {
        let (stereo, mono) = recordings();
        let options = CallOptions {
            language: Some("en".into()),
            ..CallOptions::default()
        };
        let mut p = pipeline().lock().unwrap();
        let stereo = p.analyze(stereo, &options, &mut |_| {}).unwrap();
        let mono = p.analyze(mono, &options, &mut |_| {}).unwrap();
        (stereo, mono)
    })
}

fn reference_turns() -> Vec<Value> {
    let all: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("samples/reference.json")).unwrap(),
    )
    .unwrap();
    all["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| STEREO.ends_with(s["file"].as_str().unwrap()))
        .unwrap()["turns"]
        .as_array()
        .unwrap()
        .clone()
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn a_mono_mix_is_two_speakers_named_agent_and_customer() {
    let (stereo, mono) = reports();
    assert!(stereo.channels.iter().all(|c| c.speaker.is_none()));
    assert_eq!(stereo.channels.len(), 2);

    let speakers: Vec<(&str, &str)> = mono
        .channels
        .iter()
        .map(|c| (c.speaker.as_deref().unwrap(), c.role.as_str()))
        .collect();
    assert_eq!(
        speakers,
        [("S1", "agent"), ("S2", "customer")],
        "{:#?}",
        mono.channels
    );
    let agent = &mono.channels[0];
    assert!(agent.index == 0 && mono.channels[1].index == 0);
    let reason = agent.role_reason.as_deref().unwrap();
    assert!(reason.contains("thank you for calling"), "{reason}");
    assert!(agent.role_confidence.unwrap() >= 0.75, "{agent:?}");
    // Every turn names its speaker, and the speaker's role is the turn's.
    for turn in &mono.turns {
        let speaker = turn.speaker.as_deref().expect("a speaker on every turn");
        let role = if speaker == "S1" { "agent" } else { "customer" };
        assert_eq!(turn.role, role, "{turn:?}");
    }
    assert!(mono.timings_ms.speakers.is_some());
    assert!(stereo.timings_ms.speakers.is_none());
}

#[test]
fn each_persons_words_are_in_their_own_turns() {
    let (_, mono) = reports();
    // Each reference word is found in a mono turn of the right role around the reference turn.
    let (mut found, mut total) = (0usize, 0usize);
    let mut wrong_role = 0usize;
    for truth in reference_turns() {
        let (start, end) = (
            truth["start_ms"].as_u64().unwrap(),
            truth["end_ms"].as_u64().unwrap(),
        );
        let heard = |same_role: bool| -> BTreeSet<String> {
            mono.turns
                .iter()
                .filter(|t| (t.role == truth["role"].as_str().unwrap()) == same_role)
                .flat_map(|t| &t.words)
                .filter(|w| w.start_ms + 300 >= start && w.end_ms <= end + 300)
                .flat_map(|w| words_of(&w.text))
                .collect()
        };
        let (mine, theirs) = (heard(true), heard(false));
        for word in words_of(truth["text"].as_str().unwrap()) {
            total += 1;
            found += usize::from(mine.contains(&word));
            wrong_role += usize::from(theirs.contains(&word) && !mine.contains(&word));
        }
    }
    let recall = found as f64 / total as f64;
    assert!(
        recall >= 0.85,
        "{found} of {total} words in their speaker's turns"
    );
    assert!(
        (wrong_role as f64) < 0.05 * total as f64,
        "{wrong_role} of {total} words only in the other speaker's turns"
    );
}

#[test]
fn overtalk_on_the_mono_call_is_where_the_stereo_call_has_it() {
    let (stereo, mono) = reports();
    let spans = |r: &CallReport| {
        r.characteristics
            .as_ref()
            .unwrap()
            .overtalk_spans_ms
            .clone()
    };
    let (truth, heard) = (spans(stereo), spans(mono));
    assert_eq!(truth.len(), 2, "the sample's two interruptions: {truth:?}");
    assert_eq!(heard.len(), truth.len(), "stereo {truth:?}, mono {heard:?}");
    for (t, h) in truth.iter().zip(&heard) {
        for i in 0..2 {
            assert!(
                (t[i] as i64 - h[i] as i64).abs() <= OVERTALK_TOLERANCE_MS,
                "stereo {truth:?}, mono {heard:?}"
            );
        }
    }
    let interruptions = |r: &CallReport| r.characteristics.as_ref().unwrap().interruptions.clone();
    assert_eq!(interruptions(stereo), interruptions(mono));
}

/// The mono mix as a 16-bit PCM WAV file (16 kHz) in the temp directory.
fn mono_wav() -> PathBuf {
    let (_, mono) = recordings();
    pcm_wav(&mono.channels[0], 16_000, "speakers")
}

/// `samples` as a mono 16-bit PCM WAV file at `rate` in the temp directory.
fn pcm_wav(samples: &[f32], rate: u32, name: &str) -> PathBuf {
    let samples: Vec<i16> = samples
        .iter()
        .map(|v| (v.clamp(-1.0, 1.0) * 32767.0) as i16)
        .collect();
    let path = std::env::temp_dir().join(format!("calltone-{name}-{}.wav", std::process::id()));
    let data_len = samples.len() as u32 * 2;
    let mut bytes = Vec::with_capacity(44 + data_len as usize);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data_len).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&rate.to_le_bytes());
    bytes.extend_from_slice(&(rate * 2).to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        bytes.extend_from_slice(&s.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `samples` (16 kHz) as a telephone line passes them, at 8 kHz: a windowed-sinc band-pass of
/// 300–3400 Hz (201 taps, Hann) and every second sample. Not the product's own filter.
fn narrow_band(samples: &[f32]) -> Vec<f32> {
    const TAPS: usize = 201;
    let pi = std::f32::consts::PI;
    let low_pass = |cutoff_hz: f32, n: f32| {
        let f = cutoff_hz / 16_000.0;
        if n == 0.0 {
            2.0 * f
        } else {
            (2.0 * pi * f * n).sin() / (pi * n)
        }
    };
    let taps: Vec<f32> = (0..TAPS)
        .map(|i| {
            let n = i as f32 - (TAPS / 2) as f32;
            let hann = 0.5 - 0.5 * (2.0 * pi * i as f32 / (TAPS - 1) as f32).cos();
            (low_pass(3_400.0, n) - low_pass(300.0, n)) * hann
        })
        .collect();
    (0..samples.len().saturating_sub(TAPS))
        .step_by(2)
        .map(|i| taps.iter().zip(&samples[i..]).map(|(t, x)| t * x).sum())
        .collect()
}

#[test]
fn a_voice_enrolled_wide_band_is_the_same_voice_on_a_narrow_band_line() {
    // The English mono sample is 16 kHz wide-band; the same speech through a telephone line
    // must still be the same voices, clearly closer to them than the Greek sample's are.
    let wide = root().join("samples/call_en_mono_16k.wav");
    let other = root().join("samples/call_el_mono_16k.wav");
    let recording = audio::load(&wide, &Default::default()).unwrap();
    let narrow = pcm_wav(&narrow_band(&recording.channels[0]), 8_000, "narrow-band");
    let mut p = pipeline().lock().unwrap();
    let wide = p.enroll_file(&wide, 0).unwrap();
    let narrow_voice = p.enroll_file(&narrow, 0).unwrap();
    let other = p.enroll_file(&other, 0).unwrap();
    std::fs::remove_file(&narrow).ok();
    // Heard through the telephone band: 0.86, against 0.39 for the other voices (GE2E: 0.91
    // against 0.76; GE2E as recorded, without the band: 0.70 against 0.66).
    let (same, different) = (similarity(&wide, &narrow_voice), similarity(&wide, &other));
    assert!(same > 0.75, "wide against narrow band: {same}");
    assert!(same - different > 0.3, "{same} against {different}");
}

#[test]
fn the_agents_enrolled_voice_is_the_agent_speakers_and_one_speaker_can_be_asked_for() {
    let wav = mono_wav();
    let mut p = pipeline().lock().unwrap();
    let parties = p.diarize_file(&wav, None).unwrap();
    let one = p
        .diarize_file(&wav, Some(SpeakerCount::Exactly(1)))
        .unwrap();
    let agent = p.enroll_file(&root().join(STEREO), 0).unwrap();
    let customer = p.enroll_file(&root().join(STEREO), 1).unwrap();
    std::fs::remove_file(&wav).ok();

    assert_eq!(one.len(), 1);
    assert_eq!(one[0].label, "channel0");
    let labels: Vec<&str> = parties.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["S1", "S2"]);
    // S1 (first to speak) is the agent: the agent's enrolled voice is clearly closer to it,
    // and the customer's to S2.
    let voice = |i: usize| parties[i].voice.as_deref().unwrap();
    let margin = |v: &[f32]| similarity(v, voice(0)) - similarity(v, voice(1));
    assert!(margin(&agent) > 0.1, "agent margin {}", margin(&agent));
    assert!(
        margin(&customer) < -0.1,
        "customer margin {}",
        margin(&customer)
    );
    // Speakers' speech does not leave the recording.
    let end = parties
        .iter()
        .flat_map(|p| &p.segments)
        .map(SpeechSegment::end_ms)
        .max()
        .unwrap();
    assert!(end <= 42_000, "{end}");
}

#[test]
fn the_voice_that_recurs_in_an_agents_earlier_call_is_the_agent() {
    // An earlier call of the angry call's agent (Festival's slt): the calm sample's agent
    // channel (other words), then other people (the Greek sample's two voices), in one channel.
    let load = |file: &str| audio::load(&root().join(file), &Default::default()).unwrap();
    let mut earlier = load("samples/call_en_stereo_8k_ulaw.wav")
        .channels
        .swap_remove(0);
    earlier.extend(load("samples/call_el_mono_16k.wav").channels.swap_remove(0));
    let earlier = pcm_wav(&earlier, 16_000, "earlier");
    let (_, mono) = recordings();
    let wav = pcm_wav(&mono.channels[0], 16_000, "recurring");
    let mut p = pipeline().lock().unwrap();
    let parties = p.diarize_file(&wav, None).unwrap();
    let earlier_parties = p.diarize_file(&earlier, None).unwrap();
    // A call with the agent's voice and another male voice (flite's awb; the customer is rms).
    let alike = p
        .diarize_file(&root().join("samples/call_en_mono_16k.wav"), None)
        .unwrap();
    std::fs::remove_file(&wav).ok();
    std::fs::remove_file(&earlier).ok();
    let voices_of = |parties: Vec<calltone::pipeline::PartySpeech>| -> Vec<Vec<f32>> {
        parties.into_iter().filter_map(|p| p.voice).collect()
    };
    let (earlier, alike) = (voices_of(earlier_parties), voices_of(alike));
    assert_eq!((earlier.len(), alike.len()), (2, 2), "two voices each");
    let voices: Vec<Option<&[f32]>> = parties.iter().map(|p| p.voice.as_deref()).collect();
    // S1 is the agent (their enrolled voice says so, above): the earlier call votes for S1
    // (its first voice matched S1 at 0.97, S2 at 0.33 at most).
    assert_eq!(
        recurrence_votes(&voices, std::slice::from_ref(&earlier)),
        [1, 0]
    );
    // The other call holds the agent's voice too (Festival's slt, there the customer: 0.83),
    // and flite's awb, which S2 (flite's rms) matches at 0.47 at most: a second vote for S1.
    // (GE2E heard awb and rms as nearly one voice, 0.84, and this call gave no vote.)
    assert_eq!(recurrence_votes(&voices, &[alike, earlier]), [2, 0]);
}

/// Diarization error of `hyp` against `truth` (label, start s, end s), on 10 ms frames,
/// without the ±250 ms around each true boundary, overlap scored, the better of the two
/// ways to pair two speakers: (error, confusion), as shares of the true speech.
fn error_rate(truth: &[(String, f64, f64)], hyp: &[(String, f64, f64)]) -> (f64, f64) {
    let frames = (truth.iter().chain(hyp).map(|t| t.2).fold(0.0, f64::max) * 100.0) as usize + 1;
    let labels = |rows: &[(String, f64, f64)]| -> Vec<String> {
        let mut l: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
        l.sort();
        l.dedup();
        l
    };
    let grid = |rows: &[(String, f64, f64)], label: &str| -> Vec<bool> {
        let mut g = vec![false; frames];
        for (_, a, b) in rows.iter().filter(|r| r.0 == label) {
            g[(a * 100.0) as usize..((b * 100.0) as usize).min(frames)].fill(true);
        }
        g
    };
    let mut scored = vec![true; frames];
    for (_, a, b) in truth {
        for t in [a, b] {
            let (lo, hi) = (
                ((t - 0.25).max(0.0) * 100.0) as usize,
                ((t + 0.25) * 100.0) as usize,
            );
            scored[lo.min(frames)..hi.min(frames)].fill(false);
        }
    }
    let (tl, hl) = (labels(truth), labels(hyp));
    assert_eq!(
        (tl.len(), hl.len()),
        (2, 2),
        "two speakers each: {tl:?} {hl:?}"
    );
    let t: Vec<Vec<bool>> = tl.iter().map(|l| grid(truth, l)).collect();
    let h: Vec<Vec<bool>> = hl.iter().map(|l| grid(hyp, l)).collect();
    [[0, 1], [1, 0]]
        .iter()
        .map(|pair| {
            let (mut speech, mut error, mut confusion) = (0usize, 0usize, 0usize);
            for f in (0..frames).filter(|&f| scored[f]) {
                let nr = t.iter().filter(|g| g[f]).count();
                let nh = h.iter().filter(|g| g[f]).count();
                let correct = (0..2).filter(|&i| t[i][f] && h[pair[i]][f]).count();
                speech += nr;
                error += nr.max(nh) - correct;
                confusion += nr.min(nh) - correct;
            }
            (
                error as f64 / speech as f64,
                confusion as f64 / speech as f64,
            )
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .unwrap()
}

#[test]
fn a_synthetic_telephone_call_where_the_customer_speaks_first_is_diarized() {
    // tests/data/diarization/: an 8 kHz µ-law call made by benches/diarization/make_calls.py
    // (a dev call: a regression guard, not an accuracy figure; those are in the README).
    let dir = root().join("tests/data/diarization");
    let truth: Vec<(String, f64, f64)> = std::fs::read_to_string(dir.join("dev-s1-008-en.rttm"))
        .unwrap()
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let start: f64 = f[3].parse().unwrap();
            (
                f[7].to_string(),
                start,
                start + f[4].parse::<f64>().unwrap(),
            )
        })
        .collect();
    let parties = pipeline()
        .lock()
        .unwrap()
        .diarize_file(&dir.join("dev-s1-008-en.wav"), None)
        .unwrap();
    let hyp: Vec<(String, f64, f64)> = parties
        .iter()
        .flat_map(|p| {
            p.segments.iter().map(|s| {
                (
                    p.label.clone(),
                    s.start_ms() as f64 / 1000.0,
                    s.end_ms() as f64 / 1000.0,
                )
            })
        })
        .collect();
    let (error, confusion) = error_rate(&truth, &hyp);
    eprintln!("diarization error {error:.3}, confusion {confusion:.3}");
    assert!(error <= 0.12, "diarization error {error:.3}");
    assert!(confusion <= 0.10, "confusion {confusion:.3}");
}
