//! Speech recognition: the parties' speech → timed words, with whisper.cpp (`whisper-rs`).
//!
//! In: 16 kHz channels and each party's speech segments from the VAD. Out: the call's
//! language (detected once on the first seconds of everyone's speech, with a probability,
//! unless forced), and per party its words, each with start and end in call samples and
//! Whisper's token probability, and what the work cost ([`WhisperCost`]). Only speech reaches
//! Whisper (see [`windows`]), with [`ASR_PAD_SAMPLES`] of context on each side; every word
//! is mapped back into the stretch of speech it came from, so no text is ever placed where
//! the VAD heard no speech. Each window gets one encoder pass ([`passes`]); speech Whisper
//! did not reach in it goes into the next window.

pub mod encoder;
mod passes;
pub mod windows;

pub use crate::report::WhisperCost;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;
use whisper_rs::{
    DtwMode, DtwModelPreset, DtwParameters, FullParams, SamplingStrategy, WhisperContext,
    WhisperContextParameters, WhisperState,
};

use crate::error::ModelError;
use crate::onnx::OnnxRuntime;
use crate::timeline::{pad_segments, samples_to_ms, CallWord, SpeechSegment, SAMPLE_RATE_HZ};
use encoder::{HookedEncoder, OnnxEncoder};
use windows::{Packer, Window};

/// The longest window: [`MAX_AUDIO_POSITIONS`], 29.76 s (Whisper's input is 30 s).
pub const WINDOW_SAMPLES: usize = MAX_AUDIO_POSITIONS * SAMPLES_PER_AUDIO_POSITION;
/// Silence placed between packed pieces: 0.45 s, so Whisper hears separate phrases and a
/// word time that runs late (DTW lags most before a pause) still falls in the right piece
/// (with [`ASR_PAD_SAMPLES`] on both sides, 0.85 s between two pieces' speech). On the bench's
/// call set (`benches/compare.sh --calls`: 9 English stereo calls, 13.8 min) 0.6 s gave
/// Whisper more to write in the silences: 4071 decoder steps and 6 temperature fallbacks
/// against 3635 and 3, word error rate 0.245 against 0.226, the same words on the samples.
pub const GAP_SAMPLES: usize = SAMPLE_RATE_HZ as usize * 45 / 100;
/// Extra audio given to Whisper on each side of a VAD segment (0.2 s): the VAD scores soft
/// first syllables ("oh", "hi") below its threshold, and Whisper drops a word it hears cut.
pub const ASR_PAD_SAMPLES: usize = SAMPLE_RATE_HZ as usize / 5;
/// Whisper's times are in centiseconds.
const SAMPLES_PER_CENTISECOND: usize = SAMPLE_RATE_HZ as usize / 100;
/// Audio per encoder position: mel frames come every 10 ms and the encoder's stride-2
/// convolution halves them, so Whisper's 30 s are 1500 positions.
const SAMPLES_PER_AUDIO_POSITION: usize = 2 * SAMPLES_PER_CENTISECOND;
/// The encoder runs on a multiple of 16 positions. The attention multiplies its weights by
/// V with the positions as the inner dimension, and ggml hands an f16 product to its fast
/// kernels (llamafile's tinyBLAS) only when that dimension is a multiple of 16 (AVX-512; 8
/// on AVX2); otherwise it takes dot products row by row, and the encoder took 20 % longer
/// on the stereo sample, for the same words.
const POSITIONS_MULTIPLE: usize = 16;
/// Whisper's 30 s are 1500 positions; a window runs on at most the largest multiple of
/// [`POSITIONS_MULTIPLE`] in them.
const MAX_AUDIO_POSITIONS: usize = 1500 / POSITIONS_MULTIPLE * POSITIONS_MULTIPLE;
/// Encoder positions kept past a window's last sample: 1 s of Whisper's zero padding (more
/// after rounding to [`POSITIONS_MULTIPLE`]), so the decoder hears the speech end. With 0.3 s
/// it sometimes did not, and wrote the window's last sentence a second time in a segment past
/// the end of the audio; 1 s gave the same word error rates as 2 s on the tone corpus's
/// English and Greek calls (`benches/asr_accuracy.py`) for 8-25 % less ASR time.
const AUDIO_POSITIONS_MARGIN: usize = 50;
/// Language detection hears the first 10 s of the call's speech: enough for Whisper to tell
/// the language, at a third of the cost of its 30 s.
const DETECT_SAMPLES: usize = 10 * SAMPLE_RATE_HZ as usize;
const DETECT_POSITIONS: i32 =
    (DETECT_SAMPLES / SAMPLES_PER_AUDIO_POSITION).next_multiple_of(POSITIONS_MULTIPLE) as i32;
