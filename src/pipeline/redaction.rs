//! Redacting a finished report: personal data out of the words, its times into the report.
//!
//! In: a [`CallReport`] whose scores are computed (text sentiment and abuse are measured on
//! the words as said, so redaction never changes a score). Out: the same report with every
//! span [`crate::redact::find_in_conversation`] finds replaced by its kind's tag (`[CARD]`),
//! in the turn's text and in its words, the same strings scrubbed from every other text of
//! the report (evidence, moments, the scores' reasons, warnings), and
//! [`CallReport::redactions`] set: one entry per span with its kind, the recording's channel
//! and the times of the words it covers. Those times, as [`ChannelSpan`]s, are what the audio
//! stage masks ([`crate::audio::mask`]).
//!
//! Words: each span is mapped to the words it overlaps by walking the words through the
//! turn's text (each word found at or after the end of the one before). The first word a
//! span covers becomes the tag, with the times from the start of the first covered word to
//! the end of the last (and the lowest probability among them); the other covered words are
//! removed, so that the words still read as the text. A word only partly in a span (`card:4111`)
//! is replaced whole. When no word can be placed under a span (Whisper's words do not spell
//! the text), the whole turn's time is redacted: more audio masked, never less.

use std::ops::Range;

use crate::redact::{self, Span, Utterance};
use crate::report::{CallReport, Redaction, Turn, Word};
use crate::timeline::ChannelSpan;

/// Redacts `report` in place (see the module's documentation) and returns the stretches of
/// the recording to mask, one per redaction.
pub fn redact_report(report: &mut CallReport) -> Vec<ChannelSpan> {
    let speakers: Vec<usize> = report
        .turns
        .iter()
        .map(|turn| {
            report
                .channels
                .iter()
                .position(|c| c.index == turn.channel && c.speaker == turn.speaker)
                .unwrap_or(turn.channel)
        })
        .collect();
    let found = {
        let utterances: Vec<Utterance<'_>> = report
            .turns
            .iter()
            .zip(&speakers)
            .map(|(turn, &speaker)| Utterance {
                text: &turn.text,
                language: turn.language.as_deref().or(report.language.as_deref()),
                speaker,
            })
            .collect();
        redact::find_in_conversation(&utterances)
    };

    let mut redactions = Vec::new();
    // Each personal string with its tag, to scrub from the rest of the report.
    let mut secrets: Vec<(String, &'static str)> = Vec::new();
    for (turn, spans) in report.turns.iter_mut().zip(&found) {
        let spans = valid_spans(&turn.text, spans);
        if spans.is_empty() {
            continue;
        }
        secrets.extend(
            spans
                .iter()
                .map(|s| (turn.text[s.start..s.end].to_string(), s.kind.tag())),
        );
        redactions.extend(redact_turn(turn, &spans));
    }
    secrets.sort_by_key(|(secret, _)| std::cmp::Reverse(secret.len()));
    secrets.dedup();
    secrets.retain(|(secret, _)| !secret.trim().is_empty());
    scrub_report(report, &secrets);

    redactions.sort_by_key(|r: &Redaction| (r.start_ms, r.channel));
    let masks = redactions
        .iter()
        .map(|r| ChannelSpan {
            channel: r.channel,
            start_ms: r.start_ms,
            end_ms: r.end_ms,
        })
        .collect();
    report.redactions = Some(redactions);
    masks
}

/// The spans that fit `text` (on char boundaries, in order, not overlapping): what the finder
/// promises, checked so that a bad span is dropped rather than a panic.
fn valid_spans(text: &str, spans: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        let fits = span.start < span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
            && out.last().is_none_or(|last| last.end <= span.start);
        if fits {
            out.push(*span);
        } else {
            tracing::warn!(
                ?span,
                "a redaction span does not fit its turn's text; skipped"
            );
        }
    }
    out
}

/// Where each word's text is in `text`: byte ranges found walking the words in order, each
/// searched from the end of the last one placed (`None` for a word not found, e.g. one that
/// is empty or that the text spells otherwise).
pub fn word_ranges(text: &str, words: &[Word]) -> Vec<Option<Range<usize>>> {
    let mut at = 0;
    words
        .iter()
        .map(|word| {
            let needle = word.text.trim();
            if needle.is_empty() {
                return None;
            }
            let start = at + text[at..].find(needle)?;
            let end = start + needle.len();
            at = end;
            Some(start..end)
        })
        .collect()
}

