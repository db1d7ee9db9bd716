//! Tone: speech segments → acoustic features → smile, arousal, valence and stress.
//!
//! [`features`] turns each VAD speech segment (16 kHz mono samples) into a fixed vector of
//! prosodic, spectral and voice-quality features plus their deviation from the same
//! speaker's baseline in the call; the ONNX classifier (trained in `models/tone/`) maps that
//! vector to [`crate::report::ToneScores`].

pub mod classifier;
pub mod evidence;
pub mod features;
pub mod lpc;
pub mod params;
pub mod pitch;
pub mod voice;