/// Speech the VAD heard past where Whisper stopped in a window that is worth another go
/// in the next window (0.1 s). Less is the end of a word Whisper already wrote.
const MIN_TAIL_SPEECH_SAMPLES: usize = SAMPLE_RATE_HZ as usize / 10;
/// The shortest audio given to Whisper (1 s); a shorter window is padded with silence.
/// whisper.cpp's word alignment asserts, aborting the process, on a pass under 0.16 s.
const MIN_WINDOW_SAMPLES: usize = SAMPLE_RATE_HZ as usize;
/// OpenAI's rule for dropping a hallucinated segment: Whisper thinks there is no speech and
/// is not confident in what it wrote.
const NO_SPEECH_THRESHOLD: f32 = 0.6;
const LOGPROB_THRESHOLD: f32 = -1.0;

/// How Whisper runs.
#[derive(Debug, Clone)]
pub struct AsrConfig {
    /// A whisper.cpp ggml model file.
    pub model: PathBuf,
    /// CPU threads per transcription.
    pub threads: usize,
    /// Beam width; 1 is greedy decoding.
    pub beam_size: usize,
    /// Languages detection may choose from (ISO 639-1); empty: any Whisper knows. A contact
    /// centre knows which languages its calls are in, and restricting the choice keeps a
    /// poor line from being "detected" as a language nobody there speaks.
    pub languages: Vec<String>,
    /// Whisper's encoder on ONNX Runtime (a file of `models/whisper_encoder_to_onnx.py`,
    /// converted from the same weights as `model`); `None`: whisper.cpp's own.
    pub encoder: Option<PathBuf>,
}

/// A recognised word, in call samples (the base type of [`crate::timeline`]).
pub type Word = CallWord;

/// Where the language of a channel came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageChoice {
    /// ISO 639-1 code, as Whisper names it (`en`, `ar`, `he`, `el`, …).
    pub code: String,
    /// Whisper's probability for it; `None` when the caller forced it.
    pub probability: Option<f32>,
}

/// What Whisper heard on one channel.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ChannelTranscript {
    pub language: Option<LanguageChoice>,
    pub words: Vec<Word>,
    /// What Whisper's work on this channel cost.
    pub cost: WhisperCost,
}

/// A loaded Whisper model and its decoding state. Not `Sync`: one per worker thread.
pub struct Transcriber {
    context: WhisperContext,
    state: WhisperState,
    /// The ONNX encoder `state` calls, if any; declared after `state`, which is dropped first.
    _encoder: Option<HookedEncoder>,
    config: AsrConfig,
    name: String,
    /// Set by another thread to stop the transcription in hand ([`Transcriber::interrupter`]).
    interrupt: Arc<AtomicBool>,
}

impl Transcriber {
    /// Loads the ggml model, and the ONNX encoder when `config` names one.
    pub fn load(config: &AsrConfig, runtime: &OnnxRuntime) -> Result<Self, ModelError> {
        if !config.model.is_file() {
            return Err(ModelError::Missing {
                what: "the Whisper model",
                path: config.model.clone(),
                hint: "run `models/provision.sh` (or `make setup`), or choose a model with --whisper-model",
            });
        }
        whisper_rs::install_logging_hooks();
        passes::install_log_hook();
        let load_error = |reason: String| ModelError::Load {
            what: "the Whisper model",
            path: config.model.clone(),
            reason,
        };
        let path = config
            .model
            .to_str()
            .ok_or_else(|| load_error("the path is not UTF-8".into()))?;
        let header = GgmlHeader::read(&config.model).map_err(load_error)?;
        let mut params = WhisperContextParameters::default();
        // Word times from the alignment heads (dynamic time warping over cross-attention)
        // are far closer to the audio than Whisper's timestamp-token guesses.
        if let Some(model_preset) = header.dtw_preset() {
            params.dtw_parameters = DtwParameters {
                mode: DtwMode::ModelPreset { model_preset },
                ..DtwParameters::default()
            };
        }
        let context = WhisperContext::new_with_params(path, params)
            .map_err(|e| load_error(format!("{e} (is it a whisper.cpp ggml file?)")))?;
        let encoder = match &config.encoder {
            Some(path) => Some(OnnxEncoder::load(runtime, path, config.threads)?),
            None => None,
        };
        let (state, encoder) =
            encoder::create_state(&context, encoder).map_err(|e| load_error(e.to_string()))?;
        let name = model_name(&config.model);
        Ok(Transcriber {
            context,
            state,
            _encoder: encoder,
            config: config.clone(),
            name,
            interrupt: Arc::new(AtomicBool::new(false)),
        })
    }

