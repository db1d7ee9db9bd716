//! Turns: each party's speech, with its words, in call order.
//!
//! In: per channel, the VAD's speech segments and Whisper's words (call samples). Out:
//! [`Turn`]s sorted by start time. A turn spans VAD speech, so its edges are where the voice
//! is, not where Whisper guessed the words were; it widens only to take in a word Whisper
//! heard in the context padding around the segment (a soft "oh" the VAD scored low). Segments of one channel closer than
//! [`MERGE_GAP_MS`] are one turn unless the other party starts speaking in between.
//! Segments in which Whisper recognised no word (a cough, a line noise) make no turn.

use crate::report::{Turn, Word};
use crate::timeline::{pad_segments, CallWord, SpeechSegment};

/// A pause shorter than this within one party's speech does not end their turn.
pub const MERGE_GAP_MS: u64 = 1_000;

/// One channel's inputs to turn building.
pub struct ChannelSpeech<'a> {
    pub channel: usize,
    pub role: &'a str,
    pub language: Option<&'a str>,
    pub segments: &'a [SpeechSegment],
    pub words: &'a [CallWord],
    /// Audio the recogniser heard on each side of every segment, in samples: a word heard
    /// there still belongs to the segment.
    pub context_samples: usize,
}

/// Builds the call's turns from every channel.
pub fn build_turns(channels: &[ChannelSpeech]) -> Vec<Turn> {
    let starts: Vec<(usize, u64)> = channels
        .iter()
        .flat_map(|c| c.segments.iter().map(move |s| (c.channel, s.start_ms())))
        .collect();
    let other_party_starts_between = |channel: usize, from_ms: u64, to_ms: u64| {
        starts
            .iter()
            .any(|&(c, start)| c != channel && start > from_ms && start < to_ms)
    };

    let mut turns = Vec::new();
    for speech in channels {
        let mut current: Option<Turn> = None;
        let words_of_segment =
            words_by_segment(speech.segments, speech.words, speech.context_samples);
        for (segment, words) in speech.segments.iter().zip(words_of_segment) {
            if words.is_empty() {
                continue;
            }
            let start_ms = segment.start_ms().min(words[0].start_ms);
            let end_ms = segment.end_ms().max(words[words.len() - 1].end_ms);
            match &mut current {
                Some(turn)
                    if start_ms - turn.end_ms < MERGE_GAP_MS
                        && !other_party_starts_between(speech.channel, turn.end_ms, start_ms) =>
                {
                    turn.end_ms = end_ms;
                    turn.words.extend(words);
                }
                _ => {
                    turns.extend(current.take());
                    current = Some(Turn {
                        id: 0,
                        role: speech.role.to_string(),
                        channel: speech.channel,
                        start_ms,
                        end_ms,
                        language: speech.language.map(str::to_string),
                        words,
                        ..Turn::default()
                    });
                }
            }
        }
        turns.extend(current);
    }
    turns.sort_by_key(|t| (t.start_ms, t.channel));
    for (id, turn) in turns.iter_mut().enumerate() {
        turn.id = id;
        turn.text = join_words(&turn.words);
    }
    turns
}

/// Each word goes to the speech segment it was heard in: the segment whose span with the
/// context padding (where Whisper heard it) holds the word's middle, or the nearest one
/// (Whisper's word times can end up on the very edge of the padding). Every word is kept,
/// once.
fn words_by_segment(
    segments: &[SpeechSegment],
    words: &[CallWord],
    context_samples: usize,
) -> Vec<Vec<Word>> {
    let heard = pad_segments(segments, context_samples, usize::MAX);
    let mut out = vec![Vec::new(); segments.len()];
    if segments.is_empty() {
        return out;
    }
    for w in words {
        let middle = (w.start_sample + w.end_sample) / 2;
        let distance = |s: &SpeechSegment| {
            s.start_sample.saturating_sub(middle) + middle.saturating_sub(s.end_sample)
        };
        let next = heard.partition_point(|s| s.start_sample <= middle);
        let nearest = [next.saturating_sub(1), next.min(heard.len() - 1)]
            .into_iter()
            .min_by_key(|&i| distance(&heard[i]))
            .expect("two candidates");
        out[nearest].push(Word {
            text: w.text.clone(),
            start_ms: w.start_ms(),
            end_ms: w.end_ms(),
            p: (w.p * 1000.0).round() / 1000.0,
        });
    }
    out
}

