//! Voice activity detection: 16 kHz samples of one channel → the spans where someone speaks.
//!
//! Silero VAD (v5, ONNX, through `ort`) gives a speech probability per 32 ms window (512
//! samples plus 64 samples of context, with a recurrent state carried across windows).
//! `segments_from_probabilities` turns those into segments with the same hysteresis Silero's
//! own `get_speech_timestamps` uses: speech starts at `threshold`, ends only after
//! `min_silence_ms` below `threshold - 0.15`, is dropped if shorter than `min_speech_ms`, and
//! is padded by `speech_pad_ms` on both sides without overlapping its neighbours.
//! Speech that runs on longer than `max_speech_ms` without a pause (a customer in full flow,
//! or a line so noisy that the model never hears silence) is cut where the model was least
//! sure it heard speech, so that no word is cut in two at a Whisper window's edge.
//! Windows of digital silence are not sent to the model at all.

use std::path::Path;

use ort::session::Session;
use ort::value::TensorRef;
use serde::Serialize;

use super::TARGET_SAMPLE_RATE_HZ;
use crate::error::ModelError;
use crate::onnx::OnnxRuntime;
use crate::timeline::{pad_segments, SpeechSegment};

/// Samples per Silero window at 16 kHz (32 ms).
pub const WINDOW_SAMPLES: usize = 512;
/// Samples of the previous window the model also sees.
const CONTEXT_SAMPLES: usize = 64;
/// Width of each of Silero's two recurrent state rows.
const STATE_WIDTH: usize = 128;
/// Windows whose RMS is below this (−70 dBFS) are silence without asking the model.
const SILENCE_RMS: f32 = 3.16e-4;

/// How probabilities become segments. Defaults suit telephone conversations: a pause of
/// under 0.4 s does not split a turn.
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize, Serialize)]
#[serde(default)]
pub struct VadConfig {
    pub threshold: f32,
    pub min_speech_ms: u64,
    pub min_silence_ms: u64,
    pub speech_pad_ms: u64,
    /// Longest segment handed on; longer speech is cut at its quietest point. At most
    /// [`MAX_SPEECH_MS_LIMIT`], so that a segment with Whisper's padding fits a 30 s window.
    pub max_speech_ms: u64,
}

/// Upper bound of `max_speech_ms`: Whisper's 30 s window less its context padding and slack.
pub const MAX_SPEECH_MS_LIMIT: u64 = 29_000;

impl Default for VadConfig {
    fn default() -> Self {
        VadConfig {
            threshold: 0.5,
            min_speech_ms: 250,
            min_silence_ms: 400,
            speech_pad_ms: 100,
            max_speech_ms: 28_000,
        }
    }
}

impl VadConfig {
    pub fn validate(&self) -> Result<(), String> {
        if !(0.2..=0.95).contains(&self.threshold) {
            return Err(format!(
                "vad threshold {} is outside 0.2–0.95",
                self.threshold
            ));
        }
        if !(2_000..=MAX_SPEECH_MS_LIMIT).contains(&self.max_speech_ms) {
            return Err(format!(
                "vad max_speech_ms {} is outside 2000–{MAX_SPEECH_MS_LIMIT}",
                self.max_speech_ms
            ));
        }
        Ok(())
    }
}

/// Silero VAD, one recurrent stream at a time. Owns its ONNX session: one per worker.
pub struct Vad {
    session: Session,
}

impl Vad {
    pub fn load(runtime: &OnnxRuntime, model_path: &Path) -> Result<Self, ModelError> {
        let session = runtime.session(model_path, "the Silero VAD model", 1)?;
        let inputs: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
        if inputs != ["input", "state", "sr"] {
            return Err(ModelError::Load {
                what: "the Silero VAD model",
                path: model_path.to_owned(),
                reason: format!("inputs are {inputs:?}, expected [input, state, sr] (Silero v5)"),
            });
        }
        Ok(Vad { session })
    }

    /// One speech probability per 512-sample window of `samples` (16 kHz).
    pub fn speech_probabilities(&mut self, samples: &[f32]) -> Result<Vec<f32>, ModelError> {
        let mut channels = self.speech_probabilities_of(&[samples])?;
        Ok(channels.pop().expect("one channel"))
    }

