//! Tone features: a speech segment (16 kHz mono `f32`) → a fixed list of acoustic features,
//! and per channel, each feature's deviation from that speaker's own baseline in the call.
//!
//! One code path serves training and serving: the training pipeline (`models/tone/`) calls
//! this very extractor through `calltone features FILE… --json`.
//!
//! # Features, in [`feature_names`] order (undefined → `None`/`null`, never 0)
//!
//! One [`FeatureSpec`] per row of [`FEATURES`]; the names, [`RAW_COUNT`], [`index`] and the
//! deviation rule are derived from it, and a unit test keeps this table equal to it.
//!
//! | name | unit | deviation | definition |
//! |---|---|---|---|
//! | `f0_mean_st` | st | difference | mean F0 of the voiced frames, semitones re 100 Hz (`12·log2(F0/100)`) |
//! | `f0_range_st` | st | difference | 90th minus 10th percentile of voiced-frame F0, semitones |
//! | `f0_slope_st_per_s` | st/s | difference | least-squares slope of F0 (st) against time over voiced frames, st/s |
//! | `loudness_db` | dBFS | difference | power mean of the active frames (within 25 dB of the segment's 99th-percentile frame), dBFS: 0 dB is RMS 1.0, a full-scale sine −3 dB |
//! | `alpha_ratio_db` | dB | difference | energy 1–3.4 kHz over 300 Hz–1 kHz of the voiced frames' average spectrum, dB |
//! | `hammarberg_db` | dB | difference | strongest bin 300 Hz–2 kHz minus strongest 2–3.4 kHz, same spectrum, dB |
//! | `energy_2_3k4_db` | dB | difference | energy 2–3.4 kHz over the telephone band 300 Hz–3.4 kHz, same spectrum, dB (≤ 0) |
//! | `f1_hz` | Hz | % of baseline | median F1 over voiced frames, LPC (Burg, order 8) of the segment's telephone-band copy (300–3400 Hz, 8 kHz; [`crate::band`]), Hz |
//! | `f2_hz` | Hz | % of baseline | median F2, as F1 |
//! | `f3_hz` | Hz | % of baseline | median F3, as F1 |
//! | `jitter_local_pct` | % | difference | Praat's local jitter, % |
//! | `shimmer_local_db` | dB | difference | Praat's local shimmer, dB |
//! | `hnr_db` | dB | difference | harmonics-to-noise ratio (autocorrelation method), mean over voiced frames, dB |
//! | `speech_rate_syl_per_s` | syl/s | % of baseline | syllable nuclei (voiced intensity peaks, de Jong & Wempe 2009) per second of segment |
//! | `articulation_rate_syl_per_s` | syl/s | % of baseline | syllable nuclei per second of segment minus pauses |
//! | `pause_ratio` | 0–1 | difference | fraction of the segment in pauses (≥ 150 ms below the silence level, inside the segment), 0–1 |
//! | `pause_count` | count | difference | number of such pauses |
//! | `voiced_ratio` | 0–1 | difference | fraction of 10 ms frames that are voiced, 0–1 |
//! | `envelope_shift_pct` | % | difference | how far up in frequency the segment's long-term telephone-band spectrum sits against the channel's baseline spectrum (the pointwise median of its segments'), % ([`super::envelope`]); already speaker-relative, `None` from [`FeatureExtractor::segment_features`] alone |
//!
//! Every spectral-envelope feature (tilt, smile band, formants) is measured within the
//! telephone band, 300–3400 Hz, so that the same speech gives the same values wide-band and
//! through a phone line.
//!
//! Then the same names with `_dev`: the value minus the channel's baseline, the baseline being
//! the duration-weighted median of that feature over the channel's segments (the segment
//! itself included). Deviations are differences in the feature's own unit (st, dB, percentage
//! points, counts), except for formants and rates, which are percent of the baseline
//! (`100·(value/baseline − 1)`): the `deviation` column, [`Deviation`].
//!
//! # Where the code is
//! - this file: the table, the names and vector types derived from it;
//! - [`FeatureExtractor::segment_features`] (`segment_features.rs`): one segment's raw features;
//! - [`FeatureExtractor::channel_features`] and [`with_deviations`] (`baseline.rs`): a
//!   channel's baselines and each segment's deviations;
//! - [`file_features`] and the records below (`feature_file.rs`): a decoded file's speech →
//!   the CLI's JSON line;
//! - `stats.rs`: mean, percentile, weighted median and slope.
//!
//! # CLI contract (`calltone features FILE… --json`)
//! One JSON line per file:
//! `{"file": "<path>", "sample_rate_hz": 16000, "feature_names": [...],
//!   "channels": [{"index": 0, "segments": [{"start_ms": 1230, "end_ms": 4560,
//!   "features": {"f0_mean_st": 12.3, …, "f0_mean_st_dev": 1.1, …}}]}]}`
//! with `null` for undefined values and `feature_names` listing every key of `features` in
//! order. Segments come from Silero VAD per channel (or, with `--whole`, each channel is one
//! segment). `--frames` adds each channel's frame-level F0 track (`frames`: `hop_ms`,
//! `first_ms` (centre of frame 0), `f0_hz` with `null` where unvoiced), computed over the
//! whole channel.
//! DSP constants are in [`super::params`].

