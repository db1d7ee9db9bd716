//! What a voice sounds like, as a unit vector: the CAM++ speaker encoder of 3D-Speaker
//! (Wang et al. 2023), converted to ONNX with its filterbank front end by
//! `models/speakers/campplus_to_onnx.py`.
//!
//! The model takes a stretch of 16 kHz audio of any length from 0.5 s and pools its whole
//! length into one 192-d embedding (the mean and spread of its frames' features), so a
//! stretch goes through it once, whatever its length. Two stretches of one voice have a
//! cosine similarity well above two voices' (on real speech about 0.5–0.75 against under
//! 0.3; `models/speakers/README.md`).

use std::collections::BTreeMap;
use std::path::Path;

use ort::session::Session;
use ort::value::TensorRef;

use crate::band::TelephoneBand;
use crate::error::ModelError;
use crate::onnx::OnnxRuntime;

/// The embedding's width.
pub const DIMENSIONS: usize = 192;
/// What a voice of [`Embedder::embed_voices`] is: stored with each agent voice, so that a
/// voice heard otherwise (by an earlier encoder: `ge2e-telephone-band`, `ge2e`) is never
/// compared with one heard this way.
pub const VOICE_HEARD: &str = "campplus-telephone-band";
/// The most of a voice's speech ([`Embedder::embed_voices`]) it is heard from, in samples:
/// 16 s, in [`VOICE_SPANS`] spans spread evenly over its speech.
pub const VOICE_SAMPLES: usize = 16 * 16_000;
const VOICE_SPANS: usize = 8;
/// Stretches of one length run through the model together, at most this many.
const BATCH: usize = 16;
/// The shortest stretch the model takes (0.5 s); a shorter one is repeated to this length.
pub const MIN_SAMPLES: usize = 8_000;

/// The level quieter speech is raised to before it is embedded (dBFS, RMS).
const MIN_DBFS: f32 = -30.0;

const WHAT: &str = "the speaker embedding model";

/// The CAM++ encoder. Owns its ONNX session: one per worker.
pub struct Embedder {
    session: Session,
}

impl Embedder {
    pub fn load(runtime: &OnnxRuntime, path: &Path, threads: usize) -> Result<Self, ModelError> {
        let session = runtime.session(path, WHAT, threads)?;
        let inputs: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
        if inputs != ["waveform"] {
            return Err(ModelError::Load {
                what: WHAT,
                path: path.to_owned(),
                reason: format!("inputs are {inputs:?}, expected [waveform] ([batch, samples])"),
            });
        }
        Ok(Embedder { session })
    }

    /// One embedding per stretch of speech (16 kHz), each heard from at most `max_samples`
    /// of it ([`excerpt`]) and raised to [`MIN_DBFS`] when quieter. An empty stretch gets
    /// `None`. Excerpts of one length go through the model together, [`BATCH`] at a time: on a
    /// mono call most pieces are cut to the same length, and 40 of them take about two thirds
    /// of the time in one batch that they take one by one (`models/speakers/bench.py`).
    pub fn embed(
        &mut self,
        stretches: &[Vec<f32>],
        max_samples: usize,
        spans: usize,
    ) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        let heard = stretches
            .iter()
            .map(|audio| excerpt(audio, max_samples, spans))
            .collect();
        self.embed_heard(heard)
    }

    /// One voice per stretch of speech (16 kHz) as a phone line carries it ([`crate::band`]),
    /// from at most [`VOICE_SAMPLES`] of it: the form in which an agent's enrolled voice and
    /// the speakers of a call are compared, so that an enrolment recorded wide-band matches
    /// the same agent on a narrow-band call.
    pub fn embed_voices(
        &mut self,
        stretches: &[Vec<f32>],
    ) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        let mut band = TelephoneBand::new();
        let heard = stretches
            .iter()
            .map(|s| band.filter(&excerpt(s, VOICE_SAMPLES, VOICE_SPANS)))
            .collect();
        self.embed_heard(heard)
    }

    /// [`Embedder::embed`] of excerpts already cut: each raised to [`MIN_DBFS`] when quieter,
    /// those of one length batched.
    fn embed_heard(
        &mut self,
        mut heard: Vec<Vec<f32>>,
    ) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        for audio in &mut heard {
            let gain = level_gain(audio);
            audio.iter_mut().for_each(|v| *v *= gain);
        }
        let mut by_length: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, h) in heard.iter().enumerate().filter(|(_, h)| !h.is_empty()) {
            by_length.entry(h.len()).or_default().push(i);
        }
        let mut out = vec![None; heard.len()];
        for (length, members) in by_length {
            for batch in members.chunks(BATCH) {
                let input: Vec<f32> = batch
                    .iter()
                    .flat_map(|&i| heard[i].iter().copied())
                    .collect();
                let embeddings = self.run(&input, batch.len(), length)?;
                for (&i, e) in batch.iter().zip(embeddings.chunks(DIMENSIONS)) {
                    out[i] = Some(normalized(e.to_vec()));
                }
            }
        }
        Ok(out)
    }

    /// The embeddings of `n` stretches of `length` samples each, one after the other in
    /// `input`.
    fn run(&mut self, input: &[f32], n: usize, length: usize) -> Result<Vec<f32>, ModelError> {
        let run_error = |e: ort::Error| ModelError::Run {
            what: "speaker embedding",
            reason: e.to_string(),
        };
        let outputs = self
            .session
            .run(ort::inputs![TensorRef::from_array_view((
                [n, length],
                input
            ))
            .map_err(run_error)?])
            .map_err(run_error)?;
        let (_, embeddings) = outputs[0].try_extract_tensor::<f32>().map_err(run_error)?;
        if embeddings.len() != n * DIMENSIONS {
            return Err(ModelError::Run {
                what: "speaker embedding",
                reason: format!(
                    "{} values for {n} stretches of {DIMENSIONS}",
                    embeddings.len()
                ),
            });
        }
        Ok(embeddings.to_vec())
    }
}