    /// [`Self::speech_probabilities`] of each channel, all channels in one batch: one model
    /// run per window for the call instead of one per channel (the model is small enough
    /// that a run costs mostly its overhead). Each channel keeps its own recurrent state,
    /// and a channel whose window is silence keeps it unchanged and scores 0, as alone.
    pub fn speech_probabilities_of(
        &mut self,
        channels: &[&[f32]],
    ) -> Result<Vec<Vec<f32>>, ModelError> {
        let run_error = |e: ort::Error| ModelError::Run {
            what: "voice activity detection",
            reason: e.to_string(),
        };
        let batch = channels.len();
        let width = CONTEXT_SAMPLES + WINDOW_SAMPLES;
        let longest = channels.iter().map(|c| c.len()).max().unwrap_or(0);
        // Silero's state is [2, batch, 128]: channel b's rows are at l * batch + b.
        let mut state = vec![0.0f32; 2 * batch * STATE_WIDTH];
        let mut input = vec![0.0f32; batch * width];
        let sample_rate = [TARGET_SAMPLE_RATE_HZ as i64];
        let mut probabilities: Vec<Vec<f32>> = channels
            .iter()
            .map(|c| Vec::with_capacity(c.len().div_ceil(WINDOW_SAMPLES)))
            .collect();
        let mut heard = vec![false; batch];
        for start in (0..longest).step_by(WINDOW_SAMPLES) {
            for (b, channel) in channels.iter().enumerate() {
                let window =
                    &channel[start.min(channel.len())..(start + WINDOW_SAMPLES).min(channel.len())];
                // Context: the tail of the previous window.
                let row = &mut input[b * width..(b + 1) * width];
                row.copy_within(WINDOW_SAMPLES.., 0);
                row[CONTEXT_SAMPLES..CONTEXT_SAMPLES + window.len()].copy_from_slice(window);
                row[CONTEXT_SAMPLES + window.len()..].fill(0.0);
                heard[b] = !window.is_empty() && rms(window) >= SILENCE_RMS;
                if !heard[b] && !window.is_empty() {
                    probabilities[b].push(0.0);
                }
            }
            if !heard.contains(&true) {
                continue;
            }
            let outputs = self
                .session
                .run(ort::inputs![
                    TensorRef::from_array_view(([batch, width], input.as_slice()))
                        .map_err(run_error)?,
                    TensorRef::from_array_view(([2usize, batch, STATE_WIDTH], state.as_slice()))
                        .map_err(run_error)?,
                    TensorRef::from_array_view(([1usize], sample_rate.as_slice()))
                        .map_err(run_error)?,
                ])
                .map_err(run_error)?;
            let (_, p) = outputs[0].try_extract_tensor::<f32>().map_err(run_error)?;
            let (_, next_state) = outputs[1].try_extract_tensor::<f32>().map_err(run_error)?;
            for b in (0..batch).filter(|&b| heard[b]) {
                probabilities[b].push(p[b]);
                for layer in 0..2 {
                    let rows =
                        (layer * batch + b) * STATE_WIDTH..(layer * batch + b + 1) * STATE_WIDTH;
                    state[rows.clone()].copy_from_slice(&next_state[rows]);
                }
            }
        }
        Ok(probabilities)
    }

    /// The speech segments of one channel.
    pub fn detect_speech(
        &mut self,
        samples: &[f32],
        config: &VadConfig,
    ) -> Result<Vec<SpeechSegment>, ModelError> {
        let mut channels = self.detect_speech_of(&[samples], config)?;
        Ok(channels.pop().expect("one channel"))
    }

    /// The speech segments of each channel, the channels in one batch.
    pub fn detect_speech_of(
        &mut self,
        channels: &[&[f32]],
        config: &VadConfig,
    ) -> Result<Vec<Vec<SpeechSegment>>, ModelError> {
        let probabilities = self.speech_probabilities_of(channels)?;
        Ok(channels
            .iter()
            .zip(&probabilities)
            .map(|(samples, p)| segments_from_probabilities(p, samples.len(), config))
            .collect())
    }
}

