//! Evidence: a feature vector's deviations from the speaker's baseline → sentences in plain
//! words a QA reviewer can check by listening, with the number and the reference kept ("pitch
//! 3.1 semitones above their usual in this call", "6 dB louder than their voice profile (3
//! calls, 2 min of speech)"), only where the deviation is notable (thresholds in [`notable`]).

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

/// The reference of the per-turn cues: the speaker's own median over the call.
pub const THAN_IN_CALL: &str = "their usual in this call";

impl ToneCue {
    /// The sentence a QA reviewer reads, in plain words with the number kept so it can be
    /// checked, heard against `than` (what the deviation was taken from, e.g.
    /// [`THAN_IN_CALL`], "their voice profile (3 calls, 4 min of speech)"): "pitch 1.5
    /// semitones above their usual in this call", "voice brighter than typical voices (F2
    /// +22%)".
    pub fn sentence(&self, than: &str) -> String {
        let more_less =
            |d: f64, more: &'static str, less: &'static str| if d > 0.0 { more } else { less };
        match *self {
            ToneCue::Pitch { dev_st: d } => format!(
                "pitch {:.1} semitones {} {than}",
                d.abs(),
                more_less(d, "above", "below")
            ),
            ToneCue::Loudness { dev_db: d } => format!(
                "{:.0} dB {} than {than}",
                d.abs(),
                more_less(d, "louder", "quieter")
            ),
            ToneCue::SpeechRate { dev_pct: d } => format!(
                "speaking {:.0}% {} than {than}",
                d.abs(),
                more_less(d, "faster", "slower")
            ),
            ToneCue::PitchRange { dev_st: d } => format!(
                "{} pitch than {than} (range {:.1} semitones {})",
                more_less(d, "livelier", "flatter"),
                d.abs(),
                more_less(d, "wider", "narrower")
            ),
            ToneCue::SecondFormant { dev_pct: d } => format!(
                "voice {} than {than} (F2 {}%)",
                more_less(d, "brighter", "darker"),
                signed(d, 0)
            ),
            // The cause is not named: a smile raises the formants, but so does a whole-voice
            // shift (another speaker on the line, pitch-shifted audio), which also moves F0.
            ToneCue::EnvelopeShift { dev_pct: d } => format!(
                "voice colour {:.0}% {} in frequency than {than} (formants {})",
                d.abs(),
                more_less(d, "higher", "lower"),
                more_less(d, "raised", "lowered")
            ),
            ToneCue::UpperBandEnergy { dev_db: d } => format!(
                "{} edge in the voice than {than} ({} dB at 2–3.4 kHz)",
                more_less(d, "more", "less"),
                signed(d, 1)
            ),
            ToneCue::AlphaRatio { dev_db: d } => format!(
                "{} voice than {than} (alpha ratio {} dB)",
                more_less(d, "tenser", "softer"),
                signed(d, 1)
            ),
            ToneCue::Hnr { dev_db: d } => format!(
                "{} voice than {than} (HNR {} dB)",
                more_less(d, "clearer", "rougher"),
                signed(d, 1)
            ),
            ToneCue::Pauses { dev_ratio: d } => format!(
                "{} pauses than {than} ({} points of the time)",
                more_less(d, "more", "fewer"),
                signed(100.0 * d, 0)
            ),
        }
    }
}

/// The sentence against the speaker's own median in the call ([`THAN_IN_CALL`]): the
/// reference of every turn's cues.
impl std::fmt::Display for ToneCue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(THAN_IN_CALL))
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
                "pitch 3.1 semitones above their usual in this call",
                "6 dB louder than their usual in this call",
                "speaking 20% faster than their usual in this call",
                "voice brighter than their usual in this call (F2 +5%)",
                "voice colour 5% higher in frequency than their usual in this call (formants raised)",
            ]
        );
        let v = with_devs(&[(F0_MEAN_ST, -2.0), (LOUDNESS_DB, -5.0)]);
        assert_eq!(
            sentences(&v),
            [
                "pitch 2.0 semitones below their usual in this call",
                "5 dB quieter than their usual in this call"
            ]
        );
        let v = with_devs(&[(HNR_DB, -3.4), (F0_RANGE_ST, 3.0)]);
        assert_eq!(
            evidence(&v)
                .iter()
                .map(|c| c.sentence("typical low voices"))
                .collect::<Vec<_>>(),
            [
                "livelier pitch than typical low voices (range 3.0 semitones wider)",
                "rougher voice than typical low voices (HNR −3.4 dB)"
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
