//! Masking stretches of a recording: personal data said aloud, replaced by a tone or by
//! silence on the speaker's channel only, and the result written as a WAV file.
//!
//! In: decoded channels at [`SAMPLE_RATE_HZ`] (16 kHz, as [`super::load`] gives them) and the
//! stretches to mask ([`ChannelSpan`]: a channel and a time span in ms). Out: the same
//! channels with each stretch, widened by [`MASK_PAD_MS`] on each side and then, where the
//! voice runs on past that, on to the nearest pause within [`MAX_WIDEN_MS`] (Whisper often
//! gives the pause before a run of digits, and the first digit, to the word before), replaced
//! by a [`BEEP_HZ`] tone at [`BEEP_AMPLITUDE`] (about −20 dBFS) or by silence; the other
//! channels and the rest of the call are untouched, sample for sample. [`write_wav`] writes channels as
//! 16-bit PCM at 16 kHz with the recording's channel count.

use std::path::Path;

use crate::timeline::{ms_to_samples, ChannelSpan, SAMPLE_RATE_HZ};

/// What replaces a masked stretch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mask {
    /// A [`BEEP_HZ`] tone at [`BEEP_AMPLITUDE`]: a listener hears that something was removed.
    #[default]
    Beep,
    /// Digital silence.
    Silence,
}

impl std::str::FromStr for Mask {
    type Err = String;

    fn from_str(s: &str) -> Result<Mask, String> {
        match s {
            "beep" => Ok(Mask::Beep),
            "silence" => Ok(Mask::Silence),
            other => Err(format!("`{other}`: expected `beep` or `silence`")),
        }
    }
}

impl std::fmt::Display for Mask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Mask::Beep => "beep",
            Mask::Silence => "silence",
        })
    }
}

/// Frequency of the tone that replaces a masked stretch.
pub const BEEP_HZ: f32 = 1000.0;

/// Peak amplitude of the tone (full scale 1.0): −20 dBFS, clearly heard, never painful.
pub const BEEP_AMPLITUDE: f32 = 0.1;

/// How far a masked stretch reaches beyond the words' own times on each side: word
/// timestamps are a few tens of ms off, and the start of a digit must not be left audible.
pub const MASK_PAD_MS: u64 = 150;

/// How far beyond its pad a masked stretch may grow to reach a pause in the voice.
pub const MAX_WIDEN_MS: u64 = 750;

/// A pause: [`PAUSE_FRAME_MS`] quieter, as a whole, than this fraction of the masked words' own
/// RMS level (−20 dB), or than [`PAUSE_FLOOR`], whichever is higher.
const PAUSE_RELATIVE: f32 = 0.1;

/// Below this RMS (−50 dBFS) a frame is a pause whatever the words' level.
const PAUSE_FLOOR: f32 = 0.003;

/// Length of a pause: longer than the gaps between digits read out one by one (30–60 ms),
/// shorter than the breath before a number is read.
const PAUSE_FRAME_MS: u64 = 100;

/// Step of the pause search.
const PAUSE_STEP_MS: u64 = 10;

/// Fade in and out of the tone, so that it starts and stops without a click.
const FADE_MS: u64 = 5;

/// Replaces each of `spans` on its channel of `channels` (16 kHz) by `mask`: widened by
/// `pad_ms` on each side, then on to the nearest pause within [`MAX_WIDEN_MS`] where the
/// voice goes on, clipped to the recording ([`masked_range`]). A span on a channel the
/// recording does not have is skipped.
pub fn mask_spans(channels: &mut [Vec<f32>], spans: &[ChannelSpan], mask: Mask, pad_ms: u64) {
    let fade = ms_to_samples(FADE_MS).max(1);
    for span in spans {
        let Some(samples) = channels.get_mut(span.channel) else {
            continue;
        };
        let (start, end) = masked_range(samples, span, pad_ms);
        if start >= end {
            continue;
        }
        let len = end - start;
        for (i, sample) in samples[start..end].iter_mut().enumerate() {
            *sample = match mask {
                Mask::Silence => 0.0,
                Mask::Beep => {
                    let edge = i.min(len - 1 - i);
                    let gain = (edge as f32 / fade as f32).min(1.0);
                    let t = (start + i) as f32 / SAMPLE_RATE_HZ as f32;
                    gain * BEEP_AMPLITUDE * (std::f32::consts::TAU * BEEP_HZ * t).sin()
                }
            };
        }
    }
}

