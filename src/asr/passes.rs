//! One encoder pass per window: whisper.cpp's encoder callback, and its log.
//!
//! whisper.cpp transcribes its input in passes. When the decoder's last timestamp falls more
//! than 0.1 s short of the input's end, it encodes again from that timestamp, a whole encoder
//! pass (its length is fixed for the call) for what is often a breath or a last short phrase.
//! [`full_one_pass`] refuses that second pass and says where the decoder stopped, so the rest
//! can go into the next window (`windows::Packer::put_back`), where it costs only its length.
//!
//! The same callbacks time the window's work (`report::WhisperCost`): the encoder callback marks
//! where the mel spectrogram ends and the encoder begins, and the logits filter, which
//! whisper.cpp calls once per decoder step, marks where encoding ends, each step, and each
//! restart of the decoding at a higher temperature (a fallback).
//!
//! In: a Whisper state, its parameters and a window's audio. Out: the state's segments, as
//! `WhisperState::full` leaves them, the window time (samples) from which nothing was heard
//! when a pass was refused, and what the window cost. The unsafe code of the ASR lives here:
//! the callbacks read the state's segments through whisper.cpp's C API between passes, and
//! the log hook.

use std::ffi::{c_char, c_void, CStr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use whisper_rs::whisper_rs_sys as sys;
use whisper_rs::{FullParams, WhisperError, WhisperState};

use super::SAMPLES_PER_CENTISECOND;
use crate::report::WhisperCost;
use crate::timeline::SAMPLE_RATE_HZ;

/// A second pass is refused once the decoder has written this far into the window (1 s).
/// Before that whisper.cpp goes on as it would, so a window always makes progress.
const MIN_HEARD_CS: i64 = 100;
/// A pass over less than this (0.2 s) is always refused: whisper.cpp's word alignment (DTW)
/// asserts, aborting the process, on a pass shorter than 0.16 s that yields a segment.
const MIN_PASS_CS: i64 = 20;
/// What whisper.cpp logs, as an error, when the callback refuses a pass.
const REFUSED_LOG: &str = "encoder_begin_callback returned false";

/// The callbacks' record of one `full` call.
#[derive(Debug)]
struct Passes<'a> {
    /// Set from another thread to stop: no further encoder pass, no further decoder step.
    interrupt: Option<&'a AtomicBool>,
    /// The window's length.
    window_cs: i64,
    /// Encoder passes whisper.cpp was allowed (a refusal ends the call).
    encoded: u32,
    refused_from_cs: Option<i64>,
    /// When `full` began, and the latest encoder pass and decoder step.
    started: Instant,
    encoder_began: Option<Instant>,
    last_step: Option<Instant>,
    /// A pass has begun whose first decoder step has not come yet.
    pass_pending: bool,
    cost: WhisperCost,
}

