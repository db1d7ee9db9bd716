//! How the conversation went, from when each party's voice is on: talk time, silence,
//! overtalk, interruptions, speaking rate, and loudness per turn.
//!
//! In: the call's duration, per channel its role and the VAD's speech segments (16 kHz
//! samples; the pipeline passes them with edges refined to the voice, [`refine_segments`]), and
//! the turns (for word counts). Out: [`Characteristics`] (milliseconds, words
//! per minute) and the list of [`Interruption`]s. On stereo calls each party has a channel,
//! so the figures are exact up to the VAD's edges (Silero's 32 ms frames); on mono calls
//! there is one party and no overtalk or interruption can be measured.
//!
//! - **talk time** of a role: the union of its speech segments.
//! - **non-talk time**: the call's duration minus the union of everyone's speech.
//! - **overtalk**: time in which two or more roles speak at once.
//! - **interruption** by B of A: B starts while A speaks, A stops within
//!   [`YIELD_WINDOW_MS`] of B's start, and B is still speaking when A stops (so a short
//!   "mm-hm" under A's speech is not one). Each party's pauses shorter than
//!   [`BRIDGE_GAP_MS`] are bridged first, so a breath is not a yield.
//! - **words per minute** of a role: its words in the turns over its talk time.
//!
//! Loudness of a turn ([`turn_loudness_dbfs`], [`loudness_scale`]): the RMS level in dBFS of
//! the turn's speech samples (inside the turn and inside the channel's VAD speech), mapped
//! linearly to 0–100: −60 dBFS → 0, 0 dBFS (full scale) → 100; so −20 dBFS, ordinary phone
//! speech, reads 67. A turn **shouts** when it is at least [`SHOUT_DB_OVER_MEDIAN`] dB over
//! the median of that speaker's turns (a speaker needs [`SHOUT_MIN_TURNS`] turns for a median).

use std::collections::BTreeMap;

use crate::report::{Characteristics, Turn};
use crate::timeline::{ms_to_samples, ChannelSpan, SpeechSegment};

/// A party that stops within this long after the other starts is taken to have yielded.
pub const YIELD_WINDOW_MS: u64 = 2_000;
/// Pauses of one party shorter than this are bridged before interruptions are looked for.
pub const BRIDGE_GAP_MS: u64 = 300;
/// A turn this many dB over the speaker's median turn loudness is shouting.
pub const SHOUT_DB_OVER_MEDIAN: f32 = 6.0;
/// Turns a speaker needs before their median loudness is a baseline.
pub const SHOUT_MIN_TURNS: usize = 3;
/// The dBFS at which the 0–100 loudness scale reads 0.
pub const LOUDNESS_FLOOR_DBFS: f32 = -60.0;

/// Frame for refining speech edges: 10 ms at 16 kHz.
const EDGE_FRAME_SAMPLES: usize = 160;
/// A frame is voice when within this many dB of its segment's level …
const EDGE_BELOW_SEGMENT_DB: f32 = 30.0;
/// … and at least this far over the channel's noise floor (its 10th-percentile frame).
const EDGE_OVER_NOISE_DB: f32 = 10.0;
/// How far outside a VAD segment voiced frames are followed.
const EDGE_REACH_MS: u64 = 300;

fn frame_db(frame: &[f32]) -> f32 {
    let mean_sq = frame
        .iter()
        .map(|&x| f64::from(x) * f64::from(x))
        .sum::<f64>()
        / frame.len().max(1) as f64;
    (10.0 * mean_sq.max(1e-12).log10()) as f32
}

