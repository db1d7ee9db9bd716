//! A [`CallStore`] for tests of the failure paths: it wraps a real [`Store`] and makes
//! `finish`, `fail` or `enqueue` fail with a full disk (`ENOSPC`) a given number of times.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// A [`Store`] whose writes fail with a full disk as many times as its counters say.
#[derive(Debug)]
pub struct FailingStore {
    pub inner: Store,
    /// `finish` calls still to fail.
    pub finish_failures: AtomicUsize,
    /// `fail` calls still to fail.
    pub fail_failures: AtomicUsize,
    /// `enqueue` calls still to fail.
    pub enqueue_failures: AtomicUsize,
    /// `release` calls still to fail.
    pub release_failures: AtomicUsize,
}

impl FailingStore {
    pub fn new(inner: Store) -> FailingStore {
        FailingStore {
            inner,
            finish_failures: AtomicUsize::new(0),
            fail_failures: AtomicUsize::new(0),
            enqueue_failures: AtomicUsize::new(0),
            release_failures: AtomicUsize::new(0),
        }
    }
}

/// Takes one failure off `counter`: true if this call is to fail.
fn take(counter: &AtomicUsize) -> bool {
    counter
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
}

/// The error a write gets on a full disk.
pub fn disk_full(path: &Path) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::from_raw_os_error(28), // ENOSPC
    }
}

