//! Spectral-envelope shift: how far along the frequency axis a segment's long-term spectrum is
//! warped against the same speaker's baseline spectrum in the call, in percent of frequency.
//!
//! A smile shortens the vocal tract and raises every formant by a few per cent (Tartter 1980);
//! the median F2 or F3 of one segment moves with what is said as much as with a smile, but the
//! long-term spectrum of a whole sentence, compared with the same speaker's usual one, moves
//! mostly with the vocal tract. In: a segment's telephone-band copy (8 kHz, [`crate::band`]) and
//! the centres of its voiced frames (8 kHz samples). Per segment: the mean power spectrum of
//! Hann-windowed frames of [`ENVELOPE_FFT_LEN`] samples (32 ms), in dB, smoothed to its envelope
//! by cutting its cepstrum above [`ENVELOPE_LIFTER`] (the voice's harmonics and a room's ripple
//! are the same for the segment and the baseline, and would pull their best match towards no
//! shift at all), resampled on [`ENVELOPE_POINTS`] log-spaced frequencies over
//! [`ENVELOPE_BAND_HZ`], with its least-squares line removed (the tilt is a feature of its own).
//! Per channel: the baseline curve is the duration-weighted median, frequency by frequency, of
//! its segments' curves; a segment's shift is the lag (±[`ENVELOPE_MAX_SHIFT_STEPS`] points,
//! refined by a parabola through the correlation peak) that best correlates its curve with the
//! baseline, as `100·(ratio − 1)` %: positive when the segment's spectrum sits higher in
//! frequency.

use std::sync::Arc;

use realfft::num_complex::Complex;
use realfft::{RealFftPlanner, RealToComplex};

use super::features::{mean, slope, weighted_median};
use super::params::TELEPHONE_RATE_HZ;

/// Frame length at 8 kHz (32 ms).
pub const ENVELOPE_FFT_LEN: usize = 256;
/// Frequencies the curve spans, Hz (the telephone band).
pub const ENVELOPE_BAND_HZ: (f64, f64) = (300.0, 3_400.0);
/// Log-spaced points of the curve (about 1/100 octave apart).
pub const ENVELOPE_POINTS: usize = 361;
/// Largest lag searched, in points (±22 % of frequency).
pub const ENVELOPE_MAX_SHIFT_STEPS: usize = 30;
/// A segment needs this many analysed frames for a curve.
pub const ENVELOPE_MIN_FRAMES: usize = 3;

/// Log-frequency step between two curve points (natural log of the frequency ratio).
fn step() -> f64 {
    (ENVELOPE_BAND_HZ.1 / ENVELOPE_BAND_HZ.0).ln() / (ENVELOPE_POINTS - 1) as f64
}

/// Reusable FFT and buffers; one per thread.
pub struct EnvelopeAnalyzer {
    fft: Arc<dyn RealToComplex<f64>>,
    window: Vec<f64>,
    frame: Vec<f64>,
    spectrum: Vec<Complex<f64>>,
    power: Vec<f64>,
    lifter: Lifter,
}

impl Default for EnvelopeAnalyzer {
    fn default() -> Self {
        let fft = RealFftPlanner::<f64>::new().plan_fft_forward(ENVELOPE_FFT_LEN);
        let n = ENVELOPE_FFT_LEN as f64;
        Self {
            window: (0..ENVELOPE_FFT_LEN)
                .map(|i| 0.5 - 0.5 * (2.0 * std::f64::consts::PI * i as f64 / n).cos())
                .collect(),
            frame: vec![0.0; ENVELOPE_FFT_LEN],
            spectrum: fft.make_output_vec(),
            power: vec![0.0; ENVELOPE_FFT_LEN / 2 + 1],
            lifter: Lifter::new(ENVELOPE_FFT_LEN / 2 + 1),
            fft,
        }
    }
}

