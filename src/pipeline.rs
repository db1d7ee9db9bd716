//! `Pipeline::analyze`: a recording in, a [`CallReport`] out, reading top to bottom.
//!
//! decode → resample to 16 kHz (both in [`audio::load`]) → speech: per channel, where a voice
//! is (VAD) → speakers: a mono channel's voices told apart, each a party of the call →
//! words: each party's speech only, transcribed (Whisper) → roles of the speakers → turns
//! across parties → tone of
//! each turn → text: what each turn's words say → conversation: loudness, talk time,
//! overtalk, interruptions, silences → fuse: per-turn scores → the deployment's calibration
//! of the turn scores, if any ([`CallOptions::calibration`]) → per-call scores → moments →
//! report → redaction, when asked for ([`CallOptions::redact`]): personal data out of the
//! report's words (after the scores, so that they do not change) and, with
//! [`CallOptions::redact_audio`], out of a copy of the audio ([`redaction`]).
//!
//! A *party* is one voice of the call: a channel of a stereo recording, or one speaker of a
//! mono recording (its segments on the shared channel). Every stage after the speakers works
//! per party; the report names a party's channel and, on a mono call, its speaker.
//!
//! This is the only module where stages meet: each stage takes plain data (samples, speech
//! segments, words, turn spans; the base types of [`crate::timeline`] and
//! [`crate::report`]) and returns plain data, and only this module writes what they return
//! into the report's turns. A `Pipeline` owns its models and is not shared between threads:
//! a worker owns one.

pub mod redaction;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use crate::analysis::characteristics::{
    measure_conversation, measure_turn_loudness, refine_segments, silences, ChannelActivity,
    TurnLoudness,
};
use crate::analysis::fuse::{
    find_moments, fuse_turn_sentiment, round3, score_call, RoleTone, LONG_SILENCE_MS,
};
use crate::analysis::turns::{build_turns, ChannelSpeech};
use crate::asr::{ChannelTranscript, LanguageChoice, Transcriber, WhisperCost, ASR_PAD_SAMPLES};
use crate::audio::vad::{Vad, VadConfig};
use crate::audio::{self, Recording};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::onnx::OnnxRuntime;
use crate::report::{CallReport, ChannelInfo, ModelsUsed, Timings, Turn, SCHEMA_VERSION};
use crate::speakers::roles::{assign_roles, voice_evidence, RoleChoice};
use crate::speakers::{Diarizer, SpeakerCount};
use crate::text::script::script_hits;
use crate::text::{score_turn, TurnWords, TEXT_MODEL_NAME};
use crate::timeline::{samples_to_ms, ChannelSpan, SpeechSegment};
use crate::tone::classifier::ToneClassifier;
use crate::tone::features::{file_features, FeatureExtractor, FileFeatures, FileOptions};
use crate::tone::profile::VoiceProfile;
use crate::tone::{CallTone, TurnTone};

/// How the voices of [`Pipeline::voice_embedding`] and [`Pipeline::enroll_file`] are heard:
/// what to store with them, so that only voices heard alike are compared.
pub use crate::speakers::embedding::VOICE_HEARD;

/// Below this probability a detected language is reported as uncertain.
const UNCERTAIN_LANGUAGE_PROBABILITY: f32 = 0.5;

/// Name of the VAD model in reports.
const VAD_MODEL_NAME: &str = "silero-vad-v5";

/// Speakers a mono recording is split into unless the call says otherwise: an agent and a
/// customer.
pub const DEFAULT_SPEAKERS: SpeakerCount = SpeakerCount::Exactly(2);

