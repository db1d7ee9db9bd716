//! Speakers: who speaks when on a channel that holds more than one voice (a mono recording).
//!
//! In: one channel's 16 kHz samples and its VAD speech. Out: each speaker's speech segments,
//! overlapping where two people talk at once, and the speaker's voice (a GE2E embedding).
//!
//! The method is pyannote's (Bredin 2023, "pyannote.audio 2.1 speaker diarization pipeline"),
//! sized for a CPU budget of a few percent of the transcription:
//! 1. **Segmentation** ([`segmentation`]): pyannote segmentation-3.0 hears 10 s windows, one
//!    every [`WINDOW_STEP_SAMPLES`], and says per 17 ms frame which of up to three *local*
//!    speakers talk, overlaps included. Windows without VAD speech are not run.
//! 2. **Embedding** ([`embedding`]): each local speaker of each window is embedded from the
//!    frames where they talk alone (up to [`MAX_PARTIALS`] partials of 1.6 s).
//! 3. **Clustering** ([`cluster`]): the local speakers become the call's speakers (two by
//!    default); the two local speakers of one window stay apart.
//! 4. **Reconstruction**: per frame, the speakers' activity is averaged over the windows that
//!    hear it, and as many speakers as the windows counted on average are kept: overlap stays
//!    overlap.

pub mod cluster;
pub mod embedding;
pub mod roles;
pub mod segmentation;

use std::path::Path;

use crate::error::ModelError;
use crate::onnx::OnnxRuntime;
use crate::timeline::SpeechSegment;
pub use cluster::SpeakerCount;
use cluster::{assign_window, Item};
use embedding::{similarity, Embedder};
use segmentation::{frame_centre, LocalActivity, Segmenter, FRAMES, FRAME_STEP, LOCAL_SPEAKERS};

/// Samples between the starts of two segmentation windows (8.1 s: 30 frames of overlap
/// would be 0.5 s; this gives about 1.9 s, so that a word at a window's edge is heard
/// whole by the next).
pub const WINDOW_STEP_SAMPLES: usize = 480 * FRAME_STEP;
/// Partials (1.6 s) embedded per local speaker per window, at most.
pub const MAX_PARTIALS: usize = 2;
/// Clean speech (samples) a local speaker needs to be clustered: 0.5 s.
const MIN_CLEAN_SAMPLES: usize = 8_000;
/// Speech (samples) a local speaker needs to be embedded at all (then only assigned): 0.2 s.
const MIN_ACTIVE_SAMPLES: usize = 3_200;
/// Half the span a frame stands for around its centre.
const HALF_FRAME: usize = FRAME_STEP / 2;
/// A pause shorter than this (frames, about 0.15 s) inside one speaker's speech is bridged.
const BRIDGE_FRAMES: usize = 9;
/// A stretch shorter than this (frames, about 0.1 s) is dropped.
const MIN_RUN_FRAMES: usize = 6;

/// One speaker of a channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// `S1`, `S2`, … in order of first speech.
    pub label: String,
    pub segments: Vec<SpeechSegment>,
    /// The voice: the unit centroid of the speaker's embeddings (`None` if it was assigned
    /// only by elimination).
    pub voice: Option<Vec<f32>>,
}

impl Speaker {
    pub fn speech_samples(&self) -> usize {
        self.segments.iter().map(SpeechSegment::len).sum()
    }
}

/// The speakers of one channel.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diarization {
    pub speakers: Vec<Speaker>,
}

/// The two models of the stage. Owns their ONNX sessions: one per worker.
pub struct Diarizer {
    segmenter: Segmenter,
    embedder: Embedder,
}

impl Diarizer {
    pub fn load(
        runtime: &OnnxRuntime,
        segmentation: &Path,
        embedding: &Path,
        threads: usize,
    ) -> Result<Self, ModelError> {
        Ok(Diarizer {
            segmenter: Segmenter::load(runtime, segmentation, threads)?,
            embedder: Embedder::load(runtime, embedding, threads)?,
        })
    }

