//! The worker's tick and loop with a stand-in analyzer (the real pipeline is tested end to
//! end in `tests/server.rs`): each tick says what it did; a panic fails its call and the
//! worker goes on with a reloaded analyzer; pipeline errors become reasons without server
//! paths; a result whose claim is gone is dropped; shutdown requeues.

use std::sync::atomic::AtomicUsize;

use super::*;
use crate::audio::SourceFormat;
use crate::error::{DecodeError, ModelError};
use crate::report::{ModelsUsed, Timings};
use crate::store::{new_call_id, CallRow, CallStatus, CallStore, NewCall, Store};

/// Reads the recording's bytes as an instruction: `PANIC`, `FAIL`, `SLOW`, or anything else
/// for a report of that many milliseconds.
struct ScriptedAnalyzer;

impl Analyzer for ScriptedAnalyzer {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        let script = std::fs::read_to_string(path).unwrap();
        match script.as_str() {
            "PANIC" => panic!("boom"),
            "FAIL" => return Err(Error::decode(path, DecodeError::Empty)),
            "SLOW" => std::thread::sleep(Duration::from_secs(3)),
            _ => {}
        }
        Ok(CallReport {
            schema_version: 1,
            call_id: options.call_id.clone().unwrap(),
            duration_ms: script.len() as u64,
            language: None,
            source: SourceFormat {
                container: "wav".into(),
                codec: "pcm_s16le".into(),
                channels: 1,
                sample_rate_hz: 8000,
            },
            channels: Vec::new(),
            turns: Vec::new(),
            scores: None,
            characteristics: None,
            moments: Vec::new(),
            models: ModelsUsed {
                asr: "none".into(),
                asr_encoder: None,
                vad: "none".into(),
                tone: None,
                text: None,
                calibration: options.calibration.as_ref().map(|c| c.name()),
            },
            timings_ms: Timings {
                total: 1,
                ..Timings::default()
            },
            warnings: Vec::new(),
            redactions: None,
        })
    }
}

fn start(store: &Store, loads: &Arc<AtomicUsize>) -> (Workers, Arc<Queue>) {
    let loads = Arc::clone(loads);
    let queue = Arc::new(Queue::new(1));
    let workers = Workers::start_with(
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::clone(&queue),
        Arc::new(move || {
            loads.fetch_add(1, Ordering::SeqCst);
            Ok(Box::new(ScriptedAnalyzer) as Box<dyn Analyzer>)
        }),
    );
    (workers, queue)
}

/// Stores `script` in the local audio store under `key`, as the API does with an upload.
fn put_recording(store: &Store, key: &str, script: &str) -> i64 {
    let audio = store.local_audio();
    let staging = audio.staging_path(key);
    std::fs::write(&staging, script).unwrap();
    audio.put_file(key, &staging).unwrap() as i64
}

/// Stores the recording of a new call and queues it, as the API does.
fn enqueue_with(store: &Store, script: &str, meta: NewCall) -> String {
    let id = new_call_id();
    let meta = NewCall {
        audio_bytes: put_recording(store, &id, script),
        ..meta
    };
    store.enqueue(&id, &id, &meta, usize::MAX).unwrap();
    id
}

fn enqueue(store: &Store, script: &str) -> String {
    let id = enqueue_with(store, script, NewCall::default());
    // Distinct arrival times keep the order of the queue the order of this test.
    std::thread::sleep(Duration::from_millis(2));
    id
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

fn finished(row: &CallRow) -> bool {
    row.status.is_finished()
}

#[test]
fn a_panic_fails_its_call_and_the_worker_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let loads = Arc::new(AtomicUsize::new(0));
    let ids: Vec<String> = ["first", "PANIC", "FAIL", "last"]
        .iter()
        .map(|s| enqueue(&store, s))
        .collect();
    let (workers, shared) = start(&store, &loads);
    let rows: Vec<CallRow> = ids
        .iter()
        .map(|id| wait_for(&store, id, finished))
        .collect();

    assert_eq!(rows[0].status, CallStatus::Succeeded);
    assert_eq!(rows[1].status, CallStatus::Failed);
    let reason = rows[1].reason.as_deref().unwrap();
    assert!(reason.contains("crashed (boom)"), "{reason}");
    assert_eq!(rows[2].status, CallStatus::Failed);
    assert_eq!(
        rows[2].reason.as_deref(),
        Some("cannot decode the recording: the file is empty (0 bytes)")
    );
    // The same single worker analysed the call after the panic, with a reloaded analyzer.
    assert_eq!(rows[3].status, CallStatus::Succeeded);
    assert_eq!(rows[3].duration_ms, Some(4));
    assert_eq!(loads.load(Ordering::SeqCst), 2);
    assert_eq!(shared.metrics.panicked.load(Ordering::SeqCst), 1);
    assert_eq!(shared.metrics.failed.load(Ordering::SeqCst), 2);
    assert_eq!(shared.metrics.succeeded.load(Ordering::SeqCst), 2);
    assert!(shared.ready());
    assert_eq!(workers.shutdown(Duration::from_secs(5)).stopped, 1);
}

