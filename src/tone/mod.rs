//! Tone: speech segments → acoustic features → smile, arousal, valence and stress.
//!
//! [`features`] turns each VAD speech segment (16 kHz mono samples) into a fixed vector of
//! prosodic, spectral and voice-quality features plus their deviation from the same
//! speaker's baseline in the call; the ONNX classifier (trained in `models/tone/`) maps that
//! vector to [`crate::report::ToneScores`]; [`measure_turns`] gives each turn its scores and
//! the notable deviations behind them ([`evidence::ToneCue`]), and each channel its call-level
//! scores against a reference that compares across calls ([`profile`]: the agent's voice
//! profile, or population norms).

mod baseline;
pub mod classifier;
pub mod envelope;
pub mod evidence;
mod feature_file;
pub mod features;
pub mod lpc;
pub mod params;
pub mod pitch;
pub mod profile;
mod segment_features;
mod stats;
pub mod voice;

pub use baseline::ChannelMeasures;

use crate::error::ModelError;
use crate::report::ToneScores;
use crate::timeline::{ChannelSpan, SpeechSegment};
use classifier::ToneClassifier;
use evidence::ToneCue;
use features::{FeatureExtractor, FeatureVector};
use profile::{Reference, VoiceProfile};

/// How one turn sounded: the classifier's scores and the notable deviations behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnTone {
    pub scores: ToneScores,
    pub evidence: Vec<ToneCue>,
}

/// How one channel sounded over the whole call, against a reference that compares across
/// calls.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelTone {
    /// The duration × confidence weighted mean of its segments' scores.
    pub scores: ToneScores,
    /// `profile`, `population` or `call` ([`Reference::kind`]).
    pub reference: &'static str,
    /// The reference in words, for `scores.why` (`role`: the channel's role).
    pub reference_described: String,
    /// The notable deviations of the call's speech from the reference.
    pub evidence: Vec<ToneCue>,
    /// The reference as the end of a cue's sentence ([`Reference::than`]): write `evidence`
    /// with [`ToneCue::sentence`] and this.
    pub evidence_than: String,
    /// This call's speech on the channel as a one-call profile: what an agent's profile is
    /// pooled from.
    pub voice: Option<VoiceProfile>,
}

/// The tone of a call: per turn (against the speaker's own median in the call) and per channel
/// (against a reference that compares across calls).
#[derive(Debug, Clone, PartialEq)]
pub struct CallTone {
    pub turns: Vec<Option<TurnTone>>,
    /// One per channel; `None` for a channel without speech.
    pub channels: Vec<Option<ChannelTone>>,
}

