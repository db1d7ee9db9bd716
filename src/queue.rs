//! What the HTTP side and the workers share about the job queue, inside one process: the
//! wake-up bell, and what the workers report back.
//!
//! The queue itself is durable and lives in the [`crate::store`]; this is its in-memory
//! companion. In: from the handlers, [`Queue::wake`] after a call is queued; from the
//! workers, models loaded, calls in hand, a fatal load error, finished jobs' timings. Out:
//! readiness and load for `/readyz` and `/metrics` ([`Queue::ready`], [`Queue::busy`],
//! [`Queue::metrics`]), wake-ups and the stop request for the workers. Times are
//! milliseconds.
//!
//! Neither side depends on the other: the server knows this module and the store, the
//! workers know this module, the store and the pipeline, and `main` wires them together.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

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
    /// Adds a succeeded job's report: its `duration_ms` and `timings_ms`.
    pub fn record(&self, report: &serde_json::Value) {
        let get = |path: &str| report.pointer(path).and_then(|v| v.as_u64()).unwrap_or(0);
        self.succeeded.fetch_add(1, Ordering::Relaxed);
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

    /// Mean wall time of a succeeded job so far; `None` before the first.
    pub fn mean_job_ms(&self) -> Option<u64> {
        self.total_ms
            .load(Ordering::Relaxed)
            .checked_div(self.succeeded.load(Ordering::Relaxed))
    }
}

/// The shared state. One per process, behind an `Arc`.
#[derive(Debug)]
pub struct Queue {
    workers: usize,
    stop: AtomicBool,
    /// Bumped on every wake-up, so a notification between a failed claim and the wait is
    /// not lost.
    wake_generation: Mutex<u64>,
    wake: Condvar,
    loaded: AtomicUsize,
    /// Worker index → the call id and attempt it is working on.
    busy: Mutex<HashMap<usize, (String, i64)>>,
    fatal: Mutex<Option<String>>,
    pub metrics: JobMetrics,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Queue {
    /// The state for `workers` worker threads (0: a server that only takes and serves
    /// calls, as in the router's tests).
    pub fn new(workers: usize) -> Queue {
        Queue {
            workers,
            stop: AtomicBool::new(false),
            wake_generation: Mutex::new(0),
            wake: Condvar::new(),
            loaded: AtomicUsize::new(0),
            busy: Mutex::new(HashMap::new()),
            fatal: Mutex::new(None),
            metrics: JobMetrics::default(),
        }
    }

    // ---- read by the handlers ----

    /// Tells idle workers there is work.
    pub fn wake(&self) {
        *lock(&self.wake_generation) += 1;
        self.wake.notify_all();
    }

    /// True once every worker has loaded its models.
    pub fn ready(&self) -> bool {
        self.loaded() == self.workers && self.fatal().is_none()
    }

    /// Workers with their models loaded.
    pub fn loaded(&self) -> usize {
        self.loaded.load(Ordering::SeqCst)
    }

    /// Workers configured.
    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Calls being analysed right now.
    pub fn busy(&self) -> usize {
        lock(&self.busy).len()
    }

    /// A worker that could not load its models says why here; the server then stops.
    pub fn fatal(&self) -> Option<String> {
        lock(&self.fatal).clone()
    }

    // ---- written by the workers ----

    /// Records the first fatal error (later ones are dropped) and wakes everyone.
    pub fn set_fatal(&self, message: String) {
        let mut fatal = lock(&self.fatal);
        if fatal.is_none() {
            *fatal = Some(message);
        }
        drop(fatal);
        self.wake();
    }

    /// A worker has its models (`true`) or lost them (`false`).
    pub fn set_loaded(&self, loaded: bool) {
        if loaded {
            self.loaded.fetch_add(1, Ordering::SeqCst);
        } else {
            self.loaded.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Worker `index` took the call `id` at `attempt`, or (`None`) let go of its call.
    pub fn set_in_hand(&self, index: usize, claim: Option<(String, i64)>) {
        let mut busy = lock(&self.busy);
        match claim {
            Some(claim) => busy.insert(index, claim),
            None => busy.remove(&index),
        };
    }

    /// The calls in hand, as (id, attempt).
    pub fn in_hand(&self) -> Vec<(String, i64)> {
        lock(&self.busy).values().cloned().collect()
    }

    /// The calls in hand, as (worker index, id, attempt): what the lease heartbeat renews.
    pub fn in_hand_by_worker(&self) -> Vec<(usize, String, i64)> {
        lock(&self.busy)
            .iter()
            .map(|(&index, (id, attempt))| (index, id.clone(), *attempt))
            .collect()
    }

    /// The current wake-up generation: read it before looking for work, then pass it to
    /// [`Queue::wait`], so a wake-up in between is not missed.
    pub fn generation(&self) -> u64 {
        *lock(&self.wake_generation)
    }

    /// Sleeps until a wake-up after `generation`, a stop, or `timeout`.
    pub fn wait(&self, generation: u64, timeout: Duration) {
        let guard = lock(&self.wake_generation);
        if *guard == generation && !self.stopping() {
            let _ = self.wake.wait_timeout(guard, timeout);
        }
    }

    /// Asks the workers to stop after the call in hand.
    pub fn request_stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake();
    }

    pub fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}
