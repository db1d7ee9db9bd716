//! Speakers: who speaks when on a channel that holds more than one voice (a mono recording).
//!
//! In: one channel's 16 kHz samples and its VAD speech. Out: each speaker's speech segments,
//! overlapping where two people talk at once, and the speaker's voice (a CAM++ embedding).
//!
//! The method is pyannote's (Bredin 2023, "pyannote.audio 2.1 speaker diarization pipeline"),
//! sized for a CPU (on 2 cores, about a fifth of Whisper base's time on the same call: the
//! README's "Who speaks: mono calls"):
//! 1. **Segmentation** ([`segmentation`]): pyannote segmentation-3.0 hears 10 s windows, one
//!    every [`WINDOW_STEP_SAMPLES`], and says per 17 ms frame which of up to three *local*
//!    speakers talk, overlaps included. Windows without VAD speech are not run.
//! 2. **Pieces and embedding** ([`embedding`]): each local speaker's frames are cut into
//!    pieces at its pauses, long pieces into parts of about 2 s (the segmentation may hear
//!    two similar voices as one local speaker); a piece is embedded from the frames where it
//!    talks alone (at most [`PIECE_SAMPLES`] of it).
//! 3. **Clustering** ([`cluster`]): the pieces with enough clean speech become the call's
//!    speakers (two by default); two local speakers of one window stay apart. Shorter pieces
//!    follow their local speaker's majority; a backchannel too short to embed takes the
//!    speaker the other voice is not.
//! 4. **Reconstruction**: per frame, the speakers' activity is averaged over the windows that
//!    hear it, and as many speakers as the windows counted on average are kept: overlap stays
//!    overlap.

pub mod cluster;
pub mod embedding;
pub mod recurring;
pub mod roles;
pub mod segmentation;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use crate::error::ModelError;
use crate::onnx::OnnxRuntime;
use crate::timeline::SpeechSegment;
use cluster::Item;
pub use cluster::SpeakerCount;
use embedding::{similarity, Embedder};
use segmentation::{frame_centre, LocalActivity, Segmenter, FRAMES, FRAME_STEP, LOCAL_SPEAKERS};

