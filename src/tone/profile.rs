//! A voice's usual, and what a segment is heard against.
//!
//! A turn's tone is a deviation: how far its features sit from a *reference*, the speaker's
//! usual values. Three references exist ([`Reference`]):
//! - **the call**: the same speaker's median over this call's segments. It gives contrast
//!   inside the call (a shouted turn stands out) but not across calls: a speaker who smiles
//!   or is tense from the first word to the last sits at their own median and reads neutral.
//! - **a voice profile** ([`VoiceProfile`]): the agent's usual, pooled from their earlier
//!   calls. Against it, a call smiled throughout reads as smiling.
//! - **population norms** ([`PopulationNorms`]): the usual of many voices of the same register
//!   (lower or higher voices, told by the median F0), for anyone without a profile: customers
//!   and new agents. Coarser than a profile (voices differ in vocal tract and habits) but the
//!   same yardstick for every call.
//!
//! Per-turn scores keep the call as reference (contrast within the call); per-call scores use a
//! profile or the norms, so that calls compare. The recording level is never compared across
//! calls (gains differ from one recorder, line and headset to the next): `loudness_db` is
//! always judged against the call.
//!
//! A profile is a robust summary of the raw features: per feature the median and the spread
//! (interquartile range / 1.349, a standard deviation robust to outliers) over the speech,
//! with the number of calls and milliseconds of speech behind it, and the speaker's long-term
//! spectral envelope ([`super::envelope`]). One call's summary is a profile of one call
//! ([`super::baseline::ChannelMeasures::summary`]); [`VoiceProfile::combine`] pools many.
//! Profiles carry [`EXTRACTOR_VERSION`]: one made by another extractor is refused.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::features::{index, RawFeatures, FEATURES, RAW_COUNT, RAW_FEATURE_NAMES};
use super::stats::weighted_median;

/// The version of the raw features' definitions: bumped whenever the same audio would give
/// another raw value (a new feature, a changed DSP constant), which invalidates every stored
/// profile and population norm made before. `-2`: the envelope curve is smoothed to its
/// cepstral envelope (`envelope::ENVELOPE_LIFTER`).
pub const EXTRACTOR_VERSION: &str = "calltone-features-2";

/// A profile is used as a reference from this many calls on…
pub const MIN_PROFILE_CALLS: u32 = 3;
/// …and this much speech (milliseconds).
pub const MIN_PROFILE_SPEECH_MS: u64 = 60_000;

/// Interquartile range over this is a standard deviation for normally distributed values.
const IQR_PER_SD: f64 = 1.349;

/// One feature's usual value and spread.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FeatureNorm {
    pub median: f64,
    /// Robust standard deviation: interquartile range / 1.349.
    pub spread: f64,
}

/// A voice's usual: per raw feature (by name) its median and spread, and its long-term
/// envelope. See the module docs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoiceProfile {
    /// [`EXTRACTOR_VERSION`] of the extractor that measured it.
    pub extractor: String,
    pub calls: u32,
    pub speech_ms: u64,
    /// Features with no value over the whole speech are absent.
    pub features: BTreeMap<String, FeatureNorm>,
    /// The long-term telephone-band envelope ([`super::envelope::ENVELOPE_POINTS`] values, dB,
    /// line removed), when there was voiced speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Vec<f64>>,
}

/// Why a profile file or record cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProfileError {
    #[error("made by extractor `{found}`, this build measures `{EXTRACTOR_VERSION}`: rebuild it")]
    Extractor { found: String },
    #[error("its envelope has {found} points, not {expected}")]
    Envelope { found: usize, expected: usize },
    #[error("unknown feature `{0}`")]
    UnknownFeature(String),
    #[error("it has no calls")]
    Empty,
}

impl VoiceProfile {
    /// The summary of one voice's segments (raw features with the envelope shift against its
    /// own envelope; `weights`: durations in samples at 16 kHz) as a profile of one call;
    /// `None` without segments.
    pub(super) fn of_segments(
        raw: &[RawFeatures],
        weights: &[f64],
        envelope: Option<Vec<f64>>,
    ) -> Option<VoiceProfile> {
        let total: f64 = weights.iter().sum();
        if raw.is_empty() || total <= 0.0 {
            return None;
        }
        let mut features = BTreeMap::new();
        for (k, name) in RAW_FEATURE_NAMES.iter().enumerate() {
            let values: Vec<(f64, f64)> = raw
                .iter()
                .zip(weights)
                .filter_map(|(f, &w)| f[k].map(|v| (v, w.max(0.0))))
                .collect();
            if let Some(norm) = norm_of(values) {
                features.insert(name.to_string(), norm);
            }
        }
        Some(VoiceProfile {
            extractor: EXTRACTOR_VERSION.into(),
            calls: 1,
            speech_ms: crate::timeline::samples_to_ms(total as usize),
            features,
            envelope,
        })
    }

