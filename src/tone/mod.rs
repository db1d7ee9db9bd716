//! Tone: speech segments → acoustic features → smile, arousal, valence and stress.
//!
//! [`features`] turns each VAD speech segment (16 kHz mono samples) into a fixed vector of
//! prosodic, spectral and voice-quality features plus their deviation from the same
//! speaker's baseline in the call; the ONNX classifier (trained in `models/tone/`) maps that
//! vector to [`crate::report::ToneScores`]; [`measure_turns`] gives each turn its scores and
//! the notable deviations behind them ([`evidence::ToneCue`]).

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

use crate::error::ModelError;
use crate::report::ToneScores;
use crate::timeline::{ChannelSpan, SpeechSegment};
use classifier::ToneClassifier;
use evidence::ToneCue;
use features::{FeatureExtractor, FeatureVector};

/// How one turn sounded: the classifier's scores and the notable deviations behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnTone {
    pub scores: ToneScores,
    pub evidence: Vec<ToneCue>,
}

/// The tone of each turn (`turns`: where each turn is), in the same order: features of every
/// speech segment of every channel (`channels`: 16 kHz samples; `speech`: each channel's VAD
/// segments), each against that channel's own baseline, one classifier batch for the call,
/// then per turn the duration-weighted mean of the scores of its channel's segments that
/// overlap it, and the cues of their duration-weighted mean features. A turn that overlaps
/// no segment gets `None`.
pub fn measure_turns(
    turns: &[ChannelSpan],
    channels: &[Vec<f32>],
    speech: &[Vec<SpeechSegment>],
    classifier: &mut ToneClassifier,
    extractor: &mut FeatureExtractor,
) -> Result<Vec<Option<TurnTone>>, ModelError> {
    let mut vectors: Vec<FeatureVector> = Vec::new();
    let mut owners: Vec<(usize, SpeechSegment)> = Vec::new();
    for (channel, (samples, segments)) in channels.iter().zip(speech).enumerate() {
        vectors.extend(extractor.channel_features(samples, segments));
        owners.extend(segments.iter().map(|s| (channel, *s)));
    }
    let scores = classifier.classify(&vectors)?;

    Ok(turns
        .iter()
        .map(|turn| {
            let parts: Vec<(usize, f64)> = owners
                .iter()
                .enumerate()
                .filter(|(_, (channel, _))| *channel == turn.channel)
                .filter_map(|(i, (_, s))| {
                    let overlap_ms = turn.overlap_ms(s);
                    (overlap_ms > 0).then_some((i, overlap_ms as f64))
                })
                .collect();
            let total: f64 = parts.iter().map(|p| p.1).sum();
            if parts.is_empty() || total <= 0.0 {
                return None;
            }
            let mean = |f: &dyn Fn(&ToneScores) -> f32| -> f32 {
                let v = parts
                    .iter()
                    .map(|&(i, w)| f(&scores[i]) as f64 * w)
                    .sum::<f64>()
                    / total;
                ((v * 1000.0).round() / 1000.0) as f32
            };
            let weighted: Vec<(&FeatureVector, f64)> =
                parts.iter().map(|&(i, w)| (&vectors[i], w)).collect();
            Some(TurnTone {
                scores: ToneScores {
                    smile: mean(&|s| s.smile),
                    arousal: mean(&|s| s.arousal),
                    valence: mean(&|s| s.valence),
                    stress: mean(&|s| s.stress),
                    confidence: mean(&|s| s.confidence),
                },
                evidence: evidence::evidence(&evidence::weighted_mean(&weighted)),
            })
        })
        .collect())
}
