//! Worker threads: queued calls in, stored reports (or failures with a reason) out.
//!
//! A fixed number of OS threads each load and own one [`Pipeline`] (Whisper and ONNX state
//! are never shared or touched by the async runtime). Each step of the work is one
//! [`Worker::tick`]: claim the call first in the queue from the [`CallStore`] (atomically, so no two
//! workers take one call), analyse its recording, write the report, or `failed` with the
//! reason the user needs, and count it; it returns what happened ([`Tick`]). A write the
//! store refuses (a full disk) is retried for a while ([`StoreRetry`]), then the call goes
//! back to the queue. The thread
//! loop around it only waits for work, reloads the pipeline after a panic (a panic becomes
//! a failed call, not a dead worker), and stops when asked.
//! [`Workers::shutdown`] stops claiming, waits up to a grace period for the calls in hand,
//! and puts back in the queue those it could not wait for.
//!
//! A call with an `agent_id` is analysed against the agent's voice profile from their
//! earlier calls (never this one) once it is usable, and the agent's voice summary of the
//! call is kept in the store after its report ([`crate::profiles`]). When the queue is
//! empty, worker 0 rebuilds stale voice summaries (made by an older feature extractor) from
//! the stored recordings, one per tick ([`Worker::rebuild_stale_voice`]).
//!
//! Mono calls are split into speakers: a worker passes the call's count of speakers and a
//! reviewer's roles for them (stored with the call) to the pipeline, and, for a call with an
//! `agent_id`, the agent's voice (the normalised mean of their stored voices) to tell which
//! speaker is the agent. It asks the pipeline to learn the agent's voice from calls where
//! the agent has a channel of their own until [`LEARNED_VOICES`] are stored, and stores each.
//! When the queue is empty, worker 0 also embeds agents' voice enrolments (recordings sent to
//! the API, which loads no model), one per tick ([`Worker::enrol_next`]).
//!
//! Each call is analysed with the calibration of the turn scores in force in the store
//! ([`crate::calibration`]), re-read when its version changes.
//!
//! The recordings are read from the audio store ([`crate::store::audio`]): a worker fetches a
//! call's recording to a local file before it analyses it (a bucket's copy is temporary); a
//! store that cannot be reached puts the call back in the queue rather than fail it.
//!
//! With the service's redaction on ([`crate::config::Redaction`]), each call is analysed with
//! redaction: the worker stores the redacted recording in the audio store next to the upload
//! ([`crate::store::redacted`]) before it stores the redacted report, then deletes the upload
//! unless it is to be kept. A call analysed without a redacted copy fails rather than be
//! stored unredacted.
//!
//! While calls are in hand, a heartbeat thread renews their claims' leases every third of
//! the store's lease ([`heartbeat`]), so that other nodes never take a call a live worker
//! analyses, and stops the analysis of a call whose lease was lost.
//!
//! Workers report to the [`Queue`] (models loaded, calls in hand, fatal errors, job
//! timings in milliseconds), which the HTTP handlers read; they never meet the server.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::calibration::Calibration;
use crate::config::{Config, Redaction};
use crate::error::{Error, ModelError};
use crate::pipeline::{Analysis, CallOptions, Pipeline, VOICE_HEARD};
use crate::profiles::VoiceProfile;
use crate::queue::Queue;
use crate::report::CallReport;
use crate::store::audio::{AudioStore, LocalCopy};
use crate::store::redacted::redacted_key;
use crate::store::{AgentVoice, CallRow, CallStore, Claim, StoreError};

/// Each channel's role and voice summary ([`Analyzer::voice_summaries`]).
pub type ChannelVoices = Vec<(String, Option<VoiceProfile>)>;

/// What a worker runs on each call: the [`Pipeline`]; tests of the queue logic use a
/// stand-in that fails or panics on demand.
pub trait Analyzer {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error>;

    /// The analysis with each channel's voice summary (the agent's goes into their voice
    /// profile); by default the report alone, with no summaries.
    fn analyze_call_voices(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Result<Analysis, Error> {
        Ok(Analysis {
            report: self.analyze_call(path, options)?,
            voices: Vec::new(),
            agent_voice: None,
            speaker_voices: Vec::new(),
            redacted_audio: None,
        })
    }

    /// Each channel's role and voice summary of the recording at `path`, measured without
    /// transcribing it (decode, speech detection and tone features only): what rebuilding a
    /// stale voice summary needs. `None` when this analyzer cannot.
    fn voice_summaries(
        &mut self,
        _path: &Path,
        _options: &CallOptions,
    ) -> Option<Result<ChannelVoices, Error>> {
        None
    }

    /// An agent's voice (a unit embedding) from a recording of them: the speech of
    /// `channel` ([`Pipeline::enroll_file`]). `None` when this analyzer cannot.
    fn enroll(&mut self, _path: &Path, _channel: usize) -> Option<Result<Vec<f32>, Error>> {
        None
    }

    /// A flag that stops the analysis in hand from another thread (it then returns
    /// [`ModelError::Interrupted`]); `None` when this analyzer cannot be stopped.
    fn interrupter(&self) -> Option<Arc<AtomicBool>> {
        None
    }
}

impl Analyzer for Pipeline {
    fn analyze_call(&mut self, path: &Path, options: &CallOptions) -> Result<CallReport, Error> {
        self.analyze_file(path, options, &mut |stage| tracing::debug!(%stage, "stage"))
    }