/// Redacts one turn's text and words by `spans` (valid for its text); returns the turn's
/// redactions with their times.
fn redact_turn(turn: &mut Turn, spans: &[Span]) -> Vec<Redaction> {
    let ranges = word_ranges(&turn.text, &turn.words);
    let mut redactions = Vec::with_capacity(spans.len());
    // What becomes of each word: kept, replaced by a tag (with new times), or removed.
    let mut replaced: Vec<Option<Word>> = vec![None; turn.words.len()];
    let mut removed = vec![false; turn.words.len()];
    for span in spans {
        let covered: Vec<usize> = ranges
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.as_ref()
                    .is_some_and(|r| r.start < span.end && span.start < r.end)
            })
            .map(|(i, _)| i)
            .collect();
        let (start_ms, end_ms) = match (covered.first(), covered.last()) {
            (Some(&first), Some(&last)) => (turn.words[first].start_ms, turn.words[last].end_ms),
            _ => (turn.start_ms, turn.end_ms),
        };
        redactions.push(Redaction {
            kind: span.kind.as_str().to_string(),
            channel: turn.channel,
            start_ms,
            end_ms: end_ms.max(start_ms),
        });
        let Some(&first) = covered
            .iter()
            .find(|&&i| !removed[i] && replaced[i].is_none())
        else {
            // Every covered word already stands for an earlier span of the same word.
            continue;
        };
        let lowest_p = covered
            .iter()
            .map(|&i| turn.words[i].p)
            .fold(f32::INFINITY, f32::min);
        replaced[first] = Some(Word {
            text: span.kind.tag().to_string(),
            start_ms,
            end_ms: end_ms.max(start_ms),
            p: if lowest_p.is_finite() { lowest_p } else { 0.0 },
        });
        for &i in &covered {
            if i != first && replaced[i].is_none() {
                removed[i] = true;
            }
        }
    }
    turn.text = redact::apply(&turn.text, spans);
    let words = std::mem::take(&mut turn.words);
    turn.words = words
        .into_iter()
        .zip(replaced)
        .zip(removed)
        .filter(|(_, removed)| !removed)
        .map(|((word, replacement), _)| replacement.unwrap_or(word))
        .collect();
    redactions
}

