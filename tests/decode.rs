//! Decoding real files: every WAV encoding a call recorder writes, compressed formats, and
//! each kind of bad input, which must give a clear error (or a warning), never a panic.
//! No models needed.

use std::f64::consts::PI;
use std::path::{Path, PathBuf};

use calltone::audio::{self, DecodeOptions, Recording};
use calltone::error::DecodeError;

const WAVE_FORMAT_PCM: u16 = 1;
const WAVE_FORMAT_IEEE_FLOAT: u16 = 3;
const WAVE_FORMAT_ALAW: u16 = 6;
const WAVE_FORMAT_MULAW: u16 = 7;

/// A WAV file laid out by hand, so headers can be made wrong on purpose.
struct Wav {
    format_tag: u16,
    channels: u16,
    sample_rate_hz: u32,
    bits: u16,
    extensible: bool,
    data: Vec<u8>,
    /// Overrides the data chunk's declared size.
    declared_data_bytes: Option<u32>,
}

impl Wav {
    fn bytes(&self) -> Vec<u8> {
        let block_align = self.channels * self.bits / 8;
        let mut fmt = Vec::new();
        let tag = if self.extensible {
            0xFFFE
        } else {
            self.format_tag
        };
        fmt.extend(tag.to_le_bytes());
        fmt.extend(self.channels.to_le_bytes());
        fmt.extend(self.sample_rate_hz.to_le_bytes());
        fmt.extend((self.sample_rate_hz * block_align as u32).to_le_bytes());
        fmt.extend(block_align.to_le_bytes());
        fmt.extend(self.bits.to_le_bytes());
        if self.extensible {
            fmt.extend(22u16.to_le_bytes());
            fmt.extend(self.bits.to_le_bytes());
            fmt.extend(0u32.to_le_bytes()); // channel mask
            fmt.extend(self.format_tag.to_le_bytes());
            fmt.extend([
                0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71,
            ]);
        }
        let mut out = Vec::new();
        out.extend(b"RIFF");
        out.extend(((4 + 8 + fmt.len() + 8 + self.data.len()) as u32).to_le_bytes());
        out.extend(b"WAVE");
        out.extend(b"LIST");
        out.extend(4u32.to_le_bytes());
        out.extend(b"INFO"); // a chunk to skip, as recorders write
        out.extend(b"fmt ");
        out.extend((fmt.len() as u32).to_le_bytes());
        out.extend(fmt);
        out.extend(b"data");
        out.extend(
            self.declared_data_bytes
                .unwrap_or(self.data.len() as u32)
                .to_le_bytes(),
        );
        out.extend(&self.data);
        out
    }

    fn write(&self, dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, self.bytes()).unwrap();
        path
    }
}

fn tone(freq_hz: f64, rate_hz: u32, seconds: f64) -> Vec<f64> {
    (0..(rate_hz as f64 * seconds) as usize)
        .map(|n| 0.5 * (2.0 * PI * freq_hz * n as f64 / rate_hz as f64).sin())
        .collect()
}

/// Amplitude of `freq_hz` in a 16 kHz signal (one-bin DFT).
fn amplitude_at(x: &[f32], freq_hz: f64) -> f64 {
    let (mut re, mut im) = (0.0, 0.0);
    for (n, &v) in x.iter().enumerate() {
        let phase = 2.0 * PI * freq_hz * n as f64 / 16_000.0;
        re += v as f64 * phase.cos();
        im += v as f64 * phase.sin();
    }
    2.0 * (re * re + im * im).sqrt() / x.len() as f64
}

/// G.711 µ-law encoder (the inverse of the decoder under test), from the standard.
fn mulaw_encode(x: f64) -> u8 {
    let sample = (x * 32768.0).clamp(-32635.0, 32635.0) as i32;
    let sign = if sample < 0 { 0x80 } else { 0 };
    let magnitude = sample.abs() + 0x84;
    let exponent = (0..8)
        .rev()
        .find(|e| magnitude & (0x80 << e) != 0)
        .unwrap_or(0);
    let mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    !(sign | (exponent << 4) | mantissa) as u8
}

fn alaw_encode(x: f64) -> u8 {
    let sample = (x * 32768.0).clamp(-32767.0, 32767.0) as i32 >> 3;
    let (sign, magnitude) = if sample >= 0 {
        (0x80, sample)
    } else {
        (0x00, -sample - 1)
    };
    let code = if magnitude < 32 {
        magnitude >> 1
    } else {
        let exponent = (1..8).rev().find(|e| magnitude >= (16 << e)).unwrap_or(1);
        (exponent << 4) | ((magnitude >> exponent) & 0x0F)
    };
    ((sign | code) ^ 0x55) as u8
}

