//! Time on the call: the base every stage measures in.
//!
//! After decoding, every channel of a call is 16 kHz mono `f32` ([`SAMPLE_RATE_HZ`]), so a
//! position on the call is a **sample index** from its start (`usize`), and the report speaks
//! in **milliseconds** from its start (`u64`). This module holds the two units, the
//! conversions between them, and the two kinds of span that stages hand to each other:
//! [`SpeechSegment`] (where the VAD heard a voice) and [`CallWord`] (a word Whisper heard,
//! placed on the call). It depends on nothing else in the crate, so stages depend on it and
//! not on each other.

use serde::Serialize;

/// The rate of call time: every channel is resampled to it before anything measures it.
pub const SAMPLE_RATE_HZ: u32 = 16_000;

/// Samples at [`SAMPLE_RATE_HZ`] in one millisecond.
pub const SAMPLES_PER_MS: usize = SAMPLE_RATE_HZ as usize / 1000;

/// Sample index on the call → milliseconds from its start (rounded down).
pub fn samples_to_ms(samples: usize) -> u64 {
    samples as u64 * 1000 / SAMPLE_RATE_HZ as u64
}

/// Milliseconds from the start of the call → sample index (rounded down).
pub fn ms_to_samples(ms: u64) -> usize {
    (ms * SAMPLE_RATE_HZ as u64 / 1000) as usize
}

/// A span of speech in one channel: `start..end` in samples from the start of the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SpeechSegment {
    /// First sample of the speech.
    pub start_sample: usize,
    /// One past its last sample.
    pub end_sample: usize,
}

impl SpeechSegment {
    pub fn start_ms(&self) -> u64 {
        samples_to_ms(self.start_sample)
    }
    pub fn end_ms(&self) -> u64 {
        samples_to_ms(self.end_sample)
    }
    /// Length in samples.
    pub fn len(&self) -> usize {
        self.end_sample - self.start_sample
    }
    pub fn is_empty(&self) -> bool {
        self.end_sample <= self.start_sample
    }
}

/// Widens each segment by `pad` samples on both sides without crossing its neighbours (a
/// gap shorter than two pads is split in the middle) or the ends of the channel.
pub fn pad_segments(
    segments: &[SpeechSegment],
    pad: usize,
    total_samples: usize,
) -> Vec<SpeechSegment> {
    (0..segments.len())
        .map(|i| {
            let seg = segments[i];
            let floor = if i == 0 {
                0
            } else {
                (segments[i - 1].end_sample + seg.start_sample) / 2
            };
            let ceiling = segments.get(i + 1).map_or(total_samples, |next| {
                (seg.end_sample + next.start_sample) / 2
            });
            SpeechSegment {
                start_sample: seg.start_sample.saturating_sub(pad).max(floor),
                end_sample: (seg.end_sample + pad).min(ceiling).min(total_samples),
            }
        })
        .collect()
}

/// A stretch of one channel in milliseconds from the start of the call: where a turn is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelSpan {
    pub channel: usize,
    pub start_ms: u64,
    pub end_ms: u64,
}

impl ChannelSpan {
    /// Milliseconds of `segment` (of the same channel) that fall inside the span.
    pub fn overlap_ms(&self, segment: &SpeechSegment) -> u64 {
        segment
            .end_ms()
            .min(self.end_ms)
            .saturating_sub(segment.start_ms().max(self.start_ms))
    }
}

/// A recognised word placed on the call: `start..end` in samples from the start of the call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallWord {
    pub text: String,
    pub start_sample: usize,
    pub end_sample: usize,
    /// Mean probability of the word's tokens.
    pub p: f32,
}

impl CallWord {
    pub fn start_ms(&self) -> u64 {
        samples_to_ms(self.start_sample)
    }
    pub fn end_ms(&self) -> u64 {
        samples_to_ms(self.end_sample)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_and_milliseconds_convert_both_ways() {
        assert_eq!(samples_to_ms(16_000), 1_000);
        assert_eq!(ms_to_samples(1_000), 16_000);
        assert_eq!(samples_to_ms(ms_to_samples(1_234)), 1_234);
        // rounds down: 15 samples are under a millisecond
        assert_eq!(samples_to_ms(15), 0);
    }

    #[test]
    fn padding_never_crosses_a_neighbour_or_the_ends() {
        let segments = [
            SpeechSegment {
                start_sample: 100,
                end_sample: 1_000,
            },
            SpeechSegment {
                start_sample: 1_200,
                end_sample: 5_000,
            },
        ];
        let padded = pad_segments(&segments, 400, 5_100);
        assert_eq!(
            padded,
            [
                SpeechSegment {
                    start_sample: 0,
                    end_sample: 1_100
                },
                SpeechSegment {
                    start_sample: 1_100,
                    end_sample: 5_100
                }
            ]
        );
    }
}