#[test]
fn shutdown_requeues_the_call_in_hand_without_counting_the_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = enqueue(&store, "SLOW");
    let (workers, _) = start(&store, &Arc::new(AtomicUsize::new(0)));
    wait_for(&store, &id, |row| row.status == CallStatus::Processing);
    let report = workers.shutdown(Duration::ZERO);
    assert_eq!(report.requeued, 1);
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Queued, 0));
    // The abandoned analysis cannot write its result when it ends.
    std::thread::sleep(Duration::from_millis(3500));
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!(row.status, CallStatus::Queued);
}

#[test]
fn shutdown_waits_for_the_call_in_hand_within_the_grace_period() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = enqueue(&store, "SLOW");
    let (workers, _) = start(&store, &Arc::new(AtomicUsize::new(0)));
    wait_for(&store, &id, |row| row.status == CallStatus::Processing);
    let report = workers.shutdown(Duration::from_secs(30));
    assert_eq!(
        report,
        Shutdown {
            stopped: 1,
            interrupted: 0,
            requeued: 0
        }
    );
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!(row.status, CallStatus::Succeeded);
}

/// Works until interrupted, as Whisper does: then returns `ModelError::Interrupted`.
struct UntilInterrupted(Arc<AtomicBool>);

impl Analyzer for UntilInterrupted {
    fn analyze_call(&mut self, _: &Path, _: &CallOptions) -> Result<CallReport, Error> {
        while !self.0.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(10));
        }
        Err(Error::Model(ModelError::Interrupted {
            what: "transcription",
        }))
    }

    fn interrupter(&self) -> Option<Arc<AtomicBool>> {
        Some(Arc::clone(&self.0))
    }
}

#[test]
fn a_shutdown_out_of_grace_interrupts_the_analysis_joins_the_worker_and_requeues() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = enqueue(&store, "anything");
    let queue = Arc::new(Queue::new(1));
    let workers = Workers::start_with(
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::clone(&queue),
        Arc::new(|| Ok(Box::new(UntilInterrupted(Arc::default())) as Box<dyn Analyzer>)),
    );
    wait_for(&store, &id, |row| row.status == CallStatus::Processing);
    let report = workers.shutdown(Duration::from_millis(100));
    // The worker thread has ended (joined), not been left running inside the analysis.
    assert_eq!(
        report,
        Shutdown {
            stopped: 0,
            interrupted: 1,
            requeued: 1
        }
    );
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Queued, 0));
    assert_eq!(queue.metrics.failed.load(Ordering::SeqCst), 0);
}

fn worker(store: &Store, analyzer: Box<dyn Analyzer>) -> (Worker, Arc<Queue>) {
    let queue = Arc::new(Queue::new(1));
    let worker = Worker::new(
        0,
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::clone(&queue),
        analyzer,
    );
    (worker, queue)
}