impl CallStore for FailingStore {
    fn enqueue(
        &self,
        id: &str,
        audio_key: &str,
        meta: &NewCall,
        max_queued: usize,
    ) -> Result<CallRow, StoreError> {
        if take(&self.enqueue_failures) {
            return Err(disk_full(Path::new(audio_key)));
        }
        self.inner.enqueue(id, audio_key, meta, max_queued)
    }
    fn get(&self, id: &str) -> Result<Option<CallRow>, StoreError> {
        self.inner.get(id)
    }
    fn find_by_idempotency_key(&self, key: &str) -> Result<Option<CallRow>, StoreError> {
        self.inner.find_by_idempotency_key(key)
    }
    fn report(&self, id: &str) -> Result<Option<Value>, StoreError> {
        self.inner.report(id)
    }
    fn list(&self, q: &ListQuery) -> Result<Page, StoreError> {
        self.inner.list(q)
    }
    fn put_scorecard(
        &self,
        card_id: &str,
        hash: &str,
        definition: &Value,
    ) -> Result<i64, StoreError> {
        self.inner.put_scorecard(card_id, hash, definition)
    }
    fn scorecard(&self, card_id: &str, version: i64) -> Result<Option<StoredCard>, StoreError> {
        self.inner.scorecard(card_id, version)
    }
    fn put_review(&self, review: &ReviewRow) -> Result<bool, StoreError> {
        self.inner.put_review(review)
    }
    fn review(&self, call_id: &str) -> Result<Option<ReviewRow>, StoreError> {
        self.inner.review(call_id)
    }
    fn trends(&self, q: &TrendQuery) -> Result<Vec<TrendBucket>, StoreError> {
        self.inner.trends(q)
    }
    fn moments(&self, q: &moments::MomentQuery) -> Result<moments::CoachMoments, StoreError> {
        self.inner.moments(q)
    }
    fn agent_strain(
        &self,
        q: &StrainQuery,
    ) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError> {
        self.inner.agent_strain(q)
    }
    fn score_bands(&self, q: &bands::BandQuery) -> Result<bands::ScoreBands, StoreError> {
        self.inner.score_bands(q)
    }
    fn put_voice_summary(
        &self,
        call_id: &str,
        extractor: &str,
        speech_ms: i64,
        summary: &Value,
    ) -> Result<bool, StoreError> {
        self.inner
            .put_voice_summary(call_id, extractor, speech_ms, summary)
    }
    fn voice_summaries(
        &self,
        agent_id: &str,
        extractor: &str,
        exclude_call: Option<&str>,
        limit: usize,
    ) -> Result<Vec<VoiceSummary>, StoreError> {
        self.inner
            .voice_summaries(agent_id, extractor, exclude_call, limit)
    }
    fn stale_voice_summaries(&self, agent_id: &str, extractor: &str) -> Result<i64, StoreError> {
        self.inner.stale_voice_summaries(agent_id, extractor)
    }
    fn stale_voice_calls(&self, extractor: &str, limit: usize) -> Result<Vec<CallRow>, StoreError> {
        self.inner.stale_voice_calls(extractor, limit)
    }
    fn drop_stale_voice_summary(&self, call_id: &str, extractor: &str) -> Result<bool, StoreError> {
        self.inner.drop_stale_voice_summary(call_id, extractor)
    }
    fn requeue_with_speaker_roles(
        &self,
        id: &str,
        roles: &std::collections::BTreeMap<String, String>,
        max_queued: usize,
    ) -> Result<bool, StoreError> {
        self.inner.requeue_with_speaker_roles(id, roles, max_queued)
    }
    fn put_agent_voice(
        &self,
        agent_id: &str,
        call_id: Option<&str>,
        embedding: &[f32],
        heard: &str,
    ) -> Result<bool, StoreError> {
        self.inner
            .put_agent_voice(agent_id, call_id, embedding, heard)
    }
    fn agent_voices(&self, agent_id: &str, limit: usize) -> Result<Vec<AgentVoice>, StoreError> {
        self.inner.agent_voices(agent_id, limit)
    }
    fn put_speaker_voices(
        &self,
        agent_id: &str,
        call_id: &str,
        voices: &[Vec<f32>],
        heard: &str,
        keep_calls: usize,
    ) -> Result<bool, StoreError> {
        self.inner
            .put_speaker_voices(agent_id, call_id, voices, heard, keep_calls)
    }
    fn agent_speaker_voices(
        &self,
        agent_id: &str,
        calls: usize,
    ) -> Result<Vec<CallVoices>, StoreError> {
        self.inner.agent_speaker_voices(agent_id, calls)
    }
    fn enqueue_enrolment(
        &self,
        id: &str,
        audio_key: &str,
        agent_id: &str,
        channel: u32,
    ) -> Result<Enrolment, StoreError> {
        self.inner
            .enqueue_enrolment(id, audio_key, agent_id, channel)
    }
    fn claim_enrolment(&self) -> Result<Option<Enrolment>, StoreError> {
        self.inner.claim_enrolment()
    }
    fn finish_enrolment(
        &self,
        id: &str,
        outcome: Result<&[f32], &str>,
        heard: &str,
    ) -> Result<bool, StoreError> {
        self.inner.finish_enrolment(id, outcome, heard)
    }
    fn enrolments(&self, agent_id: &str, limit: usize) -> Result<Vec<Enrolment>, StoreError> {
        self.inner.enrolments(agent_id, limit)
    }
    fn status_counts(&self) -> Result<StatusCounts, StoreError> {
        self.inner.status_counts()
    }
    fn queue_depth(&self) -> Result<i64, StoreError> {
        self.inner.queue_depth()
    }
    fn delete(&self, id: &str) -> Result<Option<Vec<String>>, StoreError> {
        self.inner.delete(id)
    }
    fn claim(&self) -> Result<Option<Claim>, StoreError> {
        self.inner.claim()
    }
    fn finish(&self, claim: &Claim, report: &Value) -> Result<bool, StoreError> {
        if take(&self.finish_failures) {
            return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
                Some("database or disk is full".into()),
            )));
        }
        self.inner.finish(claim, report)
    }
    fn fail(&self, claim: &Claim, reason: &str) -> Result<bool, StoreError> {
        if take(&self.fail_failures) {
            return Err(disk_full(&self.inner.db_path));
        }
        self.inner.fail(claim, reason)
    }
    fn release(&self, id: &str, attempt: i64) -> Result<bool, StoreError> {
        if take(&self.release_failures) {
            return Err(disk_full(&self.inner.db_path));
        }
        self.inner.release(id, attempt)
    }
    fn recover(&self, max_attempts: u32) -> Result<Recovery, StoreError> {
        self.inner.recover(max_attempts)
    }
    fn renew(&self, id: &str, attempt: i64) -> Result<bool, StoreError> {
        self.inner.renew(id, attempt)
    }
    fn lease(&self) -> std::time::Duration {
        self.inner.lease()
    }
    fn add_labels(&self, new: &[NewLabel]) -> Result<Vec<Label>, StoreError> {
        self.inner.add_labels(new)
    }
    fn labels(&self, q: &LabelQuery) -> Result<Vec<Label>, StoreError> {
        self.inner.labels(q)
    }
    fn install_calibration(&self, body: &Value) -> Result<u32, StoreError> {
        self.inner.install_calibration(body)
    }
    fn calibration_version(&self) -> Result<Option<u32>, StoreError> {
        self.inner.calibration_version()
    }
    fn current_calibration(&self) -> Result<Option<(u32, Value)>, StoreError> {
        self.inner.current_calibration()
    }
    fn roll_back_calibration(&self) -> Result<Option<u32>, StoreError> {
        self.inner.roll_back_calibration()
    }
    fn calibrations(&self) -> Result<Vec<CalibrationRow>, StoreError> {
        self.inner.calibrations()
    }
    fn claim_webhook_events(
        &self,
        now_ms: i64,
        limit: usize,
        lease_ms: i64,
    ) -> Result<Vec<WebhookEvent>, StoreError> {
        self.inner.claim_webhook_events(now_ms, limit, lease_ms)
    }
    fn webhook_delivered(&self, id: &str) -> Result<bool, StoreError> {
        self.inner.webhook_delivered(id)
    }
    fn webhook_attempt_failed(
        &self,
        id: &str,
        next_attempt_at_ms: Option<i64>,
        error: &str,
    ) -> Result<bool, StoreError> {
        self.inner
            .webhook_attempt_failed(id, next_attempt_at_ms, error)
    }
    fn webhook_counts(&self) -> Result<WebhookCounts, StoreError> {
        self.inner.webhook_counts()
    }
    fn webhook_events(
        &self,
        state: WebhookState,
        limit: usize,
    ) -> Result<Vec<WebhookEvent>, StoreError> {
        self.inner.webhook_events(state, limit)
    }
    fn resend_webhook_event(&self, id: &str) -> Result<Option<WebhookEvent>, StoreError> {
        self.inner.resend_webhook_event(id)
    }
    fn prune_webhook_events(&self, before_ms: i64) -> Result<usize, StoreError> {
        self.inner.prune_webhook_events(before_ms)
    }
}

impl Store {
    /// The local audio store of this store's data directory (`DATA_DIR/audio`), as
    /// `calltone serve` opens it without `--audio-store`.
    pub fn local_audio(&self) -> Arc<dyn audio::AudioStore> {
        let data_dir = self
            .db_path
            .parent()
            .expect("the database is in a directory");
        Arc::new(audio::LocalAudio::open(&data_dir.join("audio")).expect("the audio directory"))
    }
}