impl EnvelopeAnalyzer {
    /// The tilt-free log-frequency long-term spectrum (dB, [`ENVELOPE_POINTS`] values) of the
    /// frames of `narrow` (8 kHz) centred at `centres`; `None` with fewer than
    /// [`ENVELOPE_MIN_FRAMES`] whole frames or no energy.
    pub fn curve(
        &mut self,
        narrow: &[f32],
        centres: impl Iterator<Item = usize>,
    ) -> Option<Vec<f64>> {
        let half = ENVELOPE_FFT_LEN / 2;
        self.power.iter_mut().for_each(|p| *p = 0.0);
        let mut frames = 0;
        for c in centres {
            if c < half || c + half > narrow.len() {
                continue;
            }
            for (i, f) in self.frame.iter_mut().enumerate() {
                *f = narrow[c - half + i] as f64 * self.window[i];
            }
            self.fft.process(&mut self.frame, &mut self.spectrum).ok()?;
            for (p, s) in self.power.iter_mut().zip(&self.spectrum) {
                *p += s.norm_sqr();
            }
            frames += 1;
        }
        if frames < ENVELOPE_MIN_FRAMES || self.power.iter().all(|&p| p <= 0.0) {
            return None;
        }
        let floor = self.power.iter().copied().fold(0.0, f64::max) * 1e-12;
        let mut db: Vec<f64> = self
            .power
            .iter()
            .map(|&p| 10.0 * (p / frames as f64 + floor).log10())
            .collect();
        self.lifter.apply(&mut db);
        let mut curve: Vec<f64> = (0..ENVELOPE_POINTS)
            .map(|k| {
                let bin = ENVELOPE_BAND_HZ.0 * (step() * k as f64).exp() / bin_hz();
                let i = (bin.floor() as usize).min(db.len() - 2);
                let t = bin - i as f64;
                db[i] * (1.0 - t) + db[i + 1] * t
            })
            .collect();
        remove_line(&mut curve);
        Some(curve)
    }
}

/// Quefrencies kept by [`Lifter`] (samples at 8 kHz: 3 ms, below every voice's pitch period).
pub const ENVELOPE_LIFTER: usize = 24;

/// Width of one spectrum bin, Hz.
fn bin_hz() -> f64 {
    TELEPHONE_RATE_HZ / ENVELOPE_FFT_LEN as f64
}

/// Smooths a log power spectrum (dB, bins 0..=N/2) to its envelope: outside the band each bin
/// takes the value of the band's nearest edge (so the line's filter edges do not spread into
/// it), then the real cepstrum is cut above [`ENVELOPE_LIFTER`]. What is left is the vocal
/// tract's envelope without the harmonics of the voice or the fine ripple of a room.
struct Lifter {
    /// The band's first and last bin.
    band: (usize, usize),
    /// `cos(π·n·k / last)` for each kept quefrency `n` and bin `k` (`last` = the last bin):
    /// the cosines of the spectrum's even extension, the same for every segment.
    cosines: Vec<Vec<f64>>,
}

impl Lifter {
    fn new(bins: usize) -> Self {
        let last = bins - 1;
        let band = (
            ((ENVELOPE_BAND_HZ.0 / bin_hz()).ceil() as usize).min(last),
            ((ENVELOPE_BAND_HZ.1 / bin_hz()).floor() as usize).min(last),
        );
        let cosines = (0..=ENVELOPE_LIFTER.min(last))
            .map(|n| {
                (0..bins)
                    .map(|k| (std::f64::consts::PI * (n * k) as f64 / last as f64).cos())
                    .collect()
            })
            .collect();
        Self { band, cosines }
    }

    fn apply(&self, db: &mut [f64]) {
        let (lo, hi) = self.band;
        let (low_edge, high_edge) = (db[lo], db[hi]);
        db[..lo].iter_mut().for_each(|v| *v = low_edge);
        db[hi + 1..].iter_mut().for_each(|v| *v = high_edge);
        // c_n = (d_0 + (−1)^n d_last + 2 Σ_{0<k<last} d_k cos(π n k / last)) / (2·last), and
        // back: d_k = c_0 + 2 Σ_{n≥1} c_n cos(π n k / last), over the kept n only.
        let last = db.len() - 1;
        let cepstrum: Vec<f64> = self
            .cosines
            .iter()
            .map(|cos| {
                let inner: f64 = (1..last).map(|k| db[k] * cos[k]).sum();
                (db[0] + cos[last] * db[last] + 2.0 * inner) / (2 * last) as f64
            })
            .collect();
        for (k, v) in db.iter_mut().enumerate() {
            *v = cepstrum
                .iter()
                .zip(&self.cosines)
                .enumerate()
                .map(|(n, (&c, cos))| if n == 0 { c } else { 2.0 * c } * cos[k])
                .sum();
        }
    }
}