/// The VAD's segments with their edges moved to where the voice is: the VAD pads segments
/// for Whisper's sake and its 32 ms windows are coarse, so each segment is trimmed to its
/// first and last 10 ms frame within [`EDGE_BELOW_SEGMENT_DB`] dB of the segment's RMS level
/// and [`EDGE_OVER_NOISE_DB`] dB over the channel's noise floor; from there, contiguous
/// such frames are followed outwards up to [`EDGE_REACH_MS`] (the VAD opens late on soft
/// onsets), never into a neighbouring segment. A segment with no such frame is kept as it
/// is. On a channel with one voice this puts edges within a frame or two of the speech.
pub fn refine_segments(samples: &[f32], segments: &[SpeechSegment]) -> Vec<SpeechSegment> {
    let mut frames: Vec<f32> = samples.chunks(EDGE_FRAME_SAMPLES).map(frame_db).collect();
    frames.sort_by(f32::total_cmp);
    let noise_db = frames.get(frames.len() / 10).copied().unwrap_or(-120.0);
    let db_at = |f: usize, limit: usize| frame_db(&samples[f..(f + EDGE_FRAME_SAMPLES).min(limit)]);
    let reach = ms_to_samples(EDGE_REACH_MS);
    let mut out: Vec<SpeechSegment> = Vec::with_capacity(segments.len());
    for (i, seg) in segments.iter().enumerate() {
        let (a, b) = (
            seg.start_sample.min(samples.len()),
            seg.end_sample.min(samples.len()),
        );
        let level = frame_db(&samples[a..b]);
        let floor = (level - EDGE_BELOW_SEGMENT_DB).max(noise_db + EDGE_OVER_NOISE_DB);
        let voiced: Vec<usize> = (a..b)
            .step_by(EDGE_FRAME_SAMPLES)
            .filter(|&f| db_at(f, b) >= floor)
            .collect();
        let (Some(&first), Some(&last)) = (voiced.first(), voiced.last()) else {
            out.push(*seg);
            continue;
        };
        // The VAD starts late on soft onsets: follow voiced frames outwards, up to the
        // reach, never into the neighbouring segments.
        let lowest = out
            .last()
            .map_or(0, |p| p.end_sample)
            .max(a.saturating_sub(reach));
        let highest = segments
            .get(i + 1)
            .map_or(samples.len(), |n| n.start_sample)
            .min(b + reach)
            .min(samples.len());
        let mut start = first;
        while start >= lowest + EDGE_FRAME_SAMPLES
            && db_at(start - EDGE_FRAME_SAMPLES, samples.len()) >= floor
        {
            start -= EDGE_FRAME_SAMPLES;
        }
        let mut end = (last + EDGE_FRAME_SAMPLES).min(b);
        while end + EDGE_FRAME_SAMPLES <= highest && db_at(end, samples.len()) >= floor {
            end += EDGE_FRAME_SAMPLES;
        }
        out.push(SpeechSegment {
            start_sample: start,
            end_sample: end,
        });
    }
    out
}

/// One channel's speech, for the measures.
pub struct ChannelActivity<'a> {
    pub role: &'a str,
    pub segments: &'a [SpeechSegment],
}

/// B started while A spoke and A gave way.
#[derive(Debug, Clone, PartialEq)]
pub struct Interruption {
    /// Who interrupted.
    pub by: String,
    /// Who was interrupted.
    pub of: String,
    /// When the interrupter started.
    pub at_ms: u64,
    /// When the interrupted party stopped.
    pub yielded_ms: u64,
}

/// A stretch `[start_ms, end_ms)`.
type Span = (u64, u64);

