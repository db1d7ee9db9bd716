//! Whisper's audio encoder on ONNX Runtime, in place of whisper.cpp's own.
//!
//! Half of a call's transcription time was whisper.cpp's encoder (ggml's q8_0 kernels: about
//! 0.84 s per 30 s window on this project's 2-core machine). The same encoder with 8-bit
//! weights on ONNX Runtime (`models/whisper_encoder_to_onnx.py`, `ggml-SIZE-encoder.onnx`
//! beside the ggml file) takes about 0.40 s. whisper.cpp keeps everything else (log-mel,
//! cross-attention, decoder, word timing): a patch to the vendored whisper.cpp
//! (`vendor/whisper-rs-sys/PATCHES.md`) lets a state call out for its encoder output through
//! the branch Core ML and OpenVINO use.
//!
//! In: a window's log-mel spectrogram, as whisper.cpp computed it. Out: the encoder's output,
//! written where whisper.cpp reads it. The unsafe code of the hook lives here.

use std::ffi::{c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::ptr::NonNull;
use std::sync::Mutex;

use ort::session::Session;
use ort::value::TensorRef;
use whisper_rs::{WhisperContext, WhisperError, WhisperState};

use crate::error::ModelError;
use crate::onnx::OnnxRuntime;

const WHAT: &str = "the Whisper encoder (ONNX)";

/// The encoder's ONNX session. Owns its session: one per transcriber.
pub struct OnnxEncoder {
    session: Session,
}

impl OnnxEncoder {
    /// Opens the encoder with `threads` intra-op threads that sleep, rather than spin, once a
    /// window is encoded: whisper.cpp's decoder needs the cores next (with spinning threads
    /// the ASR of a 5.2-minute call took 15.6-15.8 s instead of 14.4-15.3 s).
    pub fn load(runtime: &OnnxRuntime, path: &Path, threads: usize) -> Result<Self, ModelError> {
        let load_error = |reason: String| ModelError::Load {
            what: WHAT,
            path: path.to_owned(),
            reason,
        };
        let session = runtime
            .session_between_other_work(path, WHAT, threads)
            .map_err(|e| match e {
                // The runtime's hint, and the way round a missing encoder.
                ModelError::Missing { what, path, .. } => ModelError::Missing {
                    what,
                    path,
                    hint: "run `models/provision.sh`, or use whisper.cpp's own encoder with \
                           --whisper-encoder ggml",
                },
                other => other,
            })?;
        let inputs: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
        if inputs != ["mel"] {
            return Err(load_error(format!(
                "inputs are {inputs:?}, expected [mel] ([1, 80, frames]): not a file of \
                 models/whisper_encoder_to_onnx.py"
            )));
        }
        Ok(OnnxEncoder { session })
    }

    /// Encodes `mel` (`n_mels` rows of `n_frames`) into `embd` (`n_ctx` rows of `n_state`).
    fn encode(
        &mut self,
        mel: &[f32],
        n_mels: usize,
        n_frames: usize,
        embd: &mut [f32],
    ) -> Result<(), String> {
        let outputs = self
            .session
            .run(ort::inputs![TensorRef::from_array_view((
                [1, n_mels, n_frames],
                mel
            ))
            .map_err(|e| e.to_string())?])
            .map_err(|e| e.to_string())?;
        let (shape, out) = outputs[0]
            .try_extract_tensor::<f32>()
            .map_err(|e| e.to_string())?;
        if out.len() != embd.len() {
            return Err(format!(
                "output of shape {shape:?} where whisper.cpp expects {} values: was the \
                 encoder converted from the same Whisper model as the ggml file?",
                embd.len()
            ));
        }
        embd.copy_from_slice(out);
        Ok(())
    }
}

/// An [`OnnxEncoder`] at a fixed address, handed to whisper.cpp as the hook's user data.
/// Whoever holds it must drop the Whisper state that calls it first.
pub struct HookedEncoder(NonNull<OnnxEncoder>);

// SAFETY: the encoder is only reached through the state it was created with, and a state is
// used by one thread at a time (`Transcriber` is `Send`, not `Sync`).
unsafe impl Send for HookedEncoder {}

impl Drop for HookedEncoder {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `Box::leak` in `create_state` and is freed once, here.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

/// whisper.cpp's hook is process-wide while a state is being created: one creation at a time.
static CREATING: Mutex<()> = Mutex::new(());

/// whisper.cpp's `whisper_external_encoder_callback`: (mel, n_mels, n_frames, embd, n_state,
/// n_ctx, user data) → success.
type EncoderCallback =
    unsafe extern "C" fn(*const f32, c_int, c_int, *mut f32, c_int, c_int, *mut c_void) -> bool;

extern "C" {
    /// The vendored whisper.cpp's patch (`vendor/whisper-rs-sys/PATCHES.md`).
    fn whisper_set_external_encoder(callback: Option<EncoderCallback>, user_data: *mut c_void);
}

/// A decoding state of `context` whose encoder is `encoder` (whisper.cpp's own when `None`).
pub fn create_state(
    context: &WhisperContext,
    encoder: Option<OnnxEncoder>,
) -> Result<(WhisperState, Option<HookedEncoder>), WhisperError> {
    let Some(encoder) = encoder else {
        return Ok((context.create_state()?, None));
    };
    let hooked = HookedEncoder(NonNull::from(Box::leak(Box::new(encoder))));
    let _one_at_a_time = CREATING.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: the hook is set only while this state is created, under the lock; the state
    // keeps the pointer, which `hooked` keeps alive for as long as its owner keeps the state.
    let state = unsafe {
        whisper_set_external_encoder(Some(run_encoder), hooked.0.as_ptr().cast());
        let state = context.create_state();
        whisper_set_external_encoder(None, std::ptr::null_mut());
        state
    }?;
    Ok((state, Some(hooked)))
}

/// The hook: runs the ONNX encoder on the window whisper.cpp hands it. `false` (the encoding
/// fails, and so does the window's transcription) on any error, which is logged.
unsafe extern "C" fn run_encoder(
    mel: *const f32,
    n_mels: c_int,
    n_frames: c_int,
    embd: *mut f32,
    n_state: c_int,
    n_ctx: c_int,
    user_data: *mut c_void,
) -> bool {
    let (n_mels, n_frames) = (n_mels.max(0) as usize, n_frames.max(0) as usize);
    let (n_state, n_ctx) = (n_state.max(0) as usize, n_ctx.max(0) as usize);
    // SAFETY: whisper.cpp passes its mel input (`n_mels` x `n_frames` floats) and its
    // encoder output (`n_state` x `n_ctx`), both host memory it owns for the call, and the
    // user data given at the state's creation, an `OnnxEncoder` nothing else touches while
    // the state runs.
    let (mel, embd, encoder) = unsafe {
        (
            std::slice::from_raw_parts(mel, n_mels * n_frames),
            std::slice::from_raw_parts_mut(embd, n_state * n_ctx),
            &mut *user_data.cast::<OnnxEncoder>(),
        )
    };
    match catch_unwind(AssertUnwindSafe(|| {
        encoder.encode(mel, n_mels, n_frames, embd)
    })) {
        Ok(Ok(())) => true,
        Ok(Err(reason)) => {
            tracing::error!(%reason, "the Whisper encoder (ONNX) failed");
            false
        }
        Err(_) => {
            tracing::error!("the Whisper encoder (ONNX) panicked");
            false
        }
    }
}