#[test]
fn each_tick_takes_the_oldest_call_and_says_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (mut worker, queue) = worker(&store, Box::new(ScriptedAnalyzer));
    assert_eq!(worker.tick(), Tick::Idle);
    let ids: Vec<String> = ["first", "PANIC", "FAIL"]
        .iter()
        .map(|s| enqueue(&store, s))
        .collect();

    assert_eq!(
        worker.tick(),
        Tick::Finished {
            id: ids[0].clone(),
            duration_ms: 5
        }
    );
    let Tick::Panicked { id, reason } = worker.tick() else {
        panic!("the second call did not panic")
    };
    assert_eq!(id, ids[1]);
    assert!(reason.contains("crashed (boom)"), "{reason}");
    assert_eq!(
        worker.tick(),
        Tick::Failed {
            id: ids[2].clone(),
            reason: "cannot decode the recording: the file is empty (0 bytes)".into()
        }
    );
    assert_eq!(worker.tick(), Tick::Idle);

    // The store says the same; nothing is left in hand; each outcome is counted once.
    let statuses: Vec<CallStatus> = ids
        .iter()
        .map(|id| store.get(id).unwrap().unwrap().status)
        .collect();
    assert_eq!(
        statuses,
        [
            CallStatus::Succeeded,
            CallStatus::Failed,
            CallStatus::Failed
        ]
    );
    assert_eq!(queue.busy(), 0);
    let m = &queue.metrics;
    assert_eq!(
        [&m.succeeded, &m.failed, &m.panicked].map(|c| c.load(Ordering::SeqCst)),
        [1, 2, 1]
    );
}

/// Deletes the call while analysing it, as a user's `DELETE` during the analysis would.
struct DeletedMeanwhile(Store);

impl Analyzer for DeletedMeanwhile {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        let report = ScriptedAnalyzer.analyze_call(path, options);
        let id = options.call_id.as_deref().unwrap();
        assert!(self.0.delete(id).unwrap().is_some());
        report
    }
}

#[test]
fn a_tick_drops_the_report_of_a_call_deleted_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (mut worker, queue) = worker(&store, Box::new(DeletedMeanwhile(store.clone())));
    let id = enqueue(&store, "report");
    assert_eq!(worker.tick(), Tick::Dropped { id: id.clone() });
    assert!(store.get(&id).unwrap().is_none());
    assert_eq!(queue.metrics.succeeded.load(Ordering::SeqCst), 0);
}

/// Retries fast enough for a test.
const QUICK_RETRY: StoreRetry = StoreRetry {
    first_delay: Duration::from_millis(1),
    max_delay: Duration::from_millis(5),
    give_up_after: Duration::from_millis(200),
};

fn failing_worker(store: &Arc<crate::store::testing::FailingStore>) -> Worker {
    Worker::new(
        0,
        Arc::clone(store) as Arc<dyn CallStore>,
        store.inner.local_audio(),
        Arc::new(Queue::new(1)),
        Box::new(ScriptedAnalyzer),
    )
    .with_store_retry(QUICK_RETRY)
}

#[test]
fn a_report_refused_by_a_full_disk_is_stored_once_space_returns() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(crate::store::testing::FailingStore::new(
        Store::open(dir.path()).unwrap(),
    ));
    let id = enqueue(&store.inner, "fine");
    store.finish_failures.store(3, Ordering::SeqCst);
    let mut worker = failing_worker(&store);
    assert_eq!(
        worker.tick(),
        Tick::Finished {
            id: id.clone(),
            duration_ms: 4
        }
    );
    assert_eq!(store.finish_failures.load(Ordering::SeqCst), 0);
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Succeeded, 1));
}

#[test]
fn a_report_refused_past_the_retries_puts_the_call_back_in_the_queue_not_processing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(crate::store::testing::FailingStore::new(
        Store::open(dir.path()).unwrap(),
    ));
    let id = enqueue(&store.inner, "fine");
    store.finish_failures.store(usize::MAX, Ordering::SeqCst);
    let mut worker = failing_worker(&store);
    match worker.tick() {
        Tick::Requeued {
            id: requeued,
            error,
            panicked: false,
        } => {
            assert_eq!(requeued, id);
            assert!(error.contains("database or disk is full"), "{error}");
        }
        other => panic!("{other:?}"),
    }
    // Back in the queue at once, the attempt not counted: no restart needed.
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Queued, 0));
    // Space is back: the next tick analyses it again and stores the report.
    store.finish_failures.store(0, Ordering::SeqCst);
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Succeeded, 1));
}

#[test]
fn a_failure_refused_by_a_full_disk_is_retried_and_then_put_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(crate::store::testing::FailingStore::new(
        Store::open(dir.path()).unwrap(),
    ));
    let id = enqueue(&store.inner, "FAIL");
    store.fail_failures.store(2, Ordering::SeqCst);
    let mut worker = failing_worker(&store);
    assert!(matches!(worker.tick(), Tick::Failed { .. }));
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!(row.status, CallStatus::Failed);

    // Neither the failure nor the release goes through: the claim stays for the next
    // start's recovery, and the tick says nothing was written.
    let id = enqueue(&store.inner, "FAIL");
    store.fail_failures.store(usize::MAX, Ordering::SeqCst);
    store.release_failures.store(usize::MAX, Ordering::SeqCst);
    assert_eq!(worker.tick(), Tick::Dropped { id: id.clone() });
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!(row.status, CallStatus::Processing);
}

