//! Streaming sample-rate conversion to the 16 kHz that Whisper and the VAD expect.
//!
//! In: blocks of per-channel `f32` samples at the recording's rate. Out: the same channels
//! at the target rate, appended to growing buffers, aligned with the input (the resampler's
//! delay is removed) and exactly `ceil(n · out / in)` samples long.
//!
//! rubato's synchronous FFT resampler does the work: its anti-aliasing filter (a
//! Blackman-Harris-windowed sinc as long as the FFT) attenuates content above the new Nyquist
//! frequency by far more than the 60 dB speech analysis needs; the tests measure it.

use rubato::{FftFixedInOut, Resampler};

/// Input frames per FFT block (rubato rounds it to a multiple of the rate ratio).
const CHUNK_FRAMES: usize = 1024;

/// Converts a stream of channels from one rate to another.
pub struct StreamResampler {
    inner: Option<FftFixedInOut<f32>>,
    input_rate_hz: u32,
    output_rate_hz: u32,
    /// Input waiting for a full block, per channel.
    pending: Vec<Vec<f32>>,
    scratch_out: Vec<Vec<f32>>,
    /// Output samples still to drop at the start (the filter's delay).
    delay_left: usize,
    frames_in: u64,
    frames_out: u64,
}

impl StreamResampler {
    pub fn new(input_rate_hz: u32, output_rate_hz: u32, channels: usize) -> Self {
        let inner = (input_rate_hz != output_rate_hz).then(|| {
            FftFixedInOut::new(
                input_rate_hz as usize,
                output_rate_hz as usize,
                CHUNK_FRAMES,
                channels,
            )
            .expect("rates are validated before resampling")
        });
        let delay_left = inner.as_ref().map_or(0, |r| r.output_delay());
        let scratch_out = inner
            .as_ref()
            .map_or_else(Vec::new, |r| r.output_buffer_allocate(true));
        StreamResampler {
            inner,
            input_rate_hz,
            output_rate_hz,
            pending: vec![Vec::new(); channels],
            scratch_out,
            delay_left,
            frames_in: 0,
            frames_out: 0,
        }
    }

    /// Output frames owed for the input so far.
    fn frames_owed(&self) -> u64 {
        (self.frames_in * self.output_rate_hz as u64).div_ceil(self.input_rate_hz as u64)
    }

    /// Feeds one block (one slice per channel, equal lengths); appends output to `out`.
    pub fn push(&mut self, input: &[&[f32]], out: &mut [Vec<f32>]) {
        self.frames_in += input.first().map_or(0, |c| c.len()) as u64;
        let Some(resampler) = &mut self.inner else {
            for (o, i) in out.iter_mut().zip(input) {
                o.extend_from_slice(i);
            }
            return;
        };
        for (p, i) in self.pending.iter_mut().zip(input) {
            p.extend_from_slice(i);
        }
        let block = resampler.input_frames_next();
        let mut start = 0;
        while self.pending[0].len() - start >= block {
            let chunk: Vec<&[f32]> = self
                .pending
                .iter()
                .map(|p| &p[start..start + block])
                .collect();
            let (_, produced) = resampler
                .process_into_buffer(&chunk, &mut self.scratch_out, None)
                .expect("buffers are sized by the resampler");
            start += block;
            Self::emit(
                &self.scratch_out,
                produced,
                &mut self.delay_left,
                &mut self.frames_out,
                u64::MAX,
                out,
            );
        }
        for p in &mut self.pending {
            p.drain(..start);
        }
    }

    /// Flushes what is buffered; after this the output holds exactly the owed frames.
    pub fn finish(&mut self, out: &mut [Vec<f32>]) {
        let owed = self.frames_owed();
        let Some(resampler) = &mut self.inner else {
            return;
        };
        // rubato wants `None` rather than empty channels.
        let mut tail =
            Some(std::mem::take(&mut self.pending)).filter(|p| p.iter().all(|c| !c.is_empty()));
        while self.frames_out < owed {
            let input = tail.take();
            let produced = resampler
                .process_partial_into_buffer(input.as_deref(), &mut self.scratch_out, None)
                .expect("buffers are sized by the resampler")
                .1;
            Self::emit(
                &self.scratch_out,
                produced,
                &mut self.delay_left,
                &mut self.frames_out,
                owed,
                out,
            );
        }
    }

