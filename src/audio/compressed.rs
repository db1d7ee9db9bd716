//! Compressed and other containers through symphonia: MP3, FLAC, Ogg Vorbis, and the WAV
//! codecs the plain reader leaves aside (MS and IMA ADPCM).
//!
//! In: a file path. Out: blocks of interleaved `f32` samples, packet by packet. A corrupt
//! packet is skipped and counted, as media players do; a stream that yields no audio at all
//! is an error.

use std::fs::File;
use std::path::Path;

use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::{Decoder, DecoderOptions, CODEC_TYPE_NULL};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::{FormatOptions, FormatReader};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

use crate::error::DecodeError;

/// Reads one audio track of a compressed file.
pub struct CompressedReader {
    format: Box<dyn FormatReader>,
    decoder: Box<dyn Decoder>,
    track_id: u32,
    pub codec: String,
    pub channels: u16,
    pub sample_rate_hz: u32,
    /// Frames decoded but not yet handed out (interleaved).
    pending: Vec<f32>,
    sample_buffer: Option<SampleBuffer<f32>>,
    /// Packets the decoder refused.
    pub corrupt_packets: u64,
}

impl CompressedReader {
    /// Probes `path`; `Ok(None)` when symphonia does not recognise the container either.
    pub fn open(path: &Path) -> Result<Option<Self>, DecodeError> {
        let file = File::open(path)?;
        let stream = MediaSourceStream::new(Box::new(file), Default::default());
        let mut hint = Hint::new();
        if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
            hint.with_extension(ext);
        }
        let probed = match symphonia::default::get_probe().format(
            &hint,
            stream,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        ) {
            Ok(probed) => probed,
            Err(SymphoniaError::Unsupported(_)) => return Ok(None),
            Err(SymphoniaError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                return Ok(None)
            }
            Err(e) => return Err(DecodeError::Corrupt(e.to_string())),
        };
        let format = probed.format;
        let track = format
            .tracks()
            .iter()
            .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
            .ok_or_else(|| DecodeError::NotAudio("the container holds no audio track".into()))?;
        let codec = symphonia::default::get_codecs()
            .get_codec(track.codec_params.codec)
            .map(|c| c.short_name.to_string())
            .unwrap_or_else(|| format!("codec {:?}", track.codec_params.codec));
        let decoder = symphonia::default::get_codecs()
            .make(&track.codec_params, &DecoderOptions::default())
            .map_err(|e| DecodeError::UnsupportedCodec(format!("{codec}: {e}")))?;
        let track_id = track.id;
        let mut reader = CompressedReader {
            format,
            decoder,
            track_id,
            codec,
            channels: 0,
            sample_rate_hz: 0,
            pending: Vec::new(),
            sample_buffer: None,
            corrupt_packets: 0,
        };
        // Decode up to the first good packet: MP3 says its layout only there.
        if !reader.decode_next_packet()? {
            return Err(DecodeError::Corrupt(
                "the stream ends before its first decodable audio packet".into(),
            ));
        }
        Ok(Some(reader))
    }

    /// Decodes packets until one yields audio; `false` at the end of the stream.
    fn decode_next_packet(&mut self) -> Result<bool, DecodeError> {
        loop {
            let packet = match self.format.next_packet() {
                Ok(packet) => packet,
                Err(SymphoniaError::IoError(e))
                    if e.kind() == std::io::ErrorKind::UnexpectedEof =>
                {
                    return Ok(false)
                }
                Err(SymphoniaError::ResetRequired) => return Ok(false),
                Err(SymphoniaError::IoError(e)) => return Err(DecodeError::Io(e)),
                Err(e) => return Err(DecodeError::Corrupt(e.to_string())),
            };
            if packet.track_id() != self.track_id {
                continue;
            }
            match self.decoder.decode(&packet) {
                Ok(decoded) => {
                    let spec = *decoded.spec();
                    if decoded.frames() == 0 {
                        continue;
                    }
                    let channels = spec.channels.count() as u16;
                    if self.channels == 0 {
                        self.channels = channels;
                        self.sample_rate_hz = spec.rate;
                    } else if channels != self.channels || spec.rate != self.sample_rate_hz {
                        return Err(DecodeError::Corrupt(format!(
                            "the stream changes from {} channel(s) at {} Hz to {channels} at {} Hz",
                            self.channels, self.sample_rate_hz, spec.rate
                        )));
                    }
                    let buffer = match &mut self.sample_buffer {
                        Some(b) if b.capacity() >= decoded.capacity() => b,
                        slot => slot.insert(SampleBuffer::new(decoded.capacity() as u64, spec)),
                    };
                    buffer.copy_interleaved_ref(decoded);
                    self.pending.extend_from_slice(buffer.samples());
                    return Ok(true);
                }
                Err(SymphoniaError::DecodeError(_)) => self.corrupt_packets += 1,
                Err(SymphoniaError::IoError(e))
                    if e.kind() == std::io::ErrorKind::UnexpectedEof =>
                {
                    return Ok(false)
                }
                Err(e) => return Err(DecodeError::Corrupt(e.to_string())),
            }
        }
    }

    /// Appends up to `max_frames` interleaved frames to `out`; 0 at the end.
    pub fn read_frames(
        &mut self,
        max_frames: usize,
        out: &mut Vec<f32>,
    ) -> Result<usize, DecodeError> {
        let channels = self.channels as usize;
        while self.pending.len() < max_frames * channels {
            if !self.decode_next_packet()? {
                break;
            }
        }
        let take = self.pending.len().min(max_frames * channels) / channels * channels;
        out.extend(self.pending.drain(..take));
        Ok(take / channels)
    }
}
