//! Evidence: a feature vector's deviations from the speaker's baseline → sentences a QA
//! reviewer can check by listening ("F0 +3.1 st over this speaker's baseline", "6 dB louder
//! than their usual level"), only where the deviation is notable (thresholds in [`notable`]).

use super::features::{index, FeatureVector, RAW_COUNT};

/// Smallest deviation worth a sentence, per cue, in the `_dev` unit of that feature.
pub mod notable {
    /// Semitones: about a whole tone and a half, well over a speaker's turn-to-turn wobble.
    pub const F0_MEAN_ST: f64 = 1.5;
    /// Semitones of 10–90 % range.
    pub const F0_RANGE_ST: f64 = 2.5;
    /// dB.
    pub const LOUDNESS_DB: f64 = 4.0;
    /// Percent of the baseline formant.
    pub const FORMANT_PCT: f64 = 5.0;
    /// Percent of the baseline rate.
    pub const RATE_PCT: f64 = 15.0;
    /// dB of alpha ratio.
    pub const ALPHA_RATIO_DB: f64 = 3.0;
    /// dB of 2–3.4 kHz energy share.
    pub const ENERGY_2_3K4_DB: f64 = 3.0;
    /// dB of HNR.
    pub const HNR_DB: f64 = 3.0;
    /// Percent of frequency the long-term spectrum sits above or below the speaker's usual one
    /// (an unmanipulated segment moves by about 3 %, SD, on the training corpus's voices).
    pub const ENVELOPE_SHIFT_PCT: f64 = 4.0;
    /// Share of the segment (0–1) in pauses.
    pub const PAUSE_RATIO: f64 = 0.15;
}

fn dev(features: &FeatureVector, raw_index: usize) -> Option<f64> {
    features[RAW_COUNT + raw_index].filter(|v| v.is_finite())
}

fn signed(v: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    if v < 0.0 {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

/// One notable deviation from the speaker's baseline, in the unit of its feature's `_dev`.
/// `Display` writes the sentence a reviewer reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ToneCue {
    /// Semitones.
    Pitch { dev_st: f64 },
    /// dB.
    Loudness { dev_db: f64 },
    /// Percent of the baseline rate.
    SpeechRate { dev_pct: f64 },
    /// Semitones of 10–90 % range.
    PitchRange { dev_st: f64 },
    /// Percent of the baseline F2.
    SecondFormant { dev_pct: f64 },
    /// Percent of frequency.
    EnvelopeShift { dev_pct: f64 },
    /// dB of 2–3.4 kHz energy share.
    UpperBandEnergy { dev_db: f64 },
    /// dB of alpha ratio.
    AlphaRatio { dev_db: f64 },
    /// dB of harmonics-to-noise ratio.
    Hnr { dev_db: f64 },
    /// Share of the time (0–1) in pauses.
    Pauses { dev_ratio: f64 },
}

impl std::fmt::Display for ToneCue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ToneCue::Pitch { dev_st: d } => {
                let side = if d > 0.0 { "over" } else { "under" };
                write!(f, "F0 {} st {side} this speaker's baseline", signed(d, 1))
            }
            ToneCue::Loudness { dev_db: d } => {
                let side = if d > 0.0 { "louder" } else { "quieter" };
                write!(f, "{:.0} dB {side} than their usual level", d.abs())
            }
            ToneCue::SpeechRate { dev_pct: d } => {
                let side = if d > 0.0 { "faster" } else { "slower" };
                write!(f, "speaking {:.0}% {side} than usual", d.abs())
            }
            ToneCue::PitchRange { dev_st: d } => {
                let side = if d > 0.0 { "wider" } else { "narrower" };
                write!(f, "pitch range {:.1} st {side} than usual", d.abs())
            }
            ToneCue::SecondFormant { dev_pct: d } => write!(f, "F2 {}%", signed(d, 0)),
            ToneCue::EnvelopeShift { dev_pct: d } => {
                // The cause is not named: a smile raises the formants, but so does a
                // whole-voice shift (another speaker on the line, pitch-shifted audio), which
                // also moves F0.
                let (side, formants) = if d > 0.0 {
                    ("higher", "raised")
                } else {
                    ("lower", "lowered")
                };
                write!(
                    f,
                    "spectrum {:.0}% {side} in frequency than usual (formants {formants})",
                    d.abs()
                )
            }
            ToneCue::UpperBandEnergy { dev_db: d } => {
                let side = if d > 0.0 { "more" } else { "less" };
                write!(f, "{:.1} dB {side} energy at 2–3.4 kHz than usual", d.abs())
            }
            ToneCue::AlphaRatio { dev_db: d } => {
                let what = if d > 0.0 {
                    "flatter spectrum (a tenser voice)"
                } else {
                    "steeper spectrum (a softer voice)"
                };
                write!(f, "{what}: alpha ratio {} dB", signed(d, 1))
            }
            ToneCue::Hnr { dev_db: d } => {
                let what = if d < 0.0 { "rougher" } else { "clearer" };
                write!(f, "{what} voice than usual (HNR {} dB)", signed(d, 1))
            }
            ToneCue::Pauses { dev_ratio: d } => {
                let what = if d > 0.0 { "more" } else { "fewer" };
                write!(
                    f,
                    "{what} pauses than usual ({} points of the time)",
                    signed(100.0 * d, 0)
                )
            }
        }
    }
}

