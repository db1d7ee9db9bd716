//! The telephone band: what of a voice a phone line carries, 300–3400 Hz.
//!
//! Two stages hear a voice through it, so that a wide-band recording and the same speech
//! through a telephone channel give the same numbers (nothing outside the band, which a phone
//! line removes, can move them):
//! - the tone's spectral-envelope features (formants, the smile band) are measured on a
//!   band-passed copy decimated to 8 kHz ([`TelephoneBand::apply`]);
//! - the speaker stage's voices, those compared with an agent's enrolled voice, are embedded
//!   from a band-passed copy at 16 kHz ([`TelephoneBand::filter`]): an agent enrolled from a
//!   headset recording and heard on a µ-law call is still the same voice.
//!
//! The band-pass is a Butterworth high-pass of order [`TELEPHONE_HIGHPASS_ORDER`] at
//! [`TELEPHONE_BAND_HZ`]`.0` and a Butterworth low-pass of order [`TELEPHONE_LOWPASS_ORDER`] at
//! [`TELEPHONE_BAND_HZ`]`.1` (bilinear transform, cascaded biquads, one forward pass); the
//! low-pass is also the anti-alias filter for keeping every second sample.

/// The telephone band, Hz.
pub const TELEPHONE_BAND_HZ: (f64, f64) = (300.0, 3_400.0);
/// Orders of the band's Butterworth high-pass and low-pass (the low-pass is also the
/// anti-alias filter of the decimation to 8 kHz).
pub const TELEPHONE_HIGHPASS_ORDER: usize = 4;
pub const TELEPHONE_LOWPASS_ORDER: usize = 12;
/// The rate of the samples the filter takes.
const SAMPLE_RATE_HZ: f64 = 16_000.0;

/// One second-order section: y = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²) x.
#[derive(Debug, Clone, Copy)]
struct Biquad {
    b: [f64; 3],
    a: [f64; 2],
}

impl Biquad {
    /// A second-order low- or high-pass section with quality `q` (bilinear transform with the
    /// cut-off prewarped; Bristow-Johnson's formulas).
    fn pass(cutoff_hz: f64, q: f64, sample_rate_hz: f64, highpass: bool) -> Self {
        let w0 = 2.0 * std::f64::consts::PI * cutoff_hz / sample_rate_hz;
        let (sin, cos) = w0.sin_cos();
        let alpha = sin / (2.0 * q);
        let a0 = 1.0 + alpha;
        let b = if highpass {
            [(1.0 + cos) / 2.0, -(1.0 + cos), (1.0 + cos) / 2.0]
        } else {
            [(1.0 - cos) / 2.0, 1.0 - cos, (1.0 - cos) / 2.0]
        };
        Biquad {
            b: [b[0] / a0, b[1] / a0, b[2] / a0],
            a: [-2.0 * cos / a0, (1.0 - alpha) / a0],
        }
    }

    /// Filters `x` in place (direct form II transposed, zero initial state).
    fn run(&self, x: &mut [f64]) {
        let (mut s1, mut s2) = (0.0, 0.0);
        for v in x.iter_mut() {
            let input = *v;
            let y = self.b[0] * input + s1;
            s1 = self.b[1] * input - self.a[0] * y + s2;
            s2 = self.b[2] * input - self.a[1] * y;
            *v = y;
        }
    }
}

/// The sections of an even-order Butterworth low- or high-pass filter.
fn butterworth(order: usize, cutoff_hz: f64, sample_rate_hz: f64, highpass: bool) -> Vec<Biquad> {
    debug_assert!(order.is_multiple_of(2) && order > 0);
    (0..order / 2)
        .map(|k| {
            let theta = std::f64::consts::PI * (2 * k + 1) as f64 / (2 * order) as f64;
            Biquad::pass(
                cutoff_hz,
                1.0 / (2.0 * theta.cos()),
                sample_rate_hz,
                highpass,
            )
        })
        .collect()
}

/// A reusable telephone-band filter (16 kHz in, 8 kHz out).
#[derive(Debug, Clone)]
pub struct TelephoneBand {
    sections: Vec<Biquad>,
    work: Vec<f64>,
}

impl Default for TelephoneBand {
    fn default() -> Self {
        Self::new()
    }
}

impl TelephoneBand {
    pub fn new() -> Self {
        let mut sections = butterworth(
            TELEPHONE_HIGHPASS_ORDER,
            TELEPHONE_BAND_HZ.0,
            SAMPLE_RATE_HZ,
            true,
        );
        sections.extend(butterworth(
            TELEPHONE_LOWPASS_ORDER,
            TELEPHONE_BAND_HZ.1,
            SAMPLE_RATE_HZ,
            false,
        ));
        TelephoneBand {
            sections,
            work: Vec::new(),
        }
    }

    /// `samples` (16 kHz) band-passed to the telephone band and decimated by two into `out`
    /// (8 kHz: sample `j` of `out` is sample `2j` of the input).
    pub fn apply(&mut self, samples: &[f32], out: &mut Vec<f32>) {
        self.run(samples);
        out.clear();
        out.extend(self.work.iter().step_by(2).map(|&v| v as f32));
    }

    /// `samples` (16 kHz) band-passed to the telephone band, still at 16 kHz.
    pub fn filter(&mut self, samples: &[f32]) -> Vec<f32> {
        self.run(samples);
        self.work.iter().map(|&v| v as f32).collect()
    }

    fn run(&mut self, samples: &[f32]) {
        self.work.clear();
        self.work.extend(samples.iter().map(|&v| v as f64));
        for section in &self.sections {
            section.run(&mut self.work);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gain in dB of the filter for a sine of `hz` (steady state, 16 kHz in).
    fn gain_db(hz: f64) -> f64 {
        let n = 16_000;
        let x: Vec<f32> = (0..n)
            .map(|i| (2.0 * std::f64::consts::PI * hz * i as f64 / SAMPLE_RATE_HZ).sin() as f32)
            .collect();
        let mut y = Vec::new();
        TelephoneBand::new().apply(&x, &mut y);
        let tail = &y[y.len() / 2..];
        let rms =
            (tail.iter().map(|&v| (v as f64).powi(2)).sum::<f64>() / tail.len() as f64).sqrt();
        20.0 * (rms / std::f64::consts::FRAC_1_SQRT_2).log10()
    }

    #[test]
    fn passes_the_telephone_band_and_stops_the_rest() {
        for hz in [500.0, 1000.0, 2000.0, 3000.0] {
            assert!(gain_db(hz).abs() < 0.5, "{hz} Hz: {} dB", gain_db(hz));
        }
        // Butterworth: −3 dB at both cut-offs.
        assert!((gain_db(300.0) + 3.0).abs() < 0.3, "{}", gain_db(300.0));
        assert!((gain_db(3400.0) + 3.0).abs() < 0.3, "{}", gain_db(3400.0));
        assert!(gain_db(100.0) < -35.0, "{}", gain_db(100.0));
        assert!(gain_db(5000.0) < -35.0, "{}", gain_db(5000.0));
    }
}