/// The samples `start..end` of `samples` (one channel, 16 kHz) that masking `span` replaces:
/// the span widened by `pad_ms` each side; then each edge, if the voice is still sounding
/// there, moved outward to the nearest pause ([`PAUSE_FRAME_MS`] quieter than the span's own
/// level by 20 dB, or than −50 dBFS) at most [`MAX_WIDEN_MS`] further; if there
/// is none that close, the edge stays at the pad (in speech that runs on, Whisper's word edges
/// are close to the truth).
pub fn masked_range(samples: &[f32], span: &ChannelSpan, pad_ms: u64) -> (usize, usize) {
    let len = samples.len();
    let start = ms_to_samples(span.start_ms.saturating_sub(pad_ms)).min(len);
    let end = ms_to_samples(span.end_ms.saturating_add(pad_ms)).min(len);
    if start >= end {
        return (start, end);
    }
    let words =
        &samples[ms_to_samples(span.start_ms).min(len)..ms_to_samples(span.end_ms).min(len)];
    let threshold = (rms(words) * PAUSE_RELATIVE).max(PAUSE_FLOOR);
    let frame = ms_to_samples(PAUSE_FRAME_MS);
    let step = ms_to_samples(PAUSE_STEP_MS);
    let reach = ms_to_samples(MAX_WIDEN_MS);
    let quiet = |from: usize| rms(&samples[from..(from + frame).min(len)]) < threshold;
    // Backward: the stretch ending at the edge, then earlier ones, a step at a time.
    let mut new_start = start;
    let mut at = start;
    while !quiet(at.saturating_sub(frame)) {
        if at == 0 {
            break;
        }
        if start - at >= reach {
            new_start = start;
            break;
        }
        at = at.saturating_sub(step);
        new_start = at;
    }
    // Forward: the stretch starting at the edge, then later ones.
    let mut new_end = end;
    let mut at = end;
    while at < len && !quiet(at) {
        if at - end >= reach {
            new_end = end;
            break;
        }
        at = (at + step).min(len);
        new_end = at;
    }
    (new_start, new_end)
}

fn rms(samples: &[f32]) -> f32 {
    if samples.is_empty() {
        return 0.0;
    }
    (samples.iter().map(|x| x * x).sum::<f32>() / samples.len() as f32).sqrt()
}

