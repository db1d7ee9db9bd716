//! What a voice sounds like, as a 256-d unit vector: Resemblyzer's GE2E speaker encoder,
//! converted to ONNX by `models/speakers/resemblyzer_to_onnx.py`.
//!
//! The model takes "partials" of 25,440 samples (1.6 s at 16 kHz: 160 mel frames) and computes
//! its mel spectrogram itself. As Resemblyzer does, a stretch of speech is raised to −30 dBFS,
//! cut into partials that overlap by half, and its embedding is the normalised mean of theirs.
//! Two stretches of one voice have a cosine similarity near 1, two voices clearly less.

use std::path::Path;

use ort::session::Session;
use ort::value::TensorRef;

use crate::band::TelephoneBand;
use crate::error::ModelError;
use crate::onnx::OnnxRuntime;

/// Samples in one partial.
pub const PARTIAL_SAMPLES: usize = 25_440;
/// The embedding's width.
pub const DIMENSIONS: usize = 256;
/// What a voice of [`Embedder::embed_voices`] is: stored with each agent voice, so that a
/// voice heard otherwise (before the telephone band: `ge2e`) is never compared with one
/// heard this way.
pub const VOICE_HEARD: &str = "ge2e-telephone-band";
/// Partials a voice ([`Embedder::embed_voices`]) is heard from, at most, spread evenly over
/// its speech: 32 × 1.6 s.
pub const VOICE_PARTIALS: usize = 32;
/// The level Resemblyzer raises speech to before embedding it (dBFS, RMS).
const TARGET_DBFS: f32 = -30.0;

const WHAT: &str = "the speaker embedding model";

/// The GE2E encoder. Owns its ONNX session: one per worker.
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
                reason: format!(
                    "inputs are {inputs:?}, expected [waveform] ([N, {PARTIAL_SAMPLES}])"
                ),
            });
        }
        Ok(Embedder { session })
    }

    /// One embedding per stretch of speech (16 kHz), each from at most `max_partials`
    /// partials; all stretches go through the model in one batch. A stretch shorter than a
    /// partial is repeated to fill one. An empty stretch gets `None`.
    pub fn embed(
        &mut self,
        stretches: &[Vec<f32>],
        max_partials: usize,
    ) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        let mut batch: Vec<f32> = Vec::new();
        let mut owners: Vec<usize> = Vec::new();
        for (i, audio) in stretches.iter().enumerate() {
            for partial in partials(audio, max_partials) {
                batch.extend_from_slice(&partial);
                owners.push(i);
            }
        }
        let mut sums = vec![vec![0.0f32; DIMENSIONS]; stretches.len()];
        let mut counts = vec![0usize; stretches.len()];
        // A bounded batch keeps memory flat on long calls.
        const BATCH: usize = 32;
        for (chunk, owners) in batch
            .chunks(BATCH * PARTIAL_SAMPLES)
            .zip(owners.chunks(BATCH))
        {
            let embeddings = self.run(chunk, owners.len())?;
            for (embedding, &owner) in embeddings.chunks(DIMENSIONS).zip(owners) {
                for (s, v) in sums[owner].iter_mut().zip(embedding) {
                    *s += v;
                }
                counts[owner] += 1;
            }
        }
        Ok(sums
            .into_iter()
            .zip(counts)
            .map(|(sum, n)| (n > 0).then(|| normalized(sum)))
            .collect())
    }

    /// One voice per stretch of speech (16 kHz) as a phone line carries it ([`crate::band`]),
    /// from at most [`VOICE_PARTIALS`] partials: the form in which an agent's enrolled voice
    /// and the speakers of a call are compared, so that an enrolment recorded wide-band
    /// matches the same agent on a narrow-band call. (Without the band, an agent enrolled from
    /// 16 kHz audio matched their own voice on 8 kHz µ-law calls at 0.55–0.86 and the other
    /// party at 0.49–0.74; with it, 0.79–0.95 against 0.53–0.89: benches/diarization.)
    pub fn embed_voices(
        &mut self,
        stretches: &[Vec<f32>],
    ) -> Result<Vec<Option<Vec<f32>>>, ModelError> {
        let mut band = TelephoneBand::new();
        let heard: Vec<Vec<f32>> = stretches.iter().map(|s| band.filter(s)).collect();
        self.embed(&heard, VOICE_PARTIALS)
    }

    fn run(&mut self, input: &[f32], n: usize) -> Result<Vec<f32>, ModelError> {
        let run_error = |e: ort::Error| ModelError::Run {
            what: "speaker embedding",
            reason: e.to_string(),
        };
        let outputs = self
            .session
            .run(ort::inputs![TensorRef::from_array_view((
                [n, PARTIAL_SAMPLES],
                input
            ))
            .map_err(run_error)?])
            .map_err(run_error)?;
        let (_, embeddings) = outputs[0].try_extract_tensor::<f32>().map_err(run_error)?;
        if embeddings.len() != n * DIMENSIONS {
            return Err(ModelError::Run {
                what: "speaker embedding",
                reason: format!(
                    "{} values for {n} partials of {DIMENSIONS}",
                    embeddings.len()
                ),
            });
        }
        Ok(embeddings.to_vec())
    }
}

/// Up to `max` partials of `audio`, raised to −30 dBFS: overlapping by half, spread evenly
/// over the stretch when it holds more; a stretch shorter than one partial is repeated.
pub fn partials(audio: &[f32], max: usize) -> Vec<Vec<f32>> {
    if audio.is_empty() || max == 0 {
        return Vec::new();
    }
    let gain = level_gain(audio);
    let take = |from: usize| -> Vec<f32> {
        audio
            .iter()
            .cycle()
            .skip(from)
            .take(PARTIAL_SAMPLES)
            .map(|v| v * gain)
            .collect()
    };
    if audio.len() <= PARTIAL_SAMPLES {
        return vec![take(0)];
    }
    let room = audio.len() - PARTIAL_SAMPLES;
    let n = (room / (PARTIAL_SAMPLES / 2) + 1).clamp(1, max);
    (0..n)
        .map(|i| take(if n == 1 { room / 2 } else { room * i / (n - 1) }))
        .collect()
}

/// The gain that raises `audio` to −30 dBFS RMS; never lowers it.
fn level_gain(audio: &[f32]) -> f32 {
    let rms = (audio.iter().map(|v| v * v).sum::<f32>() / audio.len() as f32).sqrt();
    if rms <= 1e-6 {
        return 1.0;
    }
    let target = 10f32.powf(TARGET_DBFS / 20.0);
    (target / rms).max(1.0)
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
    fn a_short_stretch_is_repeated_into_one_partial() {
        let audio: Vec<f32> = (0..10_000).map(|i| (i as f32 * 0.01).sin() * 0.1).collect();
        let p = partials(&audio, 4);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].len(), PARTIAL_SAMPLES);
        let gain = p[0][1] / audio[1];
        assert!((p[0][10_001] / audio[1] - gain).abs() < 1e-4);
    }

    #[test]
    fn long_stretches_give_half_overlapping_partials_up_to_the_cap() {
        let audio = vec![0.1f32; PARTIAL_SAMPLES * 2];
        assert_eq!(partials(&audio, 10).len(), 3);
        assert_eq!(partials(&audio, 2).len(), 2);
        assert!(partials(&[], 3).is_empty());
    }

    #[test]
    fn quiet_speech_is_raised_and_loud_speech_left_alone() {
        assert!(level_gain(&[0.001; 100]) > 30.0);
        assert_eq!(level_gain(&[0.5; 100]), 1.0);
    }
}