/// How a feature's `_dev` is taken from its value and the channel's baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deviation {
    /// `value − baseline`, in the feature's own unit.
    Difference,
    /// `100·(value/baseline − 1)`; `None` when the baseline is 0.
    PercentOfBaseline,
}

/// A baseline closer to 0 than this has no percent deviation.
const ZERO_BASELINE: f64 = 1e-9;

impl Deviation {
    /// The deviation of `value` from `baseline`.
    pub fn of(self, value: f64, baseline: f64) -> Option<f64> {
        match self {
            Deviation::Difference => Some(value - baseline),
            Deviation::PercentOfBaseline => {
                (baseline.abs() > ZERO_BASELINE).then(|| 100.0 * (value / baseline - 1.0))
            }
        }
    }

    /// As the module docs' table says it.
    pub const fn describe(self) -> &'static str {
        match self {
            Deviation::Difference => "difference",
            Deviation::PercentOfBaseline => "% of baseline",
        }
    }
}

/// One raw feature: a row of the module docs' table.
#[derive(Debug, Clone, Copy)]
pub struct FeatureSpec {
    /// Its key in the vector's names and the JSON (`_dev` appended for the deviation).
    pub name: &'static str,
    pub unit: &'static str,
    pub deviation: Deviation,
    /// What is measured, and how.
    pub definition: &'static str,
}

/// Number of raw features; the full vector has twice as many (raw, then `_dev`).
pub const RAW_COUNT: usize = 19;
/// Length of the full feature vector.
pub const FEATURE_COUNT: usize = 2 * RAW_COUNT;