/// Per-call choices made by the caller.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Defaults to the file name without extension.
    pub call_id: Option<String>,
    /// One role per channel; defaults: stereo `agent`, `customer`; mono `speaker` when it is
    /// not split into speakers (whose roles are inferred).
    pub roles: Option<Vec<String>>,
    /// Force the language (ISO 639-1) instead of detecting it once for the call.
    pub language: Option<String>,
    /// The agent's voice profile from their earlier calls (never this one): the reference of
    /// the agent's call-level tone when [`VoiceProfile::usable`]; population norms otherwise.
    pub agent_profile: Option<VoiceProfile>,
    /// How many speakers a mono recording holds (`None`: [`DEFAULT_SPEAKERS`]);
    /// `Exactly(1)` hears it as one speaker.
    pub speakers: Option<SpeakerCount>,
    /// The agent's enrolled voice (a unit embedding, [`Pipeline::voice_embedding`]): the
    /// strongest evidence of which speaker of a mono call is the agent.
    pub agent_voice: Option<Vec<f32>>,
    /// The voices of the speakers of the agent's earlier mono calls (one list per call, as
    /// [`Analysis::speaker_voices`] gave them), never this call's: without an enrolled voice
    /// that tells, the speaker whose voice recurs in them is the agent
    /// ([`crate::speakers::recurring`]).
    pub agent_earlier_calls: Vec<Vec<Vec<f32>>>,
    /// A reviewer's roles for the speakers of a mono call (`S1` → `customer`), over the
    /// inferred ones.
    pub speaker_roles: Option<BTreeMap<String, String>>,
    /// Also return the agent's voice ([`Analysis::agent_voice`]) when the agent has a channel
    /// of their own: what a service asks for until it has enrolled the agent.
    pub learn_agent_voice: bool,
    /// The deployment's calibration of the turn scores ([`crate::calibration`]): applied to
    /// each turn's smile, stress and sentiment before the per-call scores, and named in
    /// `models.calibration`.
    pub calibration: Option<std::sync::Arc<crate::calibration::Calibration>>,
    /// Redact the report: every span of personal data ([`crate::redact`]) replaced by its
    /// tag (`[CARD]`) in the words and evidence, and listed with its times in
    /// `redactions` ([`redaction::redact_report`]).
    pub redact: bool,
    /// Also return a copy of the audio with each redaction masked (by a tone or silence, on
    /// the speaker's channel; [`Analysis::redacted_audio`]). Implies [`CallOptions::redact`].
    pub redact_audio: Option<crate::audio::mask::Mask>,
}

/// One voice of the call: a channel, or one speaker of a shared channel.
#[derive(Debug, Clone)]
struct Party {
    /// The recording's channel.
    channel: usize,
    /// The speaker's label on a shared channel.
    speaker: Option<String>,
    /// Where the party speaks.
    segments: Vec<SpeechSegment>,
    /// The speaker's voice (unit embedding), on a shared channel.
    voice: Option<Vec<f32>>,
}

/// Who speaks where, as [`Pipeline::diarize_file`] hears it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartySpeech {
    /// `S1`, `S2`, … for the speakers of a mono recording; `channelN` for a channel.
    pub label: String,
    pub segments: Vec<SpeechSegment>,
    /// A speaker's voice (unit embedding); `None` for a channel.
    pub voice: Option<Vec<f32>>,
}

/// A call's report and what the call adds to its speakers' voice profiles.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub report: CallReport,
    /// Per channel, this call's speech as a one-call [`VoiceProfile`] (`None` without speech
    /// or without a tone model); the agent's is pooled into their profile.
    pub voices: Vec<Option<VoiceProfile>>,
    /// The agent's voice as a unit embedding, when [`CallOptions::learn_agent_voice`] asked
    /// for it and the agent had a channel of their own with speech.
    pub agent_voice: Option<Vec<f32>>,
    /// The voices (unit embeddings) of the speakers a mono channel was split into, in their
    /// order; empty when no channel was split. What a later call of the same agent compares
    /// ([`CallOptions::agent_earlier_calls`]).
    pub speaker_voices: Vec<Vec<f32>>,
    /// With [`CallOptions::redact_audio`]: the recording's channels at 16 kHz with each
    /// redaction masked ([`crate::audio::mask::mask_spans`]: widened by
    /// [`crate::audio::mask::MASK_PAD_MS`] each side, and on to a pause where the voice runs
    /// on); write it with [`write_redacted_audio`].
    pub redacted_audio: Option<Vec<Vec<f32>>>,
}

/// Where the analysis of one call is, for progress displays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Decoding,
    DetectingSpeech,
    TellingSpeakersApart,
    Transcribing { channel: usize },
    MeasuringTone,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stage::Decoding => write!(f, "decoding"),
            Stage::DetectingSpeech => write!(f, "finding speech"),
            Stage::TellingSpeakersApart => write!(f, "telling the speakers apart"),
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
    /// The speaker models, or why there are none (a warning on every mono call).
    speakers: Result<Diarizer, String>,
    features: FeatureExtractor,
}