/// The tone of each turn (`turns`: where each turn is), in the same order, and of each
/// channel: features of every speech segment of every channel (`channels`: 16 kHz samples;
/// `speech`: each channel's VAD segments), each against that channel's own baseline, one
/// classifier batch for the call, then per turn the duration-weighted mean of the scores of its
/// channel's segments that overlap it, and the cues of their duration-weighted mean features.
/// A turn that overlaps no segment gets `None`; a turn that is most of its speaker's speech
/// gets less confidence ([`call_baseline_support`]). Per channel, the same segments are heard
/// against `profiles[channel]` when it is given and [`VoiceProfile::usable`], else against
/// the classifier's population norms for the voice's register, else (a model without norms)
/// against the call itself; `roles` name the channels in the reference's description.
pub fn measure_call<S: AsRef<[f32]>>(
    turns: &[ChannelSpan],
    channels: &[S],
    speech: &[Vec<SpeechSegment>],
    profiles: &[Option<&VoiceProfile>],
    roles: &[String],
    classifier: &mut ToneClassifier,
    extractor: &mut FeatureExtractor,
) -> Result<CallTone, ModelError> {
    let measures: Vec<_> = channels
        .iter()
        .zip(speech)
        .map(|(samples, segments)| extractor.measure_channel(samples.as_ref(), segments))
        .collect();
    let mut vectors: Vec<FeatureVector> = Vec::new();
    let mut owners: Vec<(usize, SpeechSegment)> = Vec::new();
    for (channel, (m, segments)) in measures.iter().zip(speech).enumerate() {
        vectors.extend(m.against(Reference::Call));
        owners.extend(segments.iter().map(|s| (channel, *s)));
    }
    let scores = classifier.classify(&vectors)?;

    let turns = turns
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
            let weighted: Vec<(&FeatureVector, f64)> =
                parts.iter().map(|&(i, w)| (&vectors[i], w)).collect();
            let weighted_scores: Vec<(&ToneScores, f64)> =
                parts.iter().map(|&(i, w)| (&scores[i], w)).collect();
            let mut scores = mean_scores(&weighted_scores);
            // Against the call, a turn is compared with the rest of its speaker's speech: the
            // more of it the turn's own segments are, the less there is to compare with.
            let own: usize = parts.iter().map(|&(i, _)| owners[i].1.len()).sum();
            let speech: f64 = measures[turn.channel].weights().iter().sum();
            let share = own as f64 / speech.max(1.0);
            scores.confidence =
                round_score(scores.confidence as f64 * call_baseline_support(share));
            Some(TurnTone {
                scores,
                evidence: evidence::evidence(&evidence::weighted_mean(&weighted)),
            })
        })
        .collect();

    // The norms are read while the classifier runs: a copy (a few kB) per call.
    let norms = classifier.norms().cloned();
    let mut channel_tone = Vec::with_capacity(measures.len());
    for (channel, m) in measures.iter().enumerate() {
        if m.weights().is_empty() {
            channel_tone.push(None);
            continue;
        }
        let reference = match profiles.get(channel).copied().flatten() {
            Some(p) if p.usable() => Reference::Profile(p),
            _ => match norms
                .as_ref()
                .and_then(|n| n.register_for(m.median_f0_st()))
            {
                Some(register) => Reference::Population(register),
                None => Reference::Call,
            },
        };
        let vectors = m.against(reference);
        let scores = classifier.classify_call(&vectors)?;
        // Weighted by duration × the model's confidence, as the call's scores always were.
        let weights: Vec<f64> = m
            .weights()
            .iter()
            .zip(&scores)
            .map(|(w, s)| w * s.confidence.max(0.0) as f64)
            .collect();
        let weights = if weights.iter().sum::<f64>() > 0.0 {
            weights
        } else {
            m.weights().to_vec()
        };
        let weighted_scores: Vec<(&ToneScores, f64)> =
            scores.iter().zip(weights.iter().copied()).collect();
        let weighted: Vec<(&FeatureVector, f64)> =
            vectors.iter().zip(weights.iter().copied()).collect();
        let role = roles.get(channel).map_or("speaker", String::as_str);
        channel_tone.push(Some(ChannelTone {
            scores: mean_scores(&weighted_scores),
            reference: reference.kind(),
            reference_described: reference.describe(role),
            evidence_than: reference.than(),
            // Against the call itself the mean deviation says nothing.
            evidence: match reference {
                Reference::Call => Vec::new(),
                _ => evidence::evidence(&evidence::weighted_mean(&weighted)),
            },
            voice: m.summary(),
        }));
    }
    Ok(CallTone {
        turns,
        channels: channel_tone,
    })
}

/// How much the call reference can say about a turn whose segments are `share` (0–1) of its
/// speaker's speech in the call: fully up to half of it, then falling to nothing for a turn
/// that is all of it (a channel of one segment has nothing to be compared with; its
/// deviations are zero by construction). Multiplies the turn's confidence.
pub fn call_baseline_support(share: f64) -> f64 {
    (2.0 * (1.0 - share)).clamp(0.0, 1.0)
}

fn round_score(v: f64) -> f32 {
    ((v * 1000.0).round() / 1000.0) as f32
}

/// The weighted mean of each score, to 3 decimals.
fn mean_scores(parts: &[(&ToneScores, f64)]) -> ToneScores {
    let total: f64 = parts.iter().map(|p| p.1).sum();
    let mean = |f: &dyn Fn(&ToneScores) -> f32| -> f32 {
        round_score(parts.iter().map(|&(s, w)| f(s) as f64 * w).sum::<f64>() / total)
    };
    ToneScores {
        smile: mean(&|s| s.smile),
        arousal: mean(&|s| s.arousal),
        valence: mean(&|s| s.valence),
        stress: mean(&|s| s.stress),
        confidence: mean(&|s| s.confidence),
    }
}