fn rms(window: &[f32]) -> f32 {
    (window.iter().map(|v| v * v).sum::<f32>() / window.len() as f32).sqrt()
}

/// Silero's hysteresis and padding over per-window probabilities.
pub fn segments_from_probabilities(
    probabilities: &[f32],
    total_samples: usize,
    config: &VadConfig,
) -> Vec<SpeechSegment> {
    let ms = |v: u64| (v * TARGET_SAMPLE_RATE_HZ as u64 / 1000) as usize;
    let (min_speech, min_silence, pad) = (
        ms(config.min_speech_ms),
        ms(config.min_silence_ms),
        ms(config.speech_pad_ms),
    );
    let off_threshold = (config.threshold - 0.15).max(0.01);

    let mut segments = Vec::new();
    let mut start: Option<usize> = None;
    let mut silence_since: Option<usize> = None;
    for (i, &p) in probabilities.iter().enumerate() {
        let at = i * WINDOW_SAMPLES;
        if p >= config.threshold {
            silence_since = None;
            start.get_or_insert(at);
            continue;
        }
        let Some(s) = start else { continue };
        if p < off_threshold {
            let since = *silence_since.get_or_insert(at);
            if at + WINDOW_SAMPLES - since >= min_silence {
                if since - s >= min_speech {
                    segments.push(SpeechSegment {
                        start_sample: s,
                        end_sample: since,
                    });
                }
                start = None;
                silence_since = None;
            }
        }
    }
    if let Some(s) = start {
        let end = silence_since.unwrap_or(total_samples).min(total_samples);
        if end.saturating_sub(s) >= min_speech {
            segments.push(SpeechSegment {
                start_sample: s,
                end_sample: end,
            });
        }
    }

    let segments = split_long_segments(&segments, probabilities, ms(config.max_speech_ms));
    pad_segments(&segments, pad, total_samples)
}

