//! The workers' heartbeat: the leases of the calls in hand renewed while they are analysed.
//!
//! In: the store (its lease, [`CallStore::lease`]), the [`Queue`]'s calls in hand (worker
//! index, call id, attempt) and the workers' interrupt flags. Out: every third of the lease,
//! one [`CallStore::renew`] per call in hand; a call whose renewal says false (its lease
//! passed and another node took it, or it was deleted) has its worker's analysis
//! interrupted, since its outcome could not be stored anyway ([`super::Worker::tick`] then
//! drops it). A renewal the store fails (the database unreachable) is only logged: the
//! next one may pass, and if the lease runs out meanwhile, the claim check refuses the
//! late outcome.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::Interrupters;
use crate::queue::Queue;
use crate::store::CallStore;

/// The shortest interval between renewals, whatever the lease.
const MIN_INTERVAL: Duration = Duration::from_millis(50);

/// The heartbeat thread, stopped by [`Heartbeat::stop`] (or when dropped).
pub(super) struct Heartbeat {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Heartbeat {
    /// Starts renewing the leases of `queue`'s calls in hand on `store`.
    pub(super) fn start(
        store: Arc<dyn CallStore>,
        queue: Arc<Queue>,
        interrupters: Interrupters,
    ) -> Heartbeat {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let handle = std::thread::Builder::new()
            .name("calltone-lease-heartbeat".into())
            .spawn(move || run(&*store, &queue, &interrupters, &flag))
            .expect("spawn heartbeat thread");
        Heartbeat {
            stop,
            handle: Some(handle),
        }
    }

    /// Stops the thread and waits for it.
    pub(super) fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.halt();
    }
}

fn run(store: &dyn CallStore, queue: &Queue, interrupters: &Interrupters, stop: &AtomicBool) {
    let every = (store.lease() / 3).max(MIN_INTERVAL);
    loop {
        let next = Instant::now() + every;
        while Instant::now() < next {
            if stop.load(Ordering::SeqCst) {
                return;
            }
            std::thread::sleep((next - Instant::now()).min(Duration::from_millis(50)));
        }
        renew_all(store, queue, interrupters);
    }
}

/// One round: renews every call in hand; interrupts the worker of each one lost.
pub(super) fn renew_all(store: &dyn CallStore, queue: &Queue, interrupters: &Interrupters) {
    for (index, id, attempt) in queue.in_hand_by_worker() {
        match store.renew(&id, attempt) {
            Ok(true) => {}
            Ok(false) => {
                // The worker may have stored the outcome meanwhile: only a call still in its
                // hand is interrupted.
                let still = queue
                    .in_hand_by_worker()
                    .contains(&(index, id.clone(), attempt));
                if !still {
                    continue;
                }
                tracing::warn!(
                    id,
                    attempt,
                    "lease lost: the call's claim is no longer ours"
                );
                let flags = interrupters.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(flag) = flags.get(&index) {
                    flag.store(true, Ordering::SeqCst);
                }
            }
            Err(e) => tracing::warn!(id, "cannot renew the lease: {e}"),
        }
    }
}