fn encode(samples: &[f64], format_tag: u16, bits: u16) -> Vec<u8> {
    let mut out = Vec::new();
    for &x in samples {
        match (format_tag, bits) {
            (WAVE_FORMAT_PCM, 8) => out.push((x * 127.0 + 128.0).round() as u8),
            (WAVE_FORMAT_PCM, 16) => out.extend(((x * 32767.0).round() as i16).to_le_bytes()),
            (WAVE_FORMAT_PCM, 24) => {
                out.extend(&((x * 8_388_607.0).round() as i32).to_le_bytes()[..3])
            }
            (WAVE_FORMAT_PCM, 32) => {
                out.extend(((x * 2_147_483_647.0).round() as i32).to_le_bytes())
            }
            (WAVE_FORMAT_IEEE_FLOAT, 32) => out.extend((x as f32).to_le_bytes()),
            (WAVE_FORMAT_IEEE_FLOAT, 64) => out.extend(x.to_le_bytes()),
            (WAVE_FORMAT_MULAW, 8) => out.push(mulaw_encode(x)),
            (WAVE_FORMAT_ALAW, 8) => out.push(alaw_encode(x)),
            _ => unreachable!(),
        }
    }
    out
}

fn load(path: &Path) -> Result<Recording, DecodeError> {
    audio::load(path, &DecodeOptions::default())
}

#[test]
fn every_wav_encoding_decodes_to_the_same_16k_tone() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (WAVE_FORMAT_PCM, 8, 8_000, "pcm_u8"),
        (WAVE_FORMAT_PCM, 16, 16_000, "pcm_s16le"),
        (WAVE_FORMAT_PCM, 24, 48_000, "pcm_s24le"),
        (WAVE_FORMAT_PCM, 32, 44_100, "pcm_s32le"),
        (WAVE_FORMAT_IEEE_FLOAT, 32, 22_050, "pcm_f32le"),
        (WAVE_FORMAT_IEEE_FLOAT, 64, 11_025, "pcm_f64le"),
        (WAVE_FORMAT_MULAW, 8, 8_000, "mulaw"),
        (WAVE_FORMAT_ALAW, 8, 8_000, "alaw"),
    ];
    for (format_tag, bits, rate, codec) in cases {
        for extensible in [false, true] {
            let wav = Wav {
                format_tag,
                channels: 1,
                sample_rate_hz: rate,
                bits,
                extensible,
                data: encode(&tone(1_000.0, rate, 1.0), format_tag, bits),
                declared_data_bytes: None,
            };
            let path = wav.write(dir.path(), &format!("{codec}-{extensible}.wav"));
            let recording = load(&path).unwrap_or_else(|e| panic!("{codec}: {e}"));
            assert_eq!(recording.source.codec, codec);
            assert_eq!(recording.source.sample_rate_hz, rate);
            assert_eq!(recording.frames(), 16_000, "{codec} at {rate} Hz");
            let level = amplitude_at(&recording.channels[0][2_000..14_000], 1_000.0);
            // 8-bit codecs quantise coarsely; all keep the tone within 5%.
            assert!((level - 0.5).abs() < 0.025, "{codec}: 1 kHz at {level}");
            assert!(recording.warnings.is_empty());
        }
    }
}

#[test]
fn stereo_keeps_agent_and_customer_apart() {
    let dir = tempfile::tempdir().unwrap();
    let (left, right) = (tone(500.0, 8_000, 1.0), tone(1_500.0, 8_000, 1.0));
    let interleaved: Vec<f64> = left
        .iter()
        .zip(&right)
        .flat_map(|(l, r)| [*l, *r])
        .collect();
    let wav = Wav {
        format_tag: WAVE_FORMAT_MULAW,
        channels: 2,
        sample_rate_hz: 8_000,
        bits: 8,
        extensible: false,
        data: encode(&interleaved, WAVE_FORMAT_MULAW, 8),
        declared_data_bytes: None,
    };
    let recording = load(&wav.write(dir.path(), "stereo.wav")).unwrap();
    assert_eq!(recording.channels.len(), 2);
    let [agent, customer] = [
        &recording.channels[0][2_000..14_000],
        &recording.channels[1][2_000..14_000],
    ];
    assert!(amplitude_at(agent, 500.0) > 0.45 && amplitude_at(agent, 1_500.0) < 0.01);
    assert!(amplitude_at(customer, 1_500.0) > 0.45 && amplitude_at(customer, 500.0) < 0.01);
}

#[test]
fn flac_and_mp3_decode() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let flac = load(&data.join("tone_440_stereo.flac")).unwrap();
    assert_eq!(
        (
            flac.source.codec.as_str(),
            flac.source.channels,
            flac.source.sample_rate_hz
        ),
        ("flac", 2, 44_100)
    );
    assert_eq!(flac.frames(), 16_000);
    assert!(amplitude_at(&flac.channels[0][2_000..14_000], 440.0) > 0.45);
    assert!(amplitude_at(&flac.channels[1][2_000..14_000], 880.0) > 0.45);

    let mp3 = load(&data.join("tone_440_mono.mp3")).unwrap();
    assert_eq!((mp3.source.codec.as_str(), mp3.source.channels), ("mp3", 1));
    assert!(amplitude_at(&mp3.channels[0][2_000..14_000], 440.0) > 0.4);
}

