//! Formants from linear prediction: a 25 ms frame of the telephone-band copy of a segment
//! ([`super::band`], 8 kHz samples) → F1, F2, F3 in Hz.
//!
//! The frame is pre-emphasised (from [`PRE_EMPHASIS_FROM_HZ`]), Hamming-windowed and fitted
//! with an all-pole model of order [`LPC_ORDER`] by Burg's method; the roots of the predictor
//! polynomial (Durand–Kerner iteration, warm-started from the previous frame) with a positive frequency in
//! [`FORMANT_MIN_HZ`]–[`FORMANT_MAX_HZ`] and a bandwidth under [`FORMANT_MAX_BANDWIDTH_HZ`]
//! are the formant candidates, lowest first.

use realfft::num_complex::Complex;

use super::params::*;

/// Reusable buffers for formant analysis.
pub struct FormantAnalyzer {
    window: Vec<f64>,
    frame: Vec<f64>,
    forward: Vec<f64>,
    backward: Vec<f64>,
    coefficients: Vec<f64>,
    previous: Vec<f64>,
    roots: Vec<Complex<f64>>,
    /// Whether `roots` holds the last frame's converged roots (a warm start for the next).
    roots_valid: bool,
}

impl Default for FormantAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl FormantAnalyzer {
    pub fn new() -> Self {
        let n = LPC_WINDOW_SAMPLES;
        FormantAnalyzer {
            window: (0..n)
                .map(|i| {
                    0.54 - 0.46 * (2.0 * std::f64::consts::PI * i as f64 / (n - 1) as f64).cos()
                })
                .collect(),
            frame: vec![0.0; n],
            forward: vec![0.0; n],
            backward: vec![0.0; n],
            coefficients: vec![0.0; LPC_ORDER + 1],
            previous: vec![0.0; LPC_ORDER + 1],
            roots: vec![Complex::new(0.0, 0.0); LPC_ORDER],
            roots_valid: false,
        }
    }

    /// F1–F3 (Hz) of the frame of `samples` (8 kHz, telephone band) centred on sample
    /// `centre`; `None` for each formant not found.
    pub fn formants(&mut self, samples: &[f32], centre: usize) -> [Option<f64>; 3] {
        let half = LPC_WINDOW_SAMPLES / 2;
        if centre < half + 1 || centre + half > samples.len() {
            return [None; 3];
        }
        let start = centre - half;
        let alpha = (-2.0 * std::f64::consts::PI * PRE_EMPHASIS_FROM_HZ / TELEPHONE_RATE_HZ).exp();
        for i in 0..LPC_WINDOW_SAMPLES {
            let x = samples[start + i] as f64 - alpha * samples[start + i - 1] as f64;
            self.frame[i] = x * self.window[i];
        }
        if !self.burg() {
            return [None; 3];
        }
        self.roots_valid = find_roots(&self.coefficients, &mut self.roots, self.roots_valid);
        if !self.roots_valid {
            return [None; 3];
        }
        let mut found = [f64::INFINITY; LPC_ORDER];
        let mut n = 0;
        for z in &self.roots {
            if z.im <= 0.0 {
                continue;
            }
            let frequency = z.im.atan2(z.re) * TELEPHONE_RATE_HZ / (2.0 * std::f64::consts::PI);
            let bandwidth = -z.norm().ln() * TELEPHONE_RATE_HZ / std::f64::consts::PI;
            if (FORMANT_MIN_HZ..=FORMANT_MAX_HZ).contains(&frequency)
                && bandwidth < FORMANT_MAX_BANDWIDTH_HZ
            {
                found[n] = frequency;
                n += 1;
            }
        }
        found[..n].sort_by(f64::total_cmp);
        let pick = |k: usize| (k < n).then(|| found[k]);
        [pick(0), pick(1), pick(2)]
    }