/// Answers like [`ScriptedAnalyzer`] with one agent channel whose voice summary is a
/// minute of speech, and notes the size (calls) of the agent profile it was given.
struct VoiceAnalyzer(Arc<Mutex<Vec<Option<u32>>>>);

impl Analyzer for VoiceAnalyzer {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        Ok(self.analyze_call_voices(path, options)?.report)
    }

    fn analyze_call_voices(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Result<Analysis, Error> {
        self.0
            .lock()
            .unwrap()
            .push(options.agent_profile.as_ref().map(|p| p.calls));
        let mut report = ScriptedAnalyzer.analyze_call(path, options)?;
        report.channels = ["customer", "agent"]
            .iter()
            .enumerate()
            .map(|(index, role)| crate::report::ChannelInfo {
                index,
                role: role.to_string(),
                language: None,
                language_probability: None,
                speech_ms: 60_000,
                ..Default::default()
            })
            .collect();
        let voice = |median: f64| crate::profiles::VoiceProfile {
            extractor: crate::profiles::EXTRACTOR_VERSION.into(),
            calls: 1,
            speech_ms: 60_000,
            features: [(
                crate::tone::features::RAW_FEATURE_NAMES[0].to_string(),
                crate::profiles::FeatureNorm {
                    median,
                    spread: 1.0,
                },
            )]
            .into(),
            envelope: None,
        };
        Ok(Analysis {
            report,
            voices: vec![Some(voice(-1.0)), Some(voice(1.0))],
            agent_voice: None,
            speaker_voices: Vec::new(),
            redacted_audio: None,
        })
    }

    /// The agent's voice measured again: median 7 (`FAIL`: the recording does not decode).
    fn voice_summaries(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Option<Result<ChannelVoices, Error>> {
        if std::fs::read_to_string(path).unwrap() == "FAIL" {
            return Some(Err(Error::decode(path, DecodeError::Empty)));
        }
        let mut analysis = self.analyze_call_voices(path, options).unwrap();
        self.0.lock().unwrap().pop();
        if let Some(Some(agent)) = analysis.voices.get_mut(1) {
            for norm in agent.features.values_mut() {
                norm.median = 7.0;
            }
        }
        let roles = analysis.report.channels.iter().map(|c| c.role.clone());
        Some(Ok(roles.zip(analysis.voices).collect()))
    }
}

#[test]
fn the_agent_is_measured_against_their_earlier_calls_once_enough_and_never_this_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(VoiceAnalyzer(Arc::clone(&seen))));
    let enqueue_for = |agent: Option<&str>| {
        let meta = NewCall {
            agent_id: agent.map(str::to_string),
            ..NewCall::default()
        };
        enqueue_with(&store, "call", meta)
    };
    let mut ids = Vec::new();
    for _ in 0..5 {
        ids.push(enqueue_for(Some("ann")));
        assert!(matches!(worker.tick(), Tick::Finished { .. }));
    }
    // A call without an agent: no profile, and nothing kept.
    enqueue_for(None);
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    // From the fourth call on, the profile of the earlier three (3 calls, 3 minutes: the
    // minimum) is used; the fifth is measured against the four before it.
    assert_eq!(
        *seen.lock().unwrap(),
        vec![None, None, None, Some(3), Some(4), None]
    );
    // The agent's summary (the agent channel's, not the customer's) is kept per call.
    let rows = store
        .voice_summaries("ann", crate::profiles::EXTRACTOR_VERSION, None, 100)
        .unwrap();
    assert_eq!(rows.len(), 5);
    let feature = crate::tone::features::RAW_FEATURE_NAMES[0];
    assert!(rows
        .iter()
        .all(|r| r.summary["features"][feature]["median"] == 1.0));

    // The second call analysed again (requeued by hand): measured against the other four.
    let conn = rusqlite::Connection::open(dir.path().join("calltone.sqlite3")).unwrap();
    conn.execute(
        "UPDATE calls SET status = 'queued' WHERE id = ?1",
        [&ids[1]],
    )
    .unwrap();
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    assert_eq!(seen.lock().unwrap().last(), Some(&Some(4)));
    assert_eq!(
        store
            .voice_summaries("ann", crate::profiles::EXTRACTOR_VERSION, None, 100)
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn a_stale_voice_summary_whose_recording_is_gone_is_dropped_not_tried_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(VoiceAnalyzer(Arc::clone(&seen))));
    let meta = NewCall {
        agent_id: Some("ann".into()),
        ..NewCall::default()
    };
    let id = enqueue_with(&store, "call", meta);
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    assert!(store
        .put_voice_summary(&id, "calltone-features-0", 60_000, &serde_json::json!({}))
        .unwrap());
    // Deleted after a redacted analysis: the row still names it.
    store.local_audio().delete(&id).unwrap();
    let current = crate::profiles::EXTRACTOR_VERSION;
    assert_eq!(store.stale_voice_summaries("ann", current).unwrap(), 1);
    let (mut worker, _queue) = self::worker(&store, Box::new(VoiceAnalyzer(Arc::clone(&seen))));
    assert!(worker.rebuild_stale_voice());
    assert_eq!(store.stale_voice_summaries("ann", current).unwrap(), 0);
    assert!(!worker.rebuild_stale_voice(), "nothing left to try");
}