/// Sorted, merged spans; spans closer than `bridge_ms` become one.
fn union(mut spans: Vec<Span>, bridge_ms: u64) -> Vec<Span> {
    spans.retain(|s| s.1 > s.0);
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match out.last_mut() {
            Some(last) if start <= last.1 + bridge_ms => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

fn total(spans: &[Span]) -> u64 {
    spans.iter().map(|s| s.1 - s.0).sum()
}

/// The spans in which at least two of the given span lists are active at once.
fn overlap_of_two_or_more(lists: &[Vec<Span>]) -> Vec<Span> {
    let mut events: Vec<(u64, i32)> = lists
        .iter()
        .flat_map(|l| l.iter().flat_map(|&(s, e)| [(s, 1), (e, -1)]))
        .collect();
    // at equal times, ends before starts: touching spans do not overlap
    events.sort_unstable();
    let mut active = 0;
    let mut last = 0;
    let mut spans = Vec::new();
    for (t, delta) in events {
        if active >= 2 && t > last {
            spans.push((last, t));
        }
        active += delta;
        last = t;
    }
    union(spans, 0)
}

/// Measures the conversation. Roles are taken in channel order; a role on several channels
/// counts once.
pub fn measure_conversation(
    duration_ms: u64,
    channels: &[ChannelActivity],
    turns: &[Turn],
) -> (Characteristics, Vec<Interruption>) {
    let mut roles: Vec<&str> = Vec::new();
    for c in channels {
        if !roles.contains(&c.role) {
            roles.push(c.role);
        }
    }
    let spans_of = |role: &str| -> Vec<Span> {
        channels
            .iter()
            .filter(|c| c.role == role)
            .flat_map(|c| c.segments.iter().map(|s| (s.start_ms(), s.end_ms())))
            .map(|(s, e)| (s.min(duration_ms), e.min(duration_ms)))
            .collect()
    };
    let speech: Vec<Vec<Span>> = roles.iter().map(|r| union(spans_of(r), 0)).collect();
    let everyone = union(speech.iter().flatten().copied().collect(), 0);

    let mut talk_time_ms = BTreeMap::new();
    let mut words_per_minute = BTreeMap::new();
    for (role, spans) in roles.iter().zip(&speech) {
        let talk_ms = total(spans);
        talk_time_ms.insert(role.to_string(), talk_ms);
        let words: usize = turns
            .iter()
            .filter(|t| t.role == *role)
            .map(|t| t.words.len())
            .sum();
        if talk_ms > 0 {
            let wpm = words as f32 * 60_000.0 / talk_ms as f32;
            words_per_minute.insert(role.to_string(), (wpm * 10.0).round() / 10.0);
        }
    }

    let bridged: Vec<Vec<Span>> = speech
        .iter()
        .map(|s| union(s.clone(), BRIDGE_GAP_MS))
        .collect();
    let mut interruptions_list = Vec::new();
    for (b, b_spans) in bridged.iter().enumerate() {
        for &(b_start, b_end) in b_spans {
            for (a, a_spans) in bridged.iter().enumerate() {
                if a == b {
                    continue;
                }
                let yielded = a_spans.iter().find(|&&(a_start, a_end)| {
                    a_start < b_start
                        && b_start < a_end
                        && a_end - b_start <= YIELD_WINDOW_MS
                        && b_end > a_end
                });
                if let Some(&(_, a_end)) = yielded {
                    interruptions_list.push(Interruption {
                        by: roles[b].to_string(),
                        of: roles[a].to_string(),
                        at_ms: b_start,
                        yielded_ms: a_end,
                    });
                }
            }
        }
    }
    interruptions_list.sort_by_key(|i| i.at_ms);
    let mut interruptions: BTreeMap<String, u32> =
        roles.iter().map(|r| (r.to_string(), 0)).collect();
    if roles.len() < 2 {
        interruptions.clear();
    }
    for i in &interruptions_list {
        *interruptions.entry(i.by.clone()).or_default() += 1;
    }

    let overtalk = overlap_of_two_or_more(&speech);
    let characteristics = Characteristics {
        talk_time_ms,
        non_talk_time_ms: duration_ms.saturating_sub(total(&everyone)),
        overtalk_ms: total(&overtalk),
        overtalk_spans_ms: overtalk.iter().map(|&(s, e)| [s, e]).collect(),
        interruptions,
        words_per_minute,
    };
    (characteristics, interruptions_list)
}

/// Silences of everyone at least `min_ms` long, as `(start_ms, end_ms)`, from the start of
/// the call to its end.
pub fn silences(duration_ms: u64, channels: &[ChannelActivity], min_ms: u64) -> Vec<(u64, u64)> {
    let everyone = union(
        channels
            .iter()
            .flat_map(|c| c.segments.iter().map(|s| (s.start_ms(), s.end_ms())))
            .collect(),
        0,
    );
    let mut out = Vec::new();
    let mut last_end = 0;
    for &(start, end) in &everyone {
        if start >= last_end + min_ms {
            out.push((last_end, start));
        }
        last_end = last_end.max(end);
    }
    if duration_ms >= last_end + min_ms {
        out.push((last_end, duration_ms));
    }
    out
}

/// RMS level in dBFS of `samples` (16 kHz, full scale ±1) within `[start_ms, end_ms)` and
/// within the VAD's speech `segments`; `None` when no speech sample falls inside.
pub fn turn_loudness_dbfs(
    samples: &[f32],
    segments: &[SpeechSegment],
    start_ms: u64,
    end_ms: u64,
) -> Option<f32> {
    let (from, to) = (
        ms_to_samples(start_ms),
        ms_to_samples(end_ms).min(samples.len()),
    );
    let mut sum_sq = 0.0f64;
    let mut n = 0usize;
    for s in segments {
        let (a, b) = (s.start_sample.max(from), s.end_sample.min(to));
        if a < b {
            sum_sq += samples[a..b]
                .iter()
                .map(|&x| f64::from(x) * f64::from(x))
                .sum::<f64>();
            n += b - a;
        }
    }
    (n > 0).then(|| {
        let rms = (sum_sq / n as f64).sqrt().max(1e-10);
        (20.0 * rms.log10()) as f32
    })
}

/// dBFS → the 0–100 loudness scale: −60 dBFS or quieter 0, full scale 100, linear between.
pub fn loudness_scale(dbfs: f32) -> f32 {
    ((dbfs - LOUDNESS_FLOOR_DBFS) / -LOUDNESS_FLOOR_DBFS * 100.0).clamp(0.0, 100.0)
}

/// The median of a speaker's turn levels, when they have enough turns for one.
pub fn speaker_median_dbfs(levels: &[f32]) -> Option<f32> {
    if levels.len() < SHOUT_MIN_TURNS {
        return None;
    }
    let mut sorted = levels.to_vec();
    sorted.sort_by(f32::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// How loud one turn was, and against its speaker's usual level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TurnLoudness {
    /// RMS level of the turn's speech, dBFS.
    pub dbfs: f32,
    /// The median level of this speaker's turns, when they have [`SHOUT_MIN_TURNS`].
    pub speaker_median_dbfs: Option<f32>,
}

impl TurnLoudness {
    /// On the 0–100 scale, to a tenth.
    pub fn scaled(&self) -> f32 {
        (loudness_scale(self.dbfs) * 10.0).round() / 10.0
    }

    /// dB over the speaker's median, when there is one.
    pub fn over_median_db(&self) -> Option<f32> {
        self.speaker_median_dbfs.map(|median| self.dbfs - median)
    }

    /// Whether the turn is shouted; `None` without a median to compare with.
    pub fn shouting(&self) -> Option<bool> {
        self.over_median_db()
            .map(|over| over >= SHOUT_DB_OVER_MEDIAN)
    }

    /// When the turn is shouted, by how much: `7.2 dB louder than their usual in this call:
    /// shouting (usual −24.0 dBFS)` (their usual: the median of their turns).
    pub fn shouting_evidence(&self) -> Option<String> {
        let (over, median) = (self.over_median_db()?, self.speaker_median_dbfs?);
        (over >= SHOUT_DB_OVER_MEDIAN).then(|| {
            format!(
                "{over:.1} dB louder than their usual in this call: shouting (usual {} dBFS)",
                minus(median)
            )
        })
    }

    /// `loudness 72/100 (−17.1 dBFS)`, and when shouted, by how much.
    pub fn evidence(&self) -> Vec<String> {
        let level = format!(
            "loudness {:.0}/100 ({} dBFS)",
            loudness_scale(self.dbfs),
            minus(self.dbfs)
        );
        std::iter::once(level)
            .chain(self.shouting_evidence())
            .collect()
    }
}

/// `-24.04` → `−24.0`: one decimal, with a true minus sign as the other evidence writes it.
fn minus(v: f32) -> String {
    let s = format!("{:.1}", v.abs());
    if v < 0.0 && s != "0.0" {
        format!("−{s}")
    } else {
        s
    }
}

/// The loudness of each turn (`turns`: where each is), from its channel's samples and speech
/// segments (indexed by channel); `None` for a turn with no speech sample inside.
pub fn measure_turn_loudness<S: AsRef<[f32]>>(
    turns: &[ChannelSpan],
    samples: &[S],
    speech: &[Vec<SpeechSegment>],
) -> Vec<Option<TurnLoudness>> {
    let levels: Vec<Option<f32>> = turns
        .iter()
        .map(|t| {
            let channel = samples.get(t.channel)?;
            turn_loudness_dbfs(
                channel.as_ref(),
                speech.get(t.channel)?,
                t.start_ms,
                t.end_ms,
            )
        })
        .collect();
    let mut medians: BTreeMap<usize, Option<f32>> = BTreeMap::new();
    for t in turns {
        medians.entry(t.channel).or_insert_with(|| {
            let mine: Vec<f32> = turns
                .iter()
                .zip(&levels)
                .filter(|(u, _)| u.channel == t.channel)
                .filter_map(|(_, l)| *l)
                .collect();
            speaker_median_dbfs(&mine)
        });
    }
    turns
        .iter()
        .zip(levels)
        .map(|(turn, level)| {
            level.map(|dbfs| TurnLoudness {
                dbfs,
                speaker_median_dbfs: medians.get(&turn.channel).copied().flatten(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Word;

    fn seg(start_ms: u64, end_ms: u64) -> SpeechSegment {
        SpeechSegment {
            start_sample: ms_to_samples(start_ms),
            end_sample: ms_to_samples(end_ms),
        }
    }

    fn turn(role: &str, words: usize) -> Turn {
        Turn {
            role: role.into(),
            words: (0..words)
                .map(|i| Word {
                    text: format!("w{i}"),
                    start_ms: 0,
                    end_ms: 0,
                    p: 1.0,
                })
                .collect(),
            ..Turn::default()
        }
    }

    #[test]
    fn talk_silence_and_overtalk_at_known_times() {
        // agent 0–5 s and 9–12 s; customer 4.2–8 s and 11.5–15 s; call 20 s.
        let agent = [seg(0, 5_000), seg(9_000, 12_000)];
        let customer = [seg(4_200, 8_000), seg(11_500, 15_000)];
        let channels = [
            ChannelActivity {
                role: "agent",
                segments: &agent,
            },
            ChannelActivity {
                role: "customer",
                segments: &customer,
            },
        ];
        let turns = [turn("agent", 20), turn("customer", 14)];
        let (c, interruptions) = measure_conversation(20_000, &channels, &turns);
        assert_eq!(c.talk_time_ms["agent"], 8_000);
        assert_eq!(c.talk_time_ms["customer"], 7_300);
        // overlaps: 4.2–5.0 and 11.5–12.0
        assert_eq!(c.overtalk_ms, 1_300);
        assert_eq!(c.overtalk_spans_ms, vec![[4_200, 5_000], [11_500, 12_000]]);
        // speech union: 0–8, 9–15 → 14 s; silence 6 s
        assert_eq!(c.non_talk_time_ms, 6_000);
        assert_eq!(c.words_per_minute["agent"], 150.0);
        assert_eq!(c.words_per_minute["customer"], 115.1);
        // the customer started at 4.2 s and the agent stopped 0.8 s later; at 11.5 s likewise
        assert_eq!(interruptions.len(), 2, "{interruptions:?}");
        assert!(interruptions
            .iter()
            .all(|i| i.by == "customer" && i.of == "agent"));
        assert_eq!(
            (interruptions[0].at_ms, interruptions[0].yielded_ms),
            (4_200, 5_000)
        );
        assert_eq!(c.interruptions["customer"], 2);
        assert_eq!(c.interruptions["agent"], 0);
    }

    #[test]
    fn a_backchannel_or_a_late_yield_is_no_interruption() {
        // customer says "mm-hm" 2.0–2.4 s inside agent speech 0–6 s: the agent did not yield.
        let agent = [seg(0, 6_000)];
        let customer = [seg(2_000, 2_400), seg(7_000, 9_000)];
        let channels = [
            ChannelActivity {
                role: "agent",
                segments: &agent,
            },
            ChannelActivity {
                role: "customer",
                segments: &customer,
            },
        ];
        let (c, list) = measure_conversation(10_000, &channels, &[]);
        assert!(list.is_empty(), "{list:?}");
        assert_eq!(c.overtalk_ms, 400);
        // the agent talks on for 3 s over the customer: beyond the yield window.
        let agent = [seg(0, 8_000)];
        let customer = [seg(5_000, 9_000)];
        let channels = [
            ChannelActivity {
                role: "agent",
                segments: &agent,
            },
            ChannelActivity {
                role: "customer",
                segments: &customer,
            },
        ];
        let (c, list) = measure_conversation(10_000, &channels, &[]);
        assert!(list.is_empty());
        assert_eq!(c.overtalk_ms, 3_000);
    }

    #[test]
    fn a_breath_is_not_a_yield() {
        // the agent pauses 200 ms at 3.0 s and goes on; the customer came in at 2.5 s and stops at 4 s.
        let agent = [seg(0, 3_000), seg(3_200, 6_000)];
        let customer = [seg(2_500, 4_000)];
        let channels = [
            ChannelActivity {
                role: "agent",
                segments: &agent,
            },
            ChannelActivity {
                role: "customer",
                segments: &customer,
            },
        ];
        let (_, list) = measure_conversation(6_000, &channels, &[]);
        assert!(list.is_empty(), "{list:?}");
    }

    #[test]
    fn mono_has_no_overtalk_or_interruptions() {
        let speaker = [seg(1_000, 3_000)];
        let channels = [ChannelActivity {
            role: "speaker",
            segments: &speaker,
        }];
        let (c, list) = measure_conversation(4_000, &channels, &[]);
        assert_eq!(c.talk_time_ms["speaker"], 2_000);
        assert_eq!(c.non_talk_time_ms, 2_000);
        assert_eq!(c.overtalk_ms, 0);
        assert!(c.interruptions.is_empty() && list.is_empty());
    }

    #[test]
    fn silences_include_the_edges() {
        let a = [seg(6_000, 7_000), seg(7_500, 8_000)];
        let channels = [ChannelActivity {
            role: "agent",
            segments: &a,
        }];
        assert_eq!(
            silences(20_000, &channels, 5_000),
            vec![(0, 6_000), (8_000, 20_000)]
        );
    }

    #[test]
    fn refined_edges_find_a_tone_inside_a_padded_segment() {
        // noise at −60 dBFS, a tone at −23 dBFS from 1.000 s to 2.500 s; VAD said 0.85–2.70 s
        let mut samples: Vec<f32> = (0..64_000)
            .map(|i| 0.001 * (((i * 7919) % 200) as f32 / 100.0 - 1.0) * 1.7)
            .collect();
        for (i, x) in samples.iter_mut().enumerate().take(40_000).skip(16_000) {
            *x += 0.1 * (i as f32 * 2.0 * std::f32::consts::PI * 300.0 / 16_000.0).sin();
        }
        let refined = refine_segments(&samples, &[seg(850, 2_700)]);
        let (start, end) = (refined[0].start_ms(), refined[0].end_ms());
        assert!(
            start.abs_diff(1_000) <= 10 && end.abs_diff(2_500) <= 10,
            "{start}–{end}"
        );
        // a VAD segment that opened 150 ms late and closed 100 ms early
        let refined = refine_segments(&samples, &[seg(1_150, 2_400)]);
        let (start, end) = (refined[0].start_ms(), refined[0].end_ms());
        assert!(
            start.abs_diff(1_000) <= 10 && end.abs_diff(2_500) <= 10,
            "{start}–{end}"
        );
    }

    #[test]
    fn loudness_of_a_known_sine() {
        // a sine of amplitude 0.1: RMS 0.0707 = −23.0 dBFS
        let samples: Vec<f32> = (0..16_000)
            .map(|i| 0.1 * (i as f32 * 2.0 * std::f32::consts::PI * 440.0 / 16_000.0).sin())
            .collect();
        let db = turn_loudness_dbfs(&samples, &[seg(0, 1_000)], 0, 1_000).unwrap();
        assert!((db + 23.01).abs() < 0.05, "{db}");
        assert!((loudness_scale(db) - 61.65).abs() < 0.1);
        assert_eq!(loudness_scale(-90.0), 0.0);
        assert_eq!(loudness_scale(0.0), 100.0);
        assert!(turn_loudness_dbfs(&samples, &[seg(0, 1_000)], 2_000, 3_000).is_none());
        assert_eq!(speaker_median_dbfs(&[-20.0, -30.0]), None);
        assert_eq!(speaker_median_dbfs(&[-20.0, -30.0, -25.0]), Some(-25.0));
    }

    #[test]
    fn a_turn_far_over_the_speakers_median_shouts() {
        // four turns of one speaker at −26, −25, −24 and −14 dBFS (sines), one second each
        let amplitudes = [0.0709f32, 0.0795, 0.0892, 0.282];
        let mut samples = Vec::new();
        for a in amplitudes {
            samples.extend((0..16_000).map(|i| a * (i as f32 * 0.2).sin()));
        }
        let speech = vec![vec![seg(0, 4_000)]];
        let turns: Vec<ChannelSpan> = (0..4)
            .map(|i| ChannelSpan {
                channel: 0,
                start_ms: i as u64 * 1_000,
                end_ms: i as u64 * 1_000 + 1_000,
            })
            .collect();
        let loudness: Vec<TurnLoudness> = measure_turn_loudness(&turns, &[samples], &speech)
            .into_iter()
            .map(|l| l.expect("every turn has speech"))
            .collect();
        let shouting: Vec<Option<bool>> = loudness.iter().map(|l| l.shouting()).collect();
        assert_eq!(
            shouting,
            [Some(false), Some(false), Some(false), Some(true)]
        );
        assert!(
            loudness[3]
                .evidence()
                .iter()
                .any(|e| e.contains(" dB louder than their usual in this call: shouting (usual −")),
            "{:?}",
            loudness[3].evidence()
        );
        assert!(loudness[3].scaled() > loudness[0].scaled() + 15.0);
    }
}