/// Samples between the starts of two segmentation windows (8.1 s: 30 frames of overlap
/// would be 0.5 s; this gives about 1.9 s, so that a word at a window's edge is heard
/// whole by the next).
pub const WINDOW_STEP_SAMPLES: usize = 480 * FRAME_STEP;
/// The most of a piece the embedding hears (samples, 1.5 s: the middle of a longer one; on
/// the bench's dev calls 1.5 s told voices apart better than 2 s or 3.2 s, 1 s worse).
pub const PIECE_SAMPLES: usize = 24_000;
/// Clean speech (samples) a piece needs to be clustered: 1 s.
const MIN_CLEAN_SAMPLES: usize = 16_000;
/// Speech (samples) a piece needs to be embedded at all (then only assigned): 0.3 s.
const MIN_ACTIVE_SAMPLES: usize = 4_800;
/// A local speaker's pause this long (frames, about 0.14 s) ends a piece: the segmentation
/// may hear two similar voices as one local speaker, but rarely without a pause between.
const PIECE_GAP_FRAMES: usize = 8;
/// A piece longer than this (frames, about 3 s) is cut into equal parts of about 2 s, each
/// embedded on its own: when the segmentation hears two voices as one local speaker with no
/// pause between them, the embeddings still tell them apart, to within a part.
const MAX_PIECE_FRAMES: usize = 178;
const PART_FRAMES: usize = 118;
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
    /// The voice (a unit embedding), heard through the telephone band from where the speaker
    /// talks alone (or, short of that, from all their speech), as an enrolled voice is:
    /// [`Embedder::embed_voices`]. `None` when there is nothing to hear.
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

    /// The voice of each stretch of speech (16 kHz), as the speakers' voices are heard
    /// ([`Embedder::embed_voices`]): what an enrolled voice is made of.
    pub fn embed(&mut self, stretches: &[Vec<f32>]) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        self.embedder.embed_voices(stretches)
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

        // 2. The pieces of each local speaker, each embedded from where it talks alone (or,
        //    short of that, from all of it).
        let mut pieces = Vec::new();
        let mut heard = Vec::new();
        for (w, (activity, &start)) in local.iter().zip(&starts).enumerate() {
            for k in 0..LOCAL_SPEAKERS {
                for frames in piece_runs(activity, k) {
                    let clean = gather(samples, start, activity, k, true, frames.clone());
                    let (audio, strength) = if clean.len() >= MIN_CLEAN_SAMPLES {
                        (clean, Strength::Clustered)
                    } else {
                        let all = gather(samples, start, activity, k, false, frames.clone());
                        let strength = if all.len() >= MIN_ACTIVE_SAMPLES {
                            Strength::Embedded
                        } else {
                            Strength::Unheard
                        };
                        (all, strength)
                    };
                    pieces.push(Piece {
                        window: w,
                        local: k,
                        frames,
                        strength,
                        weight: audio.len() as f32 / 16_000.0,
                        embedding: None,
                        speaker: None,
                    });
                    heard.push(audio);
                }
            }
        }
        // A shorter piece is embedded only when its local speaker has no clustered piece in
        // the window, whose majority it would follow ([`assign_pieces`]).
        let with_clustered: BTreeSet<(usize, usize)> = pieces
            .iter()
            .filter(|p| p.strength == Strength::Clustered)
            .map(|p| (p.window, p.local))
            .collect();
        let embedded: Vec<usize> = (0..pieces.len())
            .filter(|&i| match pieces[i].strength {
                Strength::Clustered => true,
                Strength::Embedded => {
                    !with_clustered.contains(&(pieces[i].window, pieces[i].local))
                }
                Strength::Unheard => false,
            })
            .collect();
        let stretches: Vec<Vec<f32>> = embedded
            .iter()
            .map(|&i| std::mem::take(&mut heard[i]))
            .collect();
        drop(heard);
        let embeddings = self.embedder.embed(&stretches, PIECE_SAMPLES, 1)?;
        drop(stretches);
        for (&i, embedding) in embedded.iter().zip(embeddings) {
            pieces[i].embedding = embedding;
        }

        // 3. Clustering of the pieces with enough clean speech.
        let clustered: Vec<&Piece> = pieces
            .iter()
            .filter(|p| p.strength == Strength::Clustered && p.embedding.is_some())
            .collect();
        let items: Vec<Item> = clustered
            .iter()
            .map(|p| Item {
                window: p.window,
                local: p.local,
                embedding: p.embedding.clone().expect("filtered"),
                weight: p.weight,
            })
            .collect();
        let centroids = if items.is_empty() {
            // No clean speech anywhere: one speaker from whatever was embedded.
            match pieces.iter().find_map(|p| p.embedding.clone()) {
                Some(e) => vec![e],
                None => return Ok(one_speaker(speech)),
            }
        } else {
            cluster::cluster(&items, count).1
        };

        // Every piece to a speaker; then the call's frames.
        assign_pieces(&mut pieces, &centroids);
        for (w, start) in starts.iter().enumerate() {
            let mine: Vec<&Piece> = pieces.iter().filter(|p| p.window == w).collect();
            tracing::debug!(
                window = w,
                start_s = *start as f32 / 16_000.0,
                pieces = ?mine
                    .iter()
                    .map(|p| (p.local, p.frames.clone(), p.weight, p.speaker))
                    .collect::<Vec<_>>(),
                "window's pieces"
            );
        }
        let activity = reconstruct(samples.len(), &starts, &local, &pieces, centroids.len());
        let mut speakers: Vec<Speaker> = (0..centroids.len())
            .map(|s| Speaker {
                label: String::new(),
                segments: runs(&activity, s, samples.len()),
                voice: None,
            })
            .filter(|s| !s.segments.is_empty())
            .collect();
        speakers.sort_by_key(|s| s.segments[0].start_sample);
        let voices = self
            .embedder
            .embed_voices(&speakers_speech(samples, &speakers))?;
        for (i, (s, voice)) in speakers.iter_mut().zip(voices).enumerate() {
            s.label = format!("S{}", i + 1);
            s.voice = voice;
        }
        Ok(Diarization { speakers })
    }
}

