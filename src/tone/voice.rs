//! Voice quality: 16 kHz samples and their pitch track → glottal pulses → local jitter (%)
//! and local shimmer (dB), as Praat defines them.
//!
//! Pulses are found by peak picking guided by the pitch track (like Praat's
//! `To PointProcess (periodic, peaks)`): in each run of voiced frames, the first pulse is the
//! largest extreme in the first period (of the run's dominant polarity), and each next one is
//! the largest extreme between [`PULSE_SEARCH`] times the local period after it, its time
//! refined by parabolic interpolation. Jitter (local) is the mean absolute difference of
//! consecutive periods over the mean period; shimmer (local, dB) the mean absolute
//! `20·log10` ratio of consecutive periods' peak-to-peak amplitudes. Periods outside
//! [`PERIOD_FLOOR_S`]–[`PERIOD_CEILING_S`], and pairs whose ratio exceeds
//! [`MAX_PERIOD_FACTOR`] (or [`MAX_AMPLITUDE_FACTOR`] for shimmer), are skipped as Praat does.

use super::params::*;
use super::pitch::{frame_centre, PitchTrack};

/// Glottal pulse times (in samples, fractional) of each voiced run; runs are kept apart so no
/// period spans an unvoiced gap.
pub fn find_pulses(samples: &[f32], track: &PitchTrack) -> Vec<Vec<f64>> {
    let mut runs = Vec::new();
    let mut i = 0;
    let n = track.len();
    while i < n {
        if track.f0_hz[i].is_none() {
            i += 1;
            continue;
        }
        let first = i;
        while i < n && track.f0_hz[i].is_some() {
            i += 1;
        }
        let last = i - 1;
        let start = frame_centre(first).saturating_sub(HOP_SAMPLES / 2);
        let end = (frame_centre(last) + HOP_SAMPLES / 2).min(samples.len());
        let pulses = pulses_in_run(samples, track, start, end, first, last);
        if pulses.len() >= 2 {
            runs.push(pulses);
        }
    }
    runs
}

fn pulses_in_run(
    samples: &[f32],
    track: &PitchTrack,
    start: usize,
    end: usize,
    first: usize,
    last: usize,
) -> Vec<f64> {
    let period_at = |t: f64| -> f64 {
        let frame = ((t - frame_centre(0) as f64) / HOP_SAMPLES as f64).round();
        let frame = (frame.max(first as f64) as usize).min(last);
        SAMPLE_RATE_HZ / track.f0_hz[frame].expect("frames of a voiced run are voiced")
    };
    let run = &samples[start..end];
    let max = run.iter().copied().fold(f32::MIN, f32::max);
    let min = run.iter().copied().fold(f32::MAX, f32::min);
    let sign: f64 = if max >= -min { 1.0 } else { -1.0 };
    let value = |k: usize| sign * samples[k] as f64;

    let mut pulses = Vec::new();
    let first_period = period_at(start as f64);
    let mut search = (start, (start + first_period.ceil() as usize).min(end));
    loop {
        let (lo, hi) = search;
        if hi <= lo + 2 {
            break;
        }
        let k = (lo..hi)
            .max_by(|&a, &b| value(a).total_cmp(&value(b)))
            .expect("non-empty");
        let t = if k > 0 && k + 1 < samples.len() {
            let (y0, y1, y2) = (value(k - 1), value(k), value(k + 1));
            let curvature = y0 - 2.0 * y1 + y2;
            if curvature < 0.0 {
                k as f64 + (0.5 * (y0 - y2) / curvature).clamp(-0.5, 0.5)
            } else {
                k as f64
            }
        } else {
            k as f64
        };
        pulses.push(t);
        let period = period_at(t);
        let lo = (t + PULSE_SEARCH.0 * period).ceil() as usize;
        let hi = ((t + PULSE_SEARCH.1 * period).floor() as usize + 1).min(end);
        search = (lo, hi);
    }
    pulses
}

/// Local jitter (%) over the pulse runs; `None` with fewer than [`MIN_PERIOD_PAIRS`] pairs.
pub fn jitter_local_pct(runs: &[Vec<f64>]) -> Option<f64> {
    let (floor, ceiling) = (
        PERIOD_FLOOR_S * SAMPLE_RATE_HZ,
        PERIOD_CEILING_S * SAMPLE_RATE_HZ,
    );
    let valid = |p: f64| (floor..=ceiling).contains(&p);
    let mut difference_sum = 0.0;
    let mut pairs = 0usize;
    let mut period_sum = 0.0;
    let mut periods = 0usize;
    for pulses in runs {
        for w in pulses.windows(2) {
            let p = w[1] - w[0];
            if valid(p) {
                period_sum += p;
                periods += 1;
            }
        }
        for w in pulses.windows(3) {
            let (p1, p2) = (w[1] - w[0], w[2] - w[1]);
            if valid(p1) && valid(p2) && p1.max(p2) / p1.min(p2) <= MAX_PERIOD_FACTOR {
                difference_sum += (p2 - p1).abs();
                pairs += 1;
            }
        }
    }
    (pairs >= MIN_PERIOD_PAIRS && periods > 0)
        .then(|| 100.0 * (difference_sum / pairs as f64) / (period_sum / periods as f64))
}

/// Local shimmer (dB) over the pulse runs; `None` with fewer than [`MIN_PERIOD_PAIRS`] pairs.
pub fn shimmer_local_db(samples: &[f32], runs: &[Vec<f64>]) -> Option<f64> {
    let (floor, ceiling) = (
        PERIOD_FLOOR_S * SAMPLE_RATE_HZ,
        PERIOD_CEILING_S * SAMPLE_RATE_HZ,
    );
    let amplitude = |a: f64, b: f64| -> f64 {
        let span = &samples[a.round() as usize..(b.round() as usize).min(samples.len())];
        let max = span.iter().copied().fold(f32::MIN, f32::max);
        let min = span.iter().copied().fold(f32::MAX, f32::min);
        (max - min) as f64
    };
    let mut sum = 0.0;
    let mut pairs = 0usize;
    for pulses in runs {
        for w in pulses.windows(3) {
            let (p1, p2) = (w[1] - w[0], w[2] - w[1]);
            if !((floor..=ceiling).contains(&p1) && (floor..=ceiling).contains(&p2))
                || p1.max(p2) / p1.min(p2) > MAX_PERIOD_FACTOR
            {
                continue;
            }
            let (a1, a2) = (amplitude(w[0], w[1]), amplitude(w[1], w[2]));
            if a1 <= 0.0 || a2 <= 0.0 || a1.max(a2) / a1.min(a2) > MAX_AMPLITUDE_FACTOR {
                continue;
            }
            sum += (20.0 * (a2 / a1).log10()).abs();
            pairs += 1;
        }
    }
    (pairs >= MIN_PERIOD_PAIRS).then(|| sum / pairs as f64)
}