    /// Pools profiles of the same voice (one per call, or profiles of several periods): per
    /// feature the speech-weighted median of their medians and of their spreads, the envelope
    /// point by point the same way. Profiles of another extractor are left out; `None` when
    /// nothing is left.
    pub fn combine(parts: &[VoiceProfile]) -> Option<VoiceProfile> {
        let parts: Vec<&VoiceProfile> = parts
            .iter()
            .filter(|p| p.extractor == EXTRACTOR_VERSION && p.calls > 0)
            .collect();
        if parts.is_empty() {
            return None;
        }
        let weight = |p: &VoiceProfile| p.speech_ms.max(1) as f64;
        let mut features = BTreeMap::new();
        for name in RAW_FEATURE_NAMES {
            let norms: Vec<(FeatureNorm, f64)> = parts
                .iter()
                .filter_map(|p| p.features.get(name).map(|n| (*n, weight(p))))
                .collect();
            let mut medians: Vec<(f64, f64)> = norms.iter().map(|(n, w)| (n.median, *w)).collect();
            let mut spreads: Vec<(f64, f64)> = norms.iter().map(|(n, w)| (n.spread, *w)).collect();
            if let (Some(median), Some(spread)) =
                (weighted_median(&mut medians), weighted_median(&mut spreads))
            {
                features.insert(name.to_string(), FeatureNorm { median, spread });
            }
        }
        let curves: Vec<Option<Vec<f64>>> = parts.iter().map(|p| p.envelope.clone()).collect();
        let weights: Vec<f64> = parts.iter().map(|p| weight(p)).collect();
        Some(VoiceProfile {
            extractor: EXTRACTOR_VERSION.into(),
            calls: parts.iter().map(|p| p.calls).sum(),
            speech_ms: parts.iter().map(|p| p.speech_ms).sum(),
            features,
            envelope: super::envelope::baseline_curve(&curves, &weights),
        })
    }

    /// Enough calls and speech to be a reference ([`MIN_PROFILE_CALLS`],
    /// [`MIN_PROFILE_SPEECH_MS`]), measured by this extractor.
    pub fn usable(&self) -> bool {
        self.extractor == EXTRACTOR_VERSION
            && self.calls >= MIN_PROFILE_CALLS
            && self.speech_ms >= MIN_PROFILE_SPEECH_MS
    }

    /// Checks a profile read from outside (a file, a store row): this extractor's, features
    /// it knows, an envelope of the right length.
    pub fn check(&self) -> Result<(), ProfileError> {
        if self.extractor != EXTRACTOR_VERSION {
            return Err(ProfileError::Extractor {
                found: self.extractor.clone(),
            });
        }
        if self.calls == 0 {
            return Err(ProfileError::Empty);
        }
        if let Some(unknown) = self
            .features
            .keys()
            .find(|k| !RAW_FEATURE_NAMES.contains(&k.as_str()))
        {
            return Err(ProfileError::UnknownFeature(unknown.clone()));
        }
        match &self.envelope {
            Some(e) if e.len() != super::envelope::ENVELOPE_POINTS => Err(ProfileError::Envelope {
                found: e.len(),
                expected: super::envelope::ENVELOPE_POINTS,
            }),
            _ => Ok(()),
        }
    }

    /// The medians, in [`FEATURES`] order.
    pub fn medians(&self) -> RawFeatures {
        let mut out = [None; RAW_COUNT];
        for (k, name) in RAW_FEATURE_NAMES.iter().enumerate() {
            out[k] = self.features.get(*name).map(|n| n.median);
        }
        out
    }

    /// "the agent's voice profile (23 calls, 41 min of speech)" style summary of its size.
    pub fn size(&self) -> String {
        let minutes = self.speech_ms as f64 / 60_000.0;
        let speech = if minutes >= 1.0 {
            format!("{minutes:.0} min")
        } else {
            format!("{:.0} s", self.speech_ms as f64 / 1000.0)
        };
        let calls = if self.calls == 1 { "call" } else { "calls" };
        format!("{} {calls}, {speech} of speech", self.calls)
    }
}

/// The weighted median and robust spread of `(value, weight)` pairs.
fn norm_of(mut values: Vec<(f64, f64)>) -> Option<FeatureNorm> {
    let median = weighted_median(&mut values)?;
    let total: f64 = values.iter().map(|v| v.1).sum();
    let quantile = |q: f64| -> f64 {
        // `values` is sorted by weighted_median.
        let mut cumulative = 0.0;
        for &(v, w) in &values {
            cumulative += w;
            if cumulative >= q * total {
                return v;
            }
        }
        values.last().map_or(median, |v| v.0)
    };
    let spread = if total > 0.0 {
        (quantile(0.75) - quantile(0.25)) / IQR_PER_SD
    } else {
        0.0
    };
    Some(FeatureNorm { median, spread })
}