/// Cuts every segment longer than `max_len` samples into as few pieces as fit, each cut in
/// the window of lowest speech probability near where an even split would cut (the nearest
/// to it of equals). The pieces touch: padding adds nothing between them, and turn building
/// joins them again.
fn split_long_segments(
    segments: &[SpeechSegment],
    probabilities: &[f32],
    max_len: usize,
) -> Vec<SpeechSegment> {
    let mut out = Vec::with_capacity(segments.len());
    for segment in segments {
        let mut start = segment.start_sample;
        while segment.end_sample - start > max_len {
            let remaining = segment.end_sample - start;
            let even = remaining / remaining.div_ceil(max_len);
            // Search from half to one and a half even pieces, never past `max_len`.
            let first = (start + even / 2).div_ceil(WINDOW_SAMPLES);
            let last = ((start + (even + even / 2).min(max_len)) / WINDOW_SAMPLES - 1).max(first);
            let target = (start + even) / WINDOW_SAMPLES;
            let quietest = (first..=last.min(probabilities.len() - 1))
                .min_by(|&a, &b| {
                    probabilities[a]
                        .total_cmp(&probabilities[b])
                        .then(a.abs_diff(target).cmp(&b.abs_diff(target)))
                })
                .unwrap_or(target);
            let cut = quietest * WINDOW_SAMPLES + WINDOW_SAMPLES / 2;
            out.push(SpeechSegment {
                start_sample: start,
                end_sample: cut,
            });
            start = cut;
        }
        out.push(SpeechSegment {
            start_sample: start,
            end_sample: segment.end_sample,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows_for(ms: u64) -> usize {
        (ms as usize * 16) / WINDOW_SAMPLES
    }

    fn probs(pattern: &[(u64, f32)]) -> Vec<f32> {
        pattern
            .iter()
            .flat_map(|&(ms, p)| std::iter::repeat_n(p, windows_for(ms)))
            .collect()
    }

    #[test]
    fn one_utterance_in_silence_is_one_padded_segment() {
        let config = VadConfig::default();
        let p = probs(&[(1024, 0.01), (2048, 0.9), (1024, 0.01)]);
        let total = p.len() * WINDOW_SAMPLES;
        let segments = segments_from_probabilities(&p, total, &config);
        assert_eq!(segments.len(), 1);
        assert_eq!(segments[0].start_ms(), 1024 - 100);
        assert_eq!(segments[0].end_ms(), 1024 + 2048 + 100);
    }

    #[test]
    fn short_pauses_do_not_split_and_long_ones_do() {
        let config = VadConfig::default();
        let p = probs(&[
            (512, 0.0),
            (1024, 0.9),
            (192, 0.05),
            (1024, 0.9),
            (1024, 0.05),
            (1024, 0.9),
            (512, 0.0),
        ]);
        let segments = segments_from_probabilities(&p, p.len() * WINDOW_SAMPLES, &config);
        assert_eq!(segments.len(), 2, "{segments:?}");
        // The 1 s gap is more than twice the padding, so both sides get their full pad.
        assert_eq!(segments[0].end_ms(), 512 + 1024 + 192 + 1024 + 100);
        assert_eq!(segments[1].start_ms(), 512 + 1024 + 192 + 1024 + 1024 - 100);
    }

    #[test]
    fn blips_shorter_than_min_speech_are_dropped() {
        let config = VadConfig::default();
        let p = probs(&[(1024, 0.0), (128, 0.99), (1024, 0.0)]);
        assert!(segments_from_probabilities(&p, p.len() * WINDOW_SAMPLES, &config).is_empty());
    }

    #[test]
    fn hysteresis_keeps_speech_through_middling_probabilities() {
        let config = VadConfig::default();
        // 0.4 is under the start threshold but over the stop threshold (0.35).
        let p = probs(&[(512, 0.0), (512, 0.9), (1024, 0.4), (512, 0.9), (1024, 0.0)]);
        let segments = segments_from_probabilities(&p, p.len() * WINDOW_SAMPLES, &config);
        assert_eq!(segments.len(), 1);
        assert_eq!(segments[0].end_ms(), 512 + 512 + 1024 + 512 + 100);
    }

    #[test]
    fn long_speech_is_cut_at_its_quietest_point() {
        let config = VadConfig::default();
        // 50 s of speech whose only dip (0.4: still speech by the hysteresis) is at 20 s.
        let p = probs(&[
            (992, 0.0),
            (19_008, 0.9),
            (96, 0.4),
            (30_912, 0.9),
            (992, 0.0),
        ]);
        let segments = segments_from_probabilities(&p, p.len() * WINDOW_SAMPLES, &config);
        assert_eq!(segments.len(), 3, "{segments:?}");
        let dip_ms = 992 + 19_008;
        assert!(
            segments[0].end_ms().abs_diff(dip_ms + 48) <= 32,
            "{segments:?}"
        );
        for pair in segments.windows(2) {
            assert_eq!(pair[0].end_sample, pair[1].start_sample, "pieces touch");
        }
        for s in &segments {
            assert!(s.end_ms() - s.start_ms() <= config.max_speech_ms + config.speech_pad_ms);
        }
        assert_eq!(segments[0].start_ms(), 992 - 100);
        assert_eq!(segments[2].end_ms(), 992 + 19_008 + 96 + 30_912 + 100);
    }

    #[test]
    fn long_speech_without_a_dip_is_still_cut_to_length() {
        let config = VadConfig {
            max_speech_ms: 10_000,
            ..VadConfig::default()
        };
        let p = probs(&[(30_016, 0.9)]);
        let segments = segments_from_probabilities(&p, p.len() * WINDOW_SAMPLES, &config);
        assert_eq!(segments.len(), 4, "{segments:?}");
        for s in &segments {
            assert!(
                (7_000..=10_000).contains(&(s.end_ms() - s.start_ms())),
                "{segments:?}"
            );
        }
        assert_eq!(
            segments.last().unwrap().end_sample,
            p.len() * WINDOW_SAMPLES
        );
    }

    #[test]
    fn speech_to_the_end_is_closed_at_the_end() {
        let p = probs(&[(512, 0.0), (2048, 0.9)]);
        let total = p.len() * WINDOW_SAMPLES;
        let segments = segments_from_probabilities(&p, total, &VadConfig::default());
        assert_eq!(segments.last().unwrap().end_sample, total);
    }
}
