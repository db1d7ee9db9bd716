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
    /// Which encoder Whisper runs (`--whisper-encoder`).
    pub whisper_encoder: WhisperEncoder,
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

/// Which encoder Whisper runs: whisper.cpp's own (ggml) or the same weights on ONNX Runtime
/// with 8-bit blocks (`src/asr/encoder.rs`: about twice as fast on this project's machine).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum WhisperEncoder {
    /// The ONNX encoder beside the ggml file when it is there (`ggml-base-q8_0.bin` →
    /// `ggml-base-encoder.onnx`, as `models/provision.sh` writes it), else whisper.cpp's.
    #[default]
    Auto,
    /// whisper.cpp's own encoder.
    Ggml,
    /// This ONNX encoder (it must be converted from the same weights as the ggml file).
    File(PathBuf),
}

impl std::str::FromStr for WhisperEncoder {
    type Err = std::convert::Infallible;

    /// `auto`, `ggml`, or a path.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(match text {
            "auto" => WhisperEncoder::Auto,
            "ggml" => WhisperEncoder::Ggml,
            path => WhisperEncoder::File(PathBuf::from(path)),
        })
    }
}

/// The ONNX encoder that goes with a ggml file: the file's name less its weight format,
/// with `-encoder.onnx` (whisper.cpp names its Core ML and OpenVINO encoders the same way).
pub fn encoder_beside(model: &Path) -> Option<PathBuf> {
    let stem = model.file_stem()?.to_str()?;
    let size = match stem.rsplit_once('-') {
        Some((size, format))
            if ["f32", "f16", "q8_0", "q5_1", "q5_0", "q4_1", "q4_0"].contains(&format) =>
        {
            size
        }
        _ => stem,
    };
    Some(model.with_file_name(format!("{size}-encoder.onnx")))
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
            whisper_encoder: WhisperEncoder::Auto,
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

    /// 3D-Speaker's CAM++ speaker encoder, converted by `models/provision.sh`.
    pub fn speaker_embedding_model_path(&self) -> PathBuf {
        self.models_dir
            .join("speakers")
            .join("campplus-3dspeaker.onnx")
    }

    pub fn asr(&self) -> AsrConfig {
        AsrConfig {
            model: self.whisper_model_path(),
            threads: self.threads,
            beam_size: self.beam_size,
            languages: self.languages.clone(),
            encoder: self.whisper_encoder_path(),
        }
    }

    /// The ONNX encoder Whisper will run, or `None` for whisper.cpp's own.
    pub fn whisper_encoder_path(&self) -> Option<PathBuf> {
        match &self.whisper_encoder {
            WhisperEncoder::Auto => {
                encoder_beside(&self.whisper_model_path()).filter(|path| path.is_file())
            }
            WhisperEncoder::Ggml => None,
            WhisperEncoder::File(path) => Some(path.clone()),
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

    #[test]
    fn the_onnx_encoder_is_looked_for_beside_the_model_under_its_size() {
        let beside = |model: &str| encoder_beside(Path::new(model)).unwrap();
        assert_eq!(
            beside("models/whisper/ggml-base-q8_0.bin"),
            Path::new("models/whisper/ggml-base-encoder.onnx")
        );
        assert_eq!(
            beside("/m/ggml-tiny.en-f16.bin"),
            Path::new("/m/ggml-tiny.en-encoder.onnx")
        );
        // A name with no weight format keeps its whole stem.
        assert_eq!(
            beside("/m/my-whisper.bin"),
            Path::new("/m/my-whisper-encoder.onnx")
        );
    }

    #[test]
    fn whisper_encoder_choices_parse() {
        assert_eq!("auto".parse(), Ok(WhisperEncoder::Auto));
        assert_eq!("ggml".parse(), Ok(WhisperEncoder::Ggml));
        assert_eq!(
            "/x/enc.onnx".parse(),
            Ok(WhisperEncoder::File("/x/enc.onnx".into()))
        );
        // `ggml` needs no file: whisper.cpp's own encoder even when an ONNX one is there.
        let config = Config {
            whisper_encoder: WhisperEncoder::Ggml,
            ..Config::default()
        };
        assert_eq!(config.whisper_encoder_path(), None);
    }
}