impl Pipeline {
    /// Loads the ONNX Runtime, the VAD and Whisper, checking each file first.
    pub fn load(config: &Config) -> Result<Pipeline> {
        config.validate()?;
        let library = config.onnxruntime_path();
        let runtime = OnnxRuntime::load(&library)?;
        let vad = Vad::load(runtime, &config.vad_model_path())?;
        let asr = Transcriber::load(&config.asr(), runtime)?;
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
        // The speaker models are optional: without them a mono call is one speaker.
        let (segmentation, embedding) = (
            config.segmentation_model_path(),
            config.speaker_embedding_model_path(),
        );
        let speakers = if segmentation.exists() || embedding.exists() {
            Ok(Diarizer::load(
                runtime,
                &segmentation,
                &embedding,
                config.threads,
            )?)
        } else {
            Err(format!(
                "no speaker models in {}: a mono recording is heard as one speaker (run \
                 models/provision.sh)",
                segmentation.parent().unwrap_or(Path::new("")).display()
            ))
        };
        Ok(Pipeline {
            config: config.clone(),
            vad,
            asr,
            tone,
            speakers,
            features: FeatureExtractor::new(),
        })
    }

    /// A voice as a unit embedding, from speech of one speaker (16 kHz channels and their
    /// segments, pooled): what the agent's enrolled voice is. `None` without speech or
    /// without the speaker models.
    pub fn voice_embedding(
        &mut self,
        channel: &[f32],
        segments: &[SpeechSegment],
    ) -> Result<Option<Vec<f32>>> {
        let Ok(diarizer) = &mut self.speakers else {
            return Ok(None);
        };
        let speech: Vec<f32> = segments
            .iter()
            .flat_map(|s| {
                &channel[s.start_sample.min(channel.len())..s.end_sample.min(channel.len())]
            })
            .copied()
            .collect();
        Ok(diarizer.embed(&[speech])?.pop().flatten())
    }

    /// A flag that, once set from any thread, stops this pipeline's analysis in hand within
    /// one Whisper encoder pass or decoder step (the analysis then returns
    /// [`crate::error::ModelError::Interrupted`]), and every later one: what a shutdown
    /// uses when it can wait no longer for a call in hand, so that no thread is inside
    /// whisper.cpp when the process exits.
    pub fn interrupter(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.asr.interrupter()
    }

