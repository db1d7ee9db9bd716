//! The library's error type: what went wrong, at which stage, with which file.
//!
//! Every error a user can cause (a bad recording, a missing model) says what to do about
//! it; the CLI prints the chain once and the server maps each kind to a status code.
//! This module depends on nothing else in the crate: every stage may use it.

use std::path::PathBuf;

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a recording could not be read. These are the user's files, so each message says
/// what was found and, where there is one, what to do.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty (0 bytes)")]
    Empty,
    #[error("the file is not audio that calltone can read ({0})")]
    NotAudio(String),
    #[error("the WAV header is truncated: {0}")]
    TruncatedHeader(String),
    #[error("unsupported codec: {0}; convert the recording to PCM WAV, G.711 WAV, FLAC or MP3")]
    UnsupportedCodec(String),
    #[error(
        "the recording has {0} channels; calltone takes mono or stereo with one speaker per channel \
         (mix down or pick two channels first, e.g. `sox in.wav out.wav remix 1 2`)"
    )]
    ChannelCount(u16),
    #[error("sample rate {rate_hz} Hz is outside what calltone accepts ({min_hz}–{max_hz} Hz)")]
    SampleRate {
        rate_hz: u32,
        min_hz: u32,
        max_hz: u32,
    },
    #[error("the recording holds non-finite samples (NaN or infinity) from {at_ms} ms on: it is corrupt")]
    NonFinite { at_ms: u64 },
    #[error("the recording is {seconds:.0} s long; the limit is {limit_seconds} s (raise it with --max-duration-s)")]
    TooLong { seconds: f64, limit_seconds: u64 },
    #[error("the audio stream is corrupt: {0}")]
    Corrupt(String),
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
}

/// Why a model could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{what} not found at {path}: {hint}")]
    Missing {
        what: &'static str,
        path: PathBuf,
        hint: &'static str,
    },
    #[error("{what} at {path} could not be loaded: {reason}")]
    Load {
        what: &'static str,
        path: PathBuf,
        reason: String,
    },
    #[error("{what} failed: {reason}")]
    Run { what: &'static str, reason: String },
    /// Stopped on purpose from another thread (a shutdown that could wait no longer); the
    /// input was not at fault.
    #[error("{what} was interrupted")]
    Interrupted { what: &'static str },
}

/// The library's error: a decode or model error with the file and stage it happened in.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Decode {
        path: PathBuf,
        #[source]
        source: DecodeError,
    },
    #[error(transparent)]
    Model(#[from] ModelError),
    /// A setting of the service or the command is wrong (a flag, a file, a variable).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// What was asked of one call does not fit it (roles for another channel count, a
    /// language the model cannot transcribe); the service's settings are fine.
    #[error("invalid request for this call: {0}")]
    Call(String),
}

impl Error {
    pub fn decode(path: impl Into<PathBuf>, source: DecodeError) -> Self {
        Error::Decode {
            path: path.into(),
            source,
        }
    }
}