fn error_of(bytes: &[u8]) -> DecodeError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.wav");
    std::fs::write(&path, bytes).unwrap();
    match load(&path) {
        Ok(r) => panic!("decoded {} frames from a bad file", r.frames()),
        Err(e) => e,
    }
}

fn pcm16(channels: u16, rate: u32, frames: usize) -> Wav {
    Wav {
        format_tag: WAVE_FORMAT_PCM,
        channels,
        sample_rate_hz: rate,
        bits: 16,
        extensible: false,
        data: vec![0; frames * channels as usize * 2],
        declared_data_bytes: None,
    }
}

#[test]
fn empty_file_is_refused() {
    assert!(matches!(error_of(b""), DecodeError::Empty));
}

#[test]
fn truncated_header_is_refused() {
    let full = pcm16(1, 8_000, 100).bytes();
    for cut in [6, 20, 30, 40] {
        let e = error_of(&full[..cut]);
        assert!(
            matches!(e, DecodeError::TruncatedHeader(_)),
            "cut at {cut}: {e}"
        );
    }
}

#[test]
fn not_audio_is_refused() {
    let e = error_of(b"call_id,agent\n1,alice\n");
    assert!(matches!(e, DecodeError::NotAudio(_)), "{e}");
}

#[test]
fn unsupported_codec_is_named() {
    let mut wav = pcm16(1, 8_000, 100);
    wav.format_tag = 0x0031; // GSM 6.10
    let e = error_of(&wav.bytes());
    assert!(e.to_string().contains("GSM 6.10"), "{e}");
}

#[test]
fn channel_counts_other_than_one_or_two_say_what_to_do() {
    let e = error_of(&pcm16(0, 8_000, 0).bytes());
    assert!(matches!(e, DecodeError::ChannelCount(0)), "{e}");
    let e = error_of(&pcm16(3, 8_000, 100).bytes());
    assert!(matches!(e, DecodeError::ChannelCount(3)));
    assert!(e.to_string().contains("remix"), "no advice in: {e}");
}

#[test]
fn absurd_sample_rates_are_refused() {
    for rate in [0, 1, 4_000, 1_000_000, u32::MAX / 4] {
        let e = error_of(&pcm16(1, rate, 100).bytes());
        assert!(
            matches!(e, DecodeError::SampleRate { rate_hz, .. } if rate_hz == rate),
            "{rate}: {e}"
        );
    }
}

#[test]
fn nan_and_infinite_samples_are_refused_with_their_time() {
    let mut samples = vec![0.1f64; 8_000];
    samples[6_000] = f64::NAN;
    let wav = Wav {
        format_tag: WAVE_FORMAT_IEEE_FLOAT,
        channels: 1,
        sample_rate_hz: 8_000,
        bits: 32,
        extensible: false,
        data: encode(&samples, WAVE_FORMAT_IEEE_FLOAT, 32),
        declared_data_bytes: None,
    };
    assert!(matches!(
        error_of(&wav.bytes()),
        DecodeError::NonFinite { at_ms: 750 }
    ));
    samples[6_000] = f64::INFINITY;
    let wav = Wav {
        data: encode(&samples, WAVE_FORMAT_IEEE_FLOAT, 32),
        ..wav
    };
    assert!(matches!(
        error_of(&wav.bytes()),
        DecodeError::NonFinite { .. }
    ));
}

#[test]
fn data_chunk_shorter_than_declared_is_decoded_with_a_warning() {
    // What a recorder that crashed mid-call leaves: the header promises 10 s, 2 s are there.
    let dir = tempfile::tempdir().unwrap();
    let mut wav = pcm16(1, 8_000, 16_000);
    wav.declared_data_bytes = Some(160_000);
    let recording = load(&wav.write(dir.path(), "short.wav")).unwrap();
    assert_eq!(recording.duration_ms(), 2_000);
    assert_eq!(recording.warnings.len(), 1);
    assert!(
        recording.warnings[0].contains("truncated"),
        "{:?}",
        recording.warnings
    );

    // A streaming writer's placeholder size (0xFFFFFFFF) is read to the end, silently.
    wav.declared_data_bytes = Some(u32::MAX);
    let recording = load(&wav.write(dir.path(), "streamed.wav")).unwrap();
    assert_eq!(
        (recording.duration_ms(), recording.warnings.len()),
        (2_000, 0)
    );
}

#[test]
fn recordings_over_the_duration_limit_are_refused_before_decoding() {
    let dir = tempfile::tempdir().unwrap();
    let path = pcm16(1, 8_000, 8_000 * 3).write(dir.path(), "long.wav");
    let e = audio::load(&path, &DecodeOptions { max_duration_s: 2 }).unwrap_err();
    assert!(
        matches!(
            e,
            DecodeError::TooLong {
                limit_seconds: 2,
                ..
            }
        ),
        "{e}"
    );
}