    fn analyze_call_voices(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Result<Analysis, Error> {
        self.analyze_file_voices(path, options, &mut |stage| tracing::debug!(%stage, "stage"))
    }

    fn voice_summaries(
        &mut self,
        path: &Path,
        options: &CallOptions,
    ) -> Option<Result<ChannelVoices, Error>> {
        Some(self.voice_summaries_file(path, options))
    }

    fn enroll(&mut self, path: &Path, channel: usize) -> Option<Result<Vec<f32>, Error>> {
        Some(self.enroll_file(path, channel))
    }

    fn interrupter(&self) -> Option<Arc<AtomicBool>> {
        Some(Pipeline::interrupter(self))
    }
}

/// Loads one worker's analyzer, on that worker's thread.
pub type LoadAnalyzer = Arc<dyn Fn() -> Result<Box<dyn Analyzer>, Error> + Send + Sync>;

/// How long an idle worker sleeps before looking at the queue again when nobody wakes it
/// (another process may have queued work).
const IDLE_POLL: Duration = Duration::from_millis(1000);

/// How long a shutdown waits, once the grace period is over, for the workers it interrupted:
/// Whisper stops within one encoder pass or decoder step (about a second on 2 cores).
const INTERRUPT_WAIT: Duration = Duration::from_secs(15);

/// How a worker keeps trying to store an outcome the store refused (a full disk, a lock
/// held too long): after `first_delay`, doubling up to `max_delay`, for at most
/// `give_up_after`; then the call goes back to the queue, its attempt not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreRetry {
    pub first_delay: Duration,
    pub max_delay: Duration,
    pub give_up_after: Duration,
}

impl Default for StoreRetry {
    /// Two minutes: room for an operator or a log rotation to free some space, short
    /// enough that the call is soon back in the queue.
    fn default() -> StoreRetry {
        StoreRetry {
            first_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
            give_up_after: Duration::from_secs(120),
        }
    }
}

/// How long a worker waits after putting back a call it could not store, before claiming
/// again (the store is likely still failing).
const STORE_FAILURE_PAUSE: Duration = Duration::from_secs(10);

/// Each worker's interrupt flag (by worker index), once its analyzer is loaded.
type Interrupters = Arc<Mutex<HashMap<usize, Arc<AtomicBool>>>>;

/// The worker threads.
pub struct Workers {
    store: Arc<dyn CallStore>,
    queue: Arc<Queue>,
    handles: Vec<JoinHandle<()>>,
    interrupters: Interrupters,
    /// Renews the leases of the calls in hand ([`heartbeat`]) until the shutdown is done.
    heartbeat: heartbeat::Heartbeat,
}

/// What [`Workers::shutdown`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shutdown {
    /// Workers that stopped within the grace period.
    pub stopped: usize,
    /// Workers still analysing when the grace period ran out, interrupted and then stopped.
    pub interrupted: usize,
    /// Calls put back in the queue because their worker was still busy.
    pub requeued: usize,
}

impl Workers {
    /// Starts one worker per [`Queue::workers`]; each loads its own pipeline from `config`
    /// on its own thread, reads the recordings from `audio` and reports to `queue`.
    pub fn start(
        store: Arc<dyn CallStore>,
        audio: Arc<dyn AudioStore>,
        config: &Config,
        queue: Arc<Queue>,
    ) -> Workers {
        let redaction = config.redaction;
        let config = config.clone();
        let load: LoadAnalyzer =
            Arc::new(move || Ok(Box::new(Pipeline::load(&config)?) as Box<dyn Analyzer>));
        Workers::spawn(store, audio, queue, load, redaction)
    }

    /// Starts one worker per [`Queue::workers`], each with the analyzer `load` gives it on
    /// its own thread.
    pub fn start_with(
        store: Arc<dyn CallStore>,
        audio: Arc<dyn AudioStore>,
        queue: Arc<Queue>,
        load: LoadAnalyzer,
    ) -> Workers {
        Workers::spawn(store, audio, queue, load, None)
    }

    /// Starts the workers, each redacting calls as `redaction` says (`None`: not at all).
    fn spawn(
        store: Arc<dyn CallStore>,
        audio: Arc<dyn AudioStore>,
        queue: Arc<Queue>,
        load: LoadAnalyzer,
        redaction: Option<Redaction>,
    ) -> Workers {
        let interrupters: Interrupters = Arc::default();
        let handles = (0..queue.workers())
            .map(|index| {
                let (store, audio, queue, load, interrupters) = (
                    Arc::clone(&store),
                    Arc::clone(&audio),
                    Arc::clone(&queue),
                    Arc::clone(&load),
                    Arc::clone(&interrupters),
                );
                std::thread::Builder::new()
                    .name(format!("calltone-worker-{index}"))
                    .spawn(move || {
                        run_worker(
                            index,
                            (&store, &audio),
                            &queue,
                            &*load,
                            &interrupters,
                            redaction,
                        )
                    })
                    .expect("spawn worker thread")
            })
            .collect();
        let heartbeat = heartbeat::Heartbeat::start(
            Arc::clone(&store),
            Arc::clone(&queue),
            Arc::clone(&interrupters),
        );
        Workers {
            store,
            queue,
            handles,
            interrupters,
            heartbeat,
        }
    }

