//! A channel's baselines and each segment's deviation from them.
//!
//! In: the samples of one channel and its speech segments. Out: per segment, the
//! [`FeatureVector`]: its raw features, then each one's deviation ([`super::features::Deviation`])
//! from a reference ([`super::profile`]): by default the channel's own baseline, the
//! duration-weighted median of the feature over the channel's segments (the segment itself
//! included); or a voice profile's or population norm's medians. `envelope_shift_pct` is
//! measured here too: each segment's envelope against the reference's envelope
//! ([`super::envelope`]).

use super::envelope;
use super::features::{index, FeatureVector, RawFeatures, FEATURES, FEATURE_COUNT, RAW_COUNT};
use super::profile::{Baseline, Reference, VoiceProfile};
use super::segment_features::FeatureExtractor;
use super::stats::weighted_median;
use crate::timeline::SpeechSegment;

/// One channel's segments, measured: what every reference needs, so that the segments are
/// measured once however many references they are heard against.
#[derive(Debug, Clone)]
pub struct ChannelMeasures {
    /// Raw features per segment, `envelope_shift_pct` against the channel's own envelope
    /// (another reference's envelope gives another shift).
    raw: Vec<RawFeatures>,
    /// Each segment's long-term envelope.
    curves: Vec<Option<Vec<f64>>>,
    /// Each segment's duration in samples.
    weights: Vec<f64>,
    /// The channel's own baseline (the call reference).
    own: Baseline,
}

impl FeatureExtractor {
    /// Features of every segment of one channel, with deviations from the channel's baseline.
    pub fn channel_features(
        &mut self,
        samples: &[f32],
        segments: &[SpeechSegment],
    ) -> Vec<FeatureVector> {
        self.measure_channel(samples, segments)
            .against(Reference::Call)
    }

    /// Measures every segment of one channel once; [`ChannelMeasures::against`] then gives
    /// the feature vectors against any reference.
    pub fn measure_channel(
        &mut self,
        samples: &[f32],
        segments: &[SpeechSegment],
    ) -> ChannelMeasures {
        let mut curves = Vec::with_capacity(segments.len());
        let raw: Vec<RawFeatures> = segments
            .iter()
            .map(|s| {
                let f = self
                    .segment_features(&samples[s.start_sample..s.end_sample.min(samples.len())]);
                curves.push(self.envelope_curve.take());
                f
            })
            .collect();
        let weights: Vec<f64> = segments.iter().map(|s| s.len() as f64).collect();
        let envelope = envelope::baseline_curve(&curves, &weights);
        let raw = with_envelope_shift(&raw, &curves, envelope.as_deref());
        let own = Baseline {
            medians: weighted_medians(&raw, &weights),
            envelope,
        };
        ChannelMeasures {
            raw,
            curves,
            weights,
            own,
        }
    }
}

impl ChannelMeasures {
    /// Every segment's feature vector: raw features (the envelope shift against the
    /// reference's envelope), then each one's deviation from the reference's median.
    pub fn against(&self, reference: Reference) -> Vec<FeatureVector> {
        if reference == Reference::Call {
            return with_baseline(&self.raw, &self.own.medians);
        }
        let baseline = Baseline::of(reference, &self.own);
        let raw = with_envelope_shift(&self.raw, &self.curves, baseline.envelope.as_deref());
        with_baseline(&raw, &baseline.medians)
    }

    /// This channel's speech as a profile of one call (its medians, spreads and envelope);
    /// `None` without segments.
    pub fn summary(&self) -> Option<VoiceProfile> {
        VoiceProfile::of_segments(&self.raw, &self.weights, self.own.envelope.clone())
    }

    /// The speaker's median `f0_mean_st` in this call: what picks a population register.
    pub fn median_f0_st(&self) -> Option<f64> {
        self.own.medians[index::F0_MEAN_ST]
    }

    /// Each segment's duration in samples.
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }
}

/// `raw` with `envelope_shift_pct` measured against `baseline` (left `None` without one).
fn with_envelope_shift(
    raw: &[RawFeatures],
    curves: &[Option<Vec<f64>>],
    baseline: Option<&[f64]>,
) -> Vec<RawFeatures> {
    raw.iter()
        .zip(curves)
        .map(|(f, c)| {
            let mut f = *f;
            if let Some(base) = baseline {
                f[index::ENVELOPE_SHIFT_PCT] =
                    c.as_ref().and_then(|c| envelope::shift_pct(c, base));
            }
            f
        })
        .collect()
}

/// The weighted median of each feature over the segments (`weights`: e.g. durations).
fn weighted_medians(raw: &[RawFeatures], weights: &[f64]) -> RawFeatures {
    let mut baseline = [None; RAW_COUNT];
    for (k, b) in baseline.iter_mut().enumerate() {
        let mut values: Vec<(f64, f64)> = raw
            .iter()
            .zip(weights)
            .filter_map(|(f, &w)| f[k].map(|v| (v, w.max(0.0))))
            .collect();
        *b = weighted_median(&mut values);
    }
    baseline
}

/// Adds each feature's deviation from the weighted median of the same feature over all the
/// segments (`weights`: e.g. segment durations).
pub fn with_deviations(raw: &[RawFeatures], weights: &[f64]) -> Vec<FeatureVector> {
    with_baseline(raw, &weighted_medians(raw, weights))
}

/// Adds each feature's deviation from `baseline`.
fn with_baseline(raw: &[RawFeatures], baseline: &RawFeatures) -> Vec<FeatureVector> {
    raw.iter()
        .map(|f| {
            let mut v: FeatureVector = [None; FEATURE_COUNT];
            v[..RAW_COUNT].copy_from_slice(f);
            for k in 0..RAW_COUNT {
                v[RAW_COUNT + k] = match (f[k], baseline[k]) {
                    (Some(x), Some(b)) => FEATURES[k].deviation.of(x, b),
                    _ => None,
                };
            }
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tone::features::index::*;

    #[test]
    fn deviations_from_the_weighted_median() {
        let mut a = [None; RAW_COUNT];
        a[F0_MEAN_ST] = Some(10.0);
        a[F2_HZ] = Some(1500.0);
        let mut b = a;
        b[F0_MEAN_ST] = Some(13.0);
        b[F2_HZ] = Some(1575.0);
        let mut c = a;
        c[F0_MEAN_ST] = None;
        let v = with_deviations(&[a, a, b, c], &[1.0, 1.0, 1.0, 5.0]);
        assert_eq!(v[2][RAW_COUNT + F0_MEAN_ST], Some(3.0));
        assert_eq!(v[0][RAW_COUNT + F0_MEAN_ST], Some(0.0));
        assert!((v[2][RAW_COUNT + F2_HZ].unwrap() - 5.0).abs() < 1e-9);
        assert_eq!(v[3][RAW_COUNT + F0_MEAN_ST], None);
        assert_eq!(v[0][RAW_COUNT + LOUDNESS_DB], None);
    }
}