/// The usual values of many voices of one register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Register {
    /// `lower`, `higher`, …: for reports.
    pub name: String,
    /// Voices whose median `f0_mean_st` is below this belong here; the last register has
    /// none and takes the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub f0_mean_st_below: Option<f64>,
    /// The pooled profile of the register's voices.
    pub profile: VoiceProfile,
}

/// Population norms: one pooled profile per voice register, in rising order of F0. Made by
/// `models/tone/train.py` from the training voices' neutral speech and shipped in the tone
/// model's metadata (`population_norms`), so they change with the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PopulationNorms {
    pub registers: Vec<Register>,
}

impl PopulationNorms {
    /// The register of a voice whose median `f0_mean_st` is `f0` (the last one when the F0 is
    /// unknown), or `None` when there are no registers.
    pub fn register_for(&self, f0: Option<f64>) -> Option<&Register> {
        let f0 = f0.unwrap_or(f64::INFINITY);
        self.registers
            .iter()
            .find(|r| r.f0_mean_st_below.is_none_or(|below| f0 < below))
            .or(self.registers.last())
    }

    /// Every register's profile passes [`VoiceProfile::check`], and the bounds rise.
    pub fn check(&self) -> Result<(), String> {
        if self.registers.is_empty() {
            return Err("no registers".into());
        }
        for r in &self.registers {
            r.profile
                .check()
                .map_err(|e| format!("register `{}`: {e}", r.name))?;
        }
        let bounds: Vec<f64> = self
            .registers
            .iter()
            .filter_map(|r| r.f0_mean_st_below)
            .collect();
        if bounds.windows(2).any(|w| w[0] >= w[1]) {
            return Err("register bounds do not rise".into());
        }
        Ok(())
    }
}

/// What a segment's deviations were taken from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reference<'a> {
    /// The speaker's own median over this call.
    Call,
    /// A voice profile (an agent's).
    Profile(&'a VoiceProfile),
    /// Population norms of one register.
    Population(&'a Register),
}

impl Reference<'_> {
    /// `call`, `profile` or `population`: the `scores.tone_reference` value.
    pub fn kind(&self) -> &'static str {
        match self {
            Reference::Call => "call",
            Reference::Profile(_) => "profile",
            Reference::Population(_) => "population",
        }
    }

    /// What a cue's deviation is heard against, to end its sentence
    /// ([`super::evidence::ToneCue::sentence`]): "their usual in this call", "their voice
    /// profile (23 calls)", "typical lower voices".
    pub fn than(&self) -> String {
        match self {
            Reference::Call => super::evidence::THAN_IN_CALL.to_string(),
            Reference::Profile(p) => {
                let calls = if p.calls == 1 { "call" } else { "calls" };
                format!("their voice profile ({} {calls})", p.calls)
            }
            Reference::Population(r) => format!("typical {} voices", r.name),
        }
    }

    /// In words, for `scores.why`: "the agent's voice profile (23 calls, 41 min of speech)".
    pub fn describe(&self, role: &str) -> String {
        match self {
            Reference::Call => format!("the {role}'s own median in this call"),
            Reference::Profile(p) => format!("the {role}'s voice profile ({})", p.size()),
            Reference::Population(r) => format!(
                "population norms for {} voices ({})",
                r.name,
                r.profile.size()
            ),
        }
    }
}

/// What deviations are taken from: a median per raw feature and the envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    pub medians: RawFeatures,
    pub envelope: Option<Vec<f64>>,
}

impl Baseline {
    /// The baseline of `reference`, `own` being the call's: a profile's or register's medians
    /// and envelope, with the features never compared across calls (`loudness_db`) and any
    /// the reference lacks taken from the call.
    pub fn of(reference: Reference, own: &Baseline) -> Baseline {
        let profile = match reference {
            Reference::Call => return own.clone(),
            Reference::Profile(p) => p,
            Reference::Population(r) => &r.profile,
        };
        let mut medians = profile.medians();
        for (k, m) in medians.iter_mut().enumerate() {
            if WITHIN_CALL_ONLY.contains(&k) || m.is_none() {
                *m = own.medians[k];
            }
        }
        Baseline {
            medians,
            envelope: profile.envelope.clone().or_else(|| own.envelope.clone()),
        }
    }
}

/// Features judged against the call whatever the reference (see the module docs).
const WITHIN_CALL_ONLY: [usize; 1] = [index::LOUDNESS_DB];