/// Writes `channels` (16 kHz, all of one length) to `path` as a 16-bit PCM WAV file with as
/// many channels, samples clipped to full scale.
pub fn write_wav(path: &Path, channels: &[Vec<f32>]) -> std::io::Result<()> {
    let spec = hound::WavSpec {
        channels: channels.len().max(1) as u16,
        sample_rate: SAMPLE_RATE_HZ,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let fail = |e: hound::Error| match e {
        hound::Error::IoError(e) => e,
        other => std::io::Error::other(other.to_string()),
    };
    let mut writer = hound::WavWriter::create(path, spec).map_err(fail)?;
    let frames = channels.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..frames {
        for channel in channels {
            let x = channel.get(i).copied().unwrap_or(0.0).clamp(-1.0, 1.0);
            writer
                .write_sample((x * i16::MAX as f32).round() as i16)
                .map_err(fail)?;
        }
    }
    writer.finalize().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rms(samples: &[f32]) -> f32 {
        (samples.iter().map(|x| x * x).sum::<f32>() / samples.len().max(1) as f32).sqrt()
    }

    fn speech_like(len: usize, seed: f32) -> Vec<f32> {
        (0..len)
            .map(|i| 0.3 * ((i as f32 * 0.05 + seed).sin() * (i as f32 * 0.0031).cos()))
            .collect()
    }

    #[test]
    fn a_beeped_span_is_the_tone_on_its_channel_only_and_nothing_else_changes() {
        let original = vec![speech_like(48_000, 0.0), speech_like(48_000, 1.0)];
        let mut channels = original.clone();
        let span = ChannelSpan {
            channel: 1,
            start_ms: 1000,
            end_ms: 1500,
        };
        mask_spans(&mut channels, &[span], Mask::Beep, MASK_PAD_MS);

        // The other channel: untouched, sample for sample.
        assert_eq!(channels[0], original[0]);
        // Outside the padded span: untouched.
        let (from, to) = (ms_to_samples(850), ms_to_samples(1650));
        assert_eq!(channels[1][..from], original[1][..from]);
        assert_eq!(channels[1][to..], original[1][to..]);
        // Inside: a sine of amplitude BEEP_AMPLITUDE (rms a/√2) at 1 kHz (16 samples a period).
        let inside = &channels[1][ms_to_samples(1000)..ms_to_samples(1500)];
        let expected_rms = BEEP_AMPLITUDE / 2f32.sqrt();
        assert!((rms(inside) - expected_rms).abs() < 1e-3, "{}", rms(inside));
        for (a, b) in inside.iter().zip(&inside[16..]) {
            assert!((a - b).abs() < 1e-3, "not a 1 kHz tone: {a} then {b}");
        }
        assert_ne!(
            inside,
            &original[1][ms_to_samples(1000)..ms_to_samples(1500)]
        );
    }

    #[test]
    fn a_silenced_span_is_zero_and_a_span_past_the_end_is_clipped() {
        let original = vec![speech_like(16_000, 0.5)];
        let mut channels = original.clone();
        let spans = [
            ChannelSpan {
                channel: 0,
                start_ms: 900,
                end_ms: 5000,
            },
            // A channel the recording does not have: skipped.
            ChannelSpan {
                channel: 3,
                start_ms: 0,
                end_ms: 100,
            },
        ];
        mask_spans(&mut channels, &spans, Mask::Silence, 100);
        assert_eq!(channels.len(), 1);
        assert!(channels[0][ms_to_samples(800)..].iter().all(|&x| x == 0.0));
        assert_eq!(
            channels[0][..ms_to_samples(800)],
            original[0][..ms_to_samples(800)]
        );
    }

    #[test]
    fn a_written_wav_reads_back_with_its_channels_and_rate() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.wav");
        let channels = vec![vec![0.5; 160], vec![-0.25; 160]];
        write_wav(&path, &channels).unwrap();
        let mut reader = hound::WavReader::open(&path).unwrap();
        let spec = reader.spec();
        assert_eq!(
            (spec.channels, spec.sample_rate, spec.bits_per_sample),
            (2, 16_000, 16)
        );
        let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
        assert_eq!(samples.len(), 320);
        assert_eq!(samples[0], (0.5 * i16::MAX as f32).round() as i16);
        assert_eq!(samples[1], (-0.25 * i16::MAX as f32).round() as i16);
    }

    #[test]
    fn a_mask_reaches_back_to_the_pause_before_the_words_when_the_voice_runs_on() {
        // Speech to 1000 ms, a pause to 1250 ms, the digits from 1250 ms to the end (4 s);
        // Whisper puts the first digit's start at 1700 ms (the word before took the pause
        // and the digit).
        let mut samples = speech_like(ms_to_samples(4000), 0.2);
        samples[ms_to_samples(1000)..ms_to_samples(1250)].fill(0.0);
        let span = ChannelSpan {
            channel: 0,
            start_ms: 1700,
            end_ms: 2500,
        };
        let (start, end) = masked_range(&samples, &span, MASK_PAD_MS);
        assert!(
            (ms_to_samples(1230)..=ms_to_samples(1250)).contains(&start),
            "{start}"
        );
        // No pause within reach after the words: the end stays at the pad.
        assert_eq!(end, ms_to_samples(2500 + MASK_PAD_MS));
        // In speech that runs on, both edges stay at the pad.
        let running = speech_like(ms_to_samples(4000), 0.2);
        assert_eq!(
            masked_range(&running, &span, MASK_PAD_MS),
            (ms_to_samples(1550), ms_to_samples(2650))
        );
        // A pause beyond reach is not looked for.
        let far = ChannelSpan {
            start_ms: 2200,
            ..span
        };
        assert_eq!(masked_range(&samples, &far, 0).0, ms_to_samples(2200));
    }

    #[test]
    fn a_mask_is_named_beep_or_silence() {
        assert_eq!("beep".parse::<Mask>(), Ok(Mask::Beep));
        assert_eq!("silence".parse::<Mask>(), Ok(Mask::Silence));
        assert!("tone".parse::<Mask>().is_err());
        assert_eq!(Mask::Silence.to_string(), "silence");
    }
}