/// The raw features, in vector order: the ONNX model's input is this order, never change it
/// without retraining.
pub const FEATURES: [FeatureSpec; RAW_COUNT] = [
    FeatureSpec {
        name: "f0_mean_st",
        unit: "st",
        deviation: Deviation::Difference,
        definition: "mean F0 of the voiced frames, semitones re 100 Hz (`12·log2(F0/100)`)",
    },
    FeatureSpec {
        name: "f0_range_st",
        unit: "st",
        deviation: Deviation::Difference,
        definition: "90th minus 10th percentile of voiced-frame F0, semitones",
    },
    FeatureSpec {
        name: "f0_slope_st_per_s",
        unit: "st/s",
        deviation: Deviation::Difference,
        definition: "least-squares slope of F0 (st) against time over voiced frames, st/s",
    },
    FeatureSpec {
        name: "loudness_db",
        unit: "dBFS",
        deviation: Deviation::Difference,
        definition: "power mean of the active frames (within 25 dB of the segment's 99th-percentile frame), dBFS: 0 dB is RMS 1.0, a full-scale sine −3 dB",
    },
    FeatureSpec {
        name: "alpha_ratio_db",
        unit: "dB",
        deviation: Deviation::Difference,
        definition: "energy 1–3.4 kHz over 300 Hz–1 kHz of the voiced frames' average spectrum, dB",
    },
    FeatureSpec {
        name: "hammarberg_db",
        unit: "dB",
        deviation: Deviation::Difference,
        definition: "strongest bin 300 Hz–2 kHz minus strongest 2–3.4 kHz, same spectrum, dB",
    },
    FeatureSpec {
        name: "energy_2_3k4_db",
        unit: "dB",
        deviation: Deviation::Difference,
        definition: "energy 2–3.4 kHz over the telephone band 300 Hz–3.4 kHz, same spectrum, dB (≤ 0)",
    },
    FeatureSpec {
        name: "f1_hz",
        unit: "Hz",
        deviation: Deviation::PercentOfBaseline,
        definition: "median F1 over voiced frames, LPC (Burg, order 8) of the segment's telephone-band copy (300–3400 Hz, 8 kHz; [`crate::band`]), Hz",
    },
    FeatureSpec {
        name: "f2_hz",
        unit: "Hz",
        deviation: Deviation::PercentOfBaseline,
        definition: "median F2, as F1",
    },
    FeatureSpec {
        name: "f3_hz",
        unit: "Hz",
        deviation: Deviation::PercentOfBaseline,
        definition: "median F3, as F1",
    },
    FeatureSpec {
        name: "jitter_local_pct",
        unit: "%",
        deviation: Deviation::Difference,
        definition: "Praat's local jitter, %",
    },
    FeatureSpec {
        name: "shimmer_local_db",
        unit: "dB",
        deviation: Deviation::Difference,
        definition: "Praat's local shimmer, dB",
    },
    FeatureSpec {
        name: "hnr_db",
        unit: "dB",
        deviation: Deviation::Difference,
        definition: "harmonics-to-noise ratio (autocorrelation method), mean over voiced frames, dB",
    },
    FeatureSpec {
        name: "speech_rate_syl_per_s",
        unit: "syl/s",
        deviation: Deviation::PercentOfBaseline,
        definition: "syllable nuclei (voiced intensity peaks, de Jong & Wempe 2009) per second of segment",
    },
    FeatureSpec {
        name: "articulation_rate_syl_per_s",
        unit: "syl/s",
        deviation: Deviation::PercentOfBaseline,
        definition: "syllable nuclei per second of segment minus pauses",
    },
    FeatureSpec {
        name: "pause_ratio",
        unit: "0–1",
        deviation: Deviation::Difference,
        definition: "fraction of the segment in pauses (≥ 150 ms below the silence level, inside the segment), 0–1",
    },
    FeatureSpec {
        name: "pause_count",
        unit: "count",
        deviation: Deviation::Difference,
        definition: "number of such pauses",
    },
    FeatureSpec {
        name: "voiced_ratio",
        unit: "0–1",
        deviation: Deviation::Difference,
        definition: "fraction of 10 ms frames that are voiced, 0–1",
    },
    FeatureSpec {
        name: "envelope_shift_pct",
        unit: "%",
        deviation: Deviation::Difference,
        definition: "how far up in frequency the segment's long-term telephone-band spectrum sits against the channel's baseline spectrum (the pointwise median of its segments'), % ([`super::envelope`]); already speaker-relative, `None` from [`FeatureExtractor::segment_features`] alone",
    },
];

/// The raw features' names, in order.
pub const RAW_FEATURE_NAMES: [&str; RAW_COUNT] = {
    let mut out = [""; RAW_COUNT];
    let mut k = 0;
    while k < RAW_COUNT {
        out[k] = FEATURES[k].name;
        k += 1;
    }
    out
};

/// Whether a feature's deviation is a percentage of the baseline (formants, rates) rather than
/// a difference: [`FeatureSpec::deviation`] of each feature.
pub const DEVIATION_IS_PERCENT: [bool; RAW_COUNT] = {
    let mut out = [false; RAW_COUNT];
    let mut k = 0;
    while k < RAW_COUNT {
        out[k] = matches!(FEATURES[k].deviation, Deviation::PercentOfBaseline);
        k += 1;
    }
    out
};