// Every feature has a deviation rule; the profile keeps medians by name.
const _: () = assert!(FEATURES.len() == RAW_COUNT);

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(calls: u32, speech_ms: u64, f0: f64) -> VoiceProfile {
        let mut features = BTreeMap::new();
        features.insert(
            "f0_mean_st".to_string(),
            FeatureNorm {
                median: f0,
                spread: 1.0,
            },
        );
        VoiceProfile {
            extractor: EXTRACTOR_VERSION.into(),
            calls,
            speech_ms,
            features,
            envelope: None,
        }
    }

    #[test]
    fn one_calls_summary_has_weighted_medians_and_robust_spreads() {
        let mut raw = vec![[None; RAW_COUNT]; 5];
        for (i, f) in raw.iter_mut().enumerate() {
            f[index::F0_MEAN_ST] = Some(10.0 + i as f64);
        }
        raw[4][index::F0_MEAN_ST] = Some(100.0); // an outlier moves neither
        let weights = vec![16_000.0; 5];
        let p = VoiceProfile::of_segments(&raw, &weights, None).unwrap();
        assert_eq!(p.calls, 1);
        assert_eq!(p.speech_ms, 5_000);
        let f0 = p.features["f0_mean_st"];
        assert_eq!(f0.median, 12.0);
        assert!((f0.spread - 2.0 / IQR_PER_SD).abs() < 1e-9, "{f0:?}");
        assert!(!p.features.contains_key("loudness_db"));
        assert_eq!(VoiceProfile::of_segments(&[], &[], None), None);
    }

    #[test]
    fn combining_pools_by_speech_and_drops_other_extractors() {
        let mut old = profile(10, 900_000, 30.0);
        old.extractor = "calltone-features-0".into();
        let parts = [
            profile(1, 20_000, 10.0),
            profile(1, 20_000, 11.0),
            profile(1, 50_000, 12.0),
            old,
        ];
        let p = VoiceProfile::combine(&parts).unwrap();
        assert_eq!(p.calls, 3);
        assert_eq!(p.speech_ms, 90_000);
        assert_eq!(p.features["f0_mean_st"].median, 12.0);
        assert!(p.usable());
        assert!(!profile(2, 600_000, 10.0).usable());
        assert!(!profile(5, 30_000, 10.0).usable());
        assert_eq!(VoiceProfile::combine(&parts[3..]), None);
        assert_eq!(p.size(), "3 calls, 2 min of speech");
    }

    #[test]
    fn a_profile_of_another_extractor_or_shape_is_refused() {
        let mut p = profile(3, 90_000, 10.0);
        assert_eq!(p.check(), Ok(()));
        p.envelope = Some(vec![0.0; 10]);
        assert!(matches!(p.check(), Err(ProfileError::Envelope { .. })));
        p.envelope = None;
        p.extractor = "other".into();
        assert!(matches!(p.check(), Err(ProfileError::Extractor { .. })));
    }

    #[test]
    fn registers_are_chosen_by_median_f0() {
        let norms = PopulationNorms {
            registers: vec![
                Register {
                    name: "lower".into(),
                    f0_mean_st_below: Some(8.0),
                    profile: profile(20, 900_000, 3.0),
                },
                Register {
                    name: "higher".into(),
                    f0_mean_st_below: None,
                    profile: profile(20, 900_000, 13.0),
                },
            ],
        };
        assert_eq!(norms.check(), Ok(()));
        assert_eq!(norms.register_for(Some(2.0)).unwrap().name, "lower");
        assert_eq!(norms.register_for(Some(8.0)).unwrap().name, "higher");
        assert_eq!(norms.register_for(None).unwrap().name, "higher");
    }

    #[test]
    fn loudness_is_always_judged_within_the_call() {
        let mut own = Baseline {
            medians: [None; RAW_COUNT],
            envelope: Some(vec![1.0; 3]),
        };
        own.medians[index::LOUDNESS_DB] = Some(-20.0);
        own.medians[index::F0_MEAN_ST] = Some(9.0);
        own.medians[index::HNR_DB] = Some(12.0);
        let mut p = profile(5, 100_000, 5.0);
        p.features.insert(
            "loudness_db".into(),
            FeatureNorm {
                median: -30.0,
                spread: 3.0,
            },
        );
        let b = Baseline::of(Reference::Profile(&p), &own);
        assert_eq!(b.medians[index::F0_MEAN_ST], Some(5.0));
        assert_eq!(b.medians[index::LOUDNESS_DB], Some(-20.0));
        // What the profile lacks comes from the call.
        assert_eq!(b.medians[index::HNR_DB], Some(12.0));
        assert_eq!(b.envelope, own.envelope);
        assert_eq!(Baseline::of(Reference::Call, &own), own);
    }
}
