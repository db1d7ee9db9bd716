//! calltone listens to recorded customer-service calls and tells how they went.
//!
//! The pipeline, in one paragraph: [`audio::load`] decodes a recording (WAV PCM/float,
//! G.711 µ-law/A-law, MP3, FLAC, …) and resamples each channel to 16 kHz; stereo calls keep
//! agent and customer apart, one per channel. [`audio::vad`] finds the speech in each channel
//! with Silero VAD (ONNX Runtime through `ort`); [`asr`] packs only that speech into 30 s
//! windows for Whisper (whisper.cpp through `whisper-rs`) and maps every word back to call
//! time; [`analysis::turns`] orders both parties' speech into turns; [`tone`] measures how
//! each turn sounded; [`text`] scores each turn's words (sentiment, abuse);
//! [`analysis::characteristics`] measures loudness, talk time, overtalk and interruptions;
//! [`analysis::fuse`] fuses words and tone into per-turn and per-call scores and moments;
//! [`calibration`] maps the turn scores through a deployment's own calibration, fitted from
//! its reviewers' corrections ([`calibrate`]).
//! [`pipeline::Pipeline`] runs it all and returns a [`report::CallReport`], the contract of
//! `DESIGN.md`.
//!
//! The shape, held by `tests/layering.rs` against `src/layers.toml`: a **base** that every
//! module may use ([`timeline`]: time on the call in samples and milliseconds, speech
//! segments, call-time words; [`error`]; [`report`]; [`onnx`]), **stages** that use only the
//! base and return plain data (`audio`, `asr`, `tone`, `text`, `analysis`), and the
//! **composition**: [`pipeline`] (the only place where stages meet), [`config`], and the
//! service around it: [`store`] (the durable queue behind the [`store::CallStore`]
//! interface), [`queue`] (what the API and the workers share), [`worker`] (threads that own
//! the models, one [`worker::Worker::tick`] at a time) and [`server`] (the HTTP API, which
//! never loads a model). `main.rs` is the composition root: it starts the store, the
//! workers and the server, and stops them in order.
//!
//! ```no_run
//! use calltone::{config::Config, pipeline::{CallOptions, Pipeline}};
//!
//! let mut pipeline = Pipeline::load(&Config::default())?;
//! let report = pipeline.analyze_file("samples/call_en_stereo_8k_ulaw.wav".as_ref(), &CallOptions::default(), &mut |_| {})?;
//! print!("{}", report.transcript());
//! # Ok::<(), calltone::error::Error>(())
//! ```

pub mod analysis;
pub mod asr;
pub mod audio;
pub mod band;
pub mod calibrate;
pub mod calibration;
pub mod config;
pub mod convert;
pub mod error;
pub mod onnx;
pub mod pipeline;
pub mod profiles;
pub mod queue;
pub mod redact;
pub mod report;
pub mod scorecard;
pub mod server;
pub mod settings_file;
pub mod speakers;
pub mod store;
pub mod text;
pub mod timeline;
pub mod tone;
pub mod webhooks;
pub mod worker;
