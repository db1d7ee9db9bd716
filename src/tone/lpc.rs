//! Formants from linear prediction: a 25 ms frame of the telephone-band copy of a segment
//! ([`crate::band`], 8 kHz samples) → F1, F2, F3 in Hz.
//!
//! The frame is pre-emphasised (from [`PRE_EMPHASIS_FROM_HZ`]), Hamming-windowed and fitted
//! with an all-pole model of order [`LPC_ORDER`] by Burg's method; the roots of the predictor
//! polynomial (Durand–Kerner iteration, warm-started from the previous frame) with a positive frequency in
//! [`FORMANT_MIN_HZ`]–[`FORMANT_MAX_HZ`] and a bandwidth under [`FORMANT_MAX_BANDWIDTH_HZ`]
//! are the formant candidates, lowest first.
//!
//! [`track_formants`] then assigns, over all the analysed frames of a segment, candidates to
//! F1, F2, F3 by range and continuity (a Viterbi search), not by rank: a pole lost or added in
//! one frame (a weak F1, a spurious pole at the band's edge) does not shift F2 into F1's place.

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

    /// The formant candidates of the frame of `samples` (8 kHz, telephone band) centred on
    /// sample `centre`, lowest first (at most `LPC_ORDER / 2`); empty if the frame does not fit
    /// or cannot be analysed.
    pub fn candidates(&mut self, samples: &[f32], centre: usize) -> Vec<Candidate> {
        let half = LPC_WINDOW_SAMPLES / 2;
        if centre < half + 1 || centre + half > samples.len() {
            return Vec::new();
        }
        let start = centre - half;
        let alpha = (-2.0 * std::f64::consts::PI * PRE_EMPHASIS_FROM_HZ / TELEPHONE_RATE_HZ).exp();
        for i in 0..LPC_WINDOW_SAMPLES {
            let x = samples[start + i] as f64 - alpha * samples[start + i - 1] as f64;
            self.frame[i] = x * self.window[i];
        }
        if !self.burg() {
            return Vec::new();
        }
        self.roots_valid = find_roots(&self.coefficients, &mut self.roots, self.roots_valid);
        if !self.roots_valid {
            return Vec::new();
        }
        let mut found = Vec::with_capacity(LPC_ORDER / 2);
        for z in &self.roots {
            if z.im <= 0.0 {
                continue;
            }
            let frequency = z.im.atan2(z.re) * TELEPHONE_RATE_HZ / (2.0 * std::f64::consts::PI);
            let bandwidth = -z.norm().ln() * TELEPHONE_RATE_HZ / std::f64::consts::PI;
            if (FORMANT_MIN_HZ..=FORMANT_MAX_HZ).contains(&frequency)
                && bandwidth < FORMANT_MAX_BANDWIDTH_HZ
            {
                found.push(Candidate {
                    frequency_hz: frequency,
                    bandwidth_hz: bandwidth,
                });
            }
        }
        found.sort_by(|a, b| a.frequency_hz.total_cmp(&b.frequency_hz));
        found
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

/// One formant candidate of a frame: a pole's frequency and bandwidth, Hz.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub frequency_hz: f64,
    pub bandwidth_hz: f64,
}

/// One way to give a frame's candidates to F1–F3: the index of the candidate each formant takes.
type Assignment = [Option<usize>; 3];

/// Every assignment of `n` candidates (sorted by frequency) to F1–F3 that keeps their order
/// (F1 < F2 < F3), each formant taking one candidate or none, within its range.
fn assignments(candidates: &[Candidate]) -> Vec<Assignment> {
    let mut out = Vec::new();
    let n = candidates.len();
    let fits = |k: usize, c: usize| {
        let (lo, hi) = FORMANT_RANGES_HZ[k];
        (lo..=hi).contains(&candidates[c].frequency_hz)
    };
    // Candidate index `c` or none for each formant, strictly increasing among those given.
    let options = |k: usize, after: Option<usize>| -> Vec<Option<usize>> {
        let first = after.map_or(0, |a| a + 1);
        std::iter::once(None)
            .chain((first..n).filter(|&c| fits(k, c)).map(Some))
            .collect()
    };
    for a in options(0, None) {
        for b in options(1, a) {
            for c in options(2, b.or(a)) {
                out.push([a, b, c]);
            }
        }
    }
    out
}

