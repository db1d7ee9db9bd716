//! Worker threads: queued calls in, stored reports (or failures with a reason) out.
//!
//! A fixed number of OS threads each load and own one [`Pipeline`] (Whisper and ONNX state
//! are never shared or touched by the async runtime). Each loop step claims the oldest queued
//! call from the [`Store`] (atomically, so no two workers take one call), analyses its
//! recording, and writes the report, or `failed` with the reason the user needs. A panic in
//! the analysis becomes a failed call and a freshly loaded pipeline, not a dead worker.
//! [`Workers::shutdown`] stops claiming, waits up to a grace period for the calls in hand,
//! and puts back in the queue those it could not wait for.
//!
//! Workers report to the [`Queue`] (models loaded, calls in hand, fatal errors, job
//! timings in milliseconds), which the HTTP handlers read; they never meet the server.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::Error;
use crate::pipeline::{CallOptions, Pipeline};
use crate::queue::Queue;
use crate::report::CallReport;
use crate::store::{Claim, Store};

/// What a worker runs on each call: the [`Pipeline`]; tests of the queue logic use a
/// stand-in that fails or panics on demand.
pub trait Analyzer {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error>;
}

impl Analyzer for Pipeline {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        self.analyze_file(path, options, &mut |stage| tracing::debug!(%stage, "stage"))
    }
}

/// Loads one worker's analyzer, on that worker's thread.
pub type LoadAnalyzer = Arc<dyn Fn() -> Result<Box<dyn Analyzer>, Error> + Send + Sync>;

/// How long an idle worker sleeps before looking at the queue again when nobody wakes it
/// (another process may have queued work).
const IDLE_POLL: Duration = Duration::from_millis(1000);

/// The worker threads.
pub struct Workers {
    store: Store,
    queue: Arc<Queue>,
    handles: Vec<JoinHandle<()>>,
}

/// What [`Workers::shutdown`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shutdown {
    /// Workers that stopped within the grace period.
    pub stopped: usize,
    /// Calls put back in the queue because their worker was still busy.
    pub requeued: usize,
}

impl Workers {
    /// Starts one worker per [`Queue::workers`]; each loads its own pipeline from `config`
    /// on its own thread and reports to `queue`.
    pub fn start(store: Store, config: &Config, queue: Arc<Queue>) -> Workers {
        let config = config.clone();
        let load: LoadAnalyzer =
            Arc::new(move || Ok(Box::new(Pipeline::load(&config)?) as Box<dyn Analyzer>));
        Workers::start_with(store, queue, load)
    }

    /// Starts one worker per [`Queue::workers`], each with the analyzer `load` gives it on
    /// its own thread.
    pub fn start_with(store: Store, queue: Arc<Queue>, load: LoadAnalyzer) -> Workers {
        let handles = (0..queue.workers())
            .map(|index| {
                let (store, queue, load) = (store.clone(), Arc::clone(&queue), Arc::clone(&load));
                std::thread::Builder::new()
                    .name(format!("calltone-worker-{index}"))
                    .spawn(move || run_worker(index, &store, &queue, &*load))
                    .expect("spawn worker thread")
            })
            .collect();
        Workers {
            store,
            queue,
            handles,
        }
    }