/// What the model hears of `audio`: all of it up to `max` samples; beyond that, `spans`
/// equal spans spread evenly over it, joined (the model pools over time, so the joins do
/// not matter); below [`MIN_SAMPLES`], the audio repeated to that length.
pub fn excerpt(audio: &[f32], max: usize, spans: usize) -> Vec<f32> {
    if audio.is_empty() {
        return Vec::new();
    }
    if audio.len() < MIN_SAMPLES {
        return audio.iter().copied().cycle().take(MIN_SAMPLES).collect();
    }
    if audio.len() <= max {
        return audio.to_vec();
    }
    let spans = spans.max(1);
    let span = max / spans;
    let room = audio.len() - span;
    (0..spans)
        .flat_map(|i| {
            let from = if spans == 1 {
                room / 2
            } else {
                room * i / (spans - 1)
            };
            &audio[from..from + span]
        })
        .copied()
        .collect()
}

/// The gain that raises `audio` to [`MIN_DBFS`] RMS; never lowers it. The model's filterbank
/// has a floor (the log of 1.2e-7), so the features of a quiet voice would depend on its level.
fn level_gain(audio: &[f32]) -> f32 {
    let rms = (audio.iter().map(|v| v * v).sum::<f32>() / audio.len().max(1) as f32).sqrt();
    if rms <= 1e-6 {
        return 1.0;
    }
    (10f32.powf(MIN_DBFS / 20.0) / rms).max(1.0)
}

/// `v` scaled to unit length.
pub fn normalized(mut v: Vec<f32>) -> Vec<f32> {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
    v
}

/// Cosine similarity of two unit vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_stretch_is_repeated_to_the_models_shortest() {
        let audio: Vec<f32> = (0..3_000).map(|i| i as f32).collect();
        let heard = excerpt(&audio, 48_000, 1);
        assert_eq!(heard.len(), MIN_SAMPLES);
        assert_eq!(heard[3_000], 0.0);
        assert_eq!(heard[7_999], 1_999.0);
    }

    #[test]
    fn quiet_speech_is_raised_and_loud_speech_left_alone() {
        assert!(level_gain(&[0.001; 100]) > 30.0);
        assert_eq!(level_gain(&[0.5; 100]), 1.0);
        assert_eq!(level_gain(&[0.0; 100]), 1.0);
    }

    #[test]
    fn a_long_stretch_is_heard_in_spans_spread_over_it() {
        let audio: Vec<f32> = (0..100_000).map(|i| i as f32).collect();
        assert_eq!(excerpt(&audio, 200_000, 4), audio);
        let heard = excerpt(&audio, 40_000, 4);
        assert_eq!(heard.len(), 40_000);
        // first span from the start, last one to the end
        assert_eq!(heard[0], 0.0);
        assert_eq!(heard[39_999], 99_999.0);
        // one span: the middle
        assert_eq!(excerpt(&audio, 20_000, 1)[0], 40_000.0);
        assert!(excerpt(&[], 10, 1).is_empty());
    }
}