    /// A flag that, once set from any thread, stops this transcriber: the transcription in
    /// hand ends within one encoder pass or decoder step with [`ModelError::Interrupted`],
    /// and so does every later one. A worker's owner sets it when it can wait no longer.
    pub fn interrupter(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.interrupt)
    }

    /// The model's name for reports (`whisper-base-f16`, …).
    pub fn model_name(&self) -> &str {
        &self.name
    }

    /// The ONNX encoder's file name, when Whisper runs one (else whisper.cpp's own encoder).
    pub fn encoder_name(&self) -> Option<String> {
        let path = self.config.encoder.as_deref()?;
        Some(path.file_name()?.to_string_lossy().into_owned())
    }

    pub fn is_multilingual(&self) -> bool {
        self.context.is_multilingual()
    }

    /// The call's language: `forced` when given, else Whisper's language identification on
    /// the first [`DETECT_SAMPLES`] of the call's speech, every party's in call order, in one
    /// encoder pass. `None` when nobody spoke.
    ///
    /// One decision per call rather than per channel: the parties of a contact-centre call
    /// speak one language, and a party who says little (an agent's short greeting, a
    /// customer's "yes") is too little for Whisper to tell; together they are enough.
    pub fn call_language(
        &mut self,
        parties: &[(&[f32], &[SpeechSegment])],
        forced: Option<&str>,
    ) -> Result<Option<LanguageChoice>, ModelError> {
        let known = |code: &str| {
            Some(LanguageChoice {
                code: code.into(),
                probability: None,
            })
        };
        if let Some(code) = forced {
            return Ok(known(code));
        }
        if !self.is_multilingual() {
            return Ok(known("en"));
        }
        // A centre that names one language has chosen it: no encoder pass to ask.
        if let [only] = self.config.languages.as_slice() {
            return Ok(known(only));
        }
        let clip = detection_clip(parties);
        if clip.is_empty() {
            return Ok(None);
        }
        self.detect_language(&clip).map(Some)
    }

    /// Transcribes every party's speech in `language` (see [`Self::call_language`]), one
    /// after the other on all the transcriber's threads. `on_start` hears each party as it
    /// begins.
    ///
    /// Side by side (a decoding state per party, one thread each) was measured and left
    /// out: a second state holds 230 MB more (a 5-minute stereo call then peaked at 682 MB,
    /// over the 600 MB it must stay under), for 31 s instead of 33-39 s on that call and
    /// nothing on a call where one party speaks much longer than the other.
    pub fn transcribe_parties(
        &mut self,
        parties: &[(&[f32], &[SpeechSegment])],
        language: &LanguageChoice,
        on_start: &mut dyn FnMut(usize),
    ) -> Result<Vec<ChannelTranscript>, ModelError> {
        let mut decoding = Decoding {
            state: &mut self.state,
            config: &self.config,
            eot: self.context.token_eot(),
            interrupt: &self.interrupt,
            language,
        };
        parties
            .iter()
            .enumerate()
            .map(|(party, (channel, speech))| {
                on_start(party);
                decoding.transcribe(channel, speech)
            })
            .collect()
    }

    /// Whisper's language identification on a clip of at most [`DETECT_SAMPLES`], on the
    /// transcription state: one encoder pass over the clip's length, one decoder step.
    fn detect_language(&mut self, clip: &[f32]) -> Result<LanguageChoice, ModelError> {
        let run_error = |e: whisper_rs::WhisperError| ModelError::Run {
            what: "language detection",
            reason: e.to_string(),
        };
        let threads = self.config.threads;
        // The encoder runs on the length the state's last `full` was given, so the state is
        // given the clip's first, with its encoder pass refused: that costs no encoding.
        let mut params = quiet_params(SamplingStrategy::Greedy { best_of: 1 }, threads);
        params.set_audio_ctx(audio_positions(clip.len()).min(DETECT_POSITIONS));
        params.set_language(Some("en"));
        let state = &mut self.state;
        passes::set_encoder_length(state, params).map_err(run_error)?;
        state.pcm_to_mel(clip, threads).map_err(run_error)?;
        let (detected, probabilities) = state.lang_detect(0, threads).map_err(run_error)?;
        let allowed: Vec<i32> = self
            .config
            .languages
            .iter()
            .filter_map(|code| whisper_rs::get_lang_id(code))
            .collect();
        let id = if allowed.is_empty() {
            detected
        } else {
            *allowed
                .iter()
                .max_by(|a, b| probabilities[**a as usize].total_cmp(&probabilities[**b as usize]))
                .expect("not empty")
        };
        let choice = LanguageChoice {
            code: whisper_rs::get_lang_str(id).unwrap_or("en").to_string(),
            probability: probabilities.get(id as usize).copied(),
        };
        tracing::debug!(
            language = %choice.code,
            probability = ?choice.probability,
            clip_ms = samples_to_ms(clip.len()),
            "language detected"
        );
        Ok(choice)
    }
}

