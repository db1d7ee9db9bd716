//! Tone: speech segments → acoustic features → smile, arousal, valence and stress.
//!
//! [`features`] turns each VAD speech segment (16 kHz mono samples) into a fixed vector of
//! prosodic, spectral and voice-quality features plus their deviation from the same
//! speaker's baseline in the call; the ONNX classifier (trained in `models/tone/`) maps that
//! vector to [`crate::report::ToneScores`].

pub mod band;
mod baseline;
pub mod classifier;
pub mod envelope;
pub mod evidence;
mod feature_file;
pub mod features;
pub mod lpc;
pub mod params;
pub mod pitch;
mod segment_features;
mod stats;
pub mod voice;

use crate::audio::vad::SpeechSegment;
use crate::error::ModelError;
use crate::report::{ToneScores, Turn};
use classifier::ToneClassifier;
use features::{FeatureExtractor, FeatureVector};

/// Fills each turn's `tone` and appends its `evidence`: features of every speech segment of
/// every channel (`channels`: 16 kHz samples; `speech`: each channel's VAD segments) (deviations from that channel's own baseline), one classifier batch for the
/// call, then per turn the duration-weighted mean of the scores of its channel's segments that
/// overlap it, and the evidence of their duration-weighted mean features. A turn that overlaps
/// no segment keeps `tone: None`.
pub fn analyze_turns(
    turns: &mut [Turn],
    channels: &[Vec<f32>],
    speech: &[Vec<SpeechSegment>],
    classifier: &mut ToneClassifier,
    extractor: &mut FeatureExtractor,
) -> Result<(), ModelError> {
    let mut vectors: Vec<FeatureVector> = Vec::new();
    let mut owners: Vec<(usize, SpeechSegment)> = Vec::new();
    for (channel, (samples, segments)) in channels.iter().zip(speech).enumerate() {
        vectors.extend(extractor.channel_features(samples, segments));
        owners.extend(segments.iter().map(|s| (channel, *s)));
    }
    let scores = classifier.classify(&vectors)?;

    for turn in turns.iter_mut() {
        let parts: Vec<(usize, f64)> = owners
            .iter()
            .enumerate()
            .filter(|(_, (channel, _))| *channel == turn.channel)
            .filter_map(|(i, (_, s))| {
                let overlap_ms = s
                    .end_ms()
                    .min(turn.end_ms)
                    .saturating_sub(s.start_ms().max(turn.start_ms));
                (overlap_ms > 0).then_some((i, overlap_ms as f64))
            })
            .collect();
        let total: f64 = parts.iter().map(|p| p.1).sum();
        if parts.is_empty() || total <= 0.0 {
            continue;
        }
        let mean = |f: &dyn Fn(&ToneScores) -> f32| -> f32 {
            let v = parts
                .iter()
                .map(|&(i, w)| f(&scores[i]) as f64 * w)
                .sum::<f64>()
                / total;
            ((v * 1000.0).round() / 1000.0) as f32
        };
        turn.tone = Some(ToneScores {
            smile: mean(&|s| s.smile),
            arousal: mean(&|s| s.arousal),
            valence: mean(&|s| s.valence),
            stress: mean(&|s| s.stress),
            confidence: mean(&|s| s.confidence),
        });
        let weighted: Vec<(&FeatureVector, f64)> =
            parts.iter().map(|&(i, w)| (&vectors[i], w)).collect();
        turn.evidence
            .extend(evidence::evidence(&evidence::weighted_mean(&weighted)));
    }
    Ok(())
}
