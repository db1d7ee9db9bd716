//! One configuration for the whole pipeline, with defaults that work after `make setup`.
//!
//! Precedence: defaults < `--config` TOML file < `CALLTONE_*` environment variables <
//! command-line flags (the CLI maps all of them onto this struct through clap; the file
//! layer is [`crate::settings_file`]). `validate` runs at start-up and names the flag
//! that fixes each problem.

use std::path::{Path, PathBuf};

use crate::asr::AsrConfig;
use crate::audio::vad::VadConfig;
use crate::audio::DecodeOptions;
use crate::error::Error;

/// Whisper model used when none is named: multilingual base, q8_0: 16% faster than f16 with
/// the same words on the stereo calls measured (README, Performance).
pub const DEFAULT_WHISPER_MODEL: &str = "base-q8_0";

#[derive(Debug, Clone)]
pub struct Config {
    /// Where `models/provision.sh` put the models.
    pub models_dir: PathBuf,
    /// A model name (`base-f16`, `base-q8_0`, …: `MODELS_DIR/whisper/ggml-NAME.bin`) or a path
    /// to a whisper.cpp ggml file.
    pub whisper_model: String,
    /// libonnxruntime.so; `None`: `ORT_DYLIB_PATH`, then `MODELS_DIR/onnxruntime/`.
    pub onnxruntime: Option<PathBuf>,
    /// CPU threads for Whisper (and the ONNX models).
    pub threads: usize,
    /// Whisper beam width (1: greedy).
    pub beam_size: usize,
    /// Languages detection may choose from (empty: any).
    pub languages: Vec<String>,
    pub vad: VadConfig,
    pub decode: DecodeOptions,
    /// The tone classifier; `None`: `MODELS_DIR/tone/tone.onnx` if it exists (absent: no tone).
    pub tone_model: Option<PathBuf>,
    /// A contact centre's own agent script ("welcome to Acme"): evidence of who the agent is
    /// on a mono call, with the built-in greetings and closings.
    pub agent_phrases: Vec<String>,
    /// The service redacts every call (`calltone serve --redact`): its report, and its
    /// recording as stored and served; `None`: no redaction.
    pub redaction: Option<Redaction>,
}

/// How the service redacts calls (`calltone serve --redact`): every report is redacted
/// before it is stored (so the search index and the moments only ever see the tags), a copy
/// of the recording with the personal data masked is stored and is the only audio the API
/// serves, and the upload is deleted once the redacted report and copy are stored unless
/// `keep_original_audio`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Redaction {
    /// What replaces personal data in the stored recording (`--redact-audio-with`).
    pub audio_with: crate::audio::mask::Mask,
    /// Keep the upload on disk next to the redacted copy (never served by the API): false
    /// by default, since the payment-card rules (PCI DSS) forbid keeping card numbers said
    /// on a call once it is analysed.
    pub keep_original_audio: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            models_dir: default_models_dir(),
            whisper_model: DEFAULT_WHISPER_MODEL.into(),
            onnxruntime: None,
            threads: std::thread::available_parallelism().map_or(2, |n| n.get().min(8)),
            beam_size: 1,
            languages: Vec::new(),
            vad: VadConfig::default(),
            decode: DecodeOptions::default(),
            tone_model: None,
            agent_phrases: Vec::new(),
            redaction: None,
        }
    }
}

/// True when Whisper knows `code` as a language: an ISO 639-1 code such as `en`, `ar`, `he`,
/// `el` (whisper.cpp also takes English names, `english`). The one check behind
/// `--language`, `--languages` and the API's `language` field; each says in its own words
/// what is wrong.
pub fn is_whisper_language(code: &str) -> bool {
    // whisper-rs panics on an interior NUL.
    !code.contains('\0') && whisper_rs::get_lang_id(code).is_some()
}

/// `./models` when it exists, else the `models/` of the source tree the binary was built
/// from (so `target/release/calltone` works from any directory).
pub fn default_models_dir() -> PathBuf {
    let here = PathBuf::from("models");
    if here.join("whisper").is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models")
}

impl Config {
    pub fn whisper_model_path(&self) -> PathBuf {
        let name = &self.whisper_model;
        if name.contains('/') || name.ends_with(".bin") {
            PathBuf::from(name)
        } else {
            self.models_dir
                .join("whisper")
                .join(format!("ggml-{name}.bin"))
        }
    }

    /// libonnxruntime.so: `--onnxruntime`, else `ORT_DYLIB_PATH`, else under `models_dir`.
    pub fn onnxruntime_path(&self) -> PathBuf {
        crate::onnx::OnnxRuntime::locate(self.onnxruntime.as_deref(), &self.models_dir)
    }

    pub fn vad_model_path(&self) -> PathBuf {
        self.models_dir.join("vad").join("silero_vad.onnx")
    }

    /// Where the tone model is looked for: `--tone-model`, else `MODELS_DIR/tone/tone.onnx`.
    pub fn tone_model_path(&self) -> PathBuf {
        self.tone_model
            .clone()
            .unwrap_or_else(|| self.models_dir.join("tone").join("tone.onnx"))
    }

    /// pyannote segmentation-3.0, as `models/provision.sh` installs it.
    pub fn segmentation_model_path(&self) -> PathBuf {
        self.models_dir
            .join("speakers")
            .join("segmentation-3.0.onnx")
    }

    /// Resemblyzer's GE2E speaker encoder, converted by `models/provision.sh`.
    pub fn speaker_embedding_model_path(&self) -> PathBuf {
        self.models_dir
            .join("speakers")
            .join("ge2e-resemblyzer.onnx")
    }

    pub fn asr(&self) -> AsrConfig {
        AsrConfig {
            model: self.whisper_model_path(),
            threads: self.threads,
            beam_size: self.beam_size,
            languages: self.languages.clone(),
        }
    }

    pub fn validate(&self) -> Result<(), Error> {
        if self.threads == 0 || self.threads > 64 {
            return Err(Error::Config(format!(
                "--threads {} must be between 1 and 64",
                self.threads
            )));
        }
        if self.beam_size == 0 || self.beam_size > 16 {
            return Err(Error::Config(format!(
                "--beam-size {} must be between 1 and 16",
                self.beam_size
            )));
        }
        if let Some(bad) = self.languages.iter().find(|l| !is_whisper_language(l)) {
            return Err(Error::Config(format!(
                "--languages: `{bad}` is not a language Whisper knows (use ISO 639-1 codes such as en, ar, he, el)"
            )));
        }
        if self.decode.max_duration_s == 0 {
            return Err(Error::Config("--max-duration-s must be positive".into()));
        }
        self.vad.validate().map_err(Error::Config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whisper_languages_are_its_codes_and_nothing_else() {
        for code in ["en", "ar", "he", "el", "haw"] {
            assert!(is_whisper_language(code), "{code}");
        }
        for code in ["xx", "", "e\0n", "en-US"] {
            assert!(!is_whisper_language(code), "{code:?}");
        }
    }
}
