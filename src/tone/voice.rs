//! Voice quality: 16 kHz samples and their pitch track → glottal pulses → local jitter (%)
//! and local shimmer (dB), as Praat defines them.
//!
//! Pulses are found by waveform cross-correlation guided by the pitch track (like Praat's
//! `To PointProcess (periodic, cc)`): in each run of voiced frames, the first pulse is the
//! largest absolute extreme in the first period, and each next one is where the one-period
//! stretch of waveform around the previous pulse best repeats (normalised cross-correlation,
//! searched between [`PULSE_SEARCH`] times the local period, refined by parabolic
//! interpolation); the measured lag is the period. Jitter (local) is the mean absolute difference of
//! consecutive periods over the mean period; shimmer (local, dB) the mean absolute
//! `20·log10` ratio of consecutive periods' peak-to-peak amplitudes. Periods outside
//! [`PERIOD_FLOOR_S`]–[`PERIOD_CEILING_S`], and pairs whose ratio exceeds
//! [`MAX_PERIOD_FACTOR`] (or [`MAX_AMPLITUDE_FACTOR`] for shimmer), are skipped as Praat does.

use super::params::*;
use super::pitch::{frame_centre, PitchTrack};

/// The glottal pulses of one voiced run: pulse times (samples, fractional) and the period
/// measured from each pulse to the next (one fewer).
#[derive(Debug, Clone, Default)]
pub struct PulseRun {
    pub pulses: Vec<f64>,
    pub periods: Vec<f64>,
}

/// The glottal pulses of each voiced run; runs are kept apart so no period spans an
/// unvoiced gap.
pub fn find_pulses(samples: &[f32], track: &PitchTrack) -> Vec<PulseRun> {
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
        let run = pulses_in_run(samples, track, start, end, first, last);
        if run.periods.len() >= 2 {
            runs.push(run);
        }
    }
    runs
}

/// Normalised cross-correlation of the `len` samples centred on `a` and on `b`.
fn correlation(samples: &[f32], a: usize, b: usize, len: usize) -> f64 {
    let (a0, b0) = (a - len / 2, b - len / 2);
    let (mut ab, mut aa, mut bb) = (0.0f64, 0.0f64, 0.0f64);
    for k in 0..len {
        let (x, y) = (samples[a0 + k] as f64, samples[b0 + k] as f64);
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa <= 0.0 || bb <= 0.0 {
        0.0
    } else {
        ab / (aa * bb).sqrt()
    }
}

fn pulses_in_run(
    samples: &[f32],
    track: &PitchTrack,
    start: usize,
    end: usize,
    first: usize,
    last: usize,
) -> PulseRun {
    let period_at = |t: f64| -> f64 {
        let frame = ((t - frame_centre(0) as f64) / HOP_SAMPLES as f64).round();
        let frame = (frame.max(first as f64) as usize).min(last);
        SAMPLE_RATE_HZ / track.f0_hz[frame].expect("frames of a voiced run are voiced")
    };
    let mut run = PulseRun::default();
    // Anchor: the largest absolute extreme in the first period.
    let first_period = period_at(start as f64);
    let anchor_end = (start + first_period.ceil() as usize).min(end);
    if anchor_end <= start {
        return run;
    }
    let mut anchor = (start..anchor_end)
        .max_by(|&a, &b| samples[a].abs().total_cmp(&samples[b].abs()))
        .expect("non-empty");
    run.pulses.push(anchor as f64);
    loop {
        // The next pulse is where the waveform best repeats the period around this one.
        let period = period_at(anchor as f64);
        let len = period.round() as usize;
        let lo = (anchor as f64 + PULSE_SEARCH.0 * period).ceil() as usize;
        let hi = (anchor as f64 + PULSE_SEARCH.1 * period).floor() as usize;
        if anchor < len / 2 + 1 || hi + len / 2 + 2 > end.min(samples.len()) || lo >= hi {
            break;
        }
        let r = |c: usize| correlation(samples, anchor, c, len);
        let (best, best_r) = (lo..=hi)
            .map(|c| (c, r(c)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("non-empty");
        if best_r < PULSE_MIN_CORRELATION {
            break;
        }
        let (y0, y2) = (r(best - 1), r(best + 1));
        let curvature = y0 - 2.0 * best_r + y2;
        let delta = if curvature < 0.0 {
            (0.5 * (y0 - y2) / curvature).clamp(-0.5, 0.5)
        } else {
            0.0
        };
        run.periods.push(best as f64 + delta - anchor as f64);
        run.pulses.push(best as f64 + delta);
        anchor = best;
    }
    run
}

/// Local jitter (%) over the pulse runs; `None` with fewer than [`MIN_PERIOD_PAIRS`] pairs.
pub fn jitter_local_pct(runs: &[PulseRun]) -> Option<f64> {
    let (floor, ceiling) = (
        PERIOD_FLOOR_S * SAMPLE_RATE_HZ,
        PERIOD_CEILING_S * SAMPLE_RATE_HZ,
    );
    let valid = |p: f64| (floor..=ceiling).contains(&p);
    let mut difference_sum = 0.0;
    let mut pairs = 0usize;
    let mut period_sum = 0.0;
    let mut periods = 0usize;
    for run in runs {
        for &p in &run.periods {
            if valid(p) {
                period_sum += p;
                periods += 1;
            }
        }
        for w in run.periods.windows(2) {
            let (p1, p2) = (w[0], w[1]);
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
pub fn shimmer_local_db(samples: &[f32], runs: &[PulseRun]) -> Option<f64> {
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
    for run in runs {
        for (w, p) in run.pulses.windows(3).zip(run.periods.windows(2)) {
            let (p1, p2) = (p[0], p[1]);
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
