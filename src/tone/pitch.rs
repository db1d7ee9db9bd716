//! Frame analysis: 16 kHz samples → per 10 ms frame, F0 (Hz or unvoiced), the normalised
//! autocorrelation at that F0 (for HNR), and the frame's intensity (dBFS).
//!
//! The F0 tracker is Boersma's (1993) autocorrelation method, as in Praat's `To Pitch (ac)`:
//! each 40 ms Hann-windowed frame's autocorrelation, divided by the window's own
//! autocorrelation, gives up to [`MAX_CANDIDATES`] F0 candidates (peaks between 75 and 600 Hz,
//! refined by parabolic interpolation) plus an "unvoiced" candidate whose strength grows as the
//! frame gets quiet; a Viterbi search then picks one candidate per frame, paying
//! [`OCTAVE_JUMP_COST`] per octave jumped between voiced frames (the octave-jump guard) and
//! [`VOICED_UNVOICED_COST`] per voicing switch. Frame `i` is centred on sample
//! `PITCH_WINDOW_SAMPLES / 2 + i * HOP_SAMPLES`.

use std::sync::Arc;

use realfft::num_complex::Complex;
use realfft::{ComplexToReal, RealFftPlanner, RealToComplex};

use super::params::*;

/// The frame-level result for one stretch of samples.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PitchTrack {
    /// F0 per frame in Hz; `None` where unvoiced.
    pub f0_hz: Vec<Option<f64>>,
    /// Normalised autocorrelation (0–1) at the chosen F0; 0 on unvoiced frames.
    pub strength: Vec<f64>,
    /// Intensity per frame: mean power of the mean-removed, Hann-weighted frame, dBFS
    /// (0 dB = RMS 1.0).
    pub intensity_db: Vec<f64>,
}

impl PitchTrack {
    pub fn len(&self) -> usize {
        self.f0_hz.len()
    }
    pub fn is_empty(&self) -> bool {
        self.f0_hz.is_empty()
    }
}

/// Sample index of the centre of frame `i`.
pub fn frame_centre(i: usize) -> usize {
    PITCH_WINDOW_SAMPLES / 2 + i * HOP_SAMPLES
}