/// Words joined with single spaces.
fn join_words(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: usize = 16;
    /// The context Whisper hears around a segment (`asr::ASR_PAD_SAMPLES`, 0.2 s).
    const PAD: usize = 200 * MS;

    fn seg(start_ms: usize, end_ms: usize) -> SpeechSegment {
        SpeechSegment {
            start_sample: start_ms * MS,
            end_sample: end_ms * MS,
        }
    }

    fn word(text: &str, start_ms: usize, end_ms: usize) -> CallWord {
        CallWord {
            text: text.into(),
            start_sample: start_ms * MS,
            end_sample: end_ms * MS,
            p: 0.9,
        }
    }

    #[test]
    fn channels_interleave_by_time_and_short_pauses_merge() {
        let agent_segments = [seg(0, 1_000), seg(1_500, 2_000), seg(5_000, 6_000)];
        let agent_words = [
            word("hello", 100, 500),
            word("there", 1_600, 1_900),
            word("sure", 5_100, 5_500),
        ];
        let customer_segments = [seg(3_000, 4_000)];
        let customer_words = [word("hi", 3_100, 3_400)];
        let turns = build_turns(&[
            ChannelSpeech {
                channel: 0,
                role: "agent",
                language: Some("en"),
                segments: &agent_segments,
                words: &agent_words,
                context_samples: PAD,
            },
            ChannelSpeech {
                channel: 1,
                role: "customer",
                language: Some("en"),
                segments: &customer_segments,
                words: &customer_words,
                context_samples: PAD,
            },
        ]);
        let summary: Vec<_> = turns
            .iter()
            .map(|t| (t.id, t.role.as_str(), t.start_ms, t.end_ms, t.text.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                (0, "agent", 0, 2_000, "hello there"),
                (1, "customer", 3_000, 4_000, "hi"),
                (2, "agent", 5_000, 6_000, "sure"),
            ]
        );
    }

    #[test]
    fn the_other_party_speaking_in_a_pause_splits_the_turn() {
        let agent_segments = [seg(0, 1_000), seg(1_600, 2_000)];
        let agent_words = [word("one", 100, 500), word("two", 1_700, 1_900)];
        let customer_segments = [seg(1_100, 1_500)];
        let customer_words = [word("yes", 1_150, 1_400)];
        let turns = build_turns(&[
            ChannelSpeech {
                channel: 0,
                role: "agent",
                language: None,
                segments: &agent_segments,
                words: &agent_words,
                context_samples: PAD,
            },
            ChannelSpeech {
                channel: 1,
                role: "customer",
                language: None,
                segments: &customer_segments,
                words: &customer_words,
                context_samples: PAD,
            },
        ]);
        assert_eq!(
            turns.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
            ["one", "yes", "two"]
        );
    }

    #[test]
    fn speech_without_words_makes_no_turn() {
        let segments = [seg(0, 1_000)];
        let turns = build_turns(&[ChannelSpeech {
            channel: 0,
            role: "speaker",
            language: None,
            segments: &segments,
            words: &[],
            context_samples: PAD,
        }]);
        assert!(turns.is_empty());
    }

    #[test]
    fn a_word_on_the_edge_of_the_padding_is_kept_once() {
        // Whisper's last word of a phrase, its time clamped to the very end of the padding
        // (0.2 s after the segment), then the next segment 0.8 s later.
        let edge_ms = 1_000 + PAD / MS;
        let segments = [seg(0, 1_000), seg(1_800, 2_400)];
        let words = [
            word("told", 600, 900),
            word("you", edge_ms, edge_ms),
            word("next", 1_800, 2_100),
        ];
        let turns = build_turns(&[ChannelSpeech {
            channel: 0,
            role: "customer",
            language: Some("en"),
            segments: &segments,
            words: &words,
            context_samples: PAD,
        }]);
        let texts: Vec<_> = turns.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["told you next"]);
    }
}
