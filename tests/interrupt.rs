//! A pipeline can be stopped from another thread while Whisper runs, so that a shutdown that
//! can wait no longer never leaves a thread inside whisper.cpp when the process exits (that
//! ended in a segfault). Loads the real models once.

use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

use calltone::config::Config;
use calltone::error::{Error, ModelError};
use calltone::pipeline::{CallOptions, Pipeline, Stage};

#[test]
fn an_interrupted_analysis_stops_with_interrupted_and_stays_stopped() {
    let mut pipeline = Pipeline::load(&Config::default()).expect("models: run `make setup`");
    let interrupt = pipeline.interrupter();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/call_en_stereo_8k_ulaw.wav");
    let mut asked = false;
    let result = pipeline.analyze_file(&sample, &CallOptions::default(), &mut |stage| {
        // Whisper is about to run: stop it from another thread a moment later, mid-window.
        if matches!(stage, Stage::Transcribing { channel: 0 }) && !asked {
            asked = true;
            let interrupt = interrupt.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(300));
                interrupt.store(true, Ordering::SeqCst);
            });
        }
    });
    assert!(asked, "the analysis never reached transcription");
    assert!(
        matches!(result, Err(Error::Model(ModelError::Interrupted { .. }))),
        "{result:?}"
    );
    // and every later analysis stops before any work
    let again = pipeline.analyze_file(&sample, &CallOptions::default(), &mut |_| {});
    assert!(
        matches!(again, Err(Error::Model(ModelError::Interrupted { .. }))),
        "{again:?}"
    );
}
