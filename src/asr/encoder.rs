//! Whisper's audio encoder on ONNX Runtime, in place of whisper.cpp's own.
//!
//! Half of a call's transcription time was whisper.cpp's encoder (ggml's q8_0 kernels: about
//! 0.84 s per 30 s window on this project's 2-core machine). The same encoder with 8-bit
//! weights on ONNX Runtime (`models/whisper_encoder_to_onnx.py`, `ggml-SIZE-encoder.onnx`
//! beside the ggml file) takes about 0.40 s, and 0.05-0.08 s more for the decoder's
//! cross-attention keys and values, which the same graph computes (whisper.cpp's cross graph
//! cost a little more). whisper.cpp keeps everything else (log-mel, decoder, word timing): a
//! patch to the vendored whisper.cpp (`vendor/whisper-rs-sys/PATCHES.md`) lets a state call
//! out for its cross-attention cache through the branch Core ML and OpenVINO use.
//!
//! In: a window's log-mel spectrogram, as whisper.cpp computed it. Out: every decoder layer's
//! cross-attention keys and values, written into whisper.cpp's cache. The unsafe code of the
//! hook lives here.

use std::ffi::{c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::ptr::NonNull;
use std::sync::Mutex;

use half::f16;
use half::slice::HalfFloatSliceExt;
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
        let outputs: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
        if inputs != ["mel"] || outputs != ["k_cross", "v_cross"] {
            return Err(load_error(format!(
                "inputs {inputs:?} and outputs {outputs:?}, expected [mel] and [k_cross, \
                 v_cross]: not a file of this version's models/whisper_encoder_to_onnx.py (run \
                 `models/provision.sh` again)"
            )));
        }
        Ok(OnnxEncoder { session })
    }

    /// Encodes `mel` (`n_mels` rows of `n_frames`) into the decoder's cross-attention cache.
    fn encode(
        &mut self,
        mel: &[f32],
        n_mels: usize,
        n_frames: usize,
        cache: CrossCache<'_>,
    ) -> Result<(), String> {
        let outputs = self
            .session
            .run(ort::inputs![TensorRef::from_array_view((
                [1, n_mels, n_frames],
                mel
            ))
            .map_err(|e| e.to_string())?])
            .map_err(|e| e.to_string())?;
        let CrossCache {
            keys,
            values,
            layers,
            positions,
            width,
        } = cache;
        for (name, expected, to) in [
            ("k_cross", [layers, positions, width], keys),
            ("v_cross", [layers, width, positions], values),
        ] {
            let (shape, out) = outputs[name]
                .try_extract_tensor::<f16>()
                .map_err(|e| e.to_string())?;
            if !shape.iter().map(|&d| d as usize).eq(expected) {
                return Err(format!(
                    "{name} of shape {shape:?} where whisper.cpp expects {expected:?}: was the \
                     encoder converted from the same Whisper model as the ggml file?"
                ));
            }
            to.copy_from_slice(out.reinterpret_cast());
        }
        Ok(())
    }
}

/// whisper.cpp's cross-attention cache, float16 bits: each decoder layer's `keys` (positions
/// by width) and `values` (width by positions, the layout without flash attention).
struct CrossCache<'a> {
    keys: &'a mut [u16],
    values: &'a mut [u16],
    layers: usize,
    positions: usize,
    width: usize,
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

/// whisper.cpp's `whisper_external_encoder_callback`: (mel, n_mels, n_frames, k_cross,
/// v_cross, n_layer, n_ctx, n_state, user data) → success.
type EncoderCallback = unsafe extern "C" fn(
    *const f32,
    c_int,
    c_int,
    *mut u16,
    *mut u16,
    c_int,
    c_int,
    c_int,
    *mut c_void,
) -> bool;

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
#[allow(clippy::too_many_arguments)] // whisper.cpp's callback
unsafe extern "C" fn run_encoder(
    mel: *const f32,
    n_mels: c_int,
    n_frames: c_int,
    k_cross: *mut u16,
    v_cross: *mut u16,
    n_layer: c_int,
    n_ctx: c_int,
    n_state: c_int,
    user_data: *mut c_void,
) -> bool {
    let size = |n: c_int| n.max(0) as usize;
    let (n_mels, n_frames) = (size(n_mels), size(n_frames));
    let (layers, positions, width) = (size(n_layer), size(n_ctx), size(n_state));
    let cache_len = layers * positions * width;
    // SAFETY: whisper.cpp passes its mel input (`n_mels` x `n_frames` floats) and the start of
    // its cross-attention caches (at least `n_layer` x `n_ctx` x `n_state` halves each), host
    // memory it owns for the call, and the user data given at the state's creation, an
    // `OnnxEncoder` nothing else touches while the state runs.
    let (mel, keys, values, encoder) = unsafe {
        (
            std::slice::from_raw_parts(mel, n_mels * n_frames),
            std::slice::from_raw_parts_mut(k_cross, cache_len),
            std::slice::from_raw_parts_mut(v_cross, cache_len),
            &mut *user_data.cast::<OnnxEncoder>(),
        )
    };
    let cache = CrossCache {
        keys,
        values,
        layers,
        positions,
        width,
    };
    match catch_unwind(AssertUnwindSafe(|| {
        encoder.encode(mel, n_mels, n_frames, cache)
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
