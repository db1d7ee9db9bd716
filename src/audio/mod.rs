//! Audio in: a recording file → per-channel 16 kHz `f32` samples.
//!
//! `load` reads WAV (PCM, float, G.711 µ-law/A-law, extensible) with its own streaming
//! reader and everything else (MP3, FLAC, Ogg, ADPCM WAV) through symphonia, one block at a
//! time, checks each block (finite samples, duration limit) and resamples it to 16 kHz as it
//! goes, so only the 16 kHz result is ever held whole: 64 kB per channel-second.
//! Stereo keeps its channels apart, since each is one party of the call.

pub mod compressed;
pub mod g711;
pub mod mask;
pub mod resample;
pub mod vad;
pub mod wav;

use std::path::Path;

use crate::error::DecodeError;
pub use crate::report::SourceFormat;
use crate::timeline::samples_to_ms;
use compressed::CompressedReader;
use resample::StreamResampler;
use wav::{Probe, WavReader};

/// The rate everything after decoding works at: call time's ([`crate::timeline`]).
pub const TARGET_SAMPLE_RATE_HZ: u32 = crate::timeline::SAMPLE_RATE_HZ;
/// Narrowband telephone audio is the lowest rate accepted.
pub const MIN_SAMPLE_RATE_HZ: u32 = 8_000;
/// Studio rates are accepted; anything higher is a broken header.
pub const MAX_SAMPLE_RATE_HZ: u32 = 192_000;
/// Frames decoded per block.
const BLOCK_FRAMES: usize = 8_192;

/// A decoded call: one 16 kHz buffer per channel, all the same length.
#[derive(Debug, Clone)]
pub struct Recording {
    pub channels: Vec<Vec<f32>>,
    pub source: SourceFormat,
    /// Problems that did not stop decoding (a truncated data chunk, corrupt packets).
    pub warnings: Vec<String>,
}

impl Recording {
    pub fn frames(&self) -> usize {
        self.channels.first().map_or(0, Vec::len)
    }

    pub fn duration_ms(&self) -> u64 {
        samples_to_ms(self.frames())
    }
}

/// Limits on what `load` accepts.
#[derive(Debug, Clone, Copy)]
pub struct DecodeOptions {
    /// Longest recording accepted, in seconds.
    pub max_duration_s: u64,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_duration_s: 4 * 3600,
        }
    }
}

enum Reader {
    Wav(WavReader),
    Compressed(CompressedReader),
}

impl Reader {
    fn read_frames(&mut self, max_frames: usize, out: &mut Vec<f32>) -> Result<usize, DecodeError> {
        match self {
            Reader::Wav(r) => r.read_frames(max_frames, out),
            Reader::Compressed(r) => r.read_frames(max_frames, out),
        }
    }
}

/// Opens `path` with the right reader and describes it.
fn open(path: &Path) -> Result<(Reader, SourceFormat), DecodeError> {
    let wav_codec = match WavReader::probe(path)? {
        Probe::Wav(reader) => {
            let f = reader.format;
            let source = SourceFormat {
                container: "wav".into(),
                codec: f.encoding.name().into(),
                channels: f.channels,
                sample_rate_hz: f.sample_rate_hz,
            };
            return Ok((Reader::Wav(reader), source));
        }
        Probe::OtherCodec { format_tag } => Some(format_tag),
        Probe::NotWav => None,
    };
    match CompressedReader::open(path) {
        Ok(Some(reader)) => {
            let source = SourceFormat {
                container: if wav_codec.is_some() {
                    "wav"
                } else {
                    reader.codec.as_str()
                }
                .into(),
                codec: reader.codec.clone(),
                channels: reader.channels,
                sample_rate_hz: reader.sample_rate_hz,
            };
            Ok((Reader::Compressed(reader), source))
        }
        Ok(None) | Err(_) if wav_codec.is_some() => Err(DecodeError::UnsupportedCodec(
            wav::codec_name(wav_codec.expect("checked")),
        )),
        Ok(None) => Err(DecodeError::NotAudio(
            "not WAV, FLAC, MP3 or Ogg: no known header".into(),
        )),
        Err(e) => Err(e),
    }
}

