//! The workers' lease heartbeat ([`super::heartbeat`]) with a stand-in analyzer on a real
//! SQLite store shared by two nodes.

use std::time::{Duration, Instant};

use super::*;
use crate::report::CallReport;
use crate::store::lease::LeaseSettings;
use crate::store::{new_call_id, CallRow, CallStatus, NewCall, Store};

/// Works for `work`, or until interrupted (then says so, as Whisper does).
struct Slow {
    work: Duration,
    flag: Arc<AtomicBool>,
}

impl Analyzer for Slow {
    fn analyze_call(&mut self, _: &Path, _: &CallOptions) -> Result<CallReport, Error> {
        let until = Instant::now() + self.work;
        while Instant::now() < until {
            if self.flag.load(Ordering::SeqCst) {
                return Err(Error::Model(ModelError::Interrupted {
                    what: "transcription",
                }));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Err(Error::Model(ModelError::Interrupted {
            what: "nothing to report: this analyzer only takes time",
        }))
    }

    fn interrupter(&self) -> Option<Arc<AtomicBool>> {
        Some(Arc::clone(&self.flag))
    }
}

fn node(dir: &Path, name: &str, lease: Duration) -> Store {
    Store::open(dir).unwrap().with_leases(LeaseSettings {
        node: name.into(),
        lease,
        ..LeaseSettings::default()
    })
}

fn enqueue(store: &Store) -> String {
    let id = new_call_id();
    // The recording in the data directory's audio store, as the API puts it.
    let audio = store.local_audio();
    let staging = audio.staging_path(&id);
    std::fs::write(&staging, b"RIFF").unwrap();
    let audio_bytes = audio.put_file(&id, &staging).unwrap() as i64;
    let meta = NewCall {
        audio_bytes,
        ..NewCall::default()
    };
    store.enqueue(&id, &id, &meta, usize::MAX).unwrap();
    std::thread::sleep(Duration::from_millis(2));
    id
}

fn start(store: &Store, work: Duration) -> (Workers, Arc<Queue>) {
    let queue = Arc::new(Queue::new(1));
    let workers = Workers::start_with(
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::clone(&queue),
        Arc::new(move || {
            Ok(Box::new(Slow {
                work,
                flag: Arc::default(),
            }) as Box<dyn Analyzer>)
        }),
    );
    (workers, queue)
}

fn wait_for(store: &Store, id: &str, done: impl Fn(&CallRow) -> bool) -> CallRow {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let row = store.get(id).unwrap().unwrap();
        if done(&row) {
            return row;
        }
        assert!(Instant::now() < deadline, "{id} stuck in {}", row.status);
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// An analysis far longer than the lease keeps its call: the heartbeat renews it, so
/// another node never takes it.
#[test]
fn an_analysis_longer_than_the_lease_keeps_its_call() {
    let dir = tempfile::tempdir().unwrap();
    let a = node(dir.path(), "a", Duration::from_millis(300));
    let b = node(dir.path(), "b", Duration::from_secs(60));
    let id = enqueue(&a);
    let (workers, _) = start(&a, Duration::from_secs(60));
    wait_for(&a, &id, |row| row.status == CallStatus::Processing);
    let until = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < until {
        assert!(b.claim().unwrap().is_none(), "node b took a live call");
        std::thread::sleep(Duration::from_millis(50));
    }
    let row = a.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Processing, 1));
    let report = workers.shutdown(Duration::ZERO);
    assert_eq!(report.requeued, 1);
}

/// A call whose claim is lost (deleted here; taken by another node after a lease that
/// passed is the same to the heartbeat) has its analysis stopped, and the worker goes on
/// with the next call.
#[test]
fn a_lost_claim_stops_its_analysis_and_the_worker_takes_the_next_call() {
    let dir = tempfile::tempdir().unwrap();
    let a = node(dir.path(), "a", Duration::from_millis(150));
    let first = enqueue(&a);
    let second = enqueue(&a);
    let (workers, queue) = start(&a, Duration::from_secs(60));
    wait_for(&a, &first, |row| row.status == CallStatus::Processing);
    assert!(a.delete(&first).unwrap().is_some());
    let row = wait_for(&a, &second, |row| row.status == CallStatus::Processing);
    assert_eq!(row.attempts, 1);
    // The worker tells the queue after its claim commits: a moment later under load.
    let deadline = Instant::now() + Duration::from_secs(30);
    while queue.in_hand().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(queue.in_hand(), vec![(second.clone(), 1)]);
    let report = workers.shutdown(Duration::ZERO);
    assert_eq!((report.interrupted, report.requeued), (1, 1));
}
