//! `Pipeline::analyze`: a recording in, a [`CallReport`] out, reading top to bottom.
//!
//! decode → resample to 16 kHz (both in [`audio::load`]) → per channel: find speech (VAD) →
//! transcribe the speech only (Whisper) → turns across channels → text sentiment, loudness,
//! characteristics and fusion ([`score_the_call`]) → report.
//! A `Pipeline` owns its models and is not shared between threads: a worker owns one.

use std::path::Path;
use std::time::Instant;

use crate::analysis::characteristics::{
    measure_conversation, measure_turn_loudness, refine_segments, silences, ChannelActivity,
};
use crate::analysis::fuse::{
    find_moments, fuse_turns, score_call, score_turn_words, LONG_SILENCE_MS,
};
use crate::analysis::turns::{build_turns, ChannelSpeech};
use crate::asr::{ChannelTranscript, Transcriber};
use crate::audio::vad::{SpeechSegment, Vad};
use crate::audio::{self, samples_to_ms, Recording};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::onnx::OnnxRuntime;
use crate::report::{
    CallReport, ChannelInfo, Characteristics, ModelsUsed, Moment, Scores, Timings, Turn,
    SCHEMA_VERSION,
};
use crate::text::TEXT_MODEL_NAME;
use crate::tone::classifier::ToneClassifier;
use crate::tone::features::FeatureExtractor;

/// Below this probability a detected language is reported as uncertain.
const UNCERTAIN_LANGUAGE_PROBABILITY: f32 = 0.5;

/// Name of the VAD model in reports.
const VAD_MODEL_NAME: &str = "silero-vad-v5";

/// Per-call choices made by the caller.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Defaults to the file name without extension.
    pub call_id: Option<String>,
    /// One role per channel; defaults: mono `speaker`, stereo `agent`, `customer`.
    pub roles: Option<Vec<String>>,
    /// Force the language (ISO 639-1) instead of detecting it per channel.
    pub language: Option<String>,
}

/// Where the analysis of one call is, for progress displays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Decoding,
    DetectingSpeech { channel: usize },
    Transcribing { channel: usize },
    MeasuringTone,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stage::Decoding => write!(f, "decoding"),
            Stage::DetectingSpeech { channel } => write!(f, "finding speech (channel {channel})"),
            Stage::Transcribing { channel } => write!(f, "transcribing (channel {channel})"),
            Stage::MeasuringTone => write!(f, "measuring tone"),
        }
    }
}

/// Default roles for a channel count.
pub fn default_roles(channels: usize) -> Vec<String> {
    match channels {
        1 => vec!["speaker".into()],
        _ => vec!["agent".into(), "customer".into()],
    }
}

pub struct Pipeline {
    config: Config,
    vad: Vad,
    asr: Transcriber,
    /// The tone classifier, or why there is none (a warning in every report).
    tone: Result<ToneClassifier, String>,
    features: FeatureExtractor,
}

impl Pipeline {
    /// Loads the ONNX Runtime, the VAD and Whisper, checking each file first.
    pub fn load(config: &Config) -> Result<Pipeline> {
        config.validate()?;
        let library = config.onnxruntime_path();
        let runtime = OnnxRuntime::load(&library)?;
        let vad = Vad::load(runtime, &config.vad_model_path())?;
        let asr = Transcriber::load(&config.asr())?;
        // The tone model is optional only when it was not asked for by name; a model that is
        // there but does not fit the feature extractor is an error at start-up.
        let tone_path = config.tone_model_path();
        let tone = if config.tone_model.is_none() && !tone_path.exists() {
            Err(format!(
                "no tone model at {}: tone, smile and stress were not measured (train one with \
                 models/tone/ or name one with --tone-model)",
                tone_path.display()
            ))
        } else {
            Ok(ToneClassifier::load(runtime, &tone_path)?)
        };
        Ok(Pipeline {
            config: config.clone(),
            vad,
            asr,
            tone,
            features: FeatureExtractor::new(),
        })
    }