/// Subtracts the least-squares line (over the point index).
fn remove_line(y: &mut [f64]) {
    let x: Vec<f64> = (0..y.len()).map(|i| i as f64).collect();
    let (mx, my) = (mean(&x), mean(y));
    let slope = slope(&x, y).unwrap_or(0.0);
    for (x, v) in x.iter().zip(y.iter_mut()) {
        *v -= my + slope * (x - mx);
    }
}

/// The duration-weighted median curve, point by point, of the `Some` curves (weights ≥ 0);
/// `None` when there is none.
pub fn baseline_curve(curves: &[Option<Vec<f64>>], weights: &[f64]) -> Option<Vec<f64>> {
    let present: Vec<(&Vec<f64>, f64)> = curves
        .iter()
        .zip(weights)
        .filter_map(|(c, &w)| c.as_ref().map(|c| (c, w.max(0.0))))
        .collect();
    // No curve: the first point's median is `None`, and so is the whole.
    let mut column: Vec<(f64, f64)> = Vec::with_capacity(present.len());
    (0..ENVELOPE_POINTS)
        .map(|k| {
            column.clear();
            column.extend(present.iter().map(|(c, w)| (c[k], *w)));
            weighted_median(&mut column)
        })
        .collect()
}

/// Pearson correlation of two equally long slices (0 when either is constant).
fn correlation(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma).powi(2);
        sbb += (y - mb).powi(2);
    }
    if saa <= 0.0 || sbb <= 0.0 {
        0.0
    } else {
        sab / (saa * sbb).sqrt()
    }
}