#[test]
fn idle_workers_rebuild_stale_voice_summaries_from_the_stored_recordings() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(VoiceAnalyzer(Arc::clone(&seen))));
    let mut ids = Vec::new();
    for script in ["call", "FAIL-later"] {
        let meta = NewCall {
            agent_id: Some("ann".into()),
            ..NewCall::default()
        };
        let id = enqueue_with(&store, script, meta);
        assert!(matches!(worker.tick(), Tick::Finished { .. }));
        ids.push(id);
    }
    // Nothing stale: nothing to do.
    assert!(!worker.rebuild_stale_voice());
    // An upgrade of the feature extractor (a restart with a new build): both summaries are
    // an older version's now; the second recording no longer decodes.
    let old = "calltone-features-0";
    for id in &ids {
        assert!(store
            .put_voice_summary(id, old, 60_000, &serde_json::json!({}))
            .unwrap());
    }
    let key = store.get(&ids[1]).unwrap().unwrap().audio_key.unwrap();
    put_recording(&store, &key, "FAIL");
    let (mut worker, _queue) = self::worker(&store, Box::new(VoiceAnalyzer(Arc::clone(&seen))));
    assert_eq!(
        store
            .stale_voice_summaries("ann", crate::profiles::EXTRACTOR_VERSION)
            .unwrap(),
        2
    );

    assert!(worker.rebuild_stale_voice());
    assert!(worker.rebuild_stale_voice());
    assert!(
        !worker.rebuild_stale_voice(),
        "each stale summary is handled once"
    );
    let rows = store
        .voice_summaries("ann", crate::profiles::EXTRACTOR_VERSION, None, 10)
        .unwrap();
    assert_eq!(rows.len(), 1, "the one that no longer decodes is dropped");
    assert_eq!(rows[0].call_id, ids[0]);
    let feature = crate::tone::features::RAW_FEATURE_NAMES[0];
    assert_eq!(rows[0].summary["features"][feature]["median"], 7.0);
    assert_eq!(
        store
            .stale_voice_summaries("ann", crate::profiles::EXTRACTOR_VERSION)
            .unwrap(),
        0
    );
}

/// Keeps the options of each call it analyses; a recording reading `STEREO` is a call where
/// the agent has a channel of their own: when asked, it returns the agent's voice,
/// `[1, 0]` then `[0, 1]` alternately (so that their mean is the diagonal).
struct SpeakerAnalyzer(Arc<Mutex<Vec<CallOptions>>>);

impl Analyzer for SpeakerAnalyzer {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        Ok(self.analyze_call_voices(path, options)?.report)
    }

    fn analyze_call_voices(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Result<Analysis, Error> {
        let mut seen = self.0.lock().unwrap();
        seen.push(options.clone());
        let stereo = std::fs::read_to_string(path).unwrap() == "STEREO";
        let voice = if seen.len() % 2 == 1 {
            vec![1.0, 0.0]
        } else {
            vec![0.0, 1.0]
        };
        Ok(Analysis {
            report: ScriptedAnalyzer.analyze_call(path, options)?,
            voices: Vec::new(),
            agent_voice: (stereo && options.learn_agent_voice).then_some(voice),
            // A mono call's two speakers: one voice in every call (the agent's), one new.
            speaker_voices: if stereo {
                Vec::new()
            } else {
                vec![vec![0.0, 1.0], vec![seen.len() as f32, 0.0]]
            },
            redacted_audio: None,
        })
    }
}

