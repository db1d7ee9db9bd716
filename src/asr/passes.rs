//! One encoder pass per window: whisper.cpp's encoder callback, and its log.
//!
//! whisper.cpp transcribes its input in passes. When the decoder's last timestamp falls more
//! than 0.1 s short of the input's end, it encodes again from that timestamp, a whole encoder
//! pass (its length is fixed for the call) for what is often a breath or a last short phrase.
//! [`full_one_pass`] refuses that second pass and says where the decoder stopped, so the rest
//! can go into the next window (`windows::Packer::put_back`), where it costs only its length.
//!
//! In: a Whisper state, its parameters and a window's audio. Out: the state's segments, as
//! `WhisperState::full` leaves them, and the window time (samples) from which nothing was
//! heard, when a pass was refused. The unsafe code of the ASR lives here: the callback reads
//! the state's segments through whisper.cpp's C API between passes, and the log hook.

use std::ffi::{c_char, c_void, CStr};
use std::sync::atomic::{AtomicBool, Ordering};

use whisper_rs::whisper_rs_sys as sys;
use whisper_rs::{FullParams, WhisperError, WhisperState};

use super::SAMPLES_PER_CENTISECOND;

/// A second pass is refused once the decoder has written this far into the window (1 s).
/// Before that whisper.cpp goes on as it would, so a window always makes progress.
const MIN_HEARD_CS: i64 = 100;
/// A pass over less than this (0.2 s) is always refused: whisper.cpp's word alignment (DTW)
/// asserts, aborting the process, on a pass shorter than 0.16 s that yields a segment.
const MIN_PASS_CS: i64 = 20;
/// What whisper.cpp logs, as an error, when the callback refuses a pass.
const REFUSED_LOG: &str = "encoder_begin_callback returned false";

/// The callback's record of one `full` call.
#[derive(Debug, Default)]
struct Passes<'a> {
    /// Set from another thread to stop: no further encoder pass, no further decoder step.
    interrupt: Option<&'a AtomicBool>,
    /// The window's length.
    window_cs: i64,
    /// Encoder passes whisper.cpp was allowed (a refusal ends the call).
    encoded: u32,
    refused_from_cs: Option<i64>,
}

/// Runs `state.full(params, audio)` with one encoder pass, or more while the decoder has
/// written less than [`MIN_HEARD_CS`]. Returns the window sample from which nothing was
/// transcribed when a later pass was refused, `None` when Whisper went through the window.
///
/// When `interrupt` is set (by another thread), whisper.cpp stops at its next check: before
/// an encoder pass, after one, or between decoder steps; the result is then an error or a
/// partial window, and the caller checks the flag.
pub fn full_one_pass(
    state: &mut WhisperState,
    mut params: FullParams,
    audio: &[f32],
    interrupt: &AtomicBool,
) -> Result<Option<usize>, WhisperError> {
    let mut passes = Passes {
        interrupt: Some(interrupt),
        window_cs: (audio.len() / SAMPLES_PER_CENTISECOND) as i64,
        ..Passes::default()
    };
    // SAFETY: the callbacks get pointers to `passes` and `interrupt`, which outlive `full`;
    // whisper.cpp calls the encoder callback on this thread, between passes, and nothing
    // else touches `passes` meanwhile; the abort callback only loads the atomic flag.
    unsafe {
        params.set_start_encoder_callback(Some(on_encoder_begin));
        params.set_start_encoder_callback_user_data(std::ptr::from_mut(&mut passes).cast());
        params.set_abort_callback(Some(on_abort_check));
        params.set_abort_callback_user_data(std::ptr::from_ref(interrupt).cast_mut().cast());
    }
    state.full(params, audio)?;
    tracing::debug!(encoder_passes = passes.encoded, "window transcribed");
    Ok(passes
        .refused_from_cs
        .map(|cs| cs as usize * SAMPLES_PER_CENTISECOND))
}

/// whisper.cpp's `encoder_begin_callback`: `true` lets the pass run.
unsafe extern "C" fn on_encoder_begin(
    _context: *mut sys::whisper_context,
    state: *mut sys::whisper_state,
    user_data: *mut c_void,
) -> bool {
    // SAFETY: `user_data` is the `Passes` of `full_one_pass`, alive and not otherwise
    // borrowed during `full`.
    let passes = unsafe { &mut *user_data.cast::<Passes>() };
    if passes
        .interrupt
        .is_some_and(|flag| flag.load(Ordering::SeqCst))
    {
        return false;
    }
    if passes.encoded > 0 {
        // SAFETY: `state` is the state being transcribed; these calls only read its results.
        let heard_cs = unsafe {
            match sys::whisper_full_n_segments_from_state(state) {
                0 => 0,
                n => sys::whisper_full_get_segment_t1_from_state(state, n - 1),
            }
        };
        if heard_cs >= MIN_HEARD_CS || passes.window_cs - heard_cs < MIN_PASS_CS {
            passes.refused_from_cs = Some(heard_cs);
            return false;
        }
    }
    passes.encoded += 1;
    true
}

/// whisper.cpp's `abort_callback`, asked after each encoder pass and between decoder steps:
/// `true` stops the transcription.
unsafe extern "C" fn on_abort_check(user_data: *mut c_void) -> bool {
    // SAFETY: `user_data` is the `AtomicBool` given to `full_one_pass`, alive during `full`.
    let interrupt = unsafe { &*user_data.cast::<AtomicBool>() };
    interrupt.load(Ordering::SeqCst)
}

/// Sends whisper.cpp's log to `tracing`, as `whisper_rs::install_logging_hooks` does, but
/// with the line a refused pass writes (an "error" to whisper.cpp, the plan here) as debug.
/// Call after `install_logging_hooks`, which it replaces for whisper.cpp's own log.
pub fn install_log_hook() {
    // SAFETY: the hook is a plain function that only reads the text it is given.
    unsafe { sys::whisper_log_set(Some(log_hook), std::ptr::null_mut()) };
}

unsafe extern "C" fn log_hook(level: sys::ggml_log_level, text: *const c_char, _: *mut c_void) {
    if text.is_null() {
        return;
    }
    // SAFETY: whisper.cpp passes a NUL-terminated string that lives for the call.
    let text = unsafe { CStr::from_ptr(text) }.to_string_lossy();
    let text = text.trim();
    match level {
        sys::ggml_log_level_GGML_LOG_LEVEL_ERROR if !text.contains(REFUSED_LOG) => {
            tracing::error!(target: "whisper", "{text}")
        }
        sys::ggml_log_level_GGML_LOG_LEVEL_WARN => tracing::warn!(target: "whisper", "{text}"),
        sys::ggml_log_level_GGML_LOG_LEVEL_INFO => tracing::info!(target: "whisper", "{text}"),
        _ => tracing::debug!(target: "whisper", "{text}"),
    }
}