    /// Checks per-call options against the recording and the model before any work is
    /// done; returns each channel's role.
    fn check_call(&self, options: &CallOptions, channels: usize) -> Result<Vec<String>> {
        if let Some(SpeakerCount::Exactly(n)) = options.speakers {
            if !(1..=crate::speakers::cluster::MAX_SPEAKERS).contains(&n) {
                return Err(Error::Call(format!(
                    "{n} speakers asked for; a call can be split into 1 to {}",
                    crate::speakers::cluster::MAX_SPEAKERS
                )));
            }
        }
        let roles = options
            .roles
            .clone()
            .unwrap_or_else(|| default_roles(channels));
        if roles.len() != channels {
            return Err(Error::Call(format!(
                "{} role(s) given ({}) for a recording with {channels} channel(s)",
                roles.len(),
                roles.join(",")
            )));
        }
        if !self.asr.is_multilingual() && options.language.as_deref().is_some_and(|l| l != "en") {
            return Err(Error::Call(format!(
                "{} is English-only; it cannot transcribe `{}` (choose a multilingual model)",
                self.asr.model_name(),
                options.language.as_deref().unwrap_or_default()
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
        Ok(self.analyze_file_voices(path, options, progress)?.report)
    }

    /// Decodes `path` and analyses it; with the report, each channel's voice summary.
    pub fn analyze_file_voices(
        &mut self,
        path: &Path,
        options: &CallOptions,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<Analysis> {
        let started = Instant::now();
        progress(Stage::Decoding);
        let recording =
            audio::load(path, &self.config.decode).map_err(|e| Error::decode(path, e))?;
        let decode_ms = elapsed_ms(started);
        let mut options = options.clone();
        if options.call_id.is_none() {
            options.call_id = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        }
        let mut analysis = self.analyze_voices(recording, &options, progress)?;
        analysis.report.timings_ms.decode = decode_ms;
        analysis.report.timings_ms.total = elapsed_ms(started);
        Ok(analysis)
    }

    /// Each channel's role and voice summary of the recording at `path`, without
    /// transcribing it: decode, speech detection and tone features, as
    /// [`Pipeline::analyze_file_voices`] measures them (the same summary, for the same
    /// audio; `None` without a tone model, as there). What rebuilding a stored call's voice
    /// summary after a change of the feature extractor needs.
    pub fn voice_summaries_file(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Result<Vec<(String, Option<VoiceProfile>)>> {
        let file = extract_features_file(
            path,
            &self.config.decode,
            Some((&mut self.vad, &self.config.vad)),
            &mut self.features,
            &FileOptions {
                voice: true,
                ..FileOptions::default()
            },
        )?;
        let roles = self.check_call(options, file.channels.len())?;
        // Without a tone model an analysis makes no summaries; neither does this. Nor for a
        // mono call that an analysis splits into speakers: its channel is not one voice.
        let split = file.channels.len() == 1
            && self.speakers.is_ok()
            && options.speakers.unwrap_or(DEFAULT_SPEAKERS) != SpeakerCount::Exactly(1);
        let measured = self.tone.is_ok() && !split;
        let voices = file
            .channels
            .into_iter()
            .map(|channel| channel.voice.filter(|_| measured));
        Ok(roles.into_iter().zip(voices).collect())
    }

    /// Who speaks when in the recording at `path`, without transcribing it: decode, speech
    /// detection and, on a mono recording, the speakers (`calltone diarize`). Each party's
    /// label (`S1`… on a mono recording, `channel N` on a stereo one) and speech segments.
    pub fn diarize_file(
        &mut self,
        path: &Path,
        speakers: Option<SpeakerCount>,
    ) -> Result<Vec<PartySpeech>> {
        let recording =
            audio::load(path, &self.config.decode).map_err(|e| Error::decode(path, e))?;
        let channels = &recording.channels;
        let speech = detect_speech(&mut self.vad, channels, &self.config.vad, &mut |_| {})?;
        let options = CallOptions {
            speakers,
            ..CallOptions::default()
        };
        let mut warnings = Vec::new();
        let parties = self.find_parties(channels, speech, &options, &mut |_| {}, &mut warnings)?;
        for warning in warnings {
            tracing::warn!("{warning}");
        }
        Ok(parties
            .into_iter()
            .map(|p| PartySpeech {
                label: p.speaker.unwrap_or_else(|| format!("channel{}", p.channel)),
                segments: p.segments,
                voice: p.voice,
            })
            .collect())
    }

    /// An agent's enrolled voice from a recording of them: the speech of `channel` (the
    /// agent's channel of a stereo call, or a mono recording of the agent alone).
    pub fn enroll_file(&mut self, path: &Path, channel: usize) -> Result<Vec<f32>> {
        let recording =
            audio::load(path, &self.config.decode).map_err(|e| Error::decode(path, e))?;
        let Some(samples) = recording.channels.get(channel) else {
            return Err(Error::Call(format!(
                "{} has {} channel(s); there is no channel {channel}",
                path.display(),
                recording.channels.len()
            )));
        };
        let speech = self.vad.detect_speech(samples, &self.config.vad)?;
        if let Err(why) = &self.speakers {
            return Err(Error::Call(why.clone()));
        }
        self.voice_embedding(samples, &speech)?.ok_or_else(|| {
            Error::Call(format!(
                "no speech on channel {channel} of {}",
                path.display()
            ))
        })
    }

    /// Analyses a decoded recording.
    pub fn analyze(
        &mut self,
        recording: Recording,
        options: &CallOptions,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<CallReport> {
        Ok(self.analyze_voices(recording, options, progress)?.report)
    }

    /// Analyses a decoded recording; with the report, each party's voice summary.
    pub fn analyze_voices(
        &mut self,
        recording: Recording,
        options: &CallOptions,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<Analysis> {
        let started = Instant::now();
        let channel_roles = self.check_call(options, recording.channels.len())?;
        let duration_ms = recording.duration_ms();
        let call_id = options.call_id.clone().unwrap_or_else(|| "call".into());
        let _span = tracing::info_span!("call", id = %call_id, duration_ms).entered();
        let channels = &recording.channels;
        let mut timings = Timings::default();
        let mut warnings = recording.warnings.clone();

        // Speech: where each channel has a voice.
        let stage = Instant::now();
        let speech = detect_speech(&mut self.vad, channels, &self.config.vad, progress)?;
        timings.vad = log_stage("vad", stage, duration_ms * channels.len() as u64);

        // Speakers: a mono channel's voices told apart; each voice is a party of the call.
        let stage = Instant::now();
        let parties = self.find_parties(channels, speech, options, progress, &mut warnings)?;
        if parties.iter().any(|p| p.speaker.is_some()) {
            timings.speakers = Some(log_stage("speakers", stage, duration_ms));
        }
        let samples: Vec<&[f32]> = parties
            .iter()
            .map(|p| channels[p.channel].as_slice())
            .collect();
        let speech: Vec<Vec<SpeechSegment>> = parties.iter().map(|p| p.segments.clone()).collect();

        // Words: the call's language, then each party's speech, which is all Whisper hears.
        let stage = Instant::now();
        let heard: Vec<(&[f32], &[SpeechSegment])> = samples
            .iter()
            .zip(&speech)
            .map(|(samples, segments)| (*samples, segments.as_slice()))
            .collect();
        let language = self
            .asr
            .call_language(&heard, options.language.as_deref())?;
        let mut whisper = WhisperCost {
            language_ms: stage.elapsed().as_secs_f64() * 1000.0,
            ..WhisperCost::default()
        };
        let transcripts = match &language {
            Some(language) => self
                .asr
                .transcribe_parties(&heard, language, &mut |party| {
                    progress(Stage::Transcribing { channel: party })
                })?,
            None => vec![ChannelTranscript::default(); parties.len()],
        };
        let speech_ms: u64 = speech
            .iter()
            .flatten()
            .map(|s| samples_to_ms(s.len()))
            .sum();
        timings.asr = log_stage("asr", stage, speech_ms);
        for transcript in &transcripts {
            whisper.add(&transcript.cost);
        }
        timings.whisper = Some(whisper.rounded());
        let call_language = majority_language(&transcripts);

        // Roles: the channels' as given; the speakers' from their voice, words and order.
        let choices = self.speaker_roles(&parties, &transcripts, options);
        let roles: Vec<String> = parties
            .iter()
            .zip(&choices)
            .map(|(p, choice)| match choice {
                Some(c) => c.role.clone(),
                None => channel_roles[p.channel].clone(),
            })
            .collect();

        // Turns: every party's speech with its words, in call order.
        let mut turns = build_turns(&channel_speech(&roles, &speech, &transcripts));
        let spans: Vec<ChannelSpan> = turns.iter().map(Turn::span).collect();

        // Tone: how each turn sounded against the speaker's usual in this call, and each
        // party over the call against the agent's profile or population norms.
        let tone = match &mut self.tone {
            Ok(classifier) => {
                progress(Stage::MeasuringTone);
                let stage = Instant::now();
                let profiles: Vec<Option<&VoiceProfile>> = roles
                    .iter()
                    .map(|role| options.agent_profile.as_ref().filter(|_| role == "agent"))
                    .collect();
                let tone = crate::tone::measure_call(
                    &spans,
                    &samples,
                    &speech,
                    &profiles,
                    &roles,
                    classifier,
                    &mut self.features,
                )?;
                timings.tone = Some(log_stage("tone", stage, speech_ms));
                tone
            }
            Err(_) => CallTone {
                turns: vec![None; turns.len()],
                channels: vec![None; parties.len()],
            },
        };
        let role_tone = role_tone(&roles, &tone, &speech);
        let voices: Vec<Option<VoiceProfile>> = tone
            .channels
            .iter()
            .map(|c| c.as_ref().and_then(|c| c.voice.clone()))
            .collect();

        // Text: what each turn's words say, in its language (or the call's).
        let words: Vec<Option<TurnWords>> = turns
            .iter()
            .map(|turn| {
                let language = turn.language.as_deref().or(call_language.as_deref());
                let p: Vec<f32> = turn.words.iter().map(|w| w.p).collect();
                score_turn(language, &turn.text, &p)
            })
            .collect();

        // Conversation: how loud each turn was; who spoke when, over whom, and the silences.
        // A channel's segment edges are refined on its own audio; a speaker's come from the
        // segmentation, and the shared audio around them is the other speaker's.
        let loudness = measure_turn_loudness(&spans, &samples, &speech);
        let voice: Vec<Vec<SpeechSegment>> = parties
            .iter()
            .zip(samples.iter().zip(&speech))
            .map(|(party, (samples, segments))| match party.speaker {
                None => refine_segments(samples, segments),
                Some(_) => segments.clone(),
            })
            .collect();
        let activity: Vec<ChannelActivity> = roles
            .iter()
            .zip(&voice)
            .map(|(role, segments)| ChannelActivity { role, segments })
            .collect();

        // Fuse: each turn's findings into the turn, the deployment's calibration of the turn
        // scores, if any, then the call's scores.
        let weights: Vec<f32> = turns
            .iter_mut()
            .zip(tone.turns)
            .zip(&words)
            .zip(&loudness)
            .map(|(((turn, tone), words), loudness)| {
                write_turn(turn, tone, words.as_ref(), loudness)
            })
            .collect();
        if let Some(calibration) = &options.calibration {
            calibration.apply_turns(&mut turns, call_language.as_deref());
        }
        let (characteristics, interruptions) = measure_conversation(duration_ms, &activity, &turns);
        let scores = score_call(&turns, &weights, duration_ms, &role_tone);

        // Moments: what a coach should hear.
        let abuse: Vec<Vec<String>> = words.iter().map(abuse_terms).collect();
        let quiet = silences(duration_ms, &activity, LONG_SILENCE_MS);
        let moments = find_moments(
            &turns,
            &abuse,
            &loudness,
            &scores,
            &interruptions,
            &quiet,
            duration_ms,
        );

        // The agent's voice, to enrol them, only from a channel that is theirs alone.
        let agent_voice = match roles.iter().position(|r| r == "agent") {
            Some(a) if options.learn_agent_voice && parties[a].speaker.is_none() => {
                self.voice_embedding(samples[a], &speech[a])?
            }
            _ => None,
        };

        // Each turn names its recording channel and, on a shared one, its speaker.
        for turn in &mut turns {
            let party = &parties[turn.channel];
            turn.channel = party.channel;
            turn.speaker = party.speaker.clone();
        }
        warnings.extend(self.language_warnings(options, language.as_ref()));
        if let Err(why) = &self.tone {
            warnings.push(why.clone());
        }
        timings.total = elapsed_ms(started);
        let mut report = CallReport {
            schema_version: SCHEMA_VERSION,
            call_id,
            duration_ms,
            language: call_language,
            source: recording.source,
            channels: channel_info(&parties, &roles, &choices, &speech, &transcripts),
            turns,
            scores: Some(scores),
            characteristics: Some(characteristics),
            moments,
            models: ModelsUsed {
                asr: self.asr.model_name().to_string(),
                asr_encoder: self.asr.encoder_name(),
                vad: VAD_MODEL_NAME.into(),
                tone: self.tone.as_ref().ok().map(ToneClassifier::name),
                text: Some(TEXT_MODEL_NAME.into()),
                calibration: options.calibration.as_ref().map(|c| c.name()),
            },
            timings_ms: timings,
            warnings,
            redactions: None,
        };

        // Redaction: last, so that every score was measured on the words as said.
        let mut redacted_audio = None;
        if options.redact || options.redact_audio.is_some() {
            let masks = redaction::redact_report(&mut report);
            if let Some(mask) = options.redact_audio {
                let mut channels = recording.channels.clone();
                audio::mask::mask_spans(&mut channels, &masks, mask, audio::mask::MASK_PAD_MS);
                redacted_audio = Some(channels);
            }
        }
        let speaker_voices = parties
            .iter()
            .filter(|p| p.speaker.is_some())
            .filter_map(|p| p.voice.clone())
            .collect();
        Ok(Analysis {
            report,
            voices,
            agent_voice,
            speaker_voices,
            redacted_audio,
        })
    }

    /// The parties of the call: each channel of a stereo recording; on a mono recording,
    /// each speaker the diarizer tells apart (unless one was asked for, or the models are
    /// missing: then the channel).
    fn find_parties(
        &mut self,
        channels: &[Vec<f32>],
        speech: Vec<Vec<SpeechSegment>>,
        options: &CallOptions,
        progress: &mut dyn FnMut(Stage),
        warnings: &mut Vec<String>,
    ) -> Result<Vec<Party>> {
        let as_channels = |speech: Vec<Vec<SpeechSegment>>| {
            speech
                .into_iter()
                .enumerate()
                .map(|(channel, segments)| Party {
                    channel,
                    speaker: None,
                    segments,
                    voice: None,
                })
                .collect()
        };
        let count = options.speakers.unwrap_or(DEFAULT_SPEAKERS);
        if channels.len() != 1 || count == SpeakerCount::Exactly(1) || speech[0].is_empty() {
            return Ok(as_channels(speech));
        }
        let diarizer = match &mut self.speakers {
            Ok(diarizer) => diarizer,
            Err(why) => {
                warnings.push(why.clone());
                return Ok(as_channels(speech));
            }
        };
        progress(Stage::TellingSpeakersApart);
        let diarization = diarizer.diarize(&channels[0], &speech[0], count)?;
        if diarization.speakers.len() < 2 {
            return Ok(as_channels(speech));
        }
        Ok(diarization
            .speakers
            .into_iter()
            .map(|s| Party {
                channel: 0,
                speaker: Some(s.label),
                segments: s.segments,
                voice: s.voice,
            })
            .collect())
    }

    /// The role of each speaker of a shared channel (`None` for a party that is a channel):
    /// a reviewer's choice when the call carries one, else inferred from the agent's enrolled
    /// voice, the agent's script and who spoke first.
    fn speaker_roles(
        &self,
        parties: &[Party],
        transcripts: &[ChannelTranscript],
        options: &CallOptions,
    ) -> Vec<Option<RoleChoice>> {
        if parties.iter().all(|p| p.speaker.is_none()) {
            return vec![None; parties.len()];
        }
        let heard: Vec<(u64, Option<&[f32]>)> = parties
            .iter()
            .map(|p| {
                let first_ms = p.segments.first().map_or(u64::MAX, |s| s.start_ms());
                (first_ms, p.voice.as_deref())
            })
            .collect();
        let mut evidence = voice_evidence(
            &heard,
            options.agent_voice.as_deref(),
            &options.agent_earlier_calls,
        );
        for (evidence, transcript) in evidence.iter_mut().zip(transcripts) {
            let text: Vec<&str> = transcript.words.iter().map(|w| w.text.as_str()).collect();
            let language = transcript.language.as_ref().map(|l| l.code.as_str());
            let hits = script_hits(language, &text.join(" "), &self.config.agent_phrases);
            evidence.agent_phrases = hits.agent;
            evidence.caller_phrases = hits.caller;
        }
        let mut choices = assign_roles(&evidence);
        if let Some(chosen) = &options.speaker_roles {
            for (party, choice) in parties.iter().zip(&mut choices) {
                if let Some(role) = party.speaker.as_ref().and_then(|s| chosen.get(s)) {
                    *choice = RoleChoice {
                        role: role.clone(),
                        confidence: 1.0,
                        reason: "set by a reviewer".into(),
                    };
                }
            }
        }
        choices.into_iter().map(Some).collect()
    }

    /// What the reader should know about the language: an English-only model that was not
    /// told it, or a detection that was unsure.
    fn language_warnings(
        &self,
        options: &CallOptions,
        language: Option<&LanguageChoice>,
    ) -> Vec<String> {
        let mut warnings = Vec::new();
        if !self.asr.is_multilingual() && options.language.is_none() {
            warnings.push(format!(
                "{} is English-only: the language was not detected, and speech in other languages \
                 comes out as English-sounding text",
                self.asr.model_name()
            ));
        }
        if let Some(language) = language {
            if let Some(p) = language
                .probability
                .filter(|&p| p < UNCERTAIN_LANGUAGE_PROBABILITY)
            {
                warnings.push(format!(
                    "language detection is uncertain ({}, p = {p:.2}); name the call's language \
                     with --language, or the candidates with --languages",
                    language.code,
                ));
            }
        }
        warnings
    }
}

/// Speech segments of every channel, with `vad`: the first step after decoding, shared by
/// the pipeline, `calltone features` and the benchmarks.
pub fn detect_speech(
    vad: &mut Vad,
    channels: &[Vec<f32>],
    config: &VadConfig,
    progress: &mut dyn FnMut(Stage),
) -> Result<Vec<Vec<SpeechSegment>>> {
    progress(Stage::DetectingSpeech);
    let channels: Vec<&[f32]> = channels.iter().map(Vec::as_slice).collect();
    Ok(vad.detect_speech_of(&channels, config)?)
}

/// `calltone features FILE`: decodes `path`, finds the speech of each channel (with `vad`,
/// or the whole channel when `options.whole`) and measures every segment's tone features.
pub fn extract_features_file(
    path: &Path,
    decode: &audio::DecodeOptions,
    vad: Option<(&mut Vad, &VadConfig)>,
    extractor: &mut FeatureExtractor,
    options: &FileOptions,
) -> Result<FileFeatures> {
    let recording = audio::load(path, decode).map_err(|e| Error::decode(path, e))?;
    let channels = &recording.channels;
    let speech = match vad {
        Some((vad, config)) if !options.whole => detect_speech(vad, channels, config, &mut |_| {})?,
        _ => channels
            .iter()
            .map(|samples| {
                vec![SpeechSegment {
                    start_sample: 0,
                    end_sample: samples.len(),
                }]
            })
            .collect(),
    };
    Ok(file_features(
        path.display().to_string(),
        channels,
        &speech,
        extractor,
        options,
    ))
}

/// Writes a redacted recording ([`Analysis::redacted_audio`]: 16 kHz channels) to `path`
/// as 16-bit PCM WAV, through a temporary file renamed into place and synced, so that a
/// reader never finds half a file.
pub fn write_redacted_audio(path: &Path, channels: &[Vec<f32>]) -> std::io::Result<()> {
    let mut part = path.as_os_str().to_os_string();
    part.push(".part");
    let part = std::path::PathBuf::from(part);
    let written = audio::mask::write_wav(&part, channels)
        .and_then(|()| std::fs::File::open(&part)?.sync_all())
        .and_then(|()| std::fs::rename(&part, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    written
}

/// Each channel's inputs to turn building.
fn channel_speech<'a>(
    roles: &'a [String],
    speech: &'a [Vec<SpeechSegment>],
    transcripts: &'a [ChannelTranscript],
) -> Vec<ChannelSpeech<'a>> {
    transcripts
        .iter()
        .enumerate()
        .map(|(channel, t)| ChannelSpeech {
            channel,
            role: &roles[channel],
            language: t.language.as_ref().map(|l| l.code.as_str()),
            segments: &speech[channel],
            words: &t.words,
            context_samples: ASR_PAD_SAMPLES,
        })
        .collect()
}

/// Writes one turn's findings into it, in the order a reviewer reads the evidence: tone,
/// words, loudness, then the fused sentiment. Returns the turn's weight in the per-call
/// means (0 when neither words nor tone count).
fn write_turn(
    turn: &mut Turn,
    tone: Option<TurnTone>,
    words: Option<&TurnWords>,
    loudness: &Option<TurnLoudness>,
) -> f32 {
    if let Some(tone) = tone {
        turn.tone = Some(tone.scores);
        turn.evidence
            .extend(tone.evidence.iter().map(ToString::to_string));
    }
    let mut text_confidence = 0.0;
    if let Some(words) = words {
        if let Some((score, confidence)) = words.scored() {
            turn.text_sentiment = Some(round3(score.sentiment));
            turn.abusive = score.abusive;
            text_confidence = confidence;
        }
        turn.evidence.extend(words.evidence());
    }
    if let Some(loudness) = loudness {
        turn.loudness = Some(loudness.scaled());
        turn.shouting = loudness.shouting();
        turn.evidence.extend(loudness.evidence());
    }
    match fuse_turn_sentiment(turn.text_sentiment, text_confidence, turn.tone) {
        Some(fused) => {
            turn.sentiment = Some(round3(fused.sentiment));
            turn.evidence.push(fused.evidence());
            fused.weight()
        }
        None => 0.0,
    }
}

/// Each role's call-level tone: its channel's (the channel with the most speech when several
/// share a role).
fn role_tone(
    roles: &[String],
    tone: &CallTone,
    speech: &[Vec<SpeechSegment>],
) -> BTreeMap<String, RoleTone> {
    let speech_of = |c: usize| speech[c].iter().map(SpeechSegment::len).sum::<usize>();
    let mut channels: Vec<usize> = (0..roles.len()).collect();
    channels.sort_by_key(|&c| std::cmp::Reverse(speech_of(c)));
    let mut out = BTreeMap::new();
    for c in channels {
        if let Some(Some(t)) = tone.channels.get(c) {
            out.entry(roles[c].clone()).or_insert_with(|| RoleTone {
                scores: t.scores,
                reference: t.reference.to_string(),
                described: t.reference_described.clone(),
                evidence: t
                    .evidence
                    .iter()
                    .map(|c| c.sentence(&t.evidence_than))
                    .collect(),
            });
        }
    }
    out
}

/// The abuse terms a turn's words hold (`insult: 'idiot'`).
fn abuse_terms(words: &Option<TurnWords>) -> Vec<String> {
    words
        .as_ref()
        .and_then(TurnWords::scored)
        .map(|(score, _)| score.abuse.iter().map(|hit| hit.describe()).collect())
        .unwrap_or_default()
}

/// The report's description of each party: its channel, its speaker on a shared channel,
/// and the role with its evidence when it was inferred.
fn channel_info(
    parties: &[Party],
    roles: &[String],
    choices: &[Option<RoleChoice>],
    speech: &[Vec<SpeechSegment>],
    transcripts: &[ChannelTranscript],
) -> Vec<ChannelInfo> {
    transcripts
        .iter()
        .enumerate()
        .map(|(party, t)| ChannelInfo {
            index: parties[party].channel,
            role: roles[party].clone(),
            speaker: parties[party].speaker.clone(),
            role_confidence: choices[party]
                .as_ref()
                .map(|c| (c.confidence * 1000.0).round() / 1000.0),
            role_reason: choices[party].as_ref().map(|c| c.reason.clone()),
            language: t.language.as_ref().map(|l| l.code.clone()),
            language_probability: t
                .language
                .as_ref()
                .and_then(|l| l.probability)
                .map(|p| (p * 1000.0).round() / 1000.0),
            speech_ms: speech[party].iter().map(|s| samples_to_ms(s.len())).sum(),
        })
        .collect()
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

/// Logs a stage's wall time and real-time factor; returns the wall time in ms.
fn log_stage(stage: &str, started: Instant, audio_ms: u64) -> u64 {
    let took_ms = elapsed_ms(started);
    let real_time_factor = audio_ms as f64 / took_ms.max(1) as f64;
    tracing::info!(
        stage,
        took_ms,
        audio_ms,
        real_time_factor = format!("{real_time_factor:.1}x"),
        "stage done"
    );
    took_ms
}
