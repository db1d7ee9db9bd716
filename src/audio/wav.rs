//! A streaming RIFF/WAVE reader for what call recorders write.
//!
//! In: a WAV file with PCM (8-bit unsigned, 16/24/32-bit signed), IEEE float (32/64-bit),
//! G.711 µ-law or A-law, plain or WAVE_FORMAT_EXTENSIBLE. Out: blocks of interleaved `f32`
//! samples in [-1, 1], read a block at a time so a two-hour call never sits in memory twice.
//!
//! Recorders that crash or stream to disk leave a `data` chunk that declares more bytes
//! than the file holds (or `0xFFFFFFFF`); those are read to the end of the file and the
//! shortfall is reported as a warning, so the call is not lost.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::g711::{ALAW_TO_F32, MULAW_TO_F32};
use crate::error::DecodeError;

const WAVE_FORMAT_PCM: u16 = 0x0001;
const WAVE_FORMAT_IEEE_FLOAT: u16 = 0x0003;
const WAVE_FORMAT_ALAW: u16 = 0x0006;
const WAVE_FORMAT_MULAW: u16 = 0x0007;
const WAVE_FORMAT_EXTENSIBLE: u16 = 0xFFFE;

/// How the samples of a WAV file are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleEncoding {
    PcmU8,
    PcmI16,
    PcmI24,
    PcmI32,
    Float32,
    Float64,
    MuLaw,
    ALaw,
}

impl SampleEncoding {
    pub fn bytes_per_sample(self) -> usize {
        match self {
            Self::PcmU8 | Self::MuLaw | Self::ALaw => 1,
            Self::PcmI16 => 2,
            Self::PcmI24 => 3,
            Self::PcmI32 | Self::Float32 => 4,
            Self::Float64 => 8,
        }
    }

    /// A short name for reports: `pcm_s16le`, `mulaw`, …
    pub fn name(self) -> &'static str {
        match self {
            Self::PcmU8 => "pcm_u8",
            Self::PcmI16 => "pcm_s16le",
            Self::PcmI24 => "pcm_s24le",
            Self::PcmI32 => "pcm_s32le",
            Self::Float32 => "pcm_f32le",
            Self::Float64 => "pcm_f64le",
            Self::MuLaw => "mulaw",
            Self::ALaw => "alaw",
        }
    }

    fn decode(self, bytes: &[u8], out: &mut Vec<f32>) {
        match self {
            Self::PcmU8 => out.extend(bytes.iter().map(|&b| (b as f32 - 128.0) / 128.0)),
            Self::MuLaw => out.extend(bytes.iter().map(|&b| MULAW_TO_F32[b as usize])),
            Self::ALaw => out.extend(bytes.iter().map(|&b| ALAW_TO_F32[b as usize])),
            Self::PcmI16 => out.extend(
                bytes
                    .chunks_exact(2)
                    .map(|b| i16::from_le_bytes([b[0], b[1]]) as f32 / 32768.0),
            ),
            Self::PcmI24 => out.extend(
                bytes
                    .chunks_exact(3)
                    .map(|b| (i32::from_le_bytes([0, b[0], b[1], b[2]]) >> 8) as f32 / 8_388_608.0),
            ),
            Self::PcmI32 => out.extend(bytes.chunks_exact(4).map(|b| {
                (i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64 / 2_147_483_648.0) as f32
            })),
            Self::Float32 => out.extend(
                bytes
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            ),
            Self::Float64 => out.extend(
                bytes
                    .chunks_exact(8)
                    .map(|b| f64::from_le_bytes(b.try_into().expect("8 bytes")) as f32),
            ),
        }
    }
}

/// What the `fmt ` chunk says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WavFormat {
    pub encoding: SampleEncoding,
    pub channels: u16,
    pub sample_rate_hz: u32,
}