    /// Stops claiming work and waits up to `grace` for the calls in hand. Workers still
    /// analysing after that are interrupted (Whisper stops within one encoder pass or decoder
    /// step) and waited for up to [`INTERRUPT_WAIT`], so that no thread is inside the models
    /// when the process exits; their calls go back to the queue (the attempt not counted)
    /// for the next start.
    pub fn shutdown(self, grace: Duration) -> Shutdown {
        self.queue.request_stop();
        let all: Vec<usize> = (0..self.handles.len()).collect();
        self.wait_for(&all, grace);
        let mut report = Shutdown::default();
        let in_grace = self.handles.iter().filter(|h| h.is_finished()).count();
        let interrupted: Vec<usize> = {
            let flags = self.interrupters.lock().unwrap_or_else(|e| e.into_inner());
            (0..self.handles.len())
                .filter(|&i| !self.handles[i].is_finished())
                .filter_map(|i| {
                    let flag = flags.get(&i)?;
                    flag.store(true, Ordering::SeqCst);
                    Some(i)
                })
                .collect()
        };
        if !interrupted.is_empty() {
            tracing::warn!(
                busy = interrupted.len(),
                "grace period over: interrupting the analyses in hand"
            );
            self.wait_for(&interrupted, INTERRUPT_WAIT);
        }
        let mut joined = 0;
        for handle in self.handles {
            if handle.is_finished() {
                let _ = handle.join();
                joined += 1;
            }
        }
        if joined < interrupted.len() + in_grace {
            tracing::error!("a worker did not stop after its interruption");
        }
        report.stopped = in_grace;
        report.interrupted = joined - in_grace;
        for (id, attempt) in self.queue.in_hand() {
            match self.store.release(&id, attempt) {
                Ok(true) => report.requeued += 1,
                Ok(false) => {}
                Err(e) => tracing::error!(id, "could not requeue: {e}"),
            }
        }
        self.heartbeat.stop();
        report
    }