/// Makes a cue of a deviation.
type CueOf = fn(f64) -> ToneCue;

/// The notable deviations of one segment (or turn), strongest cues first.
pub fn evidence(features: &FeatureVector) -> Vec<ToneCue> {
    use index::*;
    // F2 only of the formants: F3 is too unsteady to quote (it swings by tens of percent
    // between short segments, and the telephone band cuts it off;
    // docs/features-reference.md).
    let cues: [(usize, f64, CueOf); 10] = [
        (F0_MEAN_ST, notable::F0_MEAN_ST, |d| ToneCue::Pitch {
            dev_st: d,
        }),
        (LOUDNESS_DB, notable::LOUDNESS_DB, |d| ToneCue::Loudness {
            dev_db: d,
        }),
        (SPEECH_RATE_SYL_PER_S, notable::RATE_PCT, |d| {
            ToneCue::SpeechRate { dev_pct: d }
        }),
        (F0_RANGE_ST, notable::F0_RANGE_ST, |d| ToneCue::PitchRange {
            dev_st: d,
        }),
        (F2_HZ, notable::FORMANT_PCT, |d| ToneCue::SecondFormant {
            dev_pct: d,
        }),
        (ENVELOPE_SHIFT_PCT, notable::ENVELOPE_SHIFT_PCT, |d| {
            ToneCue::EnvelopeShift { dev_pct: d }
        }),
        (ENERGY_2_3K4_DB, notable::ENERGY_2_3K4_DB, |d| {
            ToneCue::UpperBandEnergy { dev_db: d }
        }),
        (ALPHA_RATIO_DB, notable::ALPHA_RATIO_DB, |d| {
            ToneCue::AlphaRatio { dev_db: d }
        }),
        (HNR_DB, notable::HNR_DB, |d| ToneCue::Hnr { dev_db: d }),
        (PAUSE_RATIO, notable::PAUSE_RATIO, |d| ToneCue::Pauses {
            dev_ratio: d,
        }),
    ];
    cues.iter()
        .filter_map(|&(feature, threshold, cue)| {
            dev(features, feature)
                .filter(|d| d.abs() >= threshold)
                .map(cue)
        })
        .collect()
}

/// The duration-weighted mean of several segments' vectors, feature by feature over the
/// segments where it is defined: one vector for a turn made of several segments.
pub fn weighted_mean(vectors: &[(&FeatureVector, f64)]) -> FeatureVector {
    let mut out: FeatureVector = [None; super::features::FEATURE_COUNT];
    for (k, slot) in out.iter_mut().enumerate() {
        let (mut sum, mut weight) = (0.0, 0.0);
        for (v, w) in vectors {
            if let Some(x) = v[k].filter(|x| x.is_finite()) {
                sum += x * w;
                weight += w;
            }
        }
        if weight > 0.0 {
            *slot = Some(sum / weight);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::features::FEATURE_COUNT;
    use super::*;
    use index::*;

    fn sentences(v: &FeatureVector) -> Vec<String> {
        evidence(v).iter().map(ToString::to_string).collect()
    }

    fn with_devs(devs: &[(usize, f64)]) -> FeatureVector {
        let mut v = [Some(0.0); FEATURE_COUNT];
        for &(k, d) in devs {
            v[RAW_COUNT + k] = Some(d);
        }
        v
    }

    #[test]
    fn notable_deviations_become_sentences() {
        let v = with_devs(&[
            (F0_MEAN_ST, 3.12),
            (LOUDNESS_DB, 6.2),
            (F2_HZ, 5.4),
            (SPEECH_RATE_SYL_PER_S, 20.0),
            (ENVELOPE_SHIFT_PCT, 4.6),
        ]);
        assert_eq!(
            sentences(&v),
            [
                "F0 +3.1 st over this speaker's baseline",
                "6 dB louder than their usual level",
                "speaking 20% faster than usual",
                "F2 +5%",
                "spectrum 5% higher in frequency than usual (formants raised)",
            ]
        );
        let v = with_devs(&[(F0_MEAN_ST, -2.0), (LOUDNESS_DB, -5.0)]);
        assert_eq!(
            sentences(&v),
            [
                "F0 −2.0 st under this speaker's baseline",
                "5 dB quieter than their usual level"
            ]
        );
    }

    #[test]
    fn ordinary_or_unknown_deviations_say_nothing() {
        let v = with_devs(&[
            (F0_MEAN_ST, 0.9),
            (LOUDNESS_DB, 2.0),
            (F2_HZ, 3.0),
            (ENVELOPE_SHIFT_PCT, -3.0),
        ]);
        assert!(evidence(&v).is_empty());
        assert!(evidence(&[None; FEATURE_COUNT]).is_empty());
    }

    #[test]
    fn weighted_mean_skips_undefined_values() {
        let mut a = [None; FEATURE_COUNT];
        let mut b = [None; FEATURE_COUNT];
        a[0] = Some(1.0);
        b[0] = Some(4.0);
        b[1] = Some(2.0);
        let m = weighted_mean(&[(&a, 2.0), (&b, 1.0)]);
        assert_eq!(m[0], Some(2.0));
        assert_eq!(m[1], Some(2.0));
        assert_eq!(m[2], None);
    }
}
