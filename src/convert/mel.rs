//! The mel filterbank whisper.cpp reads from the model file.
//!
//! OpenAI's Whisper uses `librosa.filters.mel(sr=16000, n_fft=400, n_mels=N)`
//! (Slaney mel scale, `htk=False`, `norm="slaney"`), shipped as
//! `mel_filters.npz`. This is a line-by-line port of that librosa code,
//! including its float32 storage step between the triangle and the
//! normalisation, so the result matches the shipped filters bit for bit.

/// Whisper's sample rate.
pub const SAMPLE_RATE: u32 = 16_000;
/// Whisper's FFT size (25 ms window).
pub const N_FFT: usize = 400;

/// Whisper's filterbank: `n_mels` rows of `N_FFT / 2 + 1` (= 201) weights, row-major.
pub fn whisper_mel_filters(n_mels: usize) -> Vec<f32> {
    mel_filterbank(SAMPLE_RATE, N_FFT, n_mels)
}

const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;

fn min_log_mel() -> f64 {
    MIN_LOG_HZ / F_SP
}

fn logstep() -> f64 {
    6.4f64.ln() / 27.0
}

/// Hz to Slaney mel (librosa `hz_to_mel`, `htk=False`).
pub fn hz_to_mel(f: f64) -> f64 {
    if f >= MIN_LOG_HZ {
        min_log_mel() + (f / MIN_LOG_HZ).ln() / logstep()
    } else {
        f / F_SP
    }
}

/// Slaney mel to Hz (librosa `mel_to_hz`, `htk=False`).
pub fn mel_to_hz(m: f64) -> f64 {
    if m >= min_log_mel() {
        MIN_LOG_HZ * (logstep() * (m - min_log_mel())).exp()
    } else {
        F_SP * m
    }
}

/// `librosa.filters.mel(sr, n_fft, n_mels)` with fmin 0, fmax sr/2, Slaney
/// scale and Slaney area normalisation, as float32 `[n_mels][n_fft/2+1]`.
pub fn mel_filterbank(sample_rate: u32, n_fft: usize, n_mels: usize) -> Vec<f32> {
    let sr = f64::from(sample_rate);
    let n_freq = n_fft / 2 + 1;
    // np.fft.rfftfreq(n_fft, 1/sr) = arange(n_freq) * (1 / (n_fft * (1/sr)))
    let val = 1.0 / (n_fft as f64 * (1.0 / sr));
    let fftfreqs: Vec<f64> = (0..n_freq).map(|k| k as f64 * val).collect();

    // np.linspace(min_mel, max_mel, n_mels + 2): i * step + start, last = stop.
    let n_pts = n_mels + 2;
    let (lo, hi) = (hz_to_mel(0.0), hz_to_mel(sr / 2.0));
    let step = (hi - lo) / (n_pts - 1) as f64;
    let mel_f: Vec<f64> = (0..n_pts)
        .map(|i| {
            let m = if i == n_pts - 1 {
                hi
            } else {
                i as f64 * step + lo
            };
            mel_to_hz(m)
        })
        .collect();

    let mut weights = vec![0f32; n_mels * n_freq];
    for i in 0..n_mels {
        let fdiff_lo = mel_f[i + 1] - mel_f[i];
        let fdiff_hi = mel_f[i + 2] - mel_f[i + 1];
        let enorm = 2.0 / (mel_f[i + 2] - mel_f[i]);
        for (k, &freq) in fftfreqs.iter().enumerate() {
            let lower = -(mel_f[i] - freq) / fdiff_lo;
            let upper = (mel_f[i + 2] - freq) / fdiff_hi;
            // librosa stores the triangle in a float32 array first…
            // (`np.maximum(0, m)` keeps the -0.0 of `m` at bin 0 of filter 0.)
            let m = lower.min(upper);
            let w = if m < 0.0 { 0.0 } else { m } as f32;
            // …then scales it in float64 and stores float32 again.
            weights[i * n_freq + k] = (f64::from(w) * enorm) as f32;
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn sha256_hex(w: &[f32]) -> String {
        let mut h = Sha256::new();
        for v in w {
            h.update(v.to_le_bytes());
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_values_of_the_80_bin_bank() {
        // Reference values: OpenAI whisper's assets/mel_filters.npz (librosa 0.x, float32 bits).
        let w = whisper_mel_filters(80);
        assert_eq!(w.len(), 80 * 201);
        let at = |r: usize, c: usize| w[r * 201 + c].to_bits();
        assert_eq!(at(0, 1), 0x3ccb_aca4); // 0.024862595
        assert_eq!(at(0, 0), 0x8000_0000); // -0.0, as librosa leaves it
        assert_eq!(at(0, 2), 0);
        assert_eq!(at(1, 2), 0x3cbb_5d95); // 0.022871772
        assert_eq!(at(40, 43), 0x3c71_6d72); // 0.014735566
        assert_eq!(at(79, 186), 0x39c0_473c); // 0.00036674167
        assert_eq!(at(79, 192), 0x3b4f_670e); // 0.0031647119
        assert_eq!(at(60, 100), 0);
        let sum: f64 = w.iter().map(|&v| f64::from(v)).sum();
        assert!((sum - 1.999_024_092_387_117).abs() < 1e-9, "{sum}");
    }

    #[test]
    fn whole_banks_match_openai_assets_bit_for_bit() {
        // sha256 of mel_filters.npz['mel_80'] / ['mel_128'] as little-endian f32.
        assert_eq!(
            sha256_hex(&whisper_mel_filters(80)),
            "4f2701b1d287d74a0dc9871026e9519d98cb76426615f2539b0d151a0ae4ec2e"
        );
        let w128 = whisper_mel_filters(128);
        assert_eq!(w128[1].to_bits(), 0x3c4a_bc43);
        assert_eq!(w128[127 * 201 + 199].to_bits(), 0x3a92_0d0a);
        assert_eq!(
            sha256_hex(&w128),
            "2a5f9822897750e047c85dea37cc268d3be0ecfd23c28a5f10da129d99d05afe"
        );
    }

    #[test]
    fn mel_scale_round_trips() {
        for f in [0.0, 440.0, 1000.0, 4000.0, 8000.0] {
            assert!((mel_to_hz(hz_to_mel(f)) - f).abs() < 1e-9);
        }
        assert!((hz_to_mel(1000.0) - 15.0).abs() < 1e-12);
        assert!((hz_to_mel(8000.0) - 45.245_640_471_924_965).abs() < 1e-9);
    }
}