    /// Embeds stretches of speech (16 kHz): what an enrolled voice is made of.
    pub fn embed(&mut self, stretches: &[Vec<f32>]) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        self.embedder.embed(stretches, usize::MAX)
    }

    /// The speakers of `samples` (16 kHz) where `speech` (the VAD's segments) says someone
    /// talks.
    pub fn diarize(
        &mut self,
        samples: &[f32],
        speech: &[SpeechSegment],
        count: SpeakerCount,
    ) -> Result<Diarization, ModelError> {
        if speech.is_empty() {
            return Ok(Diarization::default());
        }
        // 1. Segmentation of every window that holds speech.
        let starts = window_starts(samples.len(), speech);
        let windows: Vec<&[f32]> = starts
            .iter()
            .map(|&s| &samples[s..(s + segmentation::WINDOW_SAMPLES).min(samples.len())])
            .collect();
        let local = self.segmenter.segment(&windows)?;

        // 2. An embedding per local speaker: clean speech when there is enough, else all of
        //    its speech (assigned, not clustered).
        let mut stretches = Vec::new();
        let mut owners = Vec::new();
        for (w, (activity, &start)) in local.iter().zip(&starts).enumerate() {
            for k in 0..LOCAL_SPEAKERS {
                let clean = gather(samples, start, activity, k, true);
                let (audio, clean_enough) = if clean.len() >= MIN_CLEAN_SAMPLES {
                    (clean, true)
                } else {
                    (gather(samples, start, activity, k, false), false)
                };
                if audio.len() >= MIN_ACTIVE_SAMPLES {
                    owners.push((w, k, clean_enough, audio.len()));
                    stretches.push(audio);
                }
            }
        }
        let embeddings = self.embedder.embed(&stretches, MAX_PARTIALS)?;
        drop(stretches);

        // 3. Clustering of the clean ones.
        let mut items = Vec::new();
        let mut item_of = Vec::new();
        for (i, ((w, _, clean, len), embedding)) in owners.iter().zip(&embeddings).enumerate() {
            if let (true, Some(e)) = (clean, embedding) {
                items.push(Item {
                    window: *w,
                    embedding: e.clone(),
                    weight: *len as f32 / 16_000.0,
                });
                item_of.push(i);
            }
        }
        let centroids = if items.is_empty() {
            // No clean speech anywhere: one speaker from whatever was embedded.
            match embeddings.iter().flatten().next() {
                Some(e) => vec![e.clone()],
                None => return Ok(one_speaker(speech)),
            }
        } else {
            cluster::cluster(&items, count).1
        };

        // Each window's local speakers to the call's speakers, distinct within a window.
        let mut mapping = vec![[None; LOCAL_SPEAKERS]; local.len()];
        for (w, map) in mapping.iter_mut().enumerate() {
            let scores: Vec<Option<Vec<f32>>> = (0..LOCAL_SPEAKERS)
                .map(|k| {
                    owners
                        .iter()
                        .position(|&(ow, ok, _, _)| ow == w && ok == k)
                        .and_then(|i| embeddings[i].as_ref())
                        .map(|e| centroids.iter().map(|c| similarity(e, c)).collect())
                })
                .collect();
            map.copy_from_slice(&assign_window(&scores, centroids.len()));
            // A local speaker too short to embed, next to others that were: the speaker
            // left over, when exactly one is.
            let unassigned: Vec<usize> = (0..LOCAL_SPEAKERS)
                .filter(|&k| map[k].is_none() && speaks(&local[w], k))
                .collect();
            let taken: Vec<usize> = map.iter().flatten().copied().collect();
            let free: Vec<usize> = (0..centroids.len())
                .filter(|s| !taken.contains(s))
                .collect();
            if unassigned.len() == 1 && free.len() == 1 && !taken.is_empty() {
                map[unassigned[0]] = Some(free[0]);
            }
        }

        // 4. Reconstruction on the call's frame grid.
        let activity = reconstruct(samples.len(), &starts, &local, &mapping, centroids.len());
        let mut speakers: Vec<Speaker> = (0..centroids.len())
            .map(|s| Speaker {
                label: String::new(),
                segments: runs(&activity, s, samples.len()),
                voice: Some(centroids[s].clone()),
            })
            .filter(|s| !s.segments.is_empty())
            .collect();
        speakers.sort_by_key(|s| s.segments[0].start_sample);
        for (i, s) in speakers.iter_mut().enumerate() {
            s.label = format!("S{}", i + 1);
        }
        Ok(Diarization { speakers })
    }
}