/// A decoding state transcribing parties' speech in one language.
struct Decoding<'a> {
    state: &'a mut WhisperState,
    config: &'a AsrConfig,
    eot: i32,
    interrupt: &'a AtomicBool,
    language: &'a LanguageChoice,
}

impl Decoding<'_> {
    fn transcribe(
        &mut self,
        channel: &[f32],
        speech: &[SpeechSegment],
    ) -> Result<ChannelTranscript, ModelError> {
        let padded = pad_segments(speech, ASR_PAD_SAMPLES, channel.len());
        let mut packer = Packer::new(&padded, WINDOW_SAMPLES, GAP_SAMPLES);
        let mut words = Vec::new();
        let mut cost = WhisperCost::default();
        while let Some(window) = packer.next_window() {
            self.check_interrupt()?;
            let unheard = self.transcribe_window(&window, channel, &mut words, &mut cost)?;
            if let Some(from) = unheard {
                let tail_speech = window.speech_after(from, speech);
                tracing::debug!(
                    tail_ms = samples_to_ms(window.len.saturating_sub(from)),
                    tail_speech_ms = samples_to_ms(tail_speech),
                    "Whisper stopped before the window's end"
                );
                if tail_speech >= MIN_TAIL_SPEECH_SAMPLES {
                    packer.put_back(&window, from);
                }
            }
        }
        Ok(ChannelTranscript {
            language: Some(self.language.clone()),
            words,
            cost,
        })
    }

    fn check_interrupt(&self) -> Result<(), ModelError> {
        if self.interrupt.load(Ordering::SeqCst) {
            return Err(ModelError::Interrupted {
                what: "transcription",
            });
        }
        Ok(())
    }

    /// Transcribes one window into `words`. Returns the window sample from which Whisper
    /// wrote nothing, when it stopped early (see [`passes`]).
    fn transcribe_window(
        &mut self,
        window: &Window,
        channel: &[f32],
        words: &mut Vec<Word>,
        cost: &mut WhisperCost,
    ) -> Result<Option<usize>, ModelError> {
        let beam_size = self.config.beam_size;
        let strategy = if beam_size > 1 {
            SamplingStrategy::BeamSearch {
                beam_size: beam_size as i32,
                patience: -1.0,
            }
        } else {
            SamplingStrategy::Greedy { best_of: 1 }
        };
        let mut params = quiet_params(strategy, self.config.threads);
        params.set_language(Some(&self.language.code));
        params.set_no_context(true);
        params.set_token_timestamps(true);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        let mut audio = window.audio(channel);
        audio.resize(audio.len().max(MIN_WINDOW_SAMPLES), 0.0);
        let positions = audio_positions(audio.len());
        params.set_audio_ctx(positions);
        tracing::debug!(pieces = ?window.pieces, positions, "window");
        let outcome = passes::full_one_pass(self.state, params, &audio, positions, self.interrupt);
        // Stopped on purpose: the window's result (an error, or a partial window) is not
        // the audio's.
        self.check_interrupt()?;
        let (unheard, window_cost) = outcome.map_err(|e| ModelError::Run {
            what: "transcription",
            reason: e.to_string(),
        })?;
        cost.add(&window_cost);

        let eot = self.eot;
        for segment in self.state.as_iter() {
            let tokens: Vec<_> = (0..segment.n_tokens())
                .filter_map(|i| segment.get_token(i))
                .filter(|t| t.token_id() < eot)
                .map(|t| {
                    (
                        t.to_bytes().map(<[u8]>::to_vec).unwrap_or_default(),
                        t.token_data(),
                    )
                })
                .collect();
            if tokens.is_empty() {
                continue;
            }
            tracing::debug!(
                text = %segment,
                start_cs = segment.start_timestamp(),
                end_cs = segment.end_timestamp(),
                no_speech = segment.no_speech_probability(),
                "whisper segment"
            );
            let mean_logprob =
                tokens.iter().map(|(_, d)| d.plog).sum::<f32>() / tokens.len() as f32;
            if segment.no_speech_probability() > NO_SPEECH_THRESHOLD
                && mean_logprob < LOGPROB_THRESHOLD
            {
                tracing::debug!(text = %segment, "dropped a segment Whisper thinks is not speech");
                continue;
            }
            for word in group_words(&tokens) {
                let piece = window.piece_at(word.start_sample);
                let (start, end) = Window::to_call_time(piece, word.start_sample, word.end_sample);
                tracing::trace!(word = %word.text, window_start = word.start_sample, window_end = word.end_sample, start, end, "word");
                words.push(Word {
                    start_sample: start,
                    end_sample: end,
                    ..word
                });
            }
        }
        Ok(unheard)
    }
}