/// How far `curve` sits above `baseline` in frequency, % (see the module doc): the lag `s` in
/// points for which `curve[i] ≈ baseline[i − s]` correlates best, refined by a parabola; `None`
/// when the best lag is an end of the search (the shift is beyond it).
pub fn shift_pct(curve: &[f64], baseline: &[f64]) -> Option<f64> {
    let m = ENVELOPE_MAX_SHIFT_STEPS as isize;
    let n = curve.len().min(baseline.len()) as isize;
    if n <= 2 * m + 2 {
        return None;
    }
    let reference = &baseline[m as usize..(n - m) as usize];
    let scores: Vec<f64> = (-m..=m)
        .map(|s| correlation(&curve[(m + s) as usize..(n - m + s) as usize], reference))
        .collect();
    let best = (0..scores.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b]))?;
    // A best match at the end of the lags searched is no measure: the curves sit further apart
    // than the search reaches (a voice far from the population norms), and which end wins says
    // nothing of the shift (a high voice read +22 % unchanged and −18 % smiling).
    if best == 0 || best + 1 == scores.len() {
        return None;
    }
    let mut lag = best as f64 - m as f64;
    let (l, c, r) = (scores[best - 1], scores[best], scores[best + 1]);
    let denominator = l - 2.0 * c + r;
    if denominator < 0.0 {
        lag += 0.5 * (l - r) / denominator;
    }
    Some(100.0 * ((lag * step()).exp() - 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A synthetic vowel-like 8 kHz signal: harmonics of an F0 gliding from `f0_hz` to
    /// 1.6 × `f0_hz` (as intonation does, so that no harmonic dominates the long-term
    /// spectrum), each weighted by resonances at `formants_hz` (half-width 60 Hz).
    fn vowel(f0_hz: f64, formants_hz: &[f64], seconds: f64) -> Vec<f32> {
        let n = (seconds * TELEPHONE_RATE_HZ) as usize;
        let mut x = vec![0.0f32; n];
        let mut phase = 0.0f64;
        for (i, s) in x.iter_mut().enumerate() {
            let f0 = f0_hz * (1.0 + 0.6 * i as f64 / n as f64);
            phase += 2.0 * std::f64::consts::PI * f0 / TELEPHONE_RATE_HZ;
            let mut h = 1;
            let mut v = 0.0;
            while h as f64 * f0 < TELEPHONE_RATE_HZ / 2.0 {
                let f = h as f64 * f0;
                let gain: f64 = formants_hz
                    .iter()
                    .map(|&fc| 1.0 / (1.0 + ((f - fc) / 60.0).powi(2)))
                    .sum::<f64>()
                    + 0.01;
                v += gain * (h as f64 * phase).sin();
                h += 1;
            }
            *s = v as f32;
        }
        x
    }

    fn curve_of(x: &[f32]) -> Vec<f64> {
        let centres = (ENVELOPE_FFT_LEN..x.len() - ENVELOPE_FFT_LEN).step_by(80);
        EnvelopeAnalyzer::default().curve(x, centres).unwrap()
    }

    #[test]
    fn formants_raised_by_six_percent_shift_the_envelope_by_about_six_percent() {
        let base = [600.0, 1_400.0, 2_500.0];
        let up: Vec<f64> = base.iter().map(|f| f * 1.06).collect();
        let a = curve_of(&vowel(110.0, &base, 1.0));
        let b = curve_of(&vowel(112.0, &up, 1.0));
        let s = shift_pct(&b, &a).unwrap();
        assert!((s - 6.0).abs() < 1.5, "shift {s} %");
        let back = shift_pct(&a, &b).unwrap();
        assert!((back + 5.7).abs() < 1.5, "shift {back} %");
        assert!(shift_pct(&a, &a).unwrap().abs() < 0.1);
    }

    /// Formants 35 % above the baseline's (a voice far from the norms'): the best match is an
    /// end of the ±22 % searched, which measures nothing.
    #[test]
    fn a_shift_beyond_the_search_is_no_measure() {
        let base = [600.0, 1_400.0, 2_500.0];
        let far: Vec<f64> = base.iter().map(|f| f * 1.35).collect();
        let a = curve_of(&vowel(110.0, &base, 1.0));
        let b = curve_of(&vowel(112.0, &far, 1.0));
        assert_eq!(shift_pct(&b, &a), None);
    }

    /// The same echo on the segment and its baseline, as one room gives every segment of a
    /// channel: its ripple must not hold the match at no shift.
    #[test]
    fn a_rooms_ripple_does_not_hide_the_shift() {
        let room = |x: Vec<f32>| -> Vec<f32> {
            let delay = 40; // 5 ms: a ripple every 200 Hz
            (0..x.len())
                .map(|i| x[i] + if i >= delay { 0.6 * x[i - delay] } else { 0.0 })
                .collect()
        };
        let base = [600.0, 1_400.0, 2_500.0];
        let up: Vec<f64> = base.iter().map(|f| f * 1.06).collect();
        let a = curve_of(&room(vowel(110.0, &base, 1.0)));
        let b = curve_of(&room(vowel(112.0, &up, 1.0)));
        let s = shift_pct(&b, &a).unwrap();
        assert!((s - 6.0).abs() < 1.5, "shift {s} %");
    }

    #[test]
    fn the_baseline_is_the_pointwise_weighted_median() {
        let c = |v: f64| Some(vec![v; ENVELOPE_POINTS]);
        let b = baseline_curve(&[c(1.0), None, c(3.0), c(2.0)], &[1.0, 9.0, 1.0, 5.0]).unwrap();
        assert_eq!(b[0], 2.0);
        assert!(baseline_curve(&[None], &[1.0]).is_none());
    }

    #[test]
    fn too_few_frames_give_no_curve() {
        let x = vowel(120.0, &[500.0, 1_500.0, 2_500.0], 0.05);
        assert!(EnvelopeAnalyzer::default()
            .curve(&x, [200usize].into_iter())
            .is_none());
    }
}