/// Number of whole frames in `len` samples.
pub fn frame_count(len: usize) -> usize {
    if len < PITCH_WINDOW_SAMPLES {
        0
    } else {
        (len - PITCH_WINDOW_SAMPLES) / HOP_SAMPLES + 1
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Candidate {
    /// 0 for the unvoiced candidate.
    f0_hz: f64,
    /// Strength with the octave cost applied (what the path search maximises).
    strength: f64,
    /// The raw normalised autocorrelation peak.
    r: f64,
}

const SLOTS: usize = MAX_CANDIDATES + 1;

/// Reusable FFT plans and buffers. One per thread; `track` allocates only its result.
pub struct PitchAnalyzer {
    forward: Arc<dyn RealToComplex<f64>>,
    inverse: Arc<dyn ComplexToReal<f64>>,
    hann: Vec<f64>,
    /// The window's normalised autocorrelation.
    window_r: Vec<f64>,
    time: Vec<f64>,
    spectrum: Vec<Complex<f64>>,
    scratch_forward: Vec<Complex<f64>>,
    scratch_inverse: Vec<Complex<f64>>,
    lag: Vec<f64>,
    candidates: Vec<Candidate>,
    counts: Vec<u8>,
    back: Vec<u8>,
}

impl Default for PitchAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl PitchAnalyzer {
    pub fn new() -> Self {
        let mut planner = RealFftPlanner::<f64>::new();
        let forward = planner.plan_fft_forward(PITCH_FFT_LEN);
        let inverse = planner.plan_fft_inverse(PITCH_FFT_LEN);
        let n = PITCH_WINDOW_SAMPLES;
        let hann: Vec<f64> = (0..n)
            .map(|i| 0.5 - 0.5 * (2.0 * std::f64::consts::PI * (i as f64 + 0.5) / n as f64).cos())
            .collect();
        let mut analyzer = PitchAnalyzer {
            scratch_forward: forward.make_scratch_vec(),
            scratch_inverse: inverse.make_scratch_vec(),
            time: forward.make_input_vec(),
            spectrum: forward.make_output_vec(),
            lag: inverse.make_output_vec(),
            forward,
            inverse,
            hann,
            window_r: Vec::new(),
            candidates: Vec::new(),
            counts: Vec::new(),
            back: Vec::new(),
        };
        let hann = analyzer.hann.clone();
        analyzer.autocorrelate(&hann);
        let r0 = analyzer.lag[0];
        analyzer.window_r = analyzer.lag.iter().map(|v| v / r0).collect();
        analyzer
    }

    /// Power spectrum of the Hann-windowed frame centred on `centre` (bin spacing
    /// `SAMPLE_RATE_HZ / PITCH_FFT_LEN`), written into `power` (`PITCH_FFT_LEN / 2 + 1` bins).
    pub fn frame_power_spectrum(&mut self, samples: &[f32], centre: usize, power: &mut [f64]) {
        let start = centre - PITCH_WINDOW_SAMPLES / 2;
        let frame = &samples[start..start + PITCH_WINDOW_SAMPLES];
        let mean = frame.iter().map(|&v| v as f64).sum::<f64>() / frame.len() as f64;
        for (i, (t, &x)) in self.time.iter_mut().zip(frame).enumerate() {
            *t = (x as f64 - mean) * self.hann[i];
        }
        self.time[PITCH_WINDOW_SAMPLES..].fill(0.0);
        self.transform_time();
        for (p, c) in power.iter_mut().zip(&self.spectrum) {
            *p = c.norm_sqr();
        }
    }

    /// Forward FFT of `self.time` (filled and zero-padded by the caller) into `self.spectrum`.
    fn transform_time(&mut self) {
        self.forward
            .process_with_scratch(
                &mut self.time,
                &mut self.spectrum,
                &mut self.scratch_forward,
            )
            .expect("buffer sizes come from the plan");
    }

    /// Autocorrelation of `frame` (already windowed) into `self.lag`, unnormalised.
    fn autocorrelate(&mut self, frame: &[f64]) {
        self.time[..frame.len()].copy_from_slice(frame);
        self.time[frame.len()..].fill(0.0);
        self.transform_time();
        for c in self.spectrum.iter_mut() {
            *c = Complex::new(c.norm_sqr(), 0.0);
        }
        self.inverse
            .process_with_scratch(&mut self.spectrum, &mut self.lag, &mut self.scratch_inverse)
            .expect("buffer sizes come from the plan");
    }

    /// The pitch track of `samples` (16 kHz).
    pub fn track(&mut self, samples: &[f32]) -> PitchTrack {
        let n_frames = frame_count(samples.len());
        let mut track = PitchTrack {
            f0_hz: vec![None; n_frames],
            strength: vec![0.0; n_frames],
            intensity_db: vec![0.0; n_frames],
        };
        if n_frames == 0 {
            return track;
        }
        let global_mean = samples.iter().map(|&v| v as f64).sum::<f64>() / samples.len() as f64;
        let global_peak = samples
            .iter()
            .map(|&v| (v as f64 - global_mean).abs())
            .fold(0.0, f64::max);

        self.candidates.clear();
        self.candidates
            .resize(n_frames * SLOTS, Candidate::default());
        self.counts.clear();
        self.counts.resize(n_frames, 1);

        let min_lag = (SAMPLE_RATE_HZ / PITCH_CEILING_HZ).floor() as usize;
        let max_lag =
            ((SAMPLE_RATE_HZ / PITCH_FLOOR_HZ).ceil() as usize).min(PITCH_WINDOW_SAMPLES / 2);
        let weight_sum: f64 = self.hann.iter().map(|w| w * w).sum();
        let mut frame = [0.0f64; PITCH_WINDOW_SAMPLES];

        for i in 0..n_frames {
            let start = frame_centre(i) - PITCH_WINDOW_SAMPLES / 2;
            let raw = &samples[start..start + PITCH_WINDOW_SAMPLES];
            let mean = raw.iter().map(|&v| v as f64).sum::<f64>() / raw.len() as f64;
            let mut local_peak = 0.0f64;
            for ((f, &x), w) in frame.iter_mut().zip(raw).zip(&self.hann) {
                let centred = x as f64 - mean;
                local_peak = local_peak.max(centred.abs());
                *f = centred * w;
            }
            let energy: f64 = frame.iter().map(|v| v * v).sum();
            track.intensity_db[i] = 10.0 * (energy / weight_sum).max(POWER_FLOOR).log10();

            let relative_peak = if global_peak > 0.0 {
                local_peak / global_peak
            } else {
                0.0
            };
            self.candidates[i * SLOTS] = Candidate {
                f0_hz: 0.0,
                strength: VOICING_THRESHOLD
                    + (2.0 - relative_peak / (SILENCE_THRESHOLD / (1.0 + VOICING_THRESHOLD)))
                        .max(0.0),
                r: 0.0,
            };
            if energy <= POWER_FLOOR {
                continue;
            }
            self.autocorrelate(&frame);
            let slots = &mut self.candidates[i * SLOTS..(i + 1) * SLOTS];
            let r0 = self.lag[0];
            // Normalised autocorrelation, corrected for the window.
            let r = |lag: &[f64], k: usize| lag[k] / r0 / self.window_r[k];
            let mut count = 1usize;
            for k in min_lag.max(1)..max_lag {
                let (y0, y1, y2) = (r(&self.lag, k - 1), r(&self.lag, k), r(&self.lag, k + 1));
                if !(y1 > y0 && y1 >= y2) || y1 < 0.5 * VOICING_THRESHOLD {
                    continue;
                }
                let curvature = y0 - 2.0 * y1 + y2;
                let delta = if curvature < 0.0 {
                    (0.5 * (y0 - y2) / curvature).clamp(-0.5, 0.5)
                } else {
                    0.0
                };
                let peak = (y1 - 0.25 * (y0 - y2) * delta).min(1.0);
                let f0 = SAMPLE_RATE_HZ / (k as f64 + delta);
                if !(PITCH_FLOOR_HZ..=PITCH_CEILING_HZ).contains(&f0) {
                    continue;
                }
                let candidate = Candidate {
                    f0_hz: f0,
                    strength: peak - OCTAVE_COST * (PITCH_FLOOR_HZ / f0).log2(),
                    r: peak,
                };
                if count < SLOTS {
                    slots[count] = candidate;
                    count += 1;
                } else {
                    // Replace the weakest voiced candidate if this one is stronger.
                    let (weakest, _) = slots[1..]
                        .iter()
                        .enumerate()
                        .min_by(|a, b| a.1.strength.total_cmp(&b.1.strength))
                        .expect("full");
                    if slots[1 + weakest].strength < candidate.strength {
                        slots[1 + weakest] = candidate;
                    }
                }
            }
            self.counts[i] = count as u8;
        }

        self.find_path(n_frames, &mut track);
        track
    }

    /// Viterbi over the candidates: maximise the summed strengths minus transition costs.
    fn find_path(&mut self, n_frames: usize, track: &mut PitchTrack) {
        let transition = |a: &Candidate, b: &Candidate| -> f64 {
            match (a.f0_hz > 0.0, b.f0_hz > 0.0) {
                (false, false) => 0.0,
                (true, true) => OCTAVE_JUMP_COST * (a.f0_hz / b.f0_hz).log2().abs(),
                _ => VOICED_UNVOICED_COST,
            }
        };
        self.back.clear();
        self.back.resize(n_frames * SLOTS, 0);
        let mut score = [0.0f64; SLOTS];
        let mut next = [0.0f64; SLOTS];
        for (j, s) in score.iter_mut().enumerate().take(self.counts[0] as usize) {
            *s = self.candidates[j].strength;
        }
        for i in 1..n_frames {
            let prev = &self.candidates[(i - 1) * SLOTS..i * SLOTS];
            let cur = &self.candidates[i * SLOTS..(i + 1) * SLOTS];
            let prev_count = self.counts[i - 1] as usize;
            for j in 0..self.counts[i] as usize {
                let mut best = f64::NEG_INFINITY;
                let mut best_k = 0;
                for k in 0..prev_count {
                    let v = score[k] - transition(&prev[k], &cur[j]);
                    if v > best {
                        best = v;
                        best_k = k;
                    }
                }
                next[j] = best + cur[j].strength;
                self.back[i * SLOTS + j] = best_k as u8;
            }
            score[..self.counts[i] as usize].copy_from_slice(&next[..self.counts[i] as usize]);
        }
        let last = n_frames - 1;
        let mut j = (0..self.counts[last] as usize)
            .max_by(|&a, &b| score[a].total_cmp(&score[b]))
            .unwrap_or(0);
        for i in (0..n_frames).rev() {
            let c = self.candidates[i * SLOTS + j];
            if c.f0_hz > 0.0 {
                track.f0_hz[i] = Some(c.f0_hz);
                track.strength[i] = c.r;
            }
            j = self.back[i * SLOTS + j] as usize;
        }
    }
}

/// Hz → semitones re [`SEMITONE_REFERENCE_HZ`].
pub fn hz_to_semitones(hz: f64) -> f64 {
    12.0 * (hz / SEMITONE_REFERENCE_HZ).log2()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sine(f0: f64, seconds: f64, amplitude: f64) -> Vec<f32> {
        let n = (seconds * SAMPLE_RATE_HZ) as usize;
        (0..n)
            .map(|i| {
                (amplitude * (2.0 * std::f64::consts::PI * f0 * i as f64 / SAMPLE_RATE_HZ).sin())
                    as f32
            })
            .collect()
    }

    fn cents(a: f64, b: f64) -> f64 {
        1200.0 * (a / b).log2()
    }

    #[test]
    fn a_220_hz_tone_has_f0_220_hz() {
        let track = PitchAnalyzer::new().track(&sine(220.0, 1.0, 0.5));
        assert_eq!(track.len(), frame_count(16_000));
        for f0 in &track.f0_hz {
            let f0 = f0.expect("a steady tone is voiced throughout");
            assert!(cents(f0, 220.0).abs() < 3.0, "{f0}");
        }
        // A 0.5-amplitude sine has RMS 0.354: −9.03 dBFS.
        for db in &track.intensity_db {
            assert!((db - (-9.03)).abs() < 0.1, "{db}");
        }
    }

    #[test]
    fn low_and_high_tones_at_the_ends_of_the_range() {
        let mut analyzer = PitchAnalyzer::new();
        for f0 in [80.0, 110.0, 330.0, 550.0] {
            let track = analyzer.track(&sine(f0, 0.5, 0.3));
            let voiced: Vec<f64> = track.f0_hz.iter().flatten().copied().collect();
            assert!(voiced.len() >= track.len() - 1, "{f0}: {}", voiced.len());
            for v in voiced {
                assert!(cents(v, f0).abs() < 5.0, "{f0}: {v}");
            }
        }
    }

    #[test]
    fn silence_and_noise_are_unvoiced() {
        let mut analyzer = PitchAnalyzer::new();
        let silence = vec![0.0f32; 8000];
        assert!(analyzer.track(&silence).f0_hz.iter().all(Option::is_none));
        // Deterministic white noise.
        let mut state = 12345u64;
        let noise: Vec<f32> = (0..16000)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((state >> 33) as f64 / (1u64 << 31) as f64 - 0.5) as f32 * 0.2
            })
            .collect();
        let track = analyzer.track(&noise);
        let voiced = track.f0_hz.iter().flatten().count();
        assert!(voiced * 10 < track.len(), "{voiced} of {}", track.len());
    }

    #[test]
    fn too_short_input_has_no_frames() {
        assert!(PitchAnalyzer::new().track(&[0.1; 100]).is_empty());
    }
}