/// The position of `name` in [`FEATURES`]; a name not there fails the build.
const fn position(name: &str) -> usize {
    let mut k = 0;
    while k < RAW_COUNT {
        if same(FEATURES[k].name.as_bytes(), name.as_bytes()) {
            return k;
        }
        k += 1;
    }
    panic!("not a feature name")
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Index of each raw feature in [`FEATURES`] (the `_dev` of feature `i` is at
/// `RAW_COUNT + i`), found by name when the crate is built.
pub mod index {
    use super::position;
    pub const F0_MEAN_ST: usize = position("f0_mean_st");
    pub const F0_RANGE_ST: usize = position("f0_range_st");
    pub const F0_SLOPE_ST_PER_S: usize = position("f0_slope_st_per_s");
    pub const LOUDNESS_DB: usize = position("loudness_db");
    pub const ALPHA_RATIO_DB: usize = position("alpha_ratio_db");
    pub const HAMMARBERG_DB: usize = position("hammarberg_db");
    pub const ENERGY_2_3K4_DB: usize = position("energy_2_3k4_db");
    pub const F1_HZ: usize = position("f1_hz");
    pub const F2_HZ: usize = position("f2_hz");
    pub const F3_HZ: usize = position("f3_hz");
    pub const JITTER_LOCAL_PCT: usize = position("jitter_local_pct");
    pub const SHIMMER_LOCAL_DB: usize = position("shimmer_local_db");
    pub const HNR_DB: usize = position("hnr_db");
    pub const SPEECH_RATE_SYL_PER_S: usize = position("speech_rate_syl_per_s");
    pub const ARTICULATION_RATE_SYL_PER_S: usize = position("articulation_rate_syl_per_s");
    pub const PAUSE_RATIO: usize = position("pause_ratio");
    pub const PAUSE_COUNT: usize = position("pause_count");
    pub const VOICED_RATIO: usize = position("voiced_ratio");
    pub const ENVELOPE_SHIFT_PCT: usize = position("envelope_shift_pct");
}

// The extractor fills F1–F3 as `F1_HZ + k`.
const _: () = assert!(index::F2_HZ == index::F1_HZ + 1 && index::F3_HZ == index::F1_HZ + 2);

/// Every feature name in vector order: the raw ones, then their `_dev` variants.
pub fn feature_names() -> Vec<String> {
    RAW_FEATURE_NAMES
        .iter()
        .map(|n| n.to_string())
        .chain(RAW_FEATURE_NAMES.iter().map(|n| format!("{n}_dev")))
        .collect()
}

/// The raw features of one segment.
pub type RawFeatures = [Option<f64>; RAW_COUNT];
/// Raw features then deviations, [`FEATURE_COUNT`] values.
pub type FeatureVector = [Option<f64>; FEATURE_COUNT];

pub use super::baseline::with_deviations;
pub use super::feature_file::{
    file_features, ChannelFeatures, FileFeatures, FileOptions, FileReference, FrameTrack,
    SegmentRecord,
};
pub use super::segment_features::FeatureExtractor;
pub(super) use super::stats::{mean, slope, weighted_median};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_docs_table_is_the_feature_table() {
        let source = include_str!("features.rs");
        let rows: Vec<&str> = source
            .lines()
            .filter(|l| l.starts_with("//! | `"))
            .collect();
        let expected: Vec<String> = FEATURES
            .iter()
            .map(|f| {
                format!(
                    "//! | `{}` | {} | {} | {} |",
                    f.name,
                    f.unit,
                    f.deviation.describe(),
                    f.definition
                )
            })
            .collect();
        assert_eq!(rows, expected);
    }

    #[test]
    fn names_indices_and_deviation_rules_follow_the_table() {
        assert_eq!(RAW_FEATURE_NAMES[index::F0_MEAN_ST], "f0_mean_st");
        assert_eq!(
            RAW_FEATURE_NAMES[index::ENVELOPE_SHIFT_PCT],
            "envelope_shift_pct"
        );
        assert_eq!(index::ENVELOPE_SHIFT_PCT, RAW_COUNT - 1);
        let percent: Vec<&str> = FEATURES
            .iter()
            .filter(|f| f.deviation == Deviation::PercentOfBaseline)
            .map(|f| f.name)
            .collect();
        assert_eq!(
            percent,
            [
                "f1_hz",
                "f2_hz",
                "f3_hz",
                "speech_rate_syl_per_s",
                "articulation_rate_syl_per_s"
            ]
        );
        assert_eq!(Deviation::Difference.of(13.0, 10.0), Some(3.0));
        assert!((Deviation::PercentOfBaseline.of(1575.0, 1500.0).unwrap() - 5.0).abs() < 1e-9);
        assert_eq!(Deviation::PercentOfBaseline.of(1.0, 0.0), None);
    }
}