fn enqueue_call(store: &Store, script: &str, meta: NewCall) -> String {
    let id = enqueue_with(store, script, meta);
    std::thread::sleep(Duration::from_millis(2));
    id
}

#[test]
fn the_calls_speakers_and_a_reviewers_roles_reach_the_pipeline() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(SpeakerAnalyzer(Arc::clone(&seen))));
    for speakers in [None, Some("3"), Some("auto")] {
        let meta = NewCall {
            speakers: speakers.map(str::to_string),
            ..NewCall::default()
        };
        enqueue_call(&store, "MONO", meta);
        assert!(matches!(worker.tick(), Tick::Finished { .. }));
    }
    let counts: Vec<_> = seen.lock().unwrap().iter().map(|o| o.speakers).collect();
    assert_eq!(
        counts,
        vec![
            None,
            Some(crate::speakers::SpeakerCount::Exactly(3)),
            Some(crate::speakers::SpeakerCount::Auto)
        ]
    );
    // A reviewer's roles: the call is analysed again with them.
    let id = enqueue_call(&store, "MONO", NewCall::default());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    assert_eq!(seen.lock().unwrap().last().unwrap().speaker_roles, None);
    let roles: std::collections::BTreeMap<String, String> =
        [("S1".to_string(), "customer".to_string())].into();
    assert!(store
        .requeue_with_speaker_roles(&id, &roles, usize::MAX)
        .unwrap());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    let last = seen.lock().unwrap().last().unwrap().clone();
    assert_eq!(last.call_id.as_deref(), Some(id.as_str()));
    assert_eq!(last.speaker_roles, Some(roles));
    assert_eq!(
        store.get(&id).unwrap().unwrap().status,
        CallStatus::Succeeded
    );
}

#[test]
fn the_agents_voice_is_learned_from_their_stereo_calls_and_used_on_their_mono_calls() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(SpeakerAnalyzer(Arc::clone(&seen))));
    let ann = || NewCall {
        agent_id: Some("ann".into()),
        ..NewCall::default()
    };
    // Without an agent: nothing asked, nothing kept.
    enqueue_call(&store, "STEREO", NewCall::default());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    // Ann's first call: no voice of hers yet; the pipeline is asked to learn it.
    let first = enqueue_call(&store, "STEREO", ann());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    {
        let seen = seen.lock().unwrap();
        assert!(!seen[0].learn_agent_voice && seen[0].agent_voice.is_none());
        assert!(seen[1].learn_agent_voice && seen[1].agent_voice.is_none());
    }
    let voices = store.agent_voices("ann", 100).unwrap();
    assert_eq!(voices.len(), 1);
    assert_eq!(voices[0].call_id.as_deref(), Some(first.as_str()));
    assert_eq!(voices[0].embedding, vec![0.0, 1.0]);
    // Up to five learned voices; each later call gets the mean of those before it.
    for _ in 0..5 {
        enqueue_call(&store, "STEREO", ann());
        assert!(matches!(worker.tick(), Tick::Finished { .. }));
    }
    assert_eq!(store.agent_voices("ann", 100).unwrap().len(), 5);
    let learn: Vec<bool> = seen.lock().unwrap()[1..]
        .iter()
        .map(|o| o.learn_agent_voice)
        .collect();
    assert_eq!(learn, vec![true, true, true, true, true, false]);
    // A mono call of hers: her voice is the normalised mean of the five (three [0, 1], two
    // [1, 0]), and no more is learned.
    enqueue_call(&store, "MONO", ann());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    let last = seen.lock().unwrap().last().unwrap().clone();
    assert!(!last.learn_agent_voice);
    let voice = last.agent_voice.unwrap();
    let norm = (2f32 * 2.0 + 3.0 * 3.0).sqrt();
    assert!((voice[0] - 2.0 / norm).abs() < 1e-6 && (voice[1] - 3.0 / norm).abs() < 1e-6);
    // A call analysed again never gets the voice learned from itself.
    store
        .requeue_with_speaker_roles(&first, &Default::default(), usize::MAX)
        .unwrap();
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    let again = seen.lock().unwrap().last().unwrap().clone();
    assert!(again.learn_agent_voice, "four learned from the other calls");
    let voice = again.agent_voice.unwrap();
    let norm = (2f32 * 2.0 + 2.0 * 2.0).sqrt();
    assert!((voice[0] - 2.0 / norm).abs() < 1e-6, "{voice:?}");
}