    fn emit(
        scratch: &[Vec<f32>],
        produced: usize,
        delay_left: &mut usize,
        frames_out: &mut u64,
        limit: u64,
        out: &mut [Vec<f32>],
    ) {
        let skip = (*delay_left).min(produced);
        *delay_left -= skip;
        let take = ((produced - skip) as u64).min(limit - *frames_out) as usize;
        for (o, s) in out.iter_mut().zip(scratch) {
            o.extend_from_slice(&s[skip..skip + take]);
        }
        *frames_out += take as u64;
    }
}

/// Resamples one whole channel (tests, tools).
pub fn resample(samples: &[f32], input_rate_hz: u32, output_rate_hz: u32) -> Vec<f32> {
    let mut stream = StreamResampler::new(input_rate_hz, output_rate_hz, 1);
    let mut out = vec![Vec::new()];
    for block in samples.chunks(10_000) {
        stream.push(&[block], &mut out);
    }
    stream.finish(&mut out);
    out.pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::PI;

    /// A sine at half scale; the phase is computed in f64 (f32 phase noise alone would
    /// sit at about -60 dB and hide what is measured).
    fn tone(freq_hz: f64, rate_hz: u32, seconds: f64) -> Vec<f32> {
        (0..(rate_hz as f64 * seconds) as usize)
            .map(|n| ((2.0 * PI * freq_hz * n as f64 / rate_hz as f64).sin() * 0.5) as f32)
            .collect()
    }

    /// Amplitude of `freq_hz` in `x` by correlation with a quadrature pair (a one-bin DFT).
    fn amplitude_at(x: &[f32], freq_hz: f64, rate_hz: u32) -> f64 {
        let (mut re, mut im) = (0.0f64, 0.0f64);
        for (n, &v) in x.iter().enumerate() {
            let phase = 2.0 * PI * freq_hz * n as f64 / rate_hz as f64;
            re += v as f64 * phase.cos();
            im += v as f64 * phase.sin();
        }
        2.0 * (re * re + im * im).sqrt() / x.len() as f64
    }

    fn rms(x: &[f32]) -> f64 {
        (x.iter().map(|&v| (v as f64).powi(2)).sum::<f64>() / x.len() as f64).sqrt()
    }

    #[test]
    fn a_tone_keeps_its_frequency_and_level() {
        for input_rate in [8_000, 11_025, 22_050, 44_100, 48_000] {
            let out = resample(&tone(440.0, input_rate, 1.0), input_rate, 16_000);
            assert_eq!(out.len(), 16_000, "length at {input_rate} Hz");
            let middle = &out[2_000..14_000];
            let at_440 = amplitude_at(middle, 440.0, 16_000);
            assert!(
                (at_440 - 0.5).abs() < 0.01,
                "{input_rate} Hz: 440 Hz at {at_440}"
            );
            // Nothing else appears: no harmonics, no images of the input rate.
            for other in [880.0, 1_000.0, 3_000.0] {
                let level = amplitude_at(middle, other, 16_000);
                assert!(level < 1e-3, "{input_rate} Hz: {other} Hz at {level}");
            }
        }
    }

    #[test]
    fn content_above_the_new_nyquist_is_attenuated_by_60_db() {
        // 10 kHz and 15 kHz tones in 48 kHz audio have no place in 16 kHz audio.
        for freq in [9_000.0, 10_000.0, 15_000.0, 20_000.0] {
            let input = tone(freq, 48_000, 1.0);
            let out = resample(&input, 48_000, 16_000);
            let attenuation_db = 20.0 * (rms(&out[2_000..14_000]) / rms(&input)).log10();
            assert!(
                attenuation_db < -60.0,
                "{freq} Hz only {attenuation_db:.1} dB down"
            );
        }
    }

    #[test]
    fn timing_is_preserved() {
        // A click at 0.5 s stays at 0.5 s (± 1 ms) after conversion.
        let mut input = vec![0.0f32; 8_000];
        input[4_000] = 1.0;
        let out = resample(&input, 8_000, 16_000);
        let peak = out
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))
            .unwrap()
            .0;
        assert!(
            (peak as i64 - 8_000).abs() <= 16,
            "click moved to sample {peak}"
        );
    }

    #[test]
    fn same_rate_passes_through() {
        let x = tone(300.0, 16_000, 0.1);
        assert_eq!(resample(&x, 16_000, 16_000), x);
    }
}
