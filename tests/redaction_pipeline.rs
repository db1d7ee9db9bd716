//! Redaction end to end, with the real models and the real binary: a synthetic stereo call
//! (`tests/data/redaction/card_phone_call.wav`, made by `make_call.py` there) in which the
//! customer reads a card number and a phone number digit by digit comes out of
//! `calltone analyze --redact --redact-audio OUT.wav --redact-audio-with silence` with those
//! words replaced by `[CARD]` and `[PHONE]`, their times in `redactions`, and silence in the
//! redacted audio where they were said (checked on the samples' energy against where the
//! digits were placed when the call was made: Whisper gives the first digit to the word
//! before, and the mask reaches back to the pause before it); the agent's channel and the rest of the
//! customer's speech are untouched, and the scores are those of the unredacted analysis.
//!
//! The card and phone numbers are found by the redaction library (`src/redact/`); this test
//! needs its card and phone finders.

use std::path::{Path, PathBuf};
use std::process::Command;

use calltone::audio::mask::{masked_range, MASK_PAD_MS};
use serde_json::Value;

const CALL: &str = "tests/data/redaction/card_phone_call.wav";
const RATE: usize = 16_000;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn analyze(extra: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["analyze", "--json", "--language", "en"])
        .args(extra)
        .arg(root().join(CALL))
        .current_dir(root())
        .env_remove("RUST_LOG")
        .output()
        .expect("run calltone");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON report")
}

/// Where `make_call.py` placed the utterance tagged `tag` (`card`, `phone`), or whose text
/// begins with `tag`: (channel, start_ms, end_ms).
fn placed(tag: &str) -> (usize, u64, u64) {
    let made: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/redaction/card_phone_call.json")).unwrap(),
    )
    .unwrap();
    let u = made["utterances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["tag"] == tag || u["text"].as_str().unwrap().starts_with(tag))
        .unwrap();
    (
        u["channel"].as_u64().unwrap() as usize,
        u["start_ms"].as_u64().unwrap(),
        u["end_ms"].as_u64().unwrap(),
    )
}

/// Every text of the report a person reads: the turns' text, words and evidence, and the
/// moments' reasons.
fn texts(report: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for turn in report["turns"].as_array().unwrap() {
        out.push(turn["text"].as_str().unwrap().to_string());
        for word in turn["words"].as_array().unwrap() {
            out.push(word["text"].as_str().unwrap().to_string());
        }
        for e in turn["evidence"].as_array().into_iter().flatten() {
            out.push(e.as_str().unwrap().to_string());
        }
    }
    for m in report["moments"].as_array().into_iter().flatten() {
        out.push(m["why"].as_str().unwrap().to_string());
    }
    out
}

fn read_wav(path: &Path) -> (u16, u32, Vec<Vec<f32>>) {
    let mut reader = hound::WavReader::open(path).unwrap();
    let spec = reader.spec();
    let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
    let n = spec.channels as usize;
    let channels = (0..n)
        .map(|c| {
            samples
                .iter()
                .skip(c)
                .step_by(n)
                .map(|&x| x as f32 / i16::MAX as f32)
                .collect()
        })
        .collect();
    (spec.channels, spec.sample_rate, channels)
}

fn energy(samples: &[f32], from_ms: u64, to_ms: u64) -> f64 {
    let at = |ms: u64| (ms as usize * RATE / 1000).min(samples.len());
    samples[at(from_ms)..at(to_ms)]
        .iter()
        .map(|&x| f64::from(x) * f64::from(x))
        .sum()
}