/// Replaces every `secret` (longest first) by its tag in every text of the report that is
/// not a turn's redacted text: other turns' text and words, evidence, moments' reasons, the
/// scores' reasons, the roles' reasons and the warnings.
fn scrub_report(report: &mut CallReport, secrets: &[(String, &'static str)]) {
    if secrets.is_empty() {
        return;
    }
    let scrub = |text: &mut String| {
        for (secret, tag) in secrets {
            if text.contains(secret.as_str()) {
                *text = text.replace(secret.as_str(), tag);
            }
        }
    };
    for turn in &mut report.turns {
        scrub(&mut turn.text);
        turn.words.iter_mut().for_each(|w| scrub(&mut w.text));
        turn.evidence.iter_mut().for_each(scrub);
    }
    report.moments.iter_mut().for_each(|m| scrub(&mut m.why));
    if let Some(scores) = &mut report.scores {
        scores.why.values_mut().for_each(scrub);
    }
    for channel in &mut report.channels {
        if let Some(reason) = &mut channel.role_reason {
            scrub(reason);
        }
    }
    report.warnings.iter_mut().for_each(scrub);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Kind;
    use crate::report::{ChannelInfo, ModelsUsed, Moment, SourceFormat, Timings, SCHEMA_VERSION};

    fn word(text: &str, start_ms: u64, end_ms: u64) -> Word {
        Word {
            text: text.into(),
            start_ms,
            end_ms,
            p: 0.9,
        }
    }

    fn turn(channel: usize, language: &str, words: &[(&str, u64, u64)]) -> Turn {
        let words: Vec<Word> = words.iter().map(|&(t, s, e)| word(t, s, e)).collect();
        Turn {
            channel,
            role: if channel == 0 { "agent" } else { "customer" }.into(),
            language: Some(language.into()),
            start_ms: words.first().map_or(0, |w| w.start_ms),
            end_ms: words.last().map_or(0, |w| w.end_ms),
            text: words
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            words,
            ..Turn::default()
        }
    }

    fn report(turns: Vec<Turn>) -> CallReport {
        CallReport {
            schema_version: SCHEMA_VERSION,
            call_id: "c".into(),
            duration_ms: 60_000,
            language: Some("en".into()),
            source: SourceFormat {
                container: "wav".into(),
                codec: "pcm_s16le".into(),
                channels: 2,
                sample_rate_hz: 16_000,
            },
            channels: vec![
                ChannelInfo {
                    index: 0,
                    role: "agent".into(),
                    ..ChannelInfo::default()
                },
                ChannelInfo {
                    index: 1,
                    role: "customer".into(),
                    ..ChannelInfo::default()
                },
            ],
            turns,
            scores: None,
            characteristics: None,
            moments: Vec::new(),
            models: ModelsUsed {
                asr: "a".into(),
                asr_encoder: None,
                vad: "v".into(),
                tone: None,
                text: None,
                calibration: None,
            },
            timings_ms: Timings::default(),
            warnings: Vec::new(),
            redactions: None,
        }
    }

    fn texts(words: &[Word]) -> Vec<&str> {
        words.iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn words_are_placed_in_arabic_and_hebrew_text_with_punctuation_attached() {
        let words = [
            word("بريدي", 0, 100),
            word("هو", 100, 200),
            word("«dana@example.com».", 200, 900),
            word("תודה,", 900, 1000),
        ];
        let text = "بريدي هو «dana@example.com». תודה,";
        let ranges = word_ranges(text, &words);
        let placed: Vec<&str> = ranges
            .iter()
            .map(|r| &text[r.clone().expect("every word is placed")])
            .collect();
        assert_eq!(placed, ["بريدي", "هو", "«dana@example.com».", "תודה,"]);
        // A word the text spells otherwise is not placed, and the next ones still are.
        let words = [word("one", 0, 1), word("zwei", 1, 2), word("three", 2, 3)];
        let ranges = word_ranges("one two three", &words);
        assert_eq!(ranges, vec![Some(0..3), None, Some(8..13)]);
    }

    #[test]
    fn an_email_in_a_hebrew_turn_becomes_its_tag_in_text_words_and_times() {
        let mut report = report(vec![
            turn(0, "he", &[("שלום,", 0, 400), ("במה", 400, 700)]),
            turn(
                1,
                "he",
                &[
                    ("המייל", 1000, 1400),
                    ("שלי", 1400, 1700),
                    ("dana.k@example.co.il,", 1800, 3200),
                    ("תודה", 3300, 3600),
                ],
            ),
        ]);
        report.turns[1].evidence = vec!["said dana.k@example.co.il calmly".into()];
        report.moments = vec![Moment {
            kind: "stress_peak".into(),
            role: Some("customer".into()),
            start_ms: 1000,
            end_ms: 3600,
            why: "\"dana.k@example.co.il\" in a raised voice".into(),
            severity: None,
        }];
        let masks = redact_report(&mut report);

        let customer = &report.turns[1];
        assert_eq!(customer.text, "המייל שלי [EMAIL], תודה");
        // The covered word becomes the tag whole; the text keeps the comma after the span.
        assert_eq!(texts(&customer.words), ["המייל", "שלי", "[EMAIL]", "תודה"]);
        assert_eq!(
            report.redactions,
            Some(vec![Redaction {
                kind: "email".into(),
                channel: 1,
                start_ms: 1800,
                end_ms: 3200,
            }])
        );
        assert_eq!(
            masks,
            [ChannelSpan {
                channel: 1,
                start_ms: 1800,
                end_ms: 3200
            }]
        );
        let json = serde_json::to_string(&report).unwrap();
        assert!(!json.contains("dana.k"), "{json}");
        assert!(!json.contains("example.co.il"), "{json}");
        assert_eq!(report.turns[0].text, "שלום, במה");
    }

    #[test]
    fn a_span_over_several_words_keeps_one_tagged_word_with_their_times() {
        // Spoken e-mail addresses come out of Whisper as several words.
        let mut t = turn(
            1,
            "ar",
            &[
                ("عنواني", 0, 500),
                ("omar", 600, 900),
                ("@", 900, 1000),
                ("mail.sa", 1000, 1600),
                ("شكرا", 1700, 2000),
            ],
        );
        t.text = "عنواني omar@mail.sa شكرا".into();
        t.words[2].p = 0.4;
        let span = Span {
            kind: Kind::Email,
            start: t.text.find("omar").unwrap(),
            end: t.text.find(" شكرا").unwrap(),
        };
        let redactions = redact_turn(&mut t, &[span]);
        assert_eq!(t.text, "عنواني [EMAIL] شكرا");
        assert_eq!(texts(&t.words), ["عنواني", "[EMAIL]", "شكرا"]);
        assert_eq!((t.words[1].start_ms, t.words[1].end_ms), (600, 1600));
        assert_eq!(t.words[1].p, 0.4);
        assert_eq!((redactions[0].start_ms, redactions[0].end_ms), (600, 1600));
    }

    #[test]
    fn a_span_no_word_can_be_placed_under_redacts_the_whole_turn_time() {
        let mut t = turn(0, "en", &[("write", 100, 300), ("to", 300, 400)]);
        t.text = "write to a@b.io".into();
        let span = Span {
            kind: Kind::Email,
            start: 9,
            end: 15,
        };
        let redactions = redact_turn(&mut t, &[span]);
        assert_eq!((redactions[0].start_ms, redactions[0].end_ms), (100, 400));
        assert_eq!(t.text, "write to [EMAIL]");
    }

    #[test]
    fn a_span_that_does_not_fit_the_text_is_skipped_not_a_panic() {
        let text = "שלום";
        let spans = [
            Span {
                kind: Kind::Card,
                start: 1, // inside a two-byte letter
                end: 4,
            },
            Span {
                kind: Kind::Card,
                start: 2,
                end: 99,
            },
        ];
        assert!(valid_spans(text, &spans).is_empty());
    }

    #[test]
    fn a_report_without_personal_data_is_marked_redacted_and_unchanged_otherwise() {
        let original = report(vec![turn(1, "el", &[("Καλημέρα", 0, 500)])]);
        let mut redacted = original.clone();
        assert!(redact_report(&mut redacted).is_empty());
        assert_eq!(redacted.redactions, Some(Vec::new()));
        redacted.redactions = None;
        assert_eq!(redacted, original);
    }
}
