//! A channel's baselines and each segment's deviation from them.
//!
//! In: the samples of one channel and its speech segments. Out: per segment, the
//! [`FeatureVector`]: its raw features, then each one's deviation ([`super::features::Deviation`])
//! from the channel's baseline, the duration-weighted median of the feature over the channel's
//! segments (the segment itself included). `envelope_shift_pct` is measured here too: each
//! segment's envelope against the channel's baseline envelope ([`super::envelope`]).

use super::envelope;
use super::features::{index, FeatureVector, RawFeatures, FEATURES, FEATURE_COUNT, RAW_COUNT};
use super::segment_features::FeatureExtractor;
use super::stats::weighted_median;
use crate::timeline::SpeechSegment;

impl FeatureExtractor {
    /// Features of every segment of one channel, with deviations from the channel's baseline.
    pub fn channel_features(
        &mut self,
        samples: &[f32],
        segments: &[SpeechSegment],
    ) -> Vec<FeatureVector> {
        let mut curves = Vec::with_capacity(segments.len());
        let mut raw: Vec<RawFeatures> = segments
            .iter()
            .map(|s| {
                let f = self
                    .segment_features(&samples[s.start_sample..s.end_sample.min(samples.len())]);
                curves.push(self.envelope_curve.take());
                f
            })
            .collect();
        let weights: Vec<f64> = segments.iter().map(|s| s.len() as f64).collect();
        if let Some(base) = envelope::baseline_curve(&curves, &weights) {
            for (f, c) in raw.iter_mut().zip(&curves) {
                f[index::ENVELOPE_SHIFT_PCT] =
                    c.as_ref().and_then(|c| envelope::shift_pct(c, &base));
            }
        }
        with_deviations(&raw, &weights)
    }
}

/// Adds each feature's deviation from the weighted median of the same feature over all the
/// segments (`weights`: e.g. segment durations).
pub fn with_deviations(raw: &[RawFeatures], weights: &[f64]) -> Vec<FeatureVector> {
    let mut baseline = [None; RAW_COUNT];
    for (k, b) in baseline.iter_mut().enumerate() {
        let mut values: Vec<(f64, f64)> = raw
            .iter()
            .zip(weights)
            .filter_map(|(f, &w)| f[k].map(|v| (v, w.max(0.0))))
            .collect();
        *b = weighted_median(&mut values);
    }
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
