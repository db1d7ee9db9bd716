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
//! Timings are in milliseconds; [`JobMetrics`] keeps running totals for `/metrics`.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::Error;
use crate::pipeline::{CallOptions, Pipeline};
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

/// Running totals over the jobs this process finished, for Prometheus counters.
#[derive(Debug, Default)]
pub struct JobMetrics {
    pub succeeded: AtomicU64,
    pub failed: AtomicU64,
    pub panicked: AtomicU64,
    /// Audio analysed by succeeded jobs.
    pub audio_ms: AtomicU64,
    pub decode_ms: AtomicU64,
    pub vad_ms: AtomicU64,
    pub asr_ms: AtomicU64,
    pub tone_ms: AtomicU64,
    /// Whole-job wall time of succeeded jobs (decode to report).
    pub total_ms: AtomicU64,
}

impl JobMetrics {
    fn record(&self, report: &serde_json::Value) {
        let get = |path: &str| report.pointer(path).and_then(|v| v.as_u64()).unwrap_or(0);
        self.audio_ms
            .fetch_add(get("/duration_ms"), Ordering::Relaxed);
        self.decode_ms
            .fetch_add(get("/timings_ms/decode"), Ordering::Relaxed);
        self.vad_ms
            .fetch_add(get("/timings_ms/vad"), Ordering::Relaxed);
        self.asr_ms
            .fetch_add(get("/timings_ms/asr"), Ordering::Relaxed);
        self.tone_ms
            .fetch_add(get("/timings_ms/tone"), Ordering::Relaxed);
        self.total_ms
            .fetch_add(get("/timings_ms/total"), Ordering::Relaxed);
    }
}

/// State shared by the workers and the HTTP handlers.
#[derive(Debug)]
pub struct Shared {
    store: Store,
    workers: usize,
    stop: AtomicBool,
    /// Bumped on every wake-up, so a notification between a failed claim and the wait is
    /// not lost.
    wake_generation: Mutex<u64>,
    wake: Condvar,
    loaded: AtomicUsize,
    /// Worker index → the claim it is working on.
    busy: Mutex<HashMap<usize, (String, i64)>>,
    fatal: Mutex<Option<String>>,
    pub metrics: JobMetrics,
}

impl Shared {
    /// Tells idle workers there is work.
    pub fn wake(&self) {
        *self
            .wake_generation
            .lock()
            .unwrap_or_else(|e| e.into_inner()) += 1;
        self.wake.notify_all();
    }

    /// True once every worker has loaded its models.
    pub fn ready(&self) -> bool {
        self.loaded.load(Ordering::SeqCst) == self.workers && self.fatal().is_none()
    }

    pub fn loaded(&self) -> usize {
        self.loaded.load(Ordering::SeqCst)
    }

    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Calls being analysed right now.
    pub fn busy(&self) -> usize {
        self.busy.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// A worker that could not load its models says why here; the server then stops.
    pub fn fatal(&self) -> Option<String> {
        self.fatal.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn set_fatal(&self, message: String) {
        let mut fatal = self.fatal.lock().unwrap_or_else(|e| e.into_inner());
        if fatal.is_none() {
            *fatal = Some(message);
        }
        drop(fatal);
        self.wake();
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// The worker threads.
pub struct Workers {
    shared: Arc<Shared>,
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
    /// Starts `count` workers; each loads its own pipeline from `config` on its own thread.
    pub fn start(store: Store, config: &Config, count: usize) -> Workers {
        let config = config.clone();
        let load: LoadAnalyzer =
            Arc::new(move || Ok(Box::new(Pipeline::load(&config)?) as Box<dyn Analyzer>));
        Workers::start_with(store, count, load)
    }

    /// Starts `count` workers, each with the analyzer `load` gives it on its own thread.
    pub fn start_with(store: Store, count: usize, load: LoadAnalyzer) -> Workers {
        let shared = Arc::new(Shared {
            store,
            workers: count,
            stop: AtomicBool::new(false),
            wake_generation: Mutex::new(0),
            wake: Condvar::new(),
            loaded: AtomicUsize::new(0),
            busy: Mutex::new(HashMap::new()),
            fatal: Mutex::new(None),
            metrics: JobMetrics::default(),
        });
        let handles = (0..count)
            .map(|index| {
                let shared = Arc::clone(&shared);
                let load = Arc::clone(&load);
                std::thread::Builder::new()
                    .name(format!("calltone-worker-{index}"))
                    .spawn(move || run_worker(index, &shared, &*load))
                    .expect("spawn worker thread")
            })
            .collect();
        Workers { shared, handles }
    }

    pub fn shared(&self) -> Arc<Shared> {
        Arc::clone(&self.shared)
    }

    /// Stops claiming work and waits up to `grace` for the calls in hand; calls still in
    /// hand after that go back to the queue (their attempt not counted) for the next start.
    pub fn shutdown(self, grace: Duration) -> Shutdown {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.wake();
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
        let busy: Vec<(String, i64)> = self
            .shared
            .busy
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect();
        if !busy.is_empty() {
            match self.shared.store.connect() {
                Ok(conn) => {
                    for (id, attempt) in busy {
                        match self.shared.store.release(&conn, &id, attempt) {
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
    shared: &Shared,
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
    let conn = match shared.store.connect() {
        Ok(c) => c,
        Err(e) => {
            shared.set_fatal(format!("worker {index} could not open the database: {e}"));
            return;
        }
    };
    shared.loaded.fetch_add(1, Ordering::SeqCst);

    while !shared.stopping() {
        let generation = *shared
            .wake_generation
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let claim = match shared.store.claim(&conn) {
            Ok(Some(claim)) => claim,
            Ok(None) => {
                let guard = shared
                    .wake_generation
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                if *guard == generation && !shared.stopping() {
                    let _ = shared.wake.wait_timeout(guard, IDLE_POLL);
                }
                continue;
            }
            Err(e) => {
                tracing::error!("cannot claim a job: {e}");
                std::thread::sleep(IDLE_POLL);
                continue;
            }
        };
        shared
            .busy
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(index, (claim.call.id.clone(), claim.attempt));
        let panicked = run_job(pipeline.as_mut(), shared, &conn, &claim);
        shared
            .busy
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&index);
        if panicked {
            // The models' state after a panic is unknown: start again from the files.
            match load() {
                Ok(p) => pipeline = p,
                Err(e) => {
                    shared.loaded.fetch_sub(1, Ordering::SeqCst);
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
    shared: &Shared,
    conn: &rusqlite::Connection,
    claim: &Claim,
) -> bool {
    let call = &claim.call;
    let _span = tracing::info_span!("job", id = %call.id, attempt = claim.attempt).entered();
    let Some(path) = call.audio_path.clone() else {
        record_failure(
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
                        shared,
                        conn,
                        claim,
                        &format!("internal error: cannot serialise the report: {e}"),
                    );
                    return false;
                }
            };
            match shared.store.finish(conn, claim, &report) {
                Ok(true) => {
                    shared.metrics.succeeded.fetch_add(1, Ordering::Relaxed);
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
            record_failure(shared, conn, claim, &failure_reason(&e));
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

fn record_failure(shared: &Shared, conn: &rusqlite::Connection, claim: &Claim, reason: &str) {
    tracing::warn!(reason, "call failed");
    shared.metrics.failed.fetch_add(1, Ordering::Relaxed);
    if let Err(e) = shared.store.fail(conn, claim, reason) {
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