    /// Checks per-call options against the recording before any work is done.
    fn roles_for(&self, options: &CallOptions, channels: usize) -> Result<Vec<String>> {
        let roles = options
            .roles
            .clone()
            .unwrap_or_else(|| default_roles(channels));
        if roles.len() != channels {
            return Err(Error::Config(format!(
                "{} role(s) given ({}) for a recording with {channels} channel(s)",
                roles.len(),
                roles.join(",")
            )));
        }
        Ok(roles)
    }

    /// Decodes `path` and analyses it.
    pub fn analyze_file(
        &mut self,
        path: &Path,
        options: &CallOptions,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<CallReport> {
        let started = Instant::now();
        progress(Stage::Decoding);
        let recording =
            audio::load(path, &self.config.decode).map_err(|e| Error::decode(path, e))?;
        let decode_ms = started.elapsed().as_millis() as u64;
        let mut options = options.clone();
        if options.call_id.is_none() {
            options.call_id = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        }
        let mut report = self.analyze(recording, &options, progress)?;
        report.timings_ms.decode = decode_ms;
        report.timings_ms.total = started.elapsed().as_millis() as u64;
        Ok(report)
    }

    /// Analyses a decoded recording.
    pub fn analyze(
        &mut self,
        recording: Recording,
        options: &CallOptions,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<CallReport> {
        let started = Instant::now();
        let roles = self.roles_for(options, recording.channels.len())?;
        if !self.asr.is_multilingual() && options.language.as_deref().is_some_and(|l| l != "en") {
            return Err(Error::Config(format!(
                "{} is English-only; it cannot transcribe `{}` (choose a multilingual model)",
                self.asr.model_name(),
                options.language.as_deref().unwrap_or_default()
            )));
        }
        let duration_ms = recording.duration_ms();
        let _span = tracing::info_span!(
            "call",
            id = options.call_id.as_deref().unwrap_or("-"),
            duration_ms
        )
        .entered();

        let vad_started = Instant::now();
        let mut speech: Vec<Vec<SpeechSegment>> = Vec::new();
        for (channel, samples) in recording.channels.iter().enumerate() {
            progress(Stage::DetectingSpeech { channel });
            speech.push(self.vad.detect_speech(samples, &self.config.vad)?);
        }
        let vad_ms = elapsed_ms(vad_started);
        log_stage("vad", vad_ms, duration_ms * recording.channels.len() as u64);

        let asr_started = Instant::now();
        let mut transcripts: Vec<ChannelTranscript> = Vec::new();
        for (channel, samples) in recording.channels.iter().enumerate() {
            progress(Stage::Transcribing { channel });
            transcripts.push(self.asr.transcribe(
                samples,
                &speech[channel],
                options.language.as_deref(),
            )?);
        }
        let asr_ms = elapsed_ms(asr_started);
        let speech_ms: u64 = speech
            .iter()
            .flatten()
            .map(|s| samples_to_ms(s.len()))
            .sum();
        log_stage("asr", asr_ms, speech_ms);

        let mut warnings = recording.warnings;
        if !self.asr.is_multilingual() && options.language.is_none() {
            warnings.push(format!(
                "{} is English-only: the language was not detected, and speech in other languages \
                 comes out as English-sounding text",
                self.asr.model_name()
            ));
        }
        for (channel, transcript) in transcripts.iter().enumerate() {
            if let Some(language) = &transcript.language {
                if language
                    .probability
                    .is_some_and(|p| p < UNCERTAIN_LANGUAGE_PROBABILITY)
                {
                    warnings.push(format!(
                        "channel {channel}: language detection is uncertain ({}, p = {:.2}); \
                         name the call's language with --language, or the candidates with --languages",
                        language.code,
                        language.probability.unwrap_or_default()
                    ));
                }
            }
        }

        let channel_speech: Vec<ChannelSpeech> = transcripts
            .iter()
            .enumerate()
            .map(|(channel, t)| ChannelSpeech {
                channel,
                role: &roles[channel],
                language: t.language.as_ref().map(|l| l.code.as_str()),
                segments: &speech[channel],
                words: &t.words,
            })
            .collect();
        let mut turns = build_turns(&channel_speech);

        let mut tone_ms = None;
        match &mut self.tone {
            Ok(classifier) => {
                progress(Stage::MeasuringTone);
                let tone_started = Instant::now();
                crate::tone::analyze_turns(
                    &mut turns,
                    &recording.channels,
                    &speech,
                    classifier,
                    &mut self.features,
                )?;
                tone_ms = Some(elapsed_ms(tone_started));
                log_stage("tone", tone_ms.unwrap_or(0), speech_ms);
            }
            Err(why) => warnings.push(why.clone()),
        }

        let call_language = majority_language(&transcripts);
        let scored = score_the_call(
            &mut turns,
            &recording.channels,
            &speech,
            &roles,
            duration_ms,
            call_language.as_deref(),
        );

        let channels = transcripts
            .iter()
            .enumerate()
            .map(|(index, t)| ChannelInfo {
                index,
                role: roles[index].clone(),
                language: t.language.as_ref().map(|l| l.code.clone()),
                language_probability: t
                    .language
                    .as_ref()
                    .and_then(|l| l.probability)
                    .map(|p| (p * 1000.0).round() / 1000.0),
                speech_ms: speech[index].iter().map(|s| samples_to_ms(s.len())).sum(),
            })
            .collect();

        Ok(CallReport {
            schema_version: SCHEMA_VERSION,
            call_id: options.call_id.clone().unwrap_or_else(|| "call".into()),
            duration_ms,
            language: call_language,
            source: recording.source,
            channels,
            turns,
            scores: Some(scored.scores),
            characteristics: Some(scored.characteristics),
            moments: scored.moments,
            models: ModelsUsed {
                asr: self.asr.model_name().to_string(),
                vad: VAD_MODEL_NAME.into(),
                tone: self.tone.as_ref().ok().map(ToneClassifier::name),
                text: Some(TEXT_MODEL_NAME.into()),
            },
            timings_ms: Timings {
                decode: 0,
                vad: vad_ms,
                asr: asr_ms,
                tone: tone_ms,
                total: elapsed_ms(started),
            },
            warnings,
        })
    }
}

/// What [`score_the_call`] adds to the report.
struct CallScores {
    scores: Scores,
    characteristics: Characteristics,
    moments: Vec<Moment>,
}

/// After the turns are built: words → text sentiment and abuse, samples → loudness and
/// shouting, speech segments → characteristics, then fusion into scores and moments.
fn score_the_call(
    turns: &mut [Turn],
    samples: &[Vec<f32>],
    speech: &[Vec<SpeechSegment>],
    roles: &[String],
    duration_ms: u64,
    call_language: Option<&str>,
) -> CallScores {
    let text_confidence = score_turn_words(turns, call_language);
    measure_turn_loudness(turns, samples, speech);
    let voice: Vec<Vec<SpeechSegment>> = samples
        .iter()
        .zip(speech)
        .map(|(samples, segments)| refine_segments(samples, segments))
        .collect();
    let activity: Vec<ChannelActivity> = roles
        .iter()
        .zip(&voice)
        .map(|(role, segments)| ChannelActivity { role, segments })
        .collect();
    let (characteristics, interruptions) = measure_conversation(duration_ms, &activity, turns);
    let quiet = silences(duration_ms, &activity, LONG_SILENCE_MS);
    let weights = fuse_turns(turns, &text_confidence);
    let scores = score_call(turns, &weights, duration_ms);
    let moments = find_moments(turns, &scores, &interruptions, &quiet, duration_ms);
    CallScores {
        scores,
        characteristics,
        moments,
    }
}

/// The language of most recognised words, if any were recognised.
fn majority_language(transcripts: &[ChannelTranscript]) -> Option<String> {
    transcripts
        .iter()
        .filter(|t| !t.words.is_empty())
        .filter_map(|t| t.language.as_ref().map(|l| (l.code.clone(), t.words.len())))
        .max_by_key(|(_, words)| *words)
        .map(|(code, _)| code)
}

fn elapsed_ms(since: Instant) -> u64 {
    since.elapsed().as_millis() as u64
}

fn log_stage(stage: &str, took_ms: u64, audio_ms: u64) {
    let real_time_factor = audio_ms as f64 / took_ms.max(1) as f64;
    tracing::info!(
        stage,
        took_ms,
        audio_ms,
        real_time_factor = format!("{real_time_factor:.1}x"),
        "stage done"
    );
}