#[test]
fn a_card_and_a_phone_number_read_out_are_redacted_in_the_report_and_silenced_in_the_audio() {
    let dir = tempfile::tempdir().unwrap();
    let out: PathBuf = dir.path().join("redacted.wav");
    let redacted = analyze(&[
        "--redact",
        "--redact-audio",
        out.to_str().unwrap(),
        "--redact-audio-with",
        "silence",
    ]);
    let plain = analyze(&[]);

    // The words: the tags in the customer's turns, no digit anywhere a person reads.
    let customer: String = redacted["turns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["role"] == "customer")
        .map(|t| t["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" | ");
    assert!(customer.contains("[CARD]"), "{customer}");
    assert!(customer.contains("[PHONE]"), "{customer}");
    for turn in redacted["turns"].as_array().unwrap() {
        let said = std::iter::once(&turn["text"])
            .chain(turn["words"].as_array().unwrap().iter().map(|w| &w["text"]));
        for text in said {
            let text = text.as_str().unwrap();
            assert!(
                !text.chars().any(|c| c.is_ascii_digit()),
                "a digit left in {text:?} (customer: {customer})"
            );
        }
    }
    // Nor anywhere else a person reads (evidence and moments keep their own numbers).
    let read = texts(&redacted).join(" | ");
    for group in ["4539", "1488", "0343", "6467", "312", "555"] {
        assert!(!read.contains(group), "{group} in {read}");
    }
    // The unredacted analysis heard the numbers (else this test proves nothing).
    let plain_text = texts(&plain).join(" ");
    assert!(plain_text.contains("4539"), "{plain_text}");
    assert!(plain.get("redactions").is_none());

    // The times: each kind once, on the customer's channel, over where it was said.
    let redactions = redacted["redactions"].as_array().expect("redactions");
    for (kind, tag) in [("card", "card"), ("phone", "phone")] {
        let (channel, start_ms, end_ms) = placed(tag);
        let r = redactions
            .iter()
            .find(|r| r["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {redactions:?}"));
        assert_eq!(r["channel"], channel as u64, "{r}");
        let (from, to) = (
            r["start_ms"].as_u64().unwrap(),
            r["end_ms"].as_u64().unwrap(),
        );
        let covered = to.min(end_ms).saturating_sub(from.max(start_ms));
        assert!(
            covered * 10 >= (end_ms - start_ms) * 8,
            "{kind} redacted over {from}–{to} ms, said over {start_ms}–{end_ms} ms"
        );
    }

    // The scores: measured on the words as said, the same with and without redaction.
    assert_eq!(redacted["scores"], plain["scores"]);
    let sentiments = |r: &Value| -> Vec<Value> {
        r["turns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["text_sentiment"].clone())
            .collect()
    };
    assert_eq!(sentiments(&redacted), sentiments(&plain));

    // The audio: silent over each redaction (padded), the digits' energy gone, the rest as
    // decoded.
    let (channels, rate, masked) = read_wav(&out);
    assert_eq!((channels, rate), (2, RATE as u32));
    let original = calltone::audio::load(&root().join(CALL), &Default::default())
        .unwrap()
        .channels;
    assert_eq!(masked[0].len(), original[0].len());
    // Where each redaction was masked: its words' times padded, and widened to a pause.
    let masks: Vec<(usize, std::ops::Range<usize>)> = redactions
        .iter()
        .map(|r| {
            let span = calltone::timeline::ChannelSpan {
                channel: r["channel"].as_u64().unwrap() as usize,
                start_ms: r["start_ms"].as_u64().unwrap(),
                end_ms: r["end_ms"].as_u64().unwrap(),
            };
            let (from, to) = masked_range(&original[span.channel], &span, MASK_PAD_MS);
            assert!(from <= (span.start_ms - MASK_PAD_MS) as usize * RATE / 1000);
            assert!(
                to >= ((span.end_ms + MASK_PAD_MS) as usize * RATE / 1000).min(original[0].len())
            );
            (span.channel, from..to)
        })
        .collect();
    for (channel, range) in &masks {
        assert!(
            masked[*channel][range.clone()].iter().all(|&x| x == 0.0),
            "{range:?}"
        );
    }
    for tag in ["card", "phone"] {
        let (channel, start_ms, end_ms) = placed(tag);
        let before = energy(&original[channel], start_ms, end_ms);
        let after = energy(&masked[channel], start_ms, end_ms);
        assert!(before > 0.0);
        assert!(
            after <= 0.05 * before,
            "{tag}: {:.1}% of the digits' energy is left",
            100.0 * after / before
        );
    }
    // Outside the masks, every sample as decoded (to 16-bit rounding): the agent's whole
    // channel, and the customer's other words ("Sure, the card number is").
    for (channel, (masked, original)) in masked.iter().zip(&original).enumerate() {
        for (i, (m, o)) in masked.iter().zip(original).enumerate() {
            let in_mask = masks
                .iter()
                .any(|(c, range)| *c == channel && range.contains(&i));
            if !in_mask {
                let ms = i * 1000 / RATE;
                assert!((m - o).abs() < 1e-4, "channel {channel} changed at {ms} ms");
            }
        }
    }
    let (channel, start_ms, end_ms) = placed("Sure.");
    let kept = energy(&masked[channel], start_ms, end_ms);
    assert!(kept > 0.99 * energy(&original[channel], start_ms, end_ms));
}