    /// Burg's method on `self.frame` into `self.coefficients` (a[0] = 1). False on a silent frame.
    fn burg(&mut self) -> bool {
        let n = LPC_WINDOW_SAMPLES;
        self.forward.copy_from_slice(&self.frame);
        self.backward.copy_from_slice(&self.frame);
        self.coefficients.fill(0.0);
        self.coefficients[0] = 1.0;
        let energy: f64 = self.frame.iter().map(|v| v * v).sum();
        if energy <= POWER_FLOOR {
            return false;
        }
        for m in 1..=LPC_ORDER {
            let mut numerator = 0.0;
            let mut denominator = 0.0;
            for i in m..n {
                numerator += self.forward[i] * self.backward[i - 1];
                denominator +=
                    self.forward[i] * self.forward[i] + self.backward[i - 1] * self.backward[i - 1];
            }
            if denominator <= 0.0 {
                return false;
            }
            let k = -2.0 * numerator / denominator;
            self.previous.copy_from_slice(&self.coefficients);
            for i in 1..=m {
                self.coefficients[i] = self.previous[i] + k * self.previous[m - i];
            }
            for i in (m..n).rev() {
                let f = self.forward[i];
                let b = self.backward[i - 1];
                self.forward[i] = f + k * b;
                self.backward[i] = b + k * f;
            }
        }
        self.coefficients.iter().all(|c| c.is_finite())
    }
}

/// Roots of z^p + a[1] z^(p−1) + … + a[p] (with a[0] = 1) into `roots`, by Durand–Kerner
/// iteration. With `warm`, `roots` holds the previous frame's roots, which are usually close:
/// they are turned by a small angle (so conjugate pairs and real roots can split) and used as
/// the start; if that does not converge quickly, the iteration restarts from a circle.
/// False if the iteration did not converge.
fn find_roots(a: &[f64], roots: &mut [Complex<f64>], warm: bool) -> bool {
    if warm {
        let turn = Complex::from_polar(1.0, 0.01);
        for r in roots.iter_mut() {
            *r *= turn;
        }
        if durand_kerner(a, roots, 60) {
            return true;
        }
    }
    let seed = Complex::new(0.4, 0.9);
    let mut power = Complex::new(1.0, 0.0);
    for r in roots.iter_mut() {
        *r = power;
        power *= seed;
    }
    durand_kerner(a, roots, 500)
}

fn durand_kerner(a: &[f64], roots: &mut [Complex<f64>], max_iterations: usize) -> bool {
    let p = a.len() - 1;
    let eval = |z: Complex<f64>| -> Complex<f64> {
        a.iter().fold(Complex::new(0.0, 0.0), |acc, &c| acc * z + c)
    };
    for _ in 0..max_iterations {
        let mut largest_step = 0.0f64;
        for i in 0..p {
            let zi = roots[i];
            let mut denominator = Complex::new(1.0, 0.0);
            for (j, &zj) in roots.iter().enumerate() {
                if j != i {
                    denominator *= zi - zj;
                }
            }
            if denominator.norm_sqr() == 0.0 {
                denominator = Complex::new(1e-12, 0.0);
            }
            let step = eval(zi) / denominator;
            roots[i] = zi - step;
            largest_step = largest_step.max(step.norm_sqr());
        }
        if !largest_step.is_finite() {
            return false;
        }
        if largest_step < 1e-22 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_of_a_known_polynomial() {
        // (z − 0.5)(z + 0.25)(z² − 2·0.9·cos(0.3)z + 0.81)
        let c = 2.0 * 0.9 * 0.3f64.cos();
        let quad = [1.0, -c, 0.81];
        let lin = [1.0, -0.25, -0.125]; // (z − 0.5)(z + 0.25)
        let mut a = [0.0; 5];
        for (i, x) in lin.iter().enumerate() {
            for (j, y) in quad.iter().enumerate() {
                a[i + j] += x * y;
            }
        }
        let mut roots = [Complex::new(0.0, 0.0); 4];
        assert!(find_roots(&a, &mut roots, false));
        // A warm start from the answer converges to it again.
        assert!(find_roots(&a, &mut roots, true));
        let upper: Vec<_> = roots.iter().filter(|z| z.im > 1e-9).collect();
        assert_eq!(upper.len(), 1);
        assert!((upper[0].norm() - 0.9).abs() < 1e-9);
        assert!((upper[0].arg() - 0.3).abs() < 1e-9);
    }
}