    /// Waits at most `limit` for the worker threads `indices` to end.
    fn wait_for(&self, indices: &[usize], limit: Duration) {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline && indices.iter().any(|&i| !self.handles[i].is_finished()) {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// What one [`Worker::tick`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tick {
    /// No call was waiting.
    Idle,
    /// The call was analysed and its report stored (`succeeded`).
    Finished { id: String, duration_ms: u64 },
    /// The call is `failed`, with this reason stored.
    Failed { id: String, reason: String },
    /// The analysis panicked: the call is `failed` with this reason, and the analyzer's
    /// state is unknown (the thread loop loads a fresh one).
    Panicked { id: String, reason: String },
    /// The outcome was not written: the claim was no longer current (the call was deleted,
    /// put back in the queue by a shutdown, or taken by another node after its lease
    /// passed: the lease heartbeat then stops the analysis), or the store refused the write and the call
    /// could not be put back either (the next start's recovery requeues it).
    Dropped { id: String },
    /// The store refused the outcome for longer than [`StoreRetry::give_up_after`]: the call
    /// is back in the queue, its attempt not counted, and is analysed again later.
    /// `panicked`: the analysis had panicked (the thread loop loads a fresh analyzer).
    Requeued {
        id: String,
        error: String,
        panicked: bool,
    },
    /// No call could be claimed: the store failed with this error.
    Unavailable { error: String },
    /// The analysis was interrupted (a shutdown that could wait no longer): nothing was
    /// written, and the call stays in the queue's calls in hand for the shutdown to put
    /// back in the queue.
    Interrupted { id: String },
}

/// How an analysis ended, before it is stored.
enum Outcome {
    /// The report, and what the call leaves behind with it.
    Report {
        report: serde_json::Value,
        /// The agent's voice summary of this call (for their profile).
        summary: Option<VoiceProfile>,
        /// The agent's voice embedding, when it was learned from this call.
        agent_voice: Option<Vec<f32>>,
        /// The voices of the speakers of a mono call (for the agent's later mono calls).
        speaker_voices: Vec<Vec<f32>>,
        /// The redacted recording, when the service redacts.
        redacted_audio: Option<Vec<Vec<f32>>>,
    },
    Failure(String),
    Panic(String),
}

/// One worker: its analyzer, the store, and its place in the [`Queue`].
/// [`Worker::tick`] is one step of the work; [`Workers`] runs it in a loop on a thread.
pub struct Worker {
    index: usize,
    store: Arc<dyn CallStore>,
    /// Where the recordings are.
    audio: Arc<dyn AudioStore>,
    queue: Arc<Queue>,
    analyzer: Box<dyn Analyzer>,
    store_retry: StoreRetry,
    /// No stale voice summary is left to rebuild. Set once the store has none: every
    /// summary this process writes is of its own extractor, so none can appear later.
    voices_current: bool,
    /// The calibration in force as last read from the store, with its version
    /// ([`Worker::calibration`]).
    calibration: Option<(u32, Arc<Calibration>)>,
    /// The service's redaction, if on.
    redaction: Option<Redaction>,
}

impl Worker {
    /// Worker `index` of `queue`, with its analyzer, working on `store` and the recordings
    /// in `audio`.
    pub fn new(
        index: usize,
        store: Arc<dyn CallStore>,
        audio: Arc<dyn AudioStore>,
        queue: Arc<Queue>,
        analyzer: Box<dyn Analyzer>,
    ) -> Worker {
        Worker {
            index,
            store,
            audio,
            queue,
            analyzer,
            store_retry: StoreRetry::default(),
            voices_current: false,
            calibration: None,
            redaction: None,
        }
    }

    /// The same worker, redacting every call as `redaction` says (`None`: not at all).
    pub fn with_redaction(mut self, redaction: Option<Redaction>) -> Worker {
        self.redaction = redaction;
        self
    }

    /// The same worker, retrying refused writes as `retry` says.
    pub fn with_store_retry(mut self, retry: StoreRetry) -> Worker {
        self.store_retry = retry;
        self
    }

    /// One step of the work loop, which never panics and says what it did:
    ///
    /// 1. **Claim** the call first in the queue (atomically: no other worker can take it), and
    ///    tell the [`Queue`] it is in hand. Nothing queued: [`Tick::Idle`].
    /// 2. **Analyse** its recording with the analyzer; a panic is caught and becomes a
    ///    failure ([`Tick::Panicked`]), the call's other errors a reason without server
    ///    paths ([`failure_reason`]).
    /// 3. **Store** the report (`succeeded`) or the failure with its reason (`failed`), only
    ///    if the claim is still current ([`Tick::Dropped`] otherwise). A write the store
    ///    refuses (a full disk) is retried with backoff ([`StoreRetry`]); past that, the call
    ///    goes back to the queue without counting the attempt ([`Tick::Requeued`]), so no
    ///    claim is left dangling until a restart.
    /// 4. **Bookkeeping**: the job metrics are counted and the call leaves the queue's
    ///    calls in hand.
    pub fn tick(&mut self) -> Tick {
        // 1. Claim.
        let claim = match self.store.claim() {
            Ok(Some(claim)) => claim,
            Ok(None) => return Tick::Idle,
            Err(e) => {
                return Tick::Unavailable {
                    error: e.to_string(),
                }
            }
        };
        let id = claim.call.id.clone();
        let _span = tracing::info_span!("job", id = %id, attempt = claim.attempt).entered();
        self.queue
            .set_in_hand(self.index, Some((id.clone(), claim.attempt)));
        // An interruption the lease heartbeat made for an earlier call is void.
        let interrupter = self.analyzer.interrupter();
        if let Some(flag) = &interrupter {
            if !self.queue.stopping() {
                flag.store(false, Ordering::SeqCst);
            }
        }
        // 2. Analyse, from a local copy of the recording.
        let started = Instant::now();
        let copy = match self.fetch(claim.call.audio_key.as_deref()) {
            Ok(copy) => copy,
            Err(e) => {
                tracing::error!("cannot read the recording from the audio store: {e}");
                let tick = self.put_back(&claim, e, false);
                self.queue.set_in_hand(self.index, None);
                return tick;
            }
        };
        let Some(outcome) = self.analyse(&claim, copy.as_ref().map(LocalCopy::path)) else {
            if !self.queue.stopping() {
                // Not a shutdown: the lease heartbeat found the claim lost (another node
                // took the call). Should the claim still be ours after all, the call goes
                // back to the queue, its attempt not counted.
                self.queue.set_in_hand(self.index, None);
                if let Some(flag) = &interrupter {
                    flag.store(false, Ordering::SeqCst);
                }
                let _ = self.store.release(&id, claim.attempt);
                tracing::warn!("lease lost: the analysis was stopped");
                return Tick::Dropped { id };
            }
            tracing::info!("analysis interrupted; the call goes back to the queue");
            return Tick::Interrupted { id };
        };
        // 3. Store, and 4. count.
        let tick = self.store_outcome(&claim, outcome, started);
        self.queue.set_in_hand(self.index, None);
        tick
    }

    /// The recording stored under `key` as a local file (`None`: there is none); an error
    /// when the audio store cannot say.
    fn fetch(&self, key: Option<&str>) -> Result<Option<LocalCopy>, StoreError> {
        match key {
            Some(key) => Ok(self.audio.fetch(key)?),
            None => Ok(None),
        }
    }

    /// Step 2: the analysis of a claimed call from its recording at `path` (`None`: it is
    /// missing), a panic caught; `None` when it was interrupted (there is no outcome to
    /// store).
    fn analyse(&mut self, claim: &Claim, path: Option<&Path>) -> Option<Outcome> {
        let call = &claim.call;
        let Some(path) = path else {
            return Some(Outcome::Failure(
                "the recording is missing from the store".into(),
            ));
        };
        let (agent_voice, learn_agent_voice) = self.agent_voice(call);
        let options = CallOptions {
            call_id: Some(call.id.clone()),
            roles: call.roles.clone(),
            language: call.language_hint.clone(),
            agent_profile: self.agent_profile(call),
            // Checked by the API when the call was uploaded.
            speakers: call.speakers.as_deref().and_then(|s| s.parse().ok()),
            agent_voice,
            agent_earlier_calls: self.agent_earlier_calls(call),
            speaker_roles: call.speaker_roles.clone(),
            learn_agent_voice,
            calibration: self.calibration(),
            redact: self.redaction.is_some(),
            redact_audio: self.redaction.map(|r| r.audio_with),
        };
        let redacting = self.redaction.is_some();
        let has_voice = options.agent_voice.is_some();
        let analyzer = &mut self.analyzer;
        Some(
            match catch_unwind(AssertUnwindSafe(|| {
                analyzer.analyze_call_voices(path, &options)
            })) {
                Ok(Ok(Analysis {
                    report,
                    redacted_audio: None,
                    ..
                })) if redacting && report.redactions.is_some() => Outcome::Failure(
                    "internal error: the call was redacted without a redacted recording".into(),
                ),
                Ok(Ok(Analysis { report, .. })) if redacting && report.redactions.is_none() => {
                    Outcome::Failure("internal error: the report was not redacted".into())
                }
                Ok(Ok(Analysis {
                    report,
                    voices,
                    agent_voice,
                    speaker_voices,
                    redacted_audio,
                })) => match serde_json::to_value(&report) {
                    Ok(json) => Outcome::Report {
                        summary: agent_summary(&report, voices),
                        report: json,
                        agent_voice,
                        // Needed only while the agent has no voice of their own stored.
                        speaker_voices: if has_voice {
                            Vec::new()
                        } else {
                            speaker_voices
                        },
                        redacted_audio,
                    },
                    Err(e) => Outcome::Failure(format!(
                        "internal error: cannot serialise the report: {e}"
                    )),
                },
                Ok(Err(Error::Model(ModelError::Interrupted { .. }))) => return None,
                Ok(Err(e)) => Outcome::Failure(failure_reason(&e)),
                Err(panic) => {
                    let message = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "no message".into());
                    Outcome::Panic(format!(
                    "internal error: the analysis crashed ({message}); this is a bug in calltone"
                ))
                }
            },
        )
    }

    /// The calibration in force ([`crate::calibration`]), re-read from the store when its
    /// version changed (one cheap query per claimed call, so an install or a rollback takes
    /// effect at the next call without a restart). When the store cannot say, the last one
    /// read stays in use; a body that cannot be read means none (and a warning).
    fn calibration(&mut self) -> Option<Arc<Calibration>> {
        let version = match self.store.calibration_version() {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the calibration version; keeping the last");
                return self.calibration.as_ref().map(|(_, c)| Arc::clone(c));
            }
        };
        if self.calibration.as_ref().map(|(v, _)| *v) != version {
            self.calibration = match self.store.current_calibration() {
                Ok(Some((v, body))) => match serde_json::from_value::<Calibration>(body) {
                    Ok(mut c) => {
                        c.version = v;
                        tracing::info!(version = v, "calibration in force");
                        Some((v, Arc::new(c)))
                    }
                    Err(e) => {
                        tracing::warn!(version = v, error = %e, "unreadable calibration; none used");
                        None
                    }
                },
                Ok(None) => None,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the calibration; keeping the last");
                    return self.calibration.as_ref().map(|(_, c)| Arc::clone(c));
                }
            };
        }
        self.calibration.as_ref().map(|(_, c)| Arc::clone(c))
    }

    /// The voice profile to measure the agent of `call` against: their profile from their
    /// earlier calls (never this one), once it is usable; `None` without an agent, or when
    /// the store cannot say (the call is then measured against population norms).
    fn agent_profile(&self, call: &CallRow) -> Option<VoiceProfile> {
        let agent = call.agent_id.as_deref()?;
        match crate::profiles::agent_profile(&*self.store, agent, Some(&call.id)) {
            Ok(Some(profile)) if profile.usable() => {
                tracing::debug!(agent, size = %profile.size(), "agent voice profile");
                Some(profile)
            }
            Ok(_) => None,
            Err(e) => {
                tracing::warn!(agent, "cannot read the agent's voice profile: {e}");
                None
            }
        }
    }

    /// The agent's voice to tell them apart on a mono call of theirs (the normalised mean
    /// of their stored voices, leaving out one learned from this call), and whether to learn
    /// it from this call (while fewer than [`LEARNED_VOICES`] were learned from other calls).
    /// Neither without an agent, or when the store cannot say.
    fn agent_voice(&self, call: &CallRow) -> (Option<Vec<f32>>, bool) {
        let Some(agent) = call.agent_id.as_deref() else {
            return (None, false);
        };
        let voices = match self.store.agent_voices(agent, VOICES_POOLED) {
            Ok(voices) => voices,
            Err(e) => {
                tracing::warn!(agent, "cannot read the agent's voices: {e}");
                return (None, false);
            }
        };
        // Voices heard otherwise (stored by an earlier release) are not compared; the agent's
        // next stereo calls teach the voice again.
        let voices: Vec<&AgentVoice> = voices.iter().filter(|v| v.heard == VOICE_HEARD).collect();
        let others: Vec<&[f32]> = voices
            .iter()
            .filter(|v| v.call_id.as_deref() != Some(call.id.as_str()))
            .map(|v| v.embedding.as_slice())
            .collect();
        let learned = voices
            .iter()
            .filter(|v| v.call_id.as_ref().is_some_and(|c| *c != call.id))
            .count();
        (mean_voice(&others), learned < LEARNED_VOICES)
    }

    /// After a call's report is stored: the agent's voice learned from it is kept, to tell
    /// them apart on their mono calls. A failure is logged; the call's report stands.
    fn record_agent_voice(&self, call: &CallRow, embedding: Option<&[f32]>) {
        let (Some(agent), Some(embedding)) = (call.agent_id.as_deref(), embedding) else {
            return;
        };
        match self.write(|| {
            self.store
                .put_agent_voice(agent, Some(&call.id), embedding, VOICE_HEARD)
        }) {
            Ok(kept) => tracing::debug!(agent, kept, "agent's voice learned"),
            Err(e) => tracing::warn!(agent, "cannot keep the agent's voice: {e}"),
        }
    }

    /// The voices of the speakers of the agent's most recent mono calls (at most
    /// [`EARLIER_CALLS_COMPARED`], never this one, only those heard as this release hears):
    /// where their voice recurs, they are told apart on a mono call with no enrolled or
    /// learned voice ([`crate::speakers::recurring`]). None without an agent, or when the
    /// store cannot say.
    fn agent_earlier_calls(&self, call: &CallRow) -> Vec<Vec<Vec<f32>>> {
        let Some(agent) = call.agent_id.as_deref() else {
            return Vec::new();
        };
        match self
            .store
            .agent_speaker_voices(agent, EARLIER_CALLS_COMPARED + 1)
        {
            Ok(calls) => calls
                .into_iter()
                .filter(|c| c.call_id != call.id && c.heard == VOICE_HEARD)
                .take(EARLIER_CALLS_COMPARED)
                .map(|c| c.voices)
                .collect(),
            Err(e) => {
                tracing::warn!(agent, "cannot read the voices of the agent's calls: {e}");
                Vec::new()
            }
        }
    }

    /// After a mono call's report is stored: its speakers' voices are kept, for the agent's
    /// later mono calls (only while no voice of the agent's is stored, and only for their
    /// [`SPEAKER_VOICES_KEPT`] latest calls: they hold customers' voices). A failure is
    /// logged; the call's report stands.
    fn record_speaker_voices(&self, call: &CallRow, voices: &[Vec<f32>]) {
        let Some(agent) = call.agent_id.as_deref() else {
            return;
        };
        if voices.len() < 2 {
            return;
        }
        match self.write(|| {
            self.store
                .put_speaker_voices(agent, &call.id, voices, VOICE_HEARD, SPEAKER_VOICES_KEPT)
        }) {
            Ok(kept) => tracing::debug!(agent, kept, "speakers' voices kept"),
            Err(e) => tracing::warn!(agent, "cannot keep the speakers' voices: {e}"),
        }
    }

    /// When there is no call to analyse: embeds the oldest queued voice enrolment (a
    /// recording of an agent sent to `POST /v1/agents/{id}/voice`) and stores it as the
    /// agent's enrolled voice, or fails it with the reason. True when one was handled.
    pub fn enrol_next(&mut self) -> bool {
        let enrolment = match self.store.claim_enrolment() {
            Ok(Some(enrolment)) => enrolment,
            Ok(None) => return false,
            Err(e) => {
                tracing::warn!("cannot look for voice enrolments: {e}");
                return false;
            }
        };
        let _span = tracing::info_span!("enrolment", id = %enrolment.id).entered();
        let copy = match self.fetch(enrolment.audio_key.as_deref()) {
            Ok(copy) => copy,
            Err(e) => {
                // Taken again at the next start (or by another worker's recovery).
                tracing::error!("cannot read the enrolment from the audio store: {e}");
                return false;
            }
        };
        let analyzer = &mut self.analyzer;
        let outcome = match copy.as_ref().map(LocalCopy::path) {
            None => Err("the recording is missing from the store".to_string()),
            Some(path) => match catch_unwind(AssertUnwindSafe(|| {
                analyzer.enroll(path, enrolment.channel as usize)
            })) {
                Ok(Some(Ok(voice))) => Ok(voice),
                Ok(Some(Err(e))) => Err(failure_reason(&e)),
                Ok(None) => Err("this worker cannot enrol voices".to_string()),
                Err(_) => Err("internal error: the enrolment crashed".to_string()),
            },
        };
        let stored = self.write(|| {
            self.store.finish_enrolment(
                &enrolment.id,
                outcome.as_deref().map_err(String::as_str),
                VOICE_HEARD,
            )
        });
        drop(copy);
        if let (Ok(true), Some(key)) = (&stored, enrolment.audio_key.as_deref()) {
            if let Err(e) = self.audio.delete(key) {
                tracing::warn!("cannot remove the enrolment's recording: {e}");
            }
        }
        match (&outcome, stored) {
            (_, Err(e)) => tracing::error!("cannot store the enrolment: {e}"),
            (Ok(_), Ok(_)) => tracing::info!(agent = %enrolment.agent_id, "agent's voice enrolled"),
            (Err(reason), Ok(_)) => tracing::warn!(reason, "enrolment failed"),
        }
        true
    }

    /// When there is no call to analyse: rebuilds the most recent stale agent voice summary
    /// (one made by another feature extractor, after an upgrade) from its call's stored
    /// recording, without transcribing it, so that agents' profiles come back without
    /// waiting for new calls. A summary that cannot be rebuilt (the recording is gone from
    /// the audio store, no longer decodes, or has no agent speech) is dropped, so that it is not tried again. True when
    /// one was handled. Once none is left the store is not asked again (this process only
    /// writes summaries of its own extractor).
    pub fn rebuild_stale_voice(&mut self) -> bool {
        if self.voices_current {
            return false;
        }
        let extractor = crate::profiles::EXTRACTOR_VERSION;
        let call = match self.store.stale_voice_calls(extractor, 1) {
            Ok(calls) => match calls.into_iter().next() {
                Some(call) => call,
                None => {
                    self.voices_current = true;
                    return false;
                }
            },
            Err(e) => {
                tracing::warn!("cannot look for stale voice summaries: {e}");
                return false;
            }
        };
        let _span = tracing::info_span!("voice_rebuild", id = %call.id).entered();
        let copy = match self.fetch(call.audio_key.as_deref()) {
            Ok(copy) => copy,
            Err(e) => {
                tracing::warn!("cannot read the recording from the audio store: {e}");
                return false;
            }
        };
        let voice = match &copy {
            // Gone (deleted after a redacted analysis): it cannot be rebuilt.
            None => {
                tracing::warn!("cannot rebuild the voice summary: the recording is gone");
                None
            }
            Some(copy) => {
                let options = CallOptions {
                    call_id: Some(call.id.clone()),
                    roles: call.roles.clone(),
                    language: call.language_hint.clone(),
                    ..CallOptions::default()
                };
                let analyzer = &mut self.analyzer;
                let measured = catch_unwind(AssertUnwindSafe(|| {
                    analyzer.voice_summaries(copy.path(), &options)
                }));
                match measured {
                    Ok(None) => return false,
                    Ok(Some(Ok(channels))) => channels
                        .into_iter()
                        .find(|(role, _)| role == "agent")
                        .and_then(|(_, voice)| voice),
                    Ok(Some(Err(e))) => {
                        tracing::warn!("cannot rebuild the voice summary: {}", failure_reason(&e));
                        None
                    }
                    Err(_) => {
                        tracing::warn!("rebuilding the voice summary crashed");
                        None
                    }
                }
            }
        };
        drop(copy);
        let kept = match &voice {
            Some(voice) => crate::profiles::record_summary(&*self.store, &call.id, voice),
            None => Ok(false),
        };
        match kept {
            Ok(true) => tracing::info!("stale voice summary rebuilt"),
            Ok(false) | Err(_) => {
                if let Err(e) = &kept {
                    tracing::warn!("cannot keep the rebuilt voice summary: {e}");
                }
                if let Err(e) = self.store.drop_stale_voice_summary(&call.id, extractor) {
                    tracing::warn!("cannot drop the stale voice summary: {e}");
                    return false;
                }
                tracing::info!("stale voice summary dropped (it could not be rebuilt)");
            }
        }
        true
    }

    /// After a call's report is stored: the agent's voice summary of it is kept for their
    /// profile. A failure is logged; the call's report stands.
    fn record_voice(&self, call: &CallRow, voice: Option<&VoiceProfile>) {
        let (Some(agent), Some(voice)) = (call.agent_id.as_deref(), voice) else {
            return;
        };
        match self.write(|| crate::profiles::record_summary(&*self.store, &call.id, voice)) {
            Ok(true) => tracing::debug!(agent, speech_ms = voice.speech_ms, "voice summary kept"),
            Ok(false) => tracing::debug!(agent, "voice summary not kept"),
            Err(e) => tracing::warn!(agent, "cannot keep the agent's voice summary: {e}"),
        }
    }

    /// Steps 3 and 4: the outcome written under the claim, and counted.
    fn store_outcome(&self, claim: &Claim, outcome: Outcome, started: Instant) -> Tick {
        let id = claim.call.id.clone();
        let metrics = &self.queue.metrics;
        let (reason, panicked) = match outcome {
            Outcome::Report {
                report,
                summary,
                agent_voice,
                speaker_voices,
                redacted_audio,
            } => {
                // The redacted recording first: once the report is stored the call is
                // `succeeded`, and its audio must be there to serve.
                let upload = claim.call.audio_key.as_deref();
                if let (Some(channels), Some(upload)) = (&redacted_audio, upload) {
                    let written = self.write(|| self.put_redacted(upload, channels));
                    if let Err(e) = written {
                        tracing::error!("cannot store the redacted recording: {e}");
                        return self.put_back(claim, e, false);
                    }
                }
                return match self.write(|| self.store.finish(claim, &report)) {
                    Ok(true) => {
                        if redacted_audio.is_some() {
                            self.drop_upload(&claim.call);
                        }
                        self.record_voice(&claim.call, summary.as_ref());
                        self.record_agent_voice(&claim.call, agent_voice.as_deref());
                        self.record_speaker_voices(&claim.call, &speaker_voices);
                        metrics.record(&report);
                        let duration_ms = report["duration_ms"].as_u64().unwrap_or(0);
                        tracing::info!(
                            took_ms = started.elapsed().as_millis() as u64,
                            duration_ms,
                            "call analysed"
                        );
                        Tick::Finished { id, duration_ms }
                    }
                    Ok(false) => {
                        if let (Some(_), Some(upload)) = (&redacted_audio, upload) {
                            let _ = self.audio.delete(&redacted_key(upload));
                        }
                        tracing::info!("call deleted or requeued meanwhile; report dropped");
                        Tick::Dropped { id }
                    }
                    Err(e) => {
                        tracing::error!("cannot store the report: {e}");
                        self.put_back(claim, e, false)
                    }
                };
            }
            Outcome::Failure(reason) => (reason, false),
            Outcome::Panic(reason) => (reason, true),
        };
        tracing::warn!(reason, "call failed");
        if let Err(e) = self.write(|| self.store.fail(claim, &reason)) {
            tracing::error!("cannot store the failure: {e}");
            return self.put_back(claim, e, panicked);
        }
        metrics.failed.fetch_add(1, Ordering::Relaxed);
        if panicked {
            metrics.panicked.fetch_add(1, Ordering::Relaxed);
            Tick::Panicked { id, reason }
        } else {
            Tick::Failed { id, reason }
        }
    }

    /// Writes the redacted recording of the upload stored under `upload` to a staging file and
    /// stores it under its key ([`redacted_key`]).
    fn put_redacted(&self, upload: &str, channels: &[Vec<f32>]) -> Result<(), StoreError> {
        let key = redacted_key(upload);
        let staging = self.audio.staging_path(&key);
        let stored = crate::pipeline::write_redacted_audio(&staging, channels)
            .map_err(|source| StoreError::Io {
                path: staging.clone(),
                source,
            })
            .and_then(|()| Ok(self.audio.put_file(&key, &staging)?));
        if stored.is_err() {
            let _ = std::fs::remove_file(&staging);
        }
        stored.map(|_| ())
    }

    /// After a redacted call's report and recording are stored: the upload is deleted,
    /// unless the service keeps originals ([`Redaction::keep_original_audio`]). A failure is
    /// logged (the API never serves the upload while redacting).
    fn drop_upload(&self, call: &CallRow) {
        let keep = self.redaction.is_some_and(|r| r.keep_original_audio);
        let Some(upload) = call.audio_key.as_deref().filter(|_| !keep) else {
            return;
        };
        match self.audio.delete(upload) {
            Ok(()) => tracing::debug!("upload deleted; the redacted copy stays"),
            Err(e) => tracing::error!("cannot delete the unredacted upload: {e}"),
        }
    }

    /// Runs a store write, retrying a refused one with backoff for at most
    /// [`StoreRetry::give_up_after`] (less if a shutdown begins); the last error if it never
    /// went through.
    fn write<T>(&self, mut op: impl FnMut() -> Result<T, StoreError>) -> Result<T, StoreError> {
        let retry = self.store_retry;
        let deadline = Instant::now() + retry.give_up_after;
        let mut delay = retry.first_delay;
        loop {
            match op() {
                Ok(v) => return Ok(v),
                Err(e) => {
                    let now = Instant::now();
                    if now + delay > deadline || self.queue.stopping() {
                        return Err(e);
                    }
                    tracing::warn!(
                        retry_in_ms = delay.as_millis() as u64,
                        disk_full = e.is_disk_full(),
                        "the store refused a write: {e}"
                    );
                    std::thread::sleep(delay);
                    delay = (delay * 2).min(retry.max_delay);
                }
            }
        }
    }

    /// After a write that never went through: the call goes back to the queue, its attempt
    /// not counted, so that it is analysed again once the store works (rather than staying
    /// `processing` until a restart).
    fn put_back(&self, claim: &Claim, error: StoreError, panicked: bool) -> Tick {
        let id = claim.call.id.clone();
        match self.write(|| self.store.release(&id, claim.attempt)) {
            Ok(true) => {
                tracing::warn!("the call goes back to the queue");
                Tick::Requeued {
                    id,
                    error: error.to_string(),
                    panicked,
                }
            }
            Ok(false) => Tick::Dropped { id },
            Err(e) => {
                tracing::error!(
                    "cannot put the call back in the queue either ({e}); the next start will"
                );
                Tick::Dropped { id }
            }
        }
    }
}