/// How much of a piece could be heard for its voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Enough clean speech to be clustered.
    Clustered,
    /// Embedded from what there is (overlap included): assigned, not clustered.
    Embedded,
    /// Too short to embed: assigned by its window.
    Unheard,
}

/// One run of one local speaker's frames in one window.
#[derive(Debug, Clone)]
struct Piece {
    window: usize,
    local: usize,
    /// Window frames.
    frames: Range<usize>,
    strength: Strength,
    /// Seconds of the audio it was embedded from.
    weight: f32,
    embedding: Option<Vec<f32>>,
    speaker: Option<usize>,
}

impl Piece {
    /// Frames between two pieces (0 when they overlap).
    fn gap(&self, other: &Piece) -> usize {
        if self.frames.start < other.frames.end && other.frames.start < self.frames.end {
            0
        } else if self.frames.end <= other.frames.start {
            other.frames.start - self.frames.end
        } else {
            self.frames.start - other.frames.end
        }
    }
}

/// Each piece's speaker: a clustered piece its nearest centroid; a shorter one the speaker
/// its local speaker mostly is in the window, else its own nearest; an unheard one the
/// speaker its window's other voice is not (for two speakers: the other one). Pieces of two
/// local speakers talking at once never share a speaker while another is free.
fn assign_pieces(pieces: &mut [Piece], centroids: &[Vec<f32>]) {
    let nearest = |e: &[f32]| -> (usize, f32) {
        centroids
            .iter()
            .enumerate()
            .map(|(s, c)| (s, similarity(e, c)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("at least one centroid")
    };
    for p in pieces.iter_mut() {
        if let (Strength::Clustered, Some(e)) = (p.strength, &p.embedding) {
            p.speaker = Some(nearest(e).0);
        }
    }
    // The speaker each (window, local speaker) mostly is, by clustered speech.
    let mut votes: BTreeMap<(usize, usize), Vec<f32>> = BTreeMap::new();
    for p in pieces.iter() {
        if let Some(s) = p.speaker {
            votes
                .entry((p.window, p.local))
                .or_insert_with(|| vec![0.0; centroids.len()])[s] += p.weight;
        }
    }
    let majority = |window: usize, local: usize| {
        votes.get(&(window, local)).map(|v| {
            (0..v.len())
                .max_by(|&a, &b| v[a].total_cmp(&v[b]))
                .expect("not empty")
        })
    };
    for p in pieces.iter_mut().filter(|p| p.speaker.is_none()) {
        p.speaker =
            majority(p.window, p.local).or_else(|| p.embedding.as_deref().map(|e| nearest(e).0));
    }
    // Unheard pieces (a backchannel under the other voice): not the speaker of the nearest
    // piece of another local speaker in the window.
    for i in 0..pieces.len() {
        if pieces[i].speaker.is_some() || centroids.len() < 2 {
            continue;
        }
        let p = &pieces[i];
        let other = pieces
            .iter()
            .filter(|q| q.window == p.window && q.local != p.local)
            .filter_map(|q| q.speaker.map(|s| (p.gap(q), s)))
            .min();
        pieces[i].speaker = other.map(|(_, s)| usize::from(s == 0));
    }
    // Two local speakers at once are two speakers: the lighter piece of a clash moves to the
    // next nearest speaker.
    for i in 0..pieces.len() {
        for j in 0..pieces.len() {
            let (p, q) = (&pieces[i], &pieces[j]);
            if p.window != q.window || p.local == q.local || p.gap(q) > 0 {
                continue;
            }
            if p.speaker.is_none() || p.speaker != q.speaker || p.weight > q.weight {
                continue;
            }
            let taken = q.speaker.expect("equal and some");
            let moved = match &p.embedding {
                Some(e) => (0..centroids.len())
                    .filter(|&s| s != taken)
                    .max_by(|&a, &b| {
                        similarity(e, &centroids[a]).total_cmp(&similarity(e, &centroids[b]))
                    }),
                None => (0..centroids.len()).find(|&s| s != taken),
            };
            if moved.is_some() {
                pieces[i].speaker = moved;
            }
        }
    }
}

/// The whole speech as one speaker (when nothing could be embedded).
/// Each speaker's speech where no other speaker talks (all of it when that is under
/// [`MIN_ACTIVE_SAMPLES`]), in order.
fn speakers_speech(samples: &[f32], speakers: &[Speaker]) -> Vec<Vec<f32>> {
    let spans = |segments: &[SpeechSegment]| -> Vec<Range<usize>> {
        segments
            .iter()
            .map(|g| g.start_sample.min(samples.len())..g.end_sample.min(samples.len()))
            .collect()
    };
    let audio = |ranges: &[Range<usize>]| -> Vec<f32> {
        ranges
            .iter()
            .flat_map(|r| &samples[r.clone()])
            .copied()
            .collect()
    };
    speakers
        .iter()
        .enumerate()
        .map(|(k, speaker)| {
            let mine = spans(&speaker.segments);
            let mut others: Vec<Range<usize>> = speakers
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != k)
                .flat_map(|(_, other)| spans(&other.segments))
                .collect();
            others.sort_by_key(|r| r.start);
            let alone = audio(&without(&mine, &others));
            if alone.len() >= MIN_ACTIVE_SAMPLES {
                alone
            } else {
                audio(&mine)
            }
        })
        .collect()
}

/// The parts of `ranges` that no range of `minus` (sorted by start) covers.
fn without(ranges: &[Range<usize>], minus: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for r in ranges {
        let mut from = r.start;
        for m in minus.iter().filter(|m| m.start < r.end && m.end > r.start) {
            if m.start > from {
                out.push(from..m.start);
            }
            from = from.max(m.end);
        }
        if from < r.end {
            out.push(from..r.end);
        }
    }
    out
}

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

/// The runs of local speaker `k`'s frames in a window, pauses under [`PIECE_GAP_FRAMES`]
/// bridged, long runs cut into parts ([`MAX_PIECE_FRAMES`]).
fn piece_runs(activity: &LocalActivity, k: usize) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for i in (0..activity.frames.len()).filter(|&i| activity.active(i, k)) {
        match runs.last_mut() {
            Some(run) if i - run.end < PIECE_GAP_FRAMES => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    runs.into_iter()
        .flat_map(|run| {
            let parts = if run.len() > MAX_PIECE_FRAMES {
                run.len().div_ceil(PART_FRAMES)
            } else {
                1
            };
            let (start, len) = (run.start, run.len());
            (0..parts).map(move |p| start + len * p / parts..start + len * (p + 1) / parts)
        })
        .collect()
}

/// The audio of local speaker `k` in `frames` of the window at `start`: where they talk
/// alone (`clean`) or where they talk at all.
fn gather(
    samples: &[f32],
    start: usize,
    activity: &LocalActivity,
    k: usize,
    clean: bool,
    frames: Range<usize>,
) -> Vec<f32> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let flush = |run: Option<(usize, usize)>, out: &mut Vec<f32>| {
        if let Some((a, b)) = run {
            let (a, b) = (a.min(samples.len()), b.min(samples.len()));
            out.extend_from_slice(&samples[a..b]);
        }
    };
    for i in frames {
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
/// local activity, piece by piece, mapped to the call's speakers, averaged over the windows
/// that cover the frame; the frame keeps as many speakers as those windows heard on average,
/// the most active first.
fn reconstruct(
    len: usize,
    starts: &[usize],
    local: &[LocalActivity],
    pieces: &[Piece],
    speakers: usize,
) -> Vec<u8> {
    let frames = len.div_ceil(FRAME_STEP) + 1;
    let mut score = vec![0.0f32; frames * speakers];
    let mut count = vec![0.0f32; frames];
    let mut cover = vec![0.0f32; frames];
    let frame_of = |start: usize, i: usize| {
        let g = start / FRAME_STEP + i;
        (g < frames && start + frame_centre(i) < len).then_some(g)
    };
    for (&start, activity) in starts.iter().zip(local) {
        for i in 0..FRAMES {
            let Some(g) = frame_of(start, i) else { break };
            cover[g] += 1.0;
            count[g] += activity.count(i) as f32;
        }
    }
    for piece in pieces {
        let Some(s) = piece.speaker else { continue };
        let (start, activity) = (starts[piece.window], &local[piece.window]);
        for i in piece.frames.clone() {
            if let (Some(g), true) = (frame_of(start, i), activity.active(i, piece.local)) {
                score[g * speakers + s] += 1.0;
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
        let pieces: Vec<Piece> = [(0, 1), (1, 0)]
            .iter()
            .flat_map(|&(k, speaker)| {
                piece_runs(
                    &LocalActivity {
                        frames: frames.clone(),
                    },
                    k,
                )
                .into_iter()
                .map(move |run| Piece {
                    window: 0,
                    local: k,
                    frames: run,
                    strength: Strength::Clustered,
                    weight: 1.0,
                    embedding: None,
                    speaker: Some(speaker),
                })
            })
            .collect();
        let local = vec![LocalActivity { frames }];
        let activity = reconstruct(160_000, &[0], &local, &pieces, 2);
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
    fn a_local_speakers_pauses_cut_it_into_pieces() {
        let mut frames = vec![0u8; FRAMES];
        frames[10..100].fill(1);
        frames[104..200].fill(1); // a 4-frame pause: one piece, long: cut in two
        frames[230..300].fill(1); // a 30-frame pause: a new piece
        frames[250..260].fill(0b11);
        let activity = LocalActivity { frames };
        assert_eq!(piece_runs(&activity, 0), vec![10..105, 105..200, 230..300]);
        assert_eq!(piece_runs(&activity, 1), vec![250..260]);
    }

    fn piece(
        window: usize,
        local: usize,
        frames: Range<usize>,
        embedding: Option<Vec<f32>>,
    ) -> Piece {
        Piece {
            window,
            local,
            frames,
            strength: if embedding.is_some() {
                Strength::Clustered
            } else {
                Strength::Unheard
            },
            weight: 2.0,
            embedding,
            speaker: None,
        }
    }

    #[test]
    fn pieces_go_to_their_nearest_voice_and_a_backchannel_to_the_other() {
        let (a, b) = (vec![1.0, 0.0], vec![0.0, 1.0]);
        let mut pieces = vec![
            // Window 0: one local speaker that is really both voices, in two pieces.
            piece(0, 0, 0..200, Some(vec![0.9, 0.1])),
            piece(0, 0, 250..500, Some(vec![0.2, 0.8])),
            // A short "mm-hm" of another local speaker under the first piece.
            piece(0, 1, 100..120, None),
        ];
        assign_pieces(&mut pieces, &[a, b]);
        let speakers: Vec<Option<usize>> = pieces.iter().map(|p| p.speaker).collect();
        assert_eq!(speakers, vec![Some(0), Some(1), Some(1)]);
    }

    #[test]
    fn two_voices_at_once_never_share_a_speaker() {
        let (a, b) = (vec![1.0, 0.0], vec![0.0, 1.0]);
        // Both lean towards voice 0; the lighter one moves to voice 1.
        let mut pieces = vec![
            piece(0, 0, 0..300, Some(vec![0.95, 0.05])),
            piece(0, 1, 200..260, Some(vec![0.7, 0.3])),
        ];
        pieces[1].weight = 0.6;
        assign_pieces(&mut pieces, &[a, b]);
        assert_eq!(pieces[0].speaker, Some(0));
        assert_eq!(pieces[1].speaker, Some(1));
    }

    #[test]
    fn clean_audio_excludes_overlap() {
        let samples: Vec<f32> = (0..160_000).map(|i| i as f32).collect();
        let frames: Vec<u8> = (0..FRAMES)
            .map(|i| u8::from(i < 100) | (u8::from((50..60).contains(&i)) << 1))
            .collect();
        let activity = LocalActivity { frames };
        let clean = gather(&samples, 0, &activity, 0, true, 0..FRAMES);
        let all = gather(&samples, 0, &activity, 0, false, 0..FRAMES);
        assert!(clean.len() < all.len());
        assert!((all.len() as i64 - (100 * FRAME_STEP) as i64).abs() <= FRAME_STEP as i64);
        assert!((clean.len() as i64 - (90 * FRAME_STEP) as i64).abs() <= 2 * FRAME_STEP as i64);
    }
}