/// The whole speech as one speaker (when nothing could be embedded).
fn one_speaker(speech: &[SpeechSegment]) -> Diarization {
    Diarization {
        speakers: vec![Speaker {
            label: "S1".into(),
            segments: speech.to_vec(),
            voice: None,
        }],
    }
}

/// Where the segmentation windows start: every [`WINDOW_STEP_SAMPLES`] over the call, the
/// last one reaching its end, keeping only windows that hold some speech.
pub fn window_starts(len: usize, speech: &[SpeechSegment]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut start = 0;
    loop {
        let end = start + segmentation::WINDOW_SAMPLES;
        if speech
            .iter()
            .any(|s| s.start_sample < end && s.end_sample > start)
        {
            starts.push(start);
        }
        if end >= len {
            break;
        }
        start += WINDOW_STEP_SAMPLES;
    }
    starts
}

/// Whether local speaker `k` talks anywhere in the window.
fn speaks(activity: &LocalActivity, k: usize) -> bool {
    (0..activity.frames.len()).any(|i| activity.active(i, k))
}

/// The audio of local speaker `k` in the window at `start`: where they talk alone (`clean`)
/// or where they talk at all.
fn gather(
    samples: &[f32],
    start: usize,
    activity: &LocalActivity,
    k: usize,
    clean: bool,
) -> Vec<f32> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let flush = |run: Option<(usize, usize)>, out: &mut Vec<f32>| {
        if let Some((a, b)) = run {
            let (a, b) = (a.min(samples.len()), b.min(samples.len()));
            out.extend_from_slice(&samples[a..b]);
        }
    };
    for i in 0..activity.frames.len() {
        let on = activity.active(i, k) && (!clean || activity.count(i) == 1);
        if on {
            let centre = start + frame_centre(i);
            let (a, b) = (centre.saturating_sub(HALF_FRAME), centre + HALF_FRAME);
            run = match run {
                Some((ra, rb)) if a <= rb => Some((ra, b.max(rb))),
                other => {
                    flush(other, &mut out);
                    Some((a, b))
                }
            };
        }
    }
    flush(run, &mut out);
    out
}

/// Which speakers talk in each frame of the call (`speakers` bits per frame): each window's
/// local activity mapped to the call's speakers, averaged over the windows that cover the
/// frame; the frame keeps as many speakers as those windows heard on average, the most
/// active first.
fn reconstruct(
    len: usize,
    starts: &[usize],
    local: &[LocalActivity],
    mapping: &[[Option<usize>; LOCAL_SPEAKERS]],
    speakers: usize,
) -> Vec<u8> {
    let frames = len.div_ceil(FRAME_STEP) + 1;
    let mut score = vec![0.0f32; frames * speakers];
    let mut count = vec![0.0f32; frames];
    let mut cover = vec![0.0f32; frames];
    for ((&start, activity), map) in starts.iter().zip(local).zip(mapping) {
        let first = start / FRAME_STEP;
        for i in 0..FRAMES {
            let g = first + i;
            if g >= frames || start + frame_centre(i) >= len {
                break;
            }
            cover[g] += 1.0;
            count[g] += activity.count(i) as f32;
            for (k, speaker) in map.iter().enumerate() {
                if let (Some(s), true) = (speaker, activity.active(i, k)) {
                    score[g * speakers + s] += 1.0;
                }
            }
        }
    }
    (0..frames)
        .map(|g| {
            if cover[g] == 0.0 {
                return 0;
            }
            let n = (count[g] / cover[g]).round() as usize;
            let row = &score[g * speakers..(g + 1) * speakers];
            let mut order: Vec<usize> = (0..speakers).filter(|&s| row[s] > 0.0).collect();
            order.sort_by(|&a, &b| row[b].total_cmp(&row[a]));
            order.iter().take(n).fold(0u8, |bits, &s| bits | 1 << s)
        })
        .collect()
}