/// Voices learned from an agent's calls (where they had a channel of their own) before the
/// workers stop asking the pipeline for more: enough for a steady mean.
pub const LEARNED_VOICES: usize = 5;

/// The agent's earlier mono calls whose speakers' voices are compared with a mono call's
/// ([`crate::speakers::recurring`]): the most recent ones.
pub const EARLIER_CALLS_COMPARED: usize = 10;
/// The agent's mono calls whose speakers' voices are kept: those compared, and one more
/// (a call analysed again is not compared with itself).
const SPEAKER_VOICES_KEPT: usize = EARLIER_CALLS_COMPARED + 1;

/// The agent's most recent stored voices (learned or enrolled) whose mean is their voice.
const VOICES_POOLED: usize = 20;

/// The normalised mean of unit embeddings (all of one length): one voice from several
/// recordings of it. `None` without any, or when they disagree in length or cancel out.
pub fn mean_voice(voices: &[&[f32]]) -> Option<Vec<f32>> {
    let first = voices.first()?;
    if first.is_empty() || voices.iter().any(|v| v.len() != first.len()) {
        return None;
    }
    let mut sum = vec![0f32; first.len()];
    for voice in voices {
        for (s, x) in sum.iter_mut().zip(voice.iter()) {
            *s += x;
        }
    }
    let norm = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
    (norm.is_finite() && norm > 1e-6).then(|| sum.iter().map(|x| x / norm).collect())
}