/// Whisper's parameters with `threads` and nothing printed to stdout.
fn quiet_params<'a, 'b>(strategy: SamplingStrategy, threads: usize) -> FullParams<'a, 'b> {
    let mut params = FullParams::new(strategy);
    params.set_n_threads(threads as i32);
    params.set_print_special(false);
    params.set_print_progress(false);
    params.set_print_realtime(false);
    params.set_print_timestamps(false);
    params
}

/// How much of Whisper's 30 s the encoder runs on for a window of `len` samples. Whisper
/// pads every input to 30 s and encodes all of it; on a 10 s window two thirds of that work
/// is spent on the padding. whisper.cpp's `audio_ctx` encodes only the positions that hold
/// the window (and [`AUDIO_POSITIONS_MARGIN`] more, rounded up to [`POSITIONS_MULTIPLE`]),
/// so a short call or a window at the end of a channel costs in proportion to its length.
fn audio_positions(len: usize) -> i32 {
    (len.div_ceil(SAMPLES_PER_AUDIO_POSITION) + AUDIO_POSITIONS_MARGIN)
        .next_multiple_of(POSITIONS_MULTIPLE)
        .min(MAX_AUDIO_POSITIONS) as i32
}

/// What language detection hears: the call's first [`DETECT_SAMPLES`] of speech (padded as
/// for transcription), every party's in call order, [`GAP_SAMPLES`] of silence between pieces.
fn detection_clip(parties: &[(&[f32], &[SpeechSegment])]) -> Vec<f32> {
    let mut pieces: Vec<(usize, &[f32])> = parties
        .iter()
        .flat_map(|(channel, speech)| {
            pad_segments(speech, ASR_PAD_SAMPLES, channel.len())
                .into_iter()
                .map(|s| (s.start_sample, &channel[s.start_sample..s.end_sample]))
        })
        .collect();
    pieces.sort_by_key(|(start, _)| *start);
    let mut clip = Vec::with_capacity(DETECT_SAMPLES);
    for (_, audio) in pieces {
        if !clip.is_empty() {
            clip.resize(clip.len() + GAP_SAMPLES, 0.0);
        }
        let room = DETECT_SAMPLES.saturating_sub(clip.len());
        clip.extend_from_slice(&audio[..audio.len().min(room)]);
        if clip.len() >= DETECT_SAMPLES {
            break;
        }
    }
    clip.truncate(DETECT_SAMPLES);
    clip
}