/// Speaker `s`'s speech as segments: runs of frames, short pauses bridged, very short runs
/// dropped.
fn runs(activity: &[u8], s: usize, len: usize) -> Vec<SpeechSegment> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (g, bits) in activity.iter().chain(std::iter::once(&0)).enumerate() {
        match (bits & (1 << s) != 0, start) {
            (true, None) => start = Some(g),
            (false, Some(a)) => {
                match spans.last_mut() {
                    Some(last) if a - last.1 <= BRIDGE_FRAMES => last.1 = g,
                    _ => spans.push((a, g)),
                }
                start = None;
            }
            _ => {}
        }
    }
    let to_sample = |g: usize| (g * FRAME_STEP + frame_centre(0)).min(len);
    spans
        .into_iter()
        .filter(|(a, b)| b - a >= MIN_RUN_FRAMES)
        .map(|(a, b)| SpeechSegment {
            start_sample: to_sample(a).saturating_sub(HALF_FRAME),
            end_sample: (to_sample(b - 1) + HALF_FRAME).min(len),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(a: usize, b: usize) -> SpeechSegment {
        SpeechSegment {
            start_sample: a,
            end_sample: b,
        }
    }

    #[test]
    fn windows_cover_the_call_and_skip_silence() {
        let len = 60 * 16_000;
        let all = window_starts(len, &[seg(0, len)]);
        assert_eq!(all[0], 0);
        assert!(all.last().unwrap() + segmentation::WINDOW_SAMPLES >= len);
        assert!(all.windows(2).all(|w| w[1] - w[0] == WINDOW_STEP_SAMPLES));
        // Speech only in the first 5 s: only windows that reach it.
        let early = window_starts(len, &[seg(0, 80_000)]);
        assert_eq!(early, vec![0]);
        assert!(window_starts(len, &[]).is_empty());
    }

    #[test]
    fn overlap_is_kept_where_the_windows_count_two_speakers() {
        // One window: local 0 talks in frames 0..300, local 1 in 250..589.
        let frames: Vec<u8> = (0..FRAMES)
            .map(|i| u8::from(i < 300) | (u8::from(i >= 250) << 1))
            .collect();
        let local = vec![LocalActivity { frames }];
        let mapping = vec![[Some(1), Some(0), None]];
        let activity = reconstruct(160_000, &[0], &local, &mapping, 2);
        assert_eq!(activity[100], 0b10);
        assert_eq!(activity[270], 0b11);
        assert_eq!(activity[400], 0b01);
        let s1 = runs(&activity, 1, 160_000);
        let s0 = runs(&activity, 0, 160_000);
        assert_eq!(s1.len(), 1);
        assert_eq!(s0.len(), 1);
        assert!(s1[0].end_sample > s0[0].start_sample, "they overlap");
        let overlap = s1[0].end_sample - s0[0].start_sample;
        assert!((overlap as i64 - 50 * FRAME_STEP as i64).abs() < 2 * FRAME_STEP as i64);
    }

    #[test]
    fn short_pauses_are_bridged_and_blips_dropped() {
        let mut activity = vec![0u8; 200];
        activity[10..50].fill(1);
        activity[55..90].fill(1); // 5-frame pause: bridged
        activity[150..153].fill(1); // 3-frame blip: dropped
        let spans = runs(&activity, 0, 10_000_000);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].start_sample < 10 * FRAME_STEP + 495);
        assert!(spans[0].end_sample > 89 * FRAME_STEP);
    }

    #[test]
    fn clean_audio_excludes_overlap() {
        let samples: Vec<f32> = (0..160_000).map(|i| i as f32).collect();
        let frames: Vec<u8> = (0..FRAMES)
            .map(|i| u8::from(i < 100) | (u8::from((50..60).contains(&i)) << 1))
            .collect();
        let activity = LocalActivity { frames };
        let clean = gather(&samples, 0, &activity, 0, true);
        let all = gather(&samples, 0, &activity, 0, false);
        assert!(clean.len() < all.len());
        assert!((all.len() as i64 - (100 * FRAME_STEP) as i64).abs() <= FRAME_STEP as i64);
        assert!((clean.len() as i64 - (90 * FRAME_STEP) as i64).abs() <= 2 * FRAME_STEP as i64);
    }
}