/// The voice summary of the channel whose role is `agent` (the first, if several are).
fn agent_summary(report: &CallReport, voices: Vec<Option<VoiceProfile>>) -> Option<VoiceProfile> {
    // One voice per entry of `channels` (per channel, or per speaker of a mono call).
    let party = report.channels.iter().position(|c| c.role == "agent")?;
    voices.into_iter().nth(party).flatten()
}

/// A worker thread: load the analyzer, then tick until asked to stop, sleeping while the
/// queue is empty (until woken, or [`IDLE_POLL`]), and loading a fresh analyzer after a
/// panic. A worker that cannot load its models reports it to the [`Queue`] as fatal and
/// ends.
fn run_worker(
    index: usize,
    (store, audio): (&Arc<dyn CallStore>, &Arc<dyn AudioStore>),
    queue: &Arc<Queue>,
    load_analyzer: &(dyn Fn() -> Result<Box<dyn Analyzer>, Error> + Send + Sync),
    interrupters: &Interrupters,
    redaction: Option<Redaction>,
) {
    let _span = tracing::info_span!("worker", index).entered();
    let load = || {
        let started = Instant::now();
        let analyzer = load_analyzer();
        if let Ok(analyzer) = &analyzer {
            tracing::info!(
                took_ms = started.elapsed().as_millis() as u64,
                "models loaded"
            );
            if let Some(flag) = analyzer.interrupter() {
                interrupters
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(index, flag);
            }
        }
        analyzer
    };
    let analyzer = match load() {
        Ok(a) => a,
        Err(e) => {
            queue.set_fatal(format!("worker {index} could not load the models: {e}"));
            return;
        }
    };
    let mut worker = Worker::new(
        index,
        Arc::clone(store),
        Arc::clone(audio),
        Arc::clone(queue),
        analyzer,
    )
    .with_redaction(redaction);
    queue.set_loaded(true);
    // A fresh analyzer for `worker`; false (reported as fatal) when the models won't load.
    let reload = |worker: &mut Worker| match load() {
        Ok(a) => {
            worker.analyzer = a;
            true
        }
        Err(e) => {
            queue.set_loaded(false);
            queue.set_fatal(format!("worker {index} could not reload the models: {e}"));
            false
        }
    };

    while !queue.stopping() {
        let generation = queue.generation();
        match worker.tick() {
            // One worker uses idle time to rebuild stale voice summaries, one per tick.
            // It also embeds agents' voice enrolments, one per tick.
            Tick::Idle => {
                if index != 0 || !(worker.enrol_next() || worker.rebuild_stale_voice()) {
                    queue.wait(generation, IDLE_POLL)
                }
            }
            Tick::Unavailable { error } => {
                tracing::error!("cannot claim a job: {error}");
                std::thread::sleep(IDLE_POLL);
            }
            // The models' state after a panic is unknown: start again from the files.
            Tick::Panicked { .. } => {
                if !reload(&mut worker) {
                    return;
                }
            }
            // The store failed to take the outcome: give it time before analysing again.
            Tick::Requeued { panicked, .. } => {
                let until = Instant::now() + STORE_FAILURE_PAUSE;
                while Instant::now() < until && !queue.stopping() {
                    std::thread::sleep(Duration::from_millis(100));
                }
                if panicked && !reload(&mut worker) {
                    return;
                }
            }
            // Only a shutdown interrupts: the analyzer will not run again.
            Tick::Interrupted { .. } => return,
            Tick::Finished { .. } | Tick::Failed { .. } | Tick::Dropped { .. } => {}
        }
    }
}

/// The reason a user reads: the decoder's words without the server's file path.
pub fn failure_reason(error: &Error) -> String {
    match error {
        Error::Decode { source, .. } => format!("cannot decode the recording: {source}"),
        Error::Config(message) | Error::Call(message) => message.clone(),
        other => other.to_string(),
    }
}

mod heartbeat;
#[cfg(test)]
mod lease_tests;
#[cfg(test)]
mod tests;
