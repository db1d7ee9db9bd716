//! The call report: the contract every consumer reads (API, UI, CLI JSON, exports).
//!
//! Field names follow `DESIGN.md`; times are milliseconds from the start of the call.
//! Fields that no stage has computed yet are absent, never zero: a consumer can tell
//! "not measured" from "measured as nothing".

use serde::{Deserialize, Serialize};

use crate::audio::SourceFormat;

/// Bumped when a field is renamed or its meaning changes; adding fields does not bump it.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallReport {
    pub schema_version: u32,
    pub call_id: String,
    pub duration_ms: u64,
    /// The language most of the call's words are in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub source: SourceFormat,
    pub channels: Vec<ChannelInfo>,
    pub turns: Vec<Turn>,
    pub models: ModelsUsed,
    pub timings_ms: Timings,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChannelInfo {
    pub index: usize,
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Whisper's probability for the detected language; absent when the caller forced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language_probability: Option<f32>,
    /// Total speech the VAD found on this channel.
    pub speech_ms: u64,
}

/// One stretch of one party speaking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub id: usize,
    pub role: String,
    pub channel: usize,
    pub start_ms: u64,
    pub end_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub text: String,
    pub words: Vec<Word>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Whisper's mean token probability for the word.
    pub p: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelsUsed {
    pub asr: String,
    pub vad: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Wall time per stage, in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    pub decode: u64,
    pub vad: u64,
    pub asr: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<u64>,
    pub total: u64,
}

impl CallReport {
    /// A readable transcript: one line per turn, `[mm:ss.s] role: text`.
    pub fn transcript(&self) -> String {
        let mut out = String::new();
        for turn in &self.turns {
            out.push_str(&format!(
                "[{}] {:>8}: {}\n",
                clock(turn.start_ms),
                turn.role,
                turn.text
            ));
        }
        out
    }
}

/// `83_456` → `01:23.4`.
pub fn clock(ms: u64) -> String {
    let tenths = ms / 100;
    let hours = tenths / 36_000;
    if hours > 0 {
        format!(
            "{hours}:{:02}:{:02}.{}",
            tenths / 600 % 60,
            tenths / 10 % 60,
            tenths % 10
        )
    } else {
        format!(
            "{:02}:{:02}.{}",
            tenths / 600,
            tenths / 10 % 60,
            tenths % 10
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_reads_minutes_seconds_tenths() {
        assert_eq!(clock(83_456), "01:23.4");
        assert_eq!(clock(0), "00:00.0");
        assert_eq!(clock(2 * 3_600_000 + 61_000), "2:01:01.0");
    }
}