/// The outcome of looking at a file's first bytes.
pub enum Probe {
    /// A WAV file this reader decodes.
    Wav(WavReader),
    /// A RIFF/WAVE file whose codec this reader does not handle (`format_tag`): another
    /// decoder may.
    OtherCodec { format_tag: u16 },
    /// Not a RIFF/WAVE file.
    NotWav,
}

/// Reads the samples of one WAV file, block by block.
pub struct WavReader {
    input: BufReader<File>,
    pub format: WavFormat,
    /// Bytes of sample data the header declares (`None`: unknown, read to end of file).
    declared_data_bytes: Option<u64>,
    data_bytes_read: u64,
    /// Set once the file ended before the declared data did.
    pub short_data: Option<ShortData>,
    buffer: Vec<u8>,
}

/// A `data` chunk that ended before its declared size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortData {
    pub declared_bytes: u64,
    pub present_bytes: u64,
}

impl WavReader {
    /// Opens `path` if it is a RIFF/WAVE file and validates its header.
    pub fn probe(path: &Path) -> Result<Probe, DecodeError> {
        let file = File::open(path)?;
        let file_len = file.metadata()?.len();
        if file_len == 0 {
            return Err(DecodeError::Empty);
        }
        let mut input = BufReader::with_capacity(1 << 16, file);
        let mut riff = [0u8; 12];
        let got = read_up_to(&mut input, &mut riff)?;
        if got < 12 || &riff[0..4] != b"RIFF" || &riff[8..12] != b"WAVE" {
            if got >= 4 && &riff[0..4] == b"RIFF" && got < 12 {
                return Err(DecodeError::TruncatedHeader(format!(
                    "the file ends after {got} bytes, inside the RIFF header"
                )));
            }
            return Ok(Probe::NotWav);
        }

        let mut format: Option<WavFormat> = None;
        let mut offset = 12u64;
        loop {
            let mut header = [0u8; 8];
            let got = read_up_to(&mut input, &mut header)?;
            if got < 8 {
                let what = if format.is_none() {
                    "no `fmt ` chunk"
                } else {
                    "no `data` chunk"
                };
                return Err(DecodeError::TruncatedHeader(format!(
                    "the file ends at byte {} with {what}",
                    offset + got as u64
                )));
            }
            offset += 8;
            let id = [header[0], header[1], header[2], header[3]];
            let size = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as u64;
            match &id {
                b"fmt " => {
                    if size < 16 || offset + size > file_len {
                        return Err(DecodeError::TruncatedHeader(format!(
                            "the `fmt ` chunk declares {size} bytes and {} remain",
                            file_len.saturating_sub(offset)
                        )));
                    }
                    let mut body = vec![0u8; size as usize];
                    input.read_exact(&mut body)?;
                    match parse_fmt(&body)? {
                        Ok(f) => format = Some(f),
                        Err(tag) => return Ok(Probe::OtherCodec { format_tag: tag }),
                    }
                    if size & 1 == 1 {
                        input.seek(SeekFrom::Current(1))?;
                        offset += 1;
                    }
                    offset += size;
                }
                b"data" => {
                    let Some(format) = format else {
                        return Err(DecodeError::NotAudio(
                            "the `data` chunk comes before any `fmt ` chunk".into(),
                        ));
                    };
                    let remaining = file_len - offset;
                    // 0 and 0xFFFFFFFF are what streaming writers leave behind.
                    let declared = (size != 0 && size != u32::MAX as u64).then_some(size);
                    let declared_data_bytes = declared.or(Some(remaining));
                    return Ok(Probe::Wav(WavReader {
                        input,
                        format,
                        declared_data_bytes,
                        data_bytes_read: 0,
                        short_data: None,
                        buffer: Vec::new(),
                    }));
                }
                _ => {
                    // LIST, fact, bext, JUNK…: skip, padded to an even size.
                    let skip = size + (size & 1);
                    if offset + skip > file_len {
                        return Err(DecodeError::TruncatedHeader(format!(
                            "chunk `{}` declares {size} bytes but the file ends first",
                            String::from_utf8_lossy(&id)
                        )));
                    }
                    input.seek(SeekFrom::Current(skip as i64))?;
                    offset += skip;
                }
            }
        }
    }