#[test]
fn the_voices_of_an_agents_mono_calls_are_kept_and_compared_on_their_next_mono_calls() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(SpeakerAnalyzer(Arc::clone(&seen))));
    let of = |agent: &str| NewCall {
        agent_id: Some(agent.into()),
        ..NewCall::default()
    };
    // Ann's first mono call has nothing to compare with; a call without an agent and a
    // stereo call keep no speakers' voices.
    let first = enqueue_call(&store, "MONO", of("ann"));
    enqueue_call(&store, "MONO", NewCall::default());
    enqueue_call(&store, "STEREO", of("dan"));
    for _ in 0..3 {
        assert!(matches!(worker.tick(), Tick::Finished { .. }));
    }
    let kept = store.agent_speaker_voices("ann", 100).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].call_id, first);
    assert_eq!(kept[0].voices, [vec![0.0, 1.0], vec![1.0, 0.0]]);
    assert_eq!(kept[0].heard, crate::pipeline::VOICE_HEARD);
    assert!(store.agent_speaker_voices("dan", 100).unwrap().is_empty());
    // Her next mono calls get the voices of those before, newest first; Bob's gets none.
    enqueue_call(&store, "MONO", of("ann"));
    enqueue_call(&store, "MONO", of("bob"));
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    {
        let seen = seen.lock().unwrap();
        assert!(seen[..3].iter().all(|o| o.agent_earlier_calls.is_empty()));
        assert_eq!(
            seen[3].agent_earlier_calls,
            [vec![vec![0.0, 1.0], vec![1.0, 0.0]]]
        );
        assert!(seen[4].agent_earlier_calls.is_empty(), "not Ann's calls");
    }
    // At most the ten most recent; a call analysed again is never compared with itself.
    for _ in 0..10 {
        enqueue_call(&store, "MONO", of("ann"));
        assert!(matches!(worker.tick(), Tick::Finished { .. }));
    }
    let last = seen.lock().unwrap().last().unwrap().clone();
    assert_eq!(last.agent_earlier_calls.len(), EARLIER_CALLS_COMPARED);
    assert_eq!(
        last.agent_earlier_calls[0][1],
        vec![14.0, 0.0],
        "newest first"
    );
    store
        .requeue_with_speaker_roles(&first, &Default::default(), usize::MAX)
        .unwrap();
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    let again = seen.lock().unwrap().last().unwrap().clone();
    assert_eq!(again.agent_earlier_calls.len(), EARLIER_CALLS_COMPARED);
    assert!(again
        .agent_earlier_calls
        .iter()
        .all(|c| c[1] != vec![1.0, 0.0]));
    // No more are kept than are compared, and one.
    assert_eq!(
        store.agent_speaker_voices("ann", 100).unwrap().len(),
        EARLIER_CALLS_COMPARED + 1
    );
    // An agent whose own voice is stored: their calls' speakers' voices are not kept.
    store
        .put_agent_voice("cy", None, &[1.0, 0.0], crate::pipeline::VOICE_HEARD)
        .unwrap();
    enqueue_call(&store, "MONO", of("cy"));
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    assert!(store.agent_speaker_voices("cy", 10).unwrap().is_empty());
}

#[test]
fn voices_heard_otherwise_are_not_compared_and_the_voice_is_learned_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    // Ann enrolled and learned before voices were heard through the telephone band.
    store
        .put_agent_voice("ann", None, &[1.0, 0.0], "ge2e")
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(SpeakerAnalyzer(Arc::clone(&seen))));
    let ann = || NewCall {
        agent_id: Some("ann".into()),
        ..NewCall::default()
    };
    enqueue_call(&store, "MONO", ann());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    enqueue_call(&store, "STEREO", ann());
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    let seen = seen.lock().unwrap();
    assert_eq!(seen[0].agent_voice, None, "the old voice is not compared");
    assert!(
        seen[1].learn_agent_voice,
        "learned again from her stereo call"
    );
    let heard: Vec<String> = store
        .agent_voices("ann", 10)
        .unwrap()
        .into_iter()
        .map(|v| v.heard)
        .collect();
    assert_eq!(heard, [crate::pipeline::VOICE_HEARD, "ge2e"]);
}

