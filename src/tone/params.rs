//! Every DSP constant of the tone feature extractor, with its meaning, in one place.
//!
//! Times are in 16 kHz samples unless the name says otherwise. The pitch and voice-quality
//! settings follow Praat's defaults (Boersma 1993; Praat's `To Pitch (ac)`, `To PointProcess`,
//! `Get jitter (local)`) so that the figures can be checked against Praat itself
//! (`scripts/features_reference.py`).

/// Sample rate of every signal the extractor sees.
pub const SAMPLE_RATE_HZ: f64 = 16_000.0;
/// Analysis hop: one frame every 10 ms.
pub const HOP_SAMPLES: usize = 160;
/// Frame duration in seconds (the hop).
pub const HOP_S: f64 = HOP_SAMPLES as f64 / SAMPLE_RATE_HZ;

/// Lowest F0 searched for, Hz (Praat's default pitch floor).
pub const PITCH_FLOOR_HZ: f64 = 75.0;
/// Highest F0 searched for, Hz.
pub const PITCH_CEILING_HZ: f64 = 600.0;
/// Pitch analysis window: three periods of the floor (40 ms), Hann-windowed, as Praat's
/// `To Pitch (ac)`.
pub const PITCH_WINDOW_SAMPLES: usize = 640;
/// FFT length for the autocorrelation: at least window + longest lag, so nothing wraps.
pub const PITCH_FFT_LEN: usize = 1024;
/// At most this many voiced candidates per frame (Praat: 15).
pub const MAX_CANDIDATES: usize = 15;
/// A frame is voiced when its normalised autocorrelation peak beats this (Praat: 0.45).
pub const VOICING_THRESHOLD: f64 = 0.45;
/// Frames whose peak amplitude is below this fraction of the segment's peak lean unvoiced
/// (Praat: 0.03).
pub const SILENCE_THRESHOLD: f64 = 0.03;
/// Preference for higher F0 among candidates, per octave (Praat: 0.01).
pub const OCTAVE_COST: f64 = 0.01;
/// Cost of an octave jump between consecutive voiced frames: the octave-jump guard (Praat: 0.35).
pub const OCTAVE_JUMP_COST: f64 = 0.35;
/// Cost of switching between voiced and unvoiced (Praat: 0.14).
pub const VOICED_UNVOICED_COST: f64 = 0.14;
/// F0 in semitones is relative to this frequency.
pub const SEMITONE_REFERENCE_HZ: f64 = 100.0;
/// F0 statistics need at least this many voiced frames; fewer give `None`.
pub const MIN_VOICED_FRAMES: usize = 3;
/// Voiced frames further than this from the segment's median F0 (semitones: one octave) are
/// treated as unvoiced in the segment's features: octave errors and stray periodic noise.
pub const F0_OUTLIER_ST: f64 = 12.0;
/// The range of F0 is the span between these percentiles.
pub const F0_RANGE_PERCENTILES: (f64, f64) = (10.0, 90.0);

/// Frames more than this far below the segment's reference level (its 99th-percentile frame
/// intensity) are silence: they form pauses, and the loudness ignores them (de Jong & Wempe
/// 2009 use −25 dB).
pub const SILENCE_BELOW_REFERENCE_DB: f64 = 25.0;
/// Percentile of frame intensity used as the segment's reference level.
pub const INTENSITY_REFERENCE_PERCENTILE: f64 = 99.0;
/// A pause is a run of silent frames at least this long that touches neither end of the segment.
pub const MIN_PAUSE_FRAMES: usize = 15;
/// A syllable nucleus is an intensity peak standing at least this far above the dip after
/// it, in dB (de Jong & Wempe 2009).
pub const MIN_NUCLEUS_DIP_DB: f64 = 2.0;
/// Power below this (−200 dB) counts as digital silence.
pub const POWER_FLOOR: f64 = 1e-20;