    /// Bytes per interleaved frame.
    fn frame_bytes(&self) -> usize {
        self.format.encoding.bytes_per_sample() * self.format.channels as usize
    }

    /// Frames the header promises, when it says.
    pub fn declared_frames(&self) -> Option<u64> {
        self.declared_data_bytes
            .map(|b| b / self.frame_bytes() as u64)
    }

    /// Appends up to `max_frames` interleaved frames to `out`; returns the frames read, 0 at
    /// the end of the data.
    pub fn read_frames(
        &mut self,
        max_frames: usize,
        out: &mut Vec<f32>,
    ) -> Result<usize, DecodeError> {
        let frame_bytes = self.frame_bytes();
        let mut want = max_frames * frame_bytes;
        if let Some(declared) = self.declared_data_bytes {
            let left = declared.saturating_sub(self.data_bytes_read);
            want = want.min((left / frame_bytes as u64 * frame_bytes as u64) as usize);
        }
        if want == 0 {
            return Ok(0);
        }
        self.buffer.resize(want, 0);
        let got = read_up_to(&mut self.input, &mut self.buffer)?;
        let whole = got / frame_bytes * frame_bytes;
        self.data_bytes_read += got as u64;
        if got < want {
            if let Some(declared) = self.declared_data_bytes {
                self.short_data = Some(ShortData {
                    declared_bytes: declared,
                    present_bytes: self.data_bytes_read,
                });
            }
            self.declared_data_bytes = Some(self.data_bytes_read);
        }
        self.format.encoding.decode(&self.buffer[..whole], out);
        Ok(whole / frame_bytes)
    }
}

/// Parses a `fmt ` chunk body: `Ok(Ok(format))` for a codec this reader decodes,
/// `Ok(Err(tag))` for another codec.
fn parse_fmt(body: &[u8]) -> Result<Result<WavFormat, u16>, DecodeError> {
    let u16_at = |i: usize| u16::from_le_bytes([body[i], body[i + 1]]);
    let mut tag = u16_at(0);
    let channels = u16_at(2);
    let sample_rate_hz = u32::from_le_bytes([body[4], body[5], body[6], body[7]]);
    let block_align = u16_at(12);
    let bits = u16_at(14);
    if tag == WAVE_FORMAT_EXTENSIBLE {
        if body.len() < 40 {
            return Err(DecodeError::TruncatedHeader(format!(
                "WAVE_FORMAT_EXTENSIBLE needs a 40-byte `fmt ` chunk, this one has {}",
                body.len()
            )));
        }
        // The sub-format GUID starts with the plain format tag.
        tag = u16_at(24);
    }
    let encoding = match (tag, bits) {
        (WAVE_FORMAT_PCM, 8) => SampleEncoding::PcmU8,
        (WAVE_FORMAT_PCM, 16) => SampleEncoding::PcmI16,
        (WAVE_FORMAT_PCM, 24) => SampleEncoding::PcmI24,
        (WAVE_FORMAT_PCM, 32) => SampleEncoding::PcmI32,
        (WAVE_FORMAT_IEEE_FLOAT, 32) => SampleEncoding::Float32,
        (WAVE_FORMAT_IEEE_FLOAT, 64) => SampleEncoding::Float64,
        (WAVE_FORMAT_MULAW, 8) => SampleEncoding::MuLaw,
        (WAVE_FORMAT_ALAW, 8) => SampleEncoding::ALaw,
        (WAVE_FORMAT_PCM | WAVE_FORMAT_IEEE_FLOAT | WAVE_FORMAT_MULAW | WAVE_FORMAT_ALAW, _) => {
            return Err(DecodeError::UnsupportedCodec(format!(
                "{} with {bits} bits per sample",
                codec_name(tag)
            )))
        }
        _ => return Ok(Err(tag)),
    };
    if channels == 0 {
        return Err(DecodeError::ChannelCount(0));
    }
    let format = WavFormat {
        encoding,
        channels,
        sample_rate_hz,
    };
    let expected_align = encoding.bytes_per_sample() * channels as usize;
    if block_align as usize != expected_align {
        return Err(DecodeError::NotAudio(format!(
            "the `fmt ` chunk's block size is {block_align} bytes, {expected_align} expected for \
             {channels} channel(s) of {}",
            encoding.name()
        )));
    }
    Ok(Ok(format))
}