    /// Stops claiming work and waits up to `grace` for the calls in hand; calls still in
    /// hand after that go back to the queue (their attempt not counted) for the next start.
    pub fn shutdown(self, grace: Duration) -> Shutdown {
        self.queue.request_stop();
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline && self.handles.iter().any(|h| !h.is_finished()) {
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut report = Shutdown::default();
        for handle in self.handles {
            if handle.is_finished() {
                let _ = handle.join();
                report.stopped += 1;
            }
        }
        let in_hand = self.queue.in_hand();
        if !in_hand.is_empty() {
            match self.store.connect() {
                Ok(conn) => {
                    for (id, attempt) in in_hand {
                        match self.store.release(&conn, &id, attempt) {
                            Ok(true) => report.requeued += 1,
                            Ok(false) => {}
                            Err(e) => tracing::error!(id, "could not requeue: {e}"),
                        }
                    }
                }
                Err(e) => tracing::error!("could not requeue the calls in hand: {e}"),
            }
        }
        report
    }
}

fn run_worker(
    index: usize,
    store: &Store,
    shared: &Queue,
    load_analyzer: &(dyn Fn() -> Result<Box<dyn Analyzer>, Error> + Send + Sync),
) {
    let _span = tracing::info_span!("worker", index).entered();
    let load = || {
        let started = Instant::now();
        let pipeline = load_analyzer();
        if pipeline.is_ok() {
            tracing::info!(
                took_ms = started.elapsed().as_millis() as u64,
                "models loaded"
            );
        }
        pipeline
    };
    let mut pipeline = match load() {
        Ok(p) => p,
        Err(e) => {
            shared.set_fatal(format!("worker {index} could not load the models: {e}"));
            return;
        }
    };
    let conn = match store.connect() {
        Ok(c) => c,
        Err(e) => {
            shared.set_fatal(format!("worker {index} could not open the database: {e}"));
            return;
        }
    };
    shared.set_loaded(true);

    while !shared.stopping() {
        let generation = shared.generation();
        let claim = match store.claim(&conn) {
            Ok(Some(claim)) => claim,
            Ok(None) => {
                shared.wait(generation, IDLE_POLL);
                continue;
            }
            Err(e) => {
                tracing::error!("cannot claim a job: {e}");
                std::thread::sleep(IDLE_POLL);
                continue;
            }
        };
        shared.set_in_hand(index, Some((claim.call.id.clone(), claim.attempt)));
        let panicked = run_job(pipeline.as_mut(), store, shared, &conn, &claim);
        shared.set_in_hand(index, None);
        if panicked {
            // The models' state after a panic is unknown: start again from the files.
            match load() {
                Ok(p) => pipeline = p,
                Err(e) => {
                    shared.set_loaded(false);
                    shared.set_fatal(format!("worker {index} could not reload the models: {e}"));
                    return;
                }
            }
        }
    }
}

/// Analyses one claimed call and stores the outcome. Returns true if the analysis panicked.
fn run_job(
    pipeline: &mut dyn Analyzer,
    store: &Store,
    shared: &Queue,
    conn: &rusqlite::Connection,
    claim: &Claim,
) -> bool {
    let call = &claim.call;
    let _span = tracing::info_span!("job", id = %call.id, attempt = claim.attempt).entered();
    let Some(path) = call.audio_path.clone() else {
        record_failure(
            store,
            shared,
            conn,
            claim,
            "the recording is missing from the store",
        );
        return false;
    };
    let options = CallOptions {
        call_id: Some(call.id.clone()),
        roles: call.roles.clone(),
        language: call.language_hint.clone(),
    };
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| pipeline.analyze_call(&path, &options)));
    match outcome {
        Ok(Ok(report)) => {
            let report = match serde_json::to_value(&report) {
                Ok(v) => v,
                Err(e) => {
                    record_failure(
                        store,
                        shared,
                        conn,
                        claim,
                        &format!("internal error: cannot serialise the report: {e}"),
                    );
                    return false;
                }
            };
            match store.finish(conn, claim, &report) {
                Ok(true) => {
                    shared.metrics.record(&report);
                    tracing::info!(
                        took_ms = started.elapsed().as_millis() as u64,
                        duration_ms = report["duration_ms"].as_u64().unwrap_or(0),
                        "call analysed"
                    );
                }
                Ok(false) => tracing::info!("call deleted or requeued meanwhile; report dropped"),
                Err(e) => tracing::error!("cannot store the report: {e}"),
            }
            false
        }
        Ok(Err(e)) => {
            record_failure(store, shared, conn, claim, &failure_reason(&e));
            false
        }
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".into());
            shared.metrics.panicked.fetch_add(1, Ordering::Relaxed);
            record_failure(
                store,
                shared,
                conn,
                claim,
                &format!(
                    "internal error: the analysis crashed ({message}); this is a bug in calltone"
                ),
            );
            true
        }
    }
}

fn record_failure(
    store: &Store,
    shared: &Queue,
    conn: &rusqlite::Connection,
    claim: &Claim,
    reason: &str,
) {
    tracing::warn!(reason, "call failed");
    shared.metrics.failed.fetch_add(1, Ordering::Relaxed);
    if let Err(e) = store.fail(conn, claim, reason) {
        tracing::error!("cannot store the failure: {e}");
    }
}

/// The reason a user reads: the decoder's words without the server's file path.
pub fn failure_reason(error: &Error) -> String {
    match error {
        Error::Decode { source, .. } => format!("cannot decode the recording: {source}"),
        Error::Config(message) => message.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