/// F1–F3 (Hz) for each frame of a segment from its candidates (`frames`, in time order), by a
/// Viterbi search over the assignments of candidates to formants: each formant stays in its
/// range ([`FORMANT_RANGES_HZ`]) and in order, and the path minimises the jumps between
/// consecutive frames ([`FORMANT_JUMP_WEIGHT`] per octave), a weak pull towards typical values,
/// the candidates' bandwidths and a cost per formant left out. `None` where a formant has no
/// candidate in a frame.
pub fn track_formants(frames: &[Vec<Candidate>]) -> Vec<[Option<f64>; 3]> {
    if frames.is_empty() {
        return Vec::new();
    }
    let octaves = |a: f64, b: f64| (a / b).log2().abs();
    let options: Vec<Vec<Assignment>> = frames.iter().map(|c| assignments(c)).collect();
    let local = |t: usize, a: &Assignment| -> f64 {
        (0..3)
            .map(|k| match a[k] {
                None => FORMANT_MISSING_COST,
                Some(c) => {
                    let cand = frames[t][c];
                    FORMANT_TYPICAL_WEIGHT * octaves(cand.frequency_hz, FORMANT_TYPICAL_HZ[k])
                        + FORMANT_BANDWIDTH_WEIGHT * cand.bandwidth_hz / FORMANT_MAX_BANDWIDTH_HZ
                }
            })
            .sum()
    };
    let jump = |t: usize, a: &Assignment, b: &Assignment| -> f64 {
        (0..3)
            .map(|k| match (a[k], b[k]) {
                (Some(i), Some(j)) => {
                    FORMANT_JUMP_WEIGHT
                        * octaves(frames[t - 1][i].frequency_hz, frames[t][j].frequency_hz)
                }
                _ => 0.0,
            })
            .sum()
    };
    let mut cost: Vec<f64> = options[0].iter().map(|a| local(0, a)).collect();
    let mut back: Vec<Vec<usize>> = vec![Vec::new()];
    for t in 1..frames.len() {
        let mut next = Vec::with_capacity(options[t].len());
        let mut from = Vec::with_capacity(options[t].len());
        for b in &options[t] {
            let (best, best_cost) = options[t - 1]
                .iter()
                .zip(&cost)
                .map(|(a, c)| c + jump(t, a, b))
                .enumerate()
                .min_by(|x, y| x.1.total_cmp(&y.1))
                .expect("the empty assignment is always an option");
            next.push(best_cost + local(t, b));
            from.push(best);
        }
        cost = next;
        back.push(from);
    }
    let mut state = cost
        .iter()
        .enumerate()
        .min_by(|x, y| x.1.total_cmp(y.1))
        .map(|(i, _)| i)
        .expect("the empty assignment is always an option");
    let mut out = vec![[None; 3]; frames.len()];
    for t in (0..frames.len()).rev() {
        let a = options[t][state];
        out[t] = [0, 1, 2].map(|k| a[k].map(|c| frames[t][c].frequency_hz));
        if t > 0 {
            state = back[t][state];
        }
    }
    out
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

    fn frame(hz: &[f64]) -> Vec<Candidate> {
        hz.iter()
            .map(|&f| Candidate {
                frequency_hz: f,
                bandwidth_hz: 100.0,
            })
            .collect()
    }

    #[test]
    fn a_lost_or_extra_pole_does_not_swap_formants() {
        // A vowel with F1 650, F2 1900, F3 2700 Hz. Some frames lose F1 (rank would call F2
        // "F1"), some gain a spurious pole at 320 Hz (rank would call the true F1 "F2"), one
        // gains a pole between F2 and F3.
        let truth = [650.0, 1900.0, 2700.0];
        let frames = vec![
            frame(&truth),
            frame(&[1900.0, 2700.0]),
            frame(&[655.0, 1880.0, 2710.0]),
            frame(&[320.0, 650.0, 1910.0, 2690.0]),
            frame(&[320.0, 645.0, 1900.0, 2700.0]),
            frame(&[660.0, 1890.0, 2300.0, 2700.0]),
            frame(&[1895.0, 2705.0]),
            frame(&truth),
        ];
        let rank: Vec<Option<f64>> = frames
            .iter()
            .map(|f| f.get(1).map(|c| c.frequency_hz))
            .collect();
        assert!(
            rank.contains(&Some(650.0)),
            "rank order swaps F2 here: {rank:?}"
        );
        for (t, found) in track_formants(&frames).iter().enumerate() {
            for k in 0..3 {
                if let Some(f) = found[k] {
                    assert!(
                        (f / truth[k] - 1.0).abs() < 0.05,
                        "frame {t}: F{} {f} Hz vs {}",
                        k + 1,
                        truth[k]
                    );
                }
            }
            // A frame with all three true formants gets all three.
            if frames[t].len() >= 3 {
                assert!(found.iter().all(Option::is_some), "frame {t}: {found:?}");
            }
        }
        // A frame that lost F1 keeps F2 and F3 where they are and leaves F1 out.
        let lost = track_formants(&frames)[1];
        assert_eq!(lost, [None, Some(1900.0), Some(2700.0)]);
    }

    #[test]
    fn tracking_nothing_or_one_frame() {
        assert!(track_formants(&[]).is_empty());
        assert_eq!(track_formants(&[Vec::new()]), vec![[None; 3]]);
        let one = track_formants(&[frame(&[500.0, 1500.0, 2500.0])]);
        assert_eq!(one, vec![[Some(500.0), Some(1500.0), Some(2500.0)]]);
    }

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