#[test]
fn the_mean_voice_is_a_unit_vector_or_none() {
    assert_eq!(mean_voice(&[]), None);
    assert_eq!(mean_voice(&[&[1.0, 0.0], &[1.0]]), None);
    assert_eq!(mean_voice(&[&[1.0, 0.0], &[-1.0, 0.0]]), None);
    assert_eq!(mean_voice(&[&[3.0, 4.0]]), Some(vec![0.6, 0.8]));
}

/// Enrols a recording reading `VOICE` as the voice `[0, 1]`; anything else has no speech.
struct EnrolAnalyzer;

impl Analyzer for EnrolAnalyzer {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        ScriptedAnalyzer.analyze_call(path, options)
    }

    fn enroll(&mut self, path: &Path, channel: usize) -> Option<Result<Vec<f32>, Error>> {
        Some(if std::fs::read_to_string(path).unwrap() == "VOICE" {
            Ok(vec![0.0, channel as f32])
        } else {
            Err(Error::Call(format!("no speech on channel {channel}")))
        })
    }
}

#[test]
fn an_idle_worker_enrols_an_agents_voice_which_their_mono_calls_then_use() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (mut enroller, _queue) = worker(&store, Box::new(EnrolAnalyzer));
    let enrol = |script: &str| {
        let id = new_call_id();
        let key = format!("{id}.enrol");
        put_recording(&store, &key, script);
        std::thread::sleep(Duration::from_millis(2));
        store.enqueue_enrolment(&id, &key, "ann", 1).unwrap()
    };
    let good = enrol("VOICE");
    let bad = enrol("SILENCE");
    assert!(enroller.enrol_next());
    assert!(enroller.enrol_next());
    assert!(!enroller.enrol_next(), "none left");
    // The recordings are removed from the audio store once embedded (or failed).
    let audio = store.local_audio();
    for e in [&good, &bad] {
        assert!(!audio.exists(e.audio_key.as_deref().unwrap()).unwrap());
    }
    let voices = store.agent_voices("ann", 10).unwrap();
    assert_eq!(voices.len(), 1);
    assert_eq!(voices[0].embedding, vec![0.0, 1.0]);
    let listed = store.enrolments("ann", 10).unwrap();
    let status = |id: &str| listed.iter().find(|e| e.id == id).unwrap().clone();
    assert_eq!(status(&good.id).status, CallStatus::Succeeded);
    assert_eq!(status(&bad.id).status, CallStatus::Failed);
    assert_eq!(
        status(&bad.id).reason.as_deref(),
        Some("no speech on channel 1")
    );

    // Ann's next call is told her voice.
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (mut worker, _queue) = worker(&store, Box::new(SpeakerAnalyzer(Arc::clone(&seen))));
    let meta = NewCall {
        agent_id: Some("ann".into()),
        ..NewCall::default()
    };
    enqueue_call(&store, "MONO", meta);
    assert!(matches!(worker.tick(), Tick::Finished { .. }));
    assert_eq!(seen.lock().unwrap()[0].agent_voice, Some(vec![0.0, 1.0]));
}

#[test]
fn each_call_is_analysed_with_the_calibration_in_force_then() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut worker = Worker::new(
        0,
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::new(Queue::new(1)),
        Box::new(ScriptedAnalyzer),
    );
    let mut analyse = |script: &str| {
        let id = enqueue(&store, script);
        worker.tick();
        let report = store.report(&id).unwrap().unwrap();
        report["models"].get("calibration").cloned()
    };
    assert_eq!(analyse("before"), None);
    let calibration = serde_json::json!({
        "version": 0, "created_at_ms": 0, "min_labels": 30, "min_calls": 5, "scores": {}
    });
    store.install_calibration(&calibration).unwrap();
    store.install_calibration(&calibration).unwrap();
    assert_eq!(analyse("installed"), Some("calibration-2".into()));
    store.roll_back_calibration().unwrap();
    assert_eq!(
        analyse("rolled back"),
        Some("calibration-1".into()),
        "a rollback takes effect at the next call, without a restart"
    );
    store.roll_back_calibration().unwrap();
    assert_eq!(analyse("none"), None);
}