impl Passes<'_> {
    fn new(window_cs: i64, interrupt: Option<&AtomicBool>, started: Instant) -> Passes<'_> {
        Passes {
            interrupt,
            window_cs,
            encoded: 0,
            refused_from_cs: None,
            started,
            encoder_began: None,
            last_step: None,
            pass_pending: false,
            cost: WhisperCost {
                windows: 1,
                ..WhisperCost::default()
            },
        }
    }

    fn encoder_begins(&mut self, now: Instant) {
        match self.last_step {
            Some(last) => self.cost.after_ms += ms(now - last),
            None => self.cost.mel_ms += ms(now - self.started),
        }
        self.last_step = None;
        self.encoder_began = Some(now);
        self.pass_pending = true;
    }

    /// A decoder step of the pass in hand, whose sequence so far has `n_tokens` tokens.
    fn decoder_step(&mut self, now: Instant, n_tokens: usize) {
        self.cost.decoder_steps += 1;
        if self.pass_pending {
            let began = self.encoder_began.unwrap_or(self.started);
            self.cost.encoder_ms += ms(now - began);
            self.pass_pending = false;
        } else if let Some(last) = self.last_step {
            if n_tokens == 0 {
                self.cost.fallbacks += 1;
            }
            self.cost.decoder_ms += ms(now - last);
        }
        self.last_step = Some(now);
    }

    fn finish(mut self, now: Instant, positions: i32) -> WhisperCost {
        match (self.last_step, self.encoder_began) {
            (Some(last), _) => self.cost.after_ms += ms(now - last),
            // Stopped inside a pass, before its first decoder step.
            (None, Some(began)) => self.cost.encoder_ms += ms(now - began),
            (None, None) => self.cost.mel_ms += ms(now - self.started),
        }
        self.cost.encoder_passes = self.encoded;
        self.cost.encoded_s = f64::from(self.encoded) * f64::from(positions) * 0.02;
        self.cost
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs `state.full(params, audio)` with one encoder pass, or more while the decoder has
/// written less than [`MIN_HEARD_CS`]. Returns the window sample from which nothing was
/// transcribed when a later pass was refused (`None` when Whisper went through the window),
/// and what the window cost; `positions` is the `audio_ctx` the parameters carry.
///
/// When `interrupt` is set (by another thread), whisper.cpp stops at its next check: before
/// an encoder pass, after one, or between decoder steps; the result is then an error or a
/// partial window, and the caller checks the flag.
pub fn full_one_pass(
    state: &mut WhisperState,
    mut params: FullParams,
    audio: &[f32],
    positions: i32,
    interrupt: &AtomicBool,
) -> Result<(Option<usize>, WhisperCost), WhisperError> {
    let window_cs = (audio.len() / SAMPLES_PER_CENTISECOND) as i64;
    let mut passes = Passes::new(window_cs, Some(interrupt), Instant::now());
    // SAFETY: the callbacks get pointers to `passes` and `interrupt`, which outlive `full`;
    // whisper.cpp calls the encoder callback and the logits filter on this thread, between
    // passes and between decoder steps, and nothing else touches `passes` meanwhile; the
    // abort callback only loads the atomic flag.
    let record: *mut c_void = std::ptr::from_mut(&mut passes).cast();
    unsafe {
        params.set_start_encoder_callback(Some(on_encoder_begin));
        params.set_start_encoder_callback_user_data(record);
        params.set_filter_logits_callback(Some(on_decoder_step));
        params.set_filter_logits_callback_user_data(record);
        params.set_abort_callback(Some(on_abort_check));
        params.set_abort_callback_user_data(std::ptr::from_ref(interrupt).cast_mut().cast());
    }
    state.full(params, audio)?;
    let unheard = passes
        .refused_from_cs
        .map(|cs| cs as usize * SAMPLES_PER_CENTISECOND);
    let cost = passes.finish(Instant::now(), positions);
    tracing::debug!(?cost, "window transcribed");
    Ok((unheard, cost))
}

/// Sets the encoder length (`params`' `audio_ctx`) of `state` for `encode` and `lang_detect`,
/// which use the length the state's last `full` was given: a `full` on 1 s of silence whose
/// only encoder pass is refused, so it costs the silence's mel spectrogram and nothing else.
pub fn set_encoder_length(
    state: &mut WhisperState,
    mut params: FullParams,
) -> Result<(), WhisperError> {
    // SAFETY: the callback reads nothing and refuses every pass.
    unsafe {
        params.set_start_encoder_callback(Some(refuse_encoder));
    }
    state.full(params, &[0.0; SAMPLE_RATE_HZ as usize])?;
    Ok(())
}

unsafe extern "C" fn refuse_encoder(
    _context: *mut sys::whisper_context,
    _state: *mut sys::whisper_state,
    _user_data: *mut c_void,
) -> bool {
    false
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
    passes.encoder_begins(Instant::now());
    true
}

/// whisper.cpp's `logits_filter_callback`, called before each token is sampled: only
/// timed, the logits are left as they are.
unsafe extern "C" fn on_decoder_step(
    _context: *mut sys::whisper_context,
    _state: *mut sys::whisper_state,
    _tokens: *const sys::whisper_token_data,
    n_tokens: std::ffi::c_int,
    _logits: *mut f32,
    user_data: *mut c_void,
) {
    // SAFETY: as for `on_encoder_begin`.
    let passes = unsafe { &mut *user_data.cast::<Passes>() };
    passes.decoder_step(Instant::now(), n_tokens.max(0) as usize);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_s_time_is_split_at_the_encoder_and_the_decoder_steps() {
        let t0 = Instant::now();
        let at = |ms: u64| t0 + Duration::from_millis(ms);
        let mut passes = Passes::new(3000, None, t0);
        passes.encoded = 1;
        passes.encoder_begins(at(10));
        // The first step comes once the encoder is done; then two more steps, a restart
        // at a higher temperature (the sequence back to no tokens) and one more step.
        for (ms, tokens) in [(50, 0), (55, 1), (60, 2), (70, 0), (75, 1)] {
            passes.decoder_step(at(ms), tokens);
        }
        let cost = passes.finish(at(90), 750);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        assert!(close(cost.mel_ms, 10.0), "{cost:?}");
        assert!(close(cost.encoder_ms, 40.0), "{cost:?}");
        assert!(close(cost.decoder_ms, 25.0), "{cost:?}");
        assert!(close(cost.after_ms, 15.0), "{cost:?}");
        assert_eq!((cost.decoder_steps, cost.fallbacks), (5, 1));
        assert_eq!((cost.windows, cost.encoder_passes), (1, 1));
        assert!(close(cost.encoded_s, 15.0));
    }

    #[test]
    fn a_second_pass_counts_its_encoder_and_the_first_pass_s_tail() {
        let t0 = Instant::now();
        let at = |ms: u64| t0 + Duration::from_millis(ms);
        let mut passes = Passes::new(3000, None, t0);
        passes.encoded = 2;
        passes.encoder_begins(at(5));
        passes.decoder_step(at(25), 0);
        passes.decoder_step(at(30), 1);
        // DTW after the first pass, then the second pass's encoder and steps.
        passes.encoder_begins(at(40));
        passes.decoder_step(at(60), 0);
        passes.decoder_step(at(64), 1);
        let cost = passes.finish(at(70), 500);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        assert!(close(cost.encoder_ms, 40.0), "{cost:?}");
        assert!(close(cost.decoder_ms, 9.0), "{cost:?}");
        assert!(close(cost.after_ms, 16.0), "{cost:?}");
        assert_eq!(cost.fallbacks, 0, "a new pass is not a fallback");
        assert!(close(cost.encoded_s, 20.0));
    }
}