/// A readable name for a WAVE format tag, for error messages.
pub fn codec_name(tag: u16) -> String {
    let name = match tag {
        WAVE_FORMAT_PCM => "PCM",
        0x0002 => "Microsoft ADPCM",
        WAVE_FORMAT_IEEE_FLOAT => "IEEE float",
        WAVE_FORMAT_ALAW => "G.711 A-law",
        WAVE_FORMAT_MULAW => "G.711 µ-law",
        0x0011 => "IMA ADPCM",
        0x0031 => "GSM 6.10",
        0x0040 => "G.721 ADPCM",
        0x0055 => "MPEG layer 3",
        0x0064 => "G.726 ADPCM",
        0x0065 => "G.722 ADPCM",
        0x0067 => "G.722.1",
        0x0161 => "Windows Media Audio",
        _ => "",
    };
    if name.is_empty() {
        format!("WAVE format tag 0x{tag:04X}")
    } else {
        format!("{name} (WAVE format tag 0x{tag:04X})")
    }
}

/// `read` until `buf` is full or the input ends; returns the bytes read.
fn read_up_to(input: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_pcm_width_to_the_same_scale() {
        let mut out = Vec::new();
        SampleEncoding::PcmU8.decode(&[0, 128, 255], &mut out);
        SampleEncoding::PcmI16.decode(&i16::MIN.to_le_bytes(), &mut out);
        SampleEncoding::PcmI24.decode(&[0x00, 0x00, 0xC0], &mut out); // -0.5
        SampleEncoding::PcmI32.decode(&(1i32 << 30).to_le_bytes(), &mut out); // 0.5
        SampleEncoding::Float64.decode(&0.25f64.to_le_bytes(), &mut out);
        assert_eq!(out, vec![-1.0, 0.0, 127.0 / 128.0, -1.0, -0.5, 0.5, 0.25]);
    }

    #[test]
    fn extensible_format_resolves_its_subformat() {
        let mut body = vec![0u8; 40];
        body[0..2].copy_from_slice(&WAVE_FORMAT_EXTENSIBLE.to_le_bytes());
        body[2..4].copy_from_slice(&2u16.to_le_bytes());
        body[4..8].copy_from_slice(&8000u32.to_le_bytes());
        body[12..14].copy_from_slice(&2u16.to_le_bytes());
        body[14..16].copy_from_slice(&8u16.to_le_bytes());
        body[24..26].copy_from_slice(&WAVE_FORMAT_MULAW.to_le_bytes());
        let format = parse_fmt(&body).unwrap().unwrap();
        assert_eq!(format.encoding, SampleEncoding::MuLaw);
        assert_eq!(format.channels, 2);
        assert_eq!(format.sample_rate_hz, 8000);
    }

    #[test]
    fn unknown_codec_is_handed_on_and_named() {
        let mut body = vec![0u8; 20];
        body[0..2].copy_from_slice(&0x0031u16.to_le_bytes());
        assert!(matches!(parse_fmt(&body), Ok(Err(0x0031))));
        assert_eq!(codec_name(0x0031), "GSM 6.10 (WAVE format tag 0x0031)");
    }
}