/// Joins BPE tokens into words: a token whose text starts with a space begins a word.
/// Bytes are joined before decoding, since one UTF-8 character (Arabic, Hebrew, Greek) can
/// be split across tokens. A word starts at its first token's DTW time (Whisper's own
/// token start where DTW gave none) and ends where the next word starts, or at the last
/// token's end for the segment's last word. Times stay in window samples.
fn group_words(tokens: &[(Vec<u8>, whisper_rs::WhisperTokenData)]) -> Vec<Word> {
    let centiseconds = |t: i64| t.max(0) as usize * SAMPLES_PER_CENTISECOND;
    let start_of =
        |d: &whisper_rs::WhisperTokenData| centiseconds(if d.t_dtw >= 0 { d.t_dtw } else { d.t0 });

    // Token index ranges of the words.
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, (bytes, _)) in tokens.iter().enumerate() {
        match spans.last_mut() {
            Some(span) if bytes.first() != Some(&b' ') => span.end = i + 1,
            _ => spans.push(i..i + 1),
        }
    }
    let starts: Vec<usize> = spans.iter().map(|s| start_of(&tokens[s.start].1)).collect();
    let mut words = Vec::new();
    for (k, span) in spans.iter().enumerate() {
        let bytes: Vec<u8> = tokens[span.clone()]
            .iter()
            .flat_map(|(b, _)| b.iter().copied())
            .collect();
        let text = String::from_utf8_lossy(&bytes).trim().to_string();
        if text.is_empty() {
            continue;
        }
        let start = starts[k];
        let end = match starts.get(k + 1) {
            Some(&next) => next,
            None => centiseconds(tokens[span.end - 1].1.t1),
        }
        .max(start);
        let p = tokens[span.clone()].iter().map(|(_, d)| d.p).sum::<f32>() / span.len() as f32;
        words.push(Word {
            text,
            start_sample: start,
            end_sample: end,
            p,
        });
    }
    words
}

/// The hyper-parameters at the head of a whisper.cpp ggml file.
struct GgmlHeader {
    n_vocab: i32,
    n_audio_layer: i32,
    n_text_layer: i32,
    n_mels: i32,
}

impl GgmlHeader {
    const MAGIC: u32 = 0x6767_6d6c;

    fn read(path: &Path) -> Result<Self, String> {
        use std::io::Read;
        let mut bytes = [0u8; 4 * 12];
        std::fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut bytes))
            .map_err(|e| format!("cannot read its header: {e}"))?;
        let field =
            |i: usize| i32::from_le_bytes(bytes[4 * i..4 * i + 4].try_into().expect("4 bytes"));
        if field(0) as u32 != Self::MAGIC {
            return Err("not a whisper.cpp ggml file (bad magic); convert it with `calltone models convert`".into());
        }
        // magic, n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer,
        // n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels, ftype
        Ok(GgmlHeader {
            n_vocab: field(1),
            n_audio_layer: field(5),
            n_text_layer: field(9),
            n_mels: field(10),
        })
    }

    /// whisper.cpp's alignment-head preset for this model size, if it is a standard one.
    fn dtw_preset(&self) -> Option<DtwModelPreset> {
        let english_only = self.n_vocab == 51_864;
        Some(
            match (self.n_audio_layer, self.n_text_layer, english_only) {
                (4, 4, true) => DtwModelPreset::TinyEn,
                (4, 4, false) => DtwModelPreset::Tiny,
                (6, 6, true) => DtwModelPreset::BaseEn,
                (6, 6, false) => DtwModelPreset::Base,
                (12, 12, true) => DtwModelPreset::SmallEn,
                (12, 12, false) => DtwModelPreset::Small,
                (24, 24, true) => DtwModelPreset::MediumEn,
                (24, 24, false) => DtwModelPreset::Medium,
                (32, 32, _) if self.n_mels == 128 => DtwModelPreset::LargeV3,
                (32, 32, _) => DtwModelPreset::LargeV2,
                (32, 4, _) => DtwModelPreset::LargeV3Turbo,
                _ => return None,
            },
        )
    }
}