/// Reads and validates the header of `path` without decoding the audio.
pub fn probe(path: &Path) -> Result<SourceFormat, DecodeError> {
    let (_, source) = open(path)?;
    validate(&source)?;
    Ok(source)
}

fn validate(source: &SourceFormat) -> Result<(), DecodeError> {
    if source.channels == 0 || source.channels > 2 {
        return Err(DecodeError::ChannelCount(source.channels));
    }
    if !(MIN_SAMPLE_RATE_HZ..=MAX_SAMPLE_RATE_HZ).contains(&source.sample_rate_hz) {
        return Err(DecodeError::SampleRate {
            rate_hz: source.sample_rate_hz,
            min_hz: MIN_SAMPLE_RATE_HZ,
            max_hz: MAX_SAMPLE_RATE_HZ,
        });
    }
    Ok(())
}

/// Decodes `path` to 16 kHz channels.
pub fn load(path: &Path, options: &DecodeOptions) -> Result<Recording, DecodeError> {
    let (mut reader, source) = open(path)?;
    validate(&source)?;
    let channels = source.channels as usize;
    let rate = source.sample_rate_hz as u64;
    let max_frames = options.max_duration_s * rate;
    if let Reader::Wav(w) = &reader {
        if let Some(declared) = w.declared_frames().filter(|&f| f > max_frames) {
            return Err(DecodeError::TooLong {
                seconds: declared as f64 / rate as f64,
                limit_seconds: options.max_duration_s,
            });
        }
    }

    let mut resampler =
        StreamResampler::new(source.sample_rate_hz, TARGET_SAMPLE_RATE_HZ, channels);
    let mut out = vec![Vec::new(); channels];
    let mut interleaved = Vec::with_capacity(BLOCK_FRAMES * channels);
    let mut split = vec![Vec::with_capacity(BLOCK_FRAMES); channels];
    let mut frames_read = 0u64;
    loop {
        interleaved.clear();
        let n = reader.read_frames(BLOCK_FRAMES, &mut interleaved)?;
        if n == 0 {
            break;
        }
        if let Some(i) = interleaved.iter().position(|v| !v.is_finite()) {
            let frame = frames_read + (i / channels) as u64;
            return Err(DecodeError::NonFinite {
                at_ms: frame * 1000 / rate,
            });
        }
        frames_read += n as u64;
        if frames_read > max_frames {
            return Err(DecodeError::TooLong {
                seconds: frames_read as f64 / rate as f64,
                limit_seconds: options.max_duration_s,
            });
        }
        for (c, channel) in split.iter_mut().enumerate() {
            channel.clear();
            channel.extend(interleaved.iter().skip(c).step_by(channels));
        }
        let blocks: Vec<&[f32]> = split.iter().map(Vec::as_slice).collect();
        resampler.push(&blocks, &mut out);
    }
    resampler.finish(&mut out);

    let mut warnings = Vec::new();
    match reader {
        Reader::Wav(w) => {
            if let Some(short) = w.short_data {
                warnings.push(format!(
                    "the WAV data chunk declares {} bytes but the file holds {}: the recording \
                     looks truncated; analysed the {:.1} s present",
                    short.declared_bytes,
                    short.present_bytes,
                    frames_read as f64 / rate as f64
                ));
            }
        }
        Reader::Compressed(c) => {
            if c.corrupt_packets > 0 {
                warnings.push(format!(
                    "skipped {} corrupt audio packets",
                    c.corrupt_packets
                ));
            }
        }
    }
    for w in &warnings {
        tracing::warn!(path = %path.display(), "{w}");
    }
    Ok(Recording {
        channels: out,
        source,
        warnings,
    })
}
