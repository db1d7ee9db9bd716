//! Who speaks when inside a 10 s window: pyannote's segmentation-3.0 (ONNX).
//!
//! The model hears 10 s of 16 kHz audio and gives, every 270 samples (16.9 ms), a
//! log-probability for each of 7 "powerset" classes: nobody, one of three local speakers, or
//! one of the three pairs of them talking over each other. The most likely class per frame
//! says which local speakers are active. "Local" means within the window: speaker 0 of one
//! window has nothing to do with speaker 0 of the next; the clustering links them.

use std::path::Path;

use ort::session::Session;
use ort::value::TensorRef;

use crate::error::ModelError;
use crate::onnx::OnnxRuntime;

/// Samples the model hears at once (10 s at 16 kHz).
pub const WINDOW_SAMPLES: usize = 160_000;
/// Samples between two output frames.
pub const FRAME_STEP: usize = 270;
/// Samples one output frame hears (its receptive field).
pub const FRAME_SPAN: usize = 991;
/// Output frames per window.
pub const FRAMES: usize = 589;
/// Speakers one window can tell apart.
pub const LOCAL_SPEAKERS: usize = 3;

/// The local speakers of each powerset class, as a bit set.
const CLASS_SPEAKERS: [u8; 7] = [0b000, 0b001, 0b010, 0b100, 0b011, 0b101, 0b110];

const WHAT: &str = "the speaker segmentation model";

/// Which local speakers are active in each frame of one window: bit `k` of
/// `frames[i]` is local speaker `k`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalActivity {
    pub frames: Vec<u8>,
}

impl LocalActivity {
    pub fn active(&self, frame: usize, speaker: usize) -> bool {
        self.frames[frame] & (1 << speaker) != 0
    }

    /// Active speakers in a frame.
    pub fn count(&self, frame: usize) -> u32 {
        self.frames[frame].count_ones()
    }
}

/// The centre of output frame `i`, in samples from the window's start.
pub fn frame_centre(i: usize) -> usize {
    i * FRAME_STEP + FRAME_SPAN / 2
}

/// pyannote segmentation-3.0. Owns its ONNX session: one per worker.
pub struct Segmenter {
    session: Session,
}

impl Segmenter {
    pub fn load(runtime: &OnnxRuntime, path: &Path, threads: usize) -> Result<Self, ModelError> {
        let session = runtime.session(path, WHAT, threads)?;
        let output = session.outputs().first().map(|o| o.name().to_string());
        if session.inputs().len() != 1 || output.is_none() {
            return Err(ModelError::Load {
                what: WHAT,
                path: path.to_owned(),
                reason: "expected one input (audio [B,1,T]) and an output of frame classes".into(),
            });
        }
        Ok(Segmenter { session })
    }

    /// The local activity of each window; `windows` are 10 s of 16 kHz audio each (a shorter
    /// last one is padded with silence). Windows go through the model in small batches.
    pub fn segment(&mut self, windows: &[&[f32]]) -> Result<Vec<LocalActivity>, ModelError> {
        const BATCH: usize = 4;
        let run_error = |e: ort::Error| ModelError::Run {
            what: "speaker segmentation",
            reason: e.to_string(),
        };
        let mut out = Vec::with_capacity(windows.len());
        let mut input = Vec::new();
        for batch in windows.chunks(BATCH) {
            input.clear();
            for window in batch {
                let n = window.len().min(WINDOW_SAMPLES);
                input.extend_from_slice(&window[..n]);
                input.resize(input.len() + WINDOW_SAMPLES - n, 0.0);
            }
            let shape = [batch.len(), 1, WINDOW_SAMPLES];
            let outputs = self
                .session
                .run(ort::inputs![TensorRef::from_array_view((
                    shape,
                    input.as_slice()
                ))
                .map_err(run_error)?])
                .map_err(run_error)?;
            let (shape, scores) = outputs[0].try_extract_tensor::<f32>().map_err(run_error)?;
            let dims: Vec<i64> = shape.iter().copied().collect();
            if dims
                != [
                    batch.len() as i64,
                    FRAMES as i64,
                    CLASS_SPEAKERS.len() as i64,
                ]
            {
                return Err(ModelError::Run {
                    what: "speaker segmentation",
                    reason: format!("output shape {dims:?}, expected [B, {FRAMES}, 7]"),
                });
            }
            for window in scores.chunks(FRAMES * CLASS_SPEAKERS.len()) {
                out.push(decode_powerset(window));
            }
        }
        Ok(out)
    }
}

/// The most likely class of each frame, as the set of its local speakers.
pub fn decode_powerset(scores: &[f32]) -> LocalActivity {
    let frames = scores
        .chunks(CLASS_SPEAKERS.len())
        .map(|classes| {
            let best = classes
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i);
            CLASS_SPEAKERS[best]
        })
        .collect();
    LocalActivity { frames }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powerset_classes_decode_to_their_speakers() {
        // Frame 0: nobody; 1: speaker 1 alone; 2: speakers 0 and 2 together.
        let mut scores = vec![-9.0f32; 3 * 7];
        scores[0] = -0.1;
        scores[7 + 2] = -0.1;
        scores[14 + 5] = -0.1;
        let activity = decode_powerset(&scores);
        assert_eq!(activity.frames, vec![0b000, 0b010, 0b101]);
        assert!(activity.active(1, 1) && !activity.active(1, 0));
        assert_eq!(activity.count(2), 2);
    }

    #[test]
    fn the_frames_cover_the_window() {
        assert!(frame_centre(FRAMES - 1) + FRAME_SPAN / 2 <= WINDOW_SAMPLES);
        assert!(frame_centre(FRAMES) + FRAME_SPAN / 2 > WINDOW_SAMPLES);
    }
}