/// Spectral bands, Hz, all within the telephone band ([`TELEPHONE_BAND_HZ`]) so that wide-band
/// and telephone audio give the same tilt: alpha ratio = energy of `ALPHA_HIGH_HZ` over
/// `ALPHA_LOW_HZ` (eGeMAPS uses 50 Hz–1 kHz and 1–5 kHz).
pub const ALPHA_LOW_HZ: (f64, f64) = (TELEPHONE_BAND_HZ.0, 1_000.0);
pub const ALPHA_HIGH_HZ: (f64, f64) = (1_000.0, TELEPHONE_BAND_HZ.1);
/// Hammarberg index = strongest bin in the low band minus strongest in the high band
/// (eGeMAPS: 0–2 kHz and 2–5 kHz).
pub const HAMMARBERG_LOW_HZ: (f64, f64) = (TELEPHONE_BAND_HZ.0, 2_000.0);
pub const HAMMARBERG_HIGH_HZ: (f64, f64) = (2_000.0, TELEPHONE_BAND_HZ.1);
/// The telephone band, Hz, and its filter's orders ([`crate::band`]): the spectral-envelope
/// features (formants, the smile band) are measured within it, so that wide-band and
/// telephone audio give the same numbers.
pub use crate::band::{TELEPHONE_BAND_HZ, TELEPHONE_HIGHPASS_ORDER, TELEPHONE_LOWPASS_ORDER};
/// Sample rate of the telephone-band copy.
pub const TELEPHONE_RATE_HZ: f64 = SAMPLE_RATE_HZ / 2.0;
/// The "smile band": energy of 2–3.4 kHz (the part of 2–4 kHz a telephone passes) relative
/// to the whole telephone band, 300 Hz–3.4 kHz.
pub const SMILE_BAND_HZ: (f64, f64) = (2_000.0, TELEPHONE_BAND_HZ.1);
pub const SMILE_REFERENCE_BAND_HZ: (f64, f64) = TELEPHONE_BAND_HZ;

/// LPC analysis window for formants: 25 ms Hamming, in samples of the telephone-band copy
/// (8 kHz).
pub const LPC_WINDOW_SAMPLES: usize = 200;
/// LPC order at 8 kHz: four pole pairs, for F1–F3 and one for the band's edges and the
/// spectral slope (Praat's setting for four formants up to 4 kHz).
pub const LPC_ORDER: usize = 8;
/// Pre-emphasis above this frequency, Hz (Praat: 50 Hz): x[n] − exp(−2π·50/fs)·x[n−1].
pub const PRE_EMPHASIS_FROM_HZ: f64 = 50.0;
/// Poles outside this frequency span are not formants, Hz (the telephone band: a pole outside
/// it models the band's edges, not the voice).
pub const FORMANT_MIN_HZ: f64 = TELEPHONE_BAND_HZ.0;
pub const FORMANT_MAX_HZ: f64 = TELEPHONE_BAND_HZ.1;
/// Poles wider than this are not formants, Hz.
pub const FORMANT_MAX_BANDWIDTH_HZ: f64 = 400.0;
/// Where each formant may lie, Hz (adult voices, telephone band): a candidate outside a
/// formant's range is never assigned to it (see [`super::lpc::track_formants`]).
pub const FORMANT_RANGES_HZ: [(f64, f64); 3] =
    [(250.0, 1_100.0), (650.0, 2_900.0), (1_700.0, 3_400.0)];
/// Typical F1–F3 of a neutral vowel, Hz: a weak pull that breaks ties between assignments.
pub const FORMANT_TYPICAL_HZ: [f64; 3] = [500.0, 1_500.0, 2_500.0];
/// Tracking costs, in octaves of frequency: the pull towards the typical value, per octave;
/// the jump between consecutive analysed frames, per octave; a formant left unassigned in a
/// frame; a candidate's bandwidth, per [`FORMANT_MAX_BANDWIDTH_HZ`].
pub const FORMANT_TYPICAL_WEIGHT: f64 = 0.3;
pub const FORMANT_JUMP_WEIGHT: f64 = 3.0;
pub const FORMANT_MISSING_COST: f64 = 0.5;
pub const FORMANT_BANDWIDTH_WEIGHT: f64 = 0.3;
/// Formants are measured every this many frames (20 ms) of the voiced ones.
pub const FORMANT_FRAME_STRIDE: usize = 2;

/// Glottal periods outside this span are skipped for jitter and shimmer, seconds
/// (Praat: period floor 0.1 ms, ceiling 20 ms).
pub const PERIOD_FLOOR_S: f64 = 0.0001;
pub const PERIOD_CEILING_S: f64 = 0.02;
/// Consecutive periods differing by more than this factor are skipped (Praat: 1.3).
pub const MAX_PERIOD_FACTOR: f64 = 1.3;
/// Consecutive amplitudes differing by more than this factor are skipped (Praat: 1.6).
pub const MAX_AMPLITUDE_FACTOR: f64 = 1.6;
/// The next glottal pulse is searched for between these fractions of the local period.
pub const PULSE_SEARCH: (f64, f64) = (0.8, 1.25);
/// A run of pulses stops where the waveform no longer repeats this well (normalised
/// cross-correlation of consecutive periods).
pub const PULSE_MIN_CORRELATION: f64 = 0.3;
/// Jitter and shimmer need at least this many period pairs.
pub const MIN_PERIOD_PAIRS: usize = 3;

/// The autocorrelation peak used for HNR is clamped to this span, so HNR stays within ±50 dB.
pub const HNR_R_CLAMP: (f64, f64) = (1e-5, 1.0 - 1e-5);