/// `ggml-base-q8_0.bin` → `whisper-base-q8_0`.
fn model_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("whisper");
    format!("whisper-{}", stem.strip_prefix("ggml-").unwrap_or(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(text: &str, t0: i64, t1: i64, p: f32) -> (Vec<u8>, whisper_rs::WhisperTokenData) {
        let data = whisper_rs::WhisperTokenData {
            id: 0,
            tid: 0,
            p,
            plog: p.ln(),
            pt: 0.0,
            ptsum: 0.0,
            t0,
            t1,
            t_dtw: -1,
            vlen: 0.0,
        };
        (text.as_bytes().to_vec(), data)
    }

    #[test]
    fn tokens_join_into_words_at_spaces() {
        let tokens = [
            token(" Hel", 0, 10, 0.8),
            token("lo", 10, 20, 0.6),
            token(",", 20, 21, 1.0),
            token(" world", 30, 60, 0.9),
        ];
        let words = group_words(&tokens);
        assert_eq!(
            words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(),
            ["Hello,", "world"]
        );
        // A word ends where the next begins.
        assert_eq!((words[0].start_sample, words[0].end_sample), (0, 30 * 160));
        assert!((words[0].p - 0.8).abs() < 1e-6);
    }

    #[test]
    fn a_character_split_across_tokens_is_rejoined() {
        // "שלום" with its first letter's two UTF-8 bytes in two tokens.
        let bytes = " שלום".as_bytes();
        let a = (bytes[..2].to_vec(), token("", 0, 5, 0.5).1);
        let b = (bytes[2..].to_vec(), token("", 5, 9, 0.5).1);
        let words = group_words(&[a, b]);
        assert_eq!(words[0].text, "שלום");
    }

    #[test]
    fn the_encoder_covers_the_window_in_multiples_of_16_and_never_more_than_30_s() {
        // whisper.cpp's DTW needs the window's mel frames (100 per second) to fit in twice
        // the encoder positions.
        for seconds in [1, 7, 19, 27] {
            let len = seconds * SAMPLE_RATE_HZ as usize;
            let positions = audio_positions(len) as usize;
            assert!(2 * positions > len / SAMPLES_PER_CENTISECOND, "{seconds} s");
            assert!(positions < MAX_AUDIO_POSITIONS, "{seconds} s");
            assert_eq!(positions % 16, 0, "{seconds} s");
        }
        assert_eq!(audio_positions(WINDOW_SAMPLES), 1488);
        assert_eq!(
            audio_positions(WINDOW_SAMPLES) as usize * 320,
            WINDOW_SAMPLES
        );
        assert_eq!(DETECT_POSITIONS % 16, 0);
    }

    #[test]
    fn detection_hears_every_party_in_call_order_up_to_its_length() {
        let second = SAMPLE_RATE_HZ as usize;
        let agent = vec![0.5_f32; 20 * second];
        let customer = vec![-0.5_f32; 20 * second];
        let segment = |from: usize, to: usize| SpeechSegment {
            start_sample: from * second,
            end_sample: to * second,
        };
        // The customer speaks first (1-3 s), then the agent (5-12 s), then the customer again.
        let agent_speech = [segment(5, 12)];
        let customer_speech = [segment(1, 3), segment(14, 19)];
        let clip = detection_clip(&[(&agent, &agent_speech), (&customer, &customer_speech)]);
        assert_eq!(clip.len(), DETECT_SAMPLES);
        let pad = ASR_PAD_SAMPLES;
        // The customer's first words (padded), a gap of silence, then the agent's.
        let first = 2 * second + 2 * pad;
        assert!(clip[..first].iter().all(|&x| x == -0.5));
        assert!(clip[first..first + GAP_SAMPLES].iter().all(|&x| x == 0.0));
        assert_eq!(clip[first + GAP_SAMPLES], 0.5);
        // Nobody spoke: nothing to hear.
        assert!(detection_clip(&[(&agent, &[]), (&customer, &[])]).is_empty());
    }

    #[test]
    fn model_names_read_well() {
        assert_eq!(
            model_name(Path::new("models/whisper/ggml-base-q8_0.bin")),
            "whisper-base-q8_0"
        );
    }
}
