//! [`CallStore`] for [`PgStore`]: the SQLite store's behaviour in PostgreSQL's SQL.

use std::collections::BTreeMap;
use std::path::PathBuf;

use postgres::{GenericClient, Transaction};
use serde_json::Value;

use super::{labels, moments, reviews, search, webhooks, PgStore, CALL_COLUMNS, QUEUE_LOCK};
use crate::store::labels::{CalibrationRow, Label, LabelQuery, NewLabel};
use crate::store::lease::GAVE_UP_REASON_SQL;
use crate::store::query::{
    AgentStrain, ListQuery, Page, StrainBucket, StrainQuery, TrendBucket, TrendQuery,
};
use crate::store::review::{ReviewRow, StoredCard};
use crate::store::webhooks::{new_event, Outcome, WebhookCounts, WebhookEvent, WebhookState};
use crate::store::{
    bands, now_ms, redacted, AgentVoice, CallRow, CallStatus, CallStore, CallVoices, Claim,
    Enrolment, ExtractedScores, NewCall, Recovery, StatusCounts, StoreError, VoiceSummary,
};

const ENROLMENT_COLUMNS: &str =
    "id, agent_id, channel, audio_key, status, reason, received_at_ms, finished_at_ms";

fn enrolment_from_row(r: &postgres::Row) -> Result<Enrolment, StoreError> {
    let status: String = r.try_get(4)?;
    Ok(Enrolment {
        id: r.try_get(0)?,
        agent_id: r.try_get(1)?,
        channel: r.try_get::<_, i32>(2)? as u32,
        audio_key: r.try_get(3)?,
        // The CHECK constraint admits only the statuses this build knows.
        status: status.parse().unwrap_or(CallStatus::Failed),
        reason: r.try_get(5)?,
        received_at_ms: r.try_get(6)?,
        finished_at_ms: r.try_get(7)?,
    })
}

/// The row of call `id`, with its review's summary.
fn get_row(db: &mut impl GenericClient, id: &str) -> Result<Option<CallRow>, StoreError> {
    let row = db.query_opt(
        &format!("SELECT {CALL_COLUMNS} FROM calls WHERE id = $1"),
        &[&id],
    )?;
    let Some(row) = row else {
        return Ok(None);
    };
    let mut call = super::call_from_row(&row)?;
    call.review = reviews::summary(db, id)?;
    Ok(Some(call))
}

fn id_by_idempotency_key(
    db: &mut impl GenericClient,
    key: &str,
) -> Result<Option<String>, StoreError> {
    Ok(db
        .query_opt("SELECT id FROM calls WHERE idempotency_key = $1", &[&key])?
        .map(|r| r.try_get(0))
        .transpose()?)
}

fn queued_count(db: &mut impl GenericClient) -> Result<i64, StoreError> {
    Ok(db
        .query_one("SELECT COUNT(*) FROM calls WHERE status = 'queued'", &[])?
        .try_get(0)?)
}

/// Refuses with [`StoreError::QueueFull`] when `max_queued` calls wait. Takes the queue's
/// advisory lock first (held to the end of `tx`), so that concurrent intakes count one
/// after the other.
fn check_room(tx: &mut Transaction, max_queued: usize) -> Result<(), StoreError> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&QUEUE_LOCK])?;
    let queued = queued_count(tx)?;
    if queued as u64 >= max_queued as u64 {
        return Err(StoreError::QueueFull {
            queued,
            max: max_queued,
        });
    }
    Ok(())
}

/// How a new call row starts out.
struct Stored<'a> {
    status: CallStatus,
    attempts: i32,
    audio_key: Option<&'a str>,
    audio_bytes: i64,
}

fn insert_call(
    db: &mut impl GenericClient,
    id: &str,
    meta: &NewCall,
    stored: Stored,
) -> Result<(), StoreError> {
    let now = now_ms();
    db.execute(
        "INSERT INTO calls (id, external_id, agent_id, team, started_at_ms, language_hint,
            roles, received_at_ms, status, attempts, updated_at_ms, audio_key, audio_bytes,
            content_type, idempotency_key, queued_at_ms, speakers)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $8, $11, $12, $13, $14, $8, $15)",
        &[
            &id,
            &meta.external_id,
            &meta.agent_id,
            &meta.team,
            &meta.started_at_ms.unwrap_or(now),
            &meta.language_hint,
            &meta.roles.as_ref().map(|r| r.join(",")),
            &now,
            &stored.status.as_str(),
            &stored.attempts,
            &stored.audio_key,
            &stored.audio_bytes,
            &meta.content_type,
            &meta.idempotency_key,
            &meta.speakers,
        ],
    )?;
    Ok(())
}

/// Gives back claimed calls (in `tx`): those whose lease passed before `now`, and with
/// `node`, also those claimed by `node` or by no known node. Each goes behind the waiting
/// calls with its attempt count kept, or is failed once it has had `max_attempts`, with a
/// `call.failed` webhook event when `outbox` is on. Rows another transaction holds (a
/// renewal, a finish) are skipped, never waited for.
fn give_back(
    tx: &mut Transaction,
    now: i64,
    max_attempts: u32,
    node: Option<&str>,
    outbox: bool,
) -> Result<Recovery, StoreError> {
    let which = "SELECT id FROM calls WHERE status = 'processing' AND (lease_until_ms < $1
        OR ($2::text IS NOT NULL AND (claimed_by = $2 OR claimed_by IS NULL
                                      OR lease_until_ms IS NULL)))";
    let max_attempts = i32::try_from(max_attempts).unwrap_or(i32::MAX);
    let given_up = tx.query(
        &format!(
            "UPDATE calls SET status = 'failed', finished_at_ms = $1, updated_at_ms = $1,
                reason = {GAVE_UP_REASON_SQL}, lease_until_ms = NULL
             WHERE id IN ({which} AND attempts >= $3 FOR UPDATE SKIP LOCKED)
             RETURNING id"
        ),
        &[&now, &node, &max_attempts],
    )?;
    // A call given up is a `call.failed` event, in the same transaction.
    if outbox {
        for row in &given_up {
            let id: String = row.try_get(0)?;
            if let Some(call) = get_row(tx, &id)? {
                let reason = call.reason.clone().unwrap_or_default();
                webhooks::insert(tx, &new_event(&call, Outcome::Failed(&reason), now))?;
            }
        }
    }
    let requeued = tx.execute(
        &format!(
            "UPDATE calls SET status = 'queued', updated_at_ms = $1, lease_until_ms = NULL,
                claimed_by = NULL,
                queued_at_ms = GREATEST($1, 1 + (SELECT COALESCE(MAX(queued_at_ms), 0)
                                                  FROM calls WHERE status = 'queued'))
             WHERE id IN ({which} FOR UPDATE SKIP LOCKED)"
        ),
        &[&now, &node],
    )?;
    Ok(Recovery {
        requeued: requeued as usize,
        failed: given_up.len(),
    })
}

/// The SQL that takes the first waiting call for a worker ([`CallStore::claim`]); `$1` now,
/// `$2` the lease's end, `$3` the node.
pub const CLAIM_SQL: &str = "UPDATE calls SET status = 'processing', attempts = attempts + 1,
        claimed_at_ms = $1, updated_at_ms = $1, lease_until_ms = $2, claimed_by = $3
     WHERE id = (SELECT id FROM calls WHERE status = 'queued'
                 ORDER BY queued_at_ms, id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING id, attempts";

impl PgStore {
    /// Inserts a finished call with a given report, for tests of the query logic and for
    /// importing reports made elsewhere (as [`crate::store::Store::insert_report`]).
    pub fn insert_report(
        &self,
        id: &str,
        meta: &NewCall,
        report: &Value,
    ) -> Result<(), StoreError> {
        self.with_client(|db| {
            insert_call(
                db,
                id,
                meta,
                Stored {
                    status: CallStatus::Processing,
                    attempts: 1,
                    audio_key: None,
                    audio_bytes: 0,
                },
            )
        })?;
        let claim = Claim {
            call: self.get(id)?.expect("just inserted"),
            attempt: 1,
        };
        self.finish(&claim, report)?;
        Ok(())
    }
}

impl CallStore for PgStore {
    /// As the SQLite store (the recording is already in the audio store under `audio_key`):
    /// one transaction looks up the idempotency key, counts the queue under the queue's
    /// advisory lock and inserts the row.
    fn enqueue(
        &self,
        id: &str,
        audio_key: &str,
        meta: &NewCall,
        max_queued: usize,
    ) -> Result<CallRow, StoreError> {
        let stored_id = self.with_client(|db| {
            let mut tx = db.transaction()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&QUEUE_LOCK])?;
            if let Some(key) = &meta.idempotency_key {
                if let Some(existing) = id_by_idempotency_key(&mut tx, key)? {
                    return Ok(existing);
                }
            }
            check_room(&mut tx, max_queued)?;
            insert_call(
                &mut tx,
                id,
                meta,
                Stored {
                    status: CallStatus::Queued,
                    attempts: 0,
                    audio_key: Some(audio_key),
                    audio_bytes: meta.audio_bytes,
                },
            )?;
            tx.commit()?;
            Ok(id.to_string())
        })?;
        self.get(&stored_id)?.ok_or_else(|| {
            // Only a concurrent delete of the call with the key gets here.
            StoreError::Io {
                path: PathBuf::from(&stored_id),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "the call with this idempotency key was deleted meanwhile",
                ),
            }
        })
    }

    fn get(&self, id: &str) -> Result<Option<CallRow>, StoreError> {
        self.with_client(|db| get_row(db, id))
    }

    fn find_by_idempotency_key(&self, key: &str) -> Result<Option<CallRow>, StoreError> {
        self.with_client(|db| match id_by_idempotency_key(db, key)? {
            Some(id) => get_row(db, &id),
            None => Ok(None),
        })
    }

    fn report(&self, id: &str) -> Result<Option<Value>, StoreError> {
        self.with_client(|db| {
            Ok(db
                .query_opt("SELECT report FROM calls WHERE id = $1", &[&id])?
                .map(|r| r.try_get::<_, Option<Value>>(0))
                .transpose()?
                .flatten())
        })
    }

    fn list(&self, q: &ListQuery) -> Result<Page, StoreError> {
        self.with_client(|db| super::queries::list(db, q))
    }

    fn trends(&self, q: &TrendQuery) -> Result<Vec<TrendBucket>, StoreError> {
        self.with_client(|db| super::queries::trends(db, q))
    }

    fn agent_strain(
        &self,
        q: &StrainQuery,
    ) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError> {
        self.with_client(|db| super::queries::agent_strain(db, q))
    }

    fn moments(
        &self,
        q: &crate::store::moments::MomentQuery,
    ) -> Result<crate::store::moments::CoachMoments, StoreError> {
        self.with_client(|db| moments::moments(db, q))
    }

    fn score_bands(&self, q: &bands::BandQuery) -> Result<bands::ScoreBands, StoreError> {
        self.with_client(|db| super::bands::score_bands(db, q))
    }

    fn status_counts(&self) -> Result<StatusCounts, StoreError> {
        self.with_client(|db| {
            let mut counts = StatusCounts::default();
            for r in db.query("SELECT status, COUNT(*) FROM calls GROUP BY status", &[])? {
                let status: String = r.try_get(0)?;
                let n: i64 = r.try_get(1)?;
                match status.parse::<CallStatus>() {
                    Ok(CallStatus::Queued) => counts.queued = n,
                    Ok(CallStatus::Processing) => counts.processing = n,
                    Ok(CallStatus::Succeeded) => counts.succeeded = n,
                    Ok(CallStatus::Failed) => counts.failed = n,
                    Err(_) => {}
                }
            }
            Ok(counts)
        })
    }

    fn queue_depth(&self) -> Result<i64, StoreError> {
        self.with_client(queued_count)
    }

    /// Deletes a call's recording, then, in one transaction, its row and every row that
    /// names it (voice summary, learned voice, review, search rows, labels, moments).
    /// Deletes a call's row, its report, its labels and the rest, in one transaction;
    /// returns the audio keys the caller removes next.
    fn delete(&self, id: &str) -> Result<Option<Vec<String>>, StoreError> {
        self.with_client(|db| {
            let mut tx = db.transaction()?;
            let row = tx.query_opt(
                "SELECT audio_key FROM calls WHERE id = $1 FOR UPDATE",
                &[&id],
            )?;
            let Some(row) = row else {
                return Ok(None);
            };
            let key: Option<String> = row.try_get(0)?;
            for table in [
                "agent_voice_summaries",
                "agent_voices",
                "speaker_voices",
                "reviews",
                "call_turns",
                "labels",
                "call_moments",
            ] {
                tx.execute(&format!("DELETE FROM {table} WHERE call_id = $1"), &[&id])?;
            }
            tx.execute("DELETE FROM calls WHERE id = $1", &[&id])?;
            tx.commit()?;
            Ok(Some(
                key.map(|k| redacted::audio_keys(&k)).unwrap_or_default(),
            ))
        })
    }

    fn put_scorecard(
        &self,
        card_id: &str,
        hash: &str,
        definition: &Value,
    ) -> Result<i64, StoreError> {
        self.with_client(|db| reviews::put_scorecard(db, card_id, hash, definition))
    }

    fn scorecard(&self, card_id: &str, version: i64) -> Result<Option<StoredCard>, StoreError> {
        self.with_client(|db| reviews::scorecard(db, card_id, version))
    }

    fn put_review(&self, review: &ReviewRow) -> Result<bool, StoreError> {
        self.with_client(|db| reviews::put_review(db, review))
    }

    fn review(&self, call_id: &str) -> Result<Option<ReviewRow>, StoreError> {
        self.with_client(|db| reviews::review(db, call_id))
    }

    fn put_voice_summary(
        &self,
        call_id: &str,
        extractor: &str,
        speech_ms: i64,
        summary: &Value,
    ) -> Result<bool, StoreError> {
        self.with_client(|db| {
            let n = db.execute(
                "INSERT INTO agent_voice_summaries
                    (call_id, agent_id, extractor, speech_ms, summary, started_at_ms, created_at_ms)
                 SELECT id, agent_id, $2, $3, $4, started_at_ms, $5 FROM calls
                 WHERE id = $1 AND status = 'succeeded' AND agent_id IS NOT NULL
                 ON CONFLICT (call_id) DO UPDATE SET agent_id = EXCLUDED.agent_id,
                    extractor = EXCLUDED.extractor, speech_ms = EXCLUDED.speech_ms,
                    summary = EXCLUDED.summary, started_at_ms = EXCLUDED.started_at_ms,
                    created_at_ms = EXCLUDED.created_at_ms",
                &[&call_id, &extractor, &speech_ms, summary, &now_ms()],
            )?;
            Ok(n == 1)
        })
    }

    fn voice_summaries(
        &self,
        agent_id: &str,
        extractor: &str,
        exclude_call: Option<&str>,
        limit: usize,
    ) -> Result<Vec<VoiceSummary>, StoreError> {
        self.with_client(|db| {
            db.query(
                "SELECT call_id, agent_id, extractor, speech_ms, summary, started_at_ms,
                    created_at_ms
                 FROM agent_voice_summaries
                 WHERE agent_id = $1 AND extractor = $2 AND call_id IS DISTINCT FROM $3
                 ORDER BY started_at_ms DESC, call_id DESC LIMIT $4",
                &[&agent_id, &extractor, &exclude_call, &(limit as i64)],
            )?
            .iter()
            .map(|r| {
                Ok(VoiceSummary {
                    call_id: r.try_get(0)?,
                    agent_id: r.try_get(1)?,
                    extractor: r.try_get(2)?,
                    speech_ms: r.try_get(3)?,
                    summary: r.try_get(4)?,
                    started_at_ms: r.try_get(5)?,
                    created_at_ms: r.try_get(6)?,
                })
            })
            .collect()
        })
    }

    fn stale_voice_summaries(&self, agent_id: &str, extractor: &str) -> Result<i64, StoreError> {
        self.with_client(|db| {
            Ok(db
                .query_one(
                    "SELECT COUNT(*) FROM agent_voice_summaries
                     WHERE agent_id = $1 AND extractor <> $2",
                    &[&agent_id, &extractor],
                )?
                .try_get(0)?)
        })
    }

    fn stale_voice_calls(&self, extractor: &str, limit: usize) -> Result<Vec<CallRow>, StoreError> {
        self.with_client(|db| {
            let columns: Vec<String> = CALL_COLUMNS
                .split(',')
                .map(|c| format!("c.{}", c.trim()))
                .collect();
            db.query(
                &format!(
                    "SELECT {} FROM agent_voice_summaries v JOIN calls c ON c.id = v.call_id
                     WHERE v.extractor <> $1 AND c.status = 'succeeded'
                        AND c.audio_key IS NOT NULL
                     ORDER BY c.started_at_ms DESC, c.id DESC LIMIT $2",
                    columns.join(", ")
                ),
                &[&extractor, &(limit as i64)],
            )?
            .iter()
            .map(super::call_from_row)
            .collect()
        })
    }

    fn drop_stale_voice_summary(&self, call_id: &str, extractor: &str) -> Result<bool, StoreError> {
        self.with_client(|db| {
            let n = db.execute(
                "DELETE FROM agent_voice_summaries WHERE call_id = $1 AND extractor <> $2",
                &[&call_id, &extractor],
            )?;
            Ok(n == 1)
        })
    }

    fn requeue_with_speaker_roles(
        &self,
        id: &str,
        roles: &BTreeMap<String, String>,
        max_queued: usize,
    ) -> Result<bool, StoreError> {
        let text = serde_json::to_string(roles)?;
        self.with_client(|db| {
            let now = now_ms();
            let mut tx = db.transaction()?;
            check_room(&mut tx, max_queued)?;
            let n = tx.execute(
                "UPDATE calls SET speaker_roles = $2, status = 'queued', attempts = 0,
                    reason = NULL, updated_at_ms = $3, lease_until_ms = NULL, claimed_by = NULL,
                    queued_at_ms = GREATEST($3, 1 + (SELECT COALESCE(MAX(queued_at_ms), 0)
                                                      FROM calls WHERE status = 'queued'))
                 WHERE id = $1 AND status = 'succeeded'",
                &[&id, &text, &now],
            )?;
            tx.commit()?;
            Ok(n == 1)
        })
    }

    fn put_agent_voice(
        &self,
        agent_id: &str,
        call_id: Option<&str>,
        embedding: &[f32],
        heard: &str,
    ) -> Result<bool, StoreError> {
        let embedding = serde_json::to_value(embedding)?;
        self.with_client(|db| {
            let n = db.execute(
                "INSERT INTO agent_voices (agent_id, call_id, embedding, created_at_ms, heard)
                 SELECT $1, $2::text, $3, $4, $5
                 WHERE $2::text IS NULL
                    OR EXISTS (SELECT 1 FROM calls WHERE id = $2::text AND agent_id = $1)
                 ON CONFLICT (call_id) DO UPDATE SET agent_id = EXCLUDED.agent_id,
                    embedding = EXCLUDED.embedding, created_at_ms = EXCLUDED.created_at_ms,
                    heard = EXCLUDED.heard",
                &[&agent_id, &call_id, &embedding, &now_ms(), &heard],
            )?;
            Ok(n == 1)
        })
    }

    fn agent_voices(&self, agent_id: &str, limit: usize) -> Result<Vec<AgentVoice>, StoreError> {
        self.with_client(|db| {
            db.query(
                "SELECT agent_id, call_id, embedding, created_at_ms, heard FROM agent_voices
                 WHERE agent_id = $1 ORDER BY created_at_ms DESC, id DESC LIMIT $2",
                &[&agent_id, &(limit as i64)],
            )?
            .iter()
            .map(|r| {
                Ok(AgentVoice {
                    agent_id: r.try_get(0)?,
                    call_id: r.try_get(1)?,
                    embedding: serde_json::from_value(r.try_get(2)?)?,
                    created_at_ms: r.try_get(3)?,
                    heard: r.try_get(4)?,
                })
            })
            .collect()
        })
    }

    fn put_speaker_voices(
        &self,
        agent_id: &str,
        call_id: &str,
        voices: &[Vec<f32>],
        heard: &str,
        keep_calls: usize,
    ) -> Result<bool, StoreError> {
        let voices = voices
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<Vec<_>, _>>()?;
        self.with_client(|db| {
            let mut tx = db.transaction()?;
            let theirs = tx
                .query_opt(
                    "SELECT 1 FROM calls WHERE id = $1 AND agent_id = $2 FOR UPDATE",
                    &[&call_id, &agent_id],
                )?
                .is_some();
            if !theirs {
                return Ok(false);
            }
            tx.execute("DELETE FROM speaker_voices WHERE call_id = $1", &[&call_id])?;
            let now = now_ms();
            for (speaker, voice) in voices.iter().enumerate() {
                tx.execute(
                    "INSERT INTO speaker_voices
                        (call_id, speaker, agent_id, embedding, heard, created_at_ms)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                    &[&call_id, &(speaker as i32), &agent_id, voice, &heard, &now],
                )?;
            }
            tx.execute(
                "DELETE FROM speaker_voices WHERE agent_id = $1 AND call_id NOT IN (
                     SELECT call_id FROM speaker_voices WHERE agent_id = $1 GROUP BY call_id
                     ORDER BY MAX(created_at_ms) DESC, call_id DESC LIMIT $2)",
                &[&agent_id, &(keep_calls as i64)],
            )?;
            tx.commit()?;
            Ok(true)
        })
    }

    fn agent_speaker_voices(
        &self,
        agent_id: &str,
        calls: usize,
    ) -> Result<Vec<CallVoices>, StoreError> {
        self.with_client(|db| {
            let rows = db.query(
                "SELECT v.call_id, v.embedding, v.heard FROM speaker_voices v
                 JOIN (SELECT call_id, MAX(created_at_ms) AS at FROM speaker_voices
                       WHERE agent_id = $1 GROUP BY call_id
                       ORDER BY at DESC, call_id DESC LIMIT $2) recent
                   ON recent.call_id = v.call_id
                 ORDER BY recent.at DESC, v.call_id DESC, v.speaker",
                &[&agent_id, &(calls as i64)],
            )?;
            let mut voices = Vec::new();
            for row in rows {
                let voice = serde_json::from_value(row.try_get(1)?)?;
                voices.push((row.try_get(0)?, voice, row.try_get(2)?));
            }
            Ok(CallVoices::grouped(voices))
        })
    }

    fn enqueue_enrolment(
        &self,
        id: &str,
        audio_key: &str,
        agent_id: &str,
        channel: u32,
    ) -> Result<Enrolment, StoreError> {
        self.with_client(|db| {
            let row = db.query_one(
                &format!(
                    "INSERT INTO voice_enrolments (id, agent_id, channel, audio_key, status,
                        received_at_ms) VALUES ($1, $2, $3, $4, 'queued', $5)
                     RETURNING {ENROLMENT_COLUMNS}"
                ),
                &[&id, &agent_id, &(channel as i32), &audio_key, &now_ms()],
            )?;
            enrolment_from_row(&row)
        })
    }

    fn claim_enrolment(&self) -> Result<Option<Enrolment>, StoreError> {
        self.with_client(|db| {
            let mut tx = db.transaction()?;
            let row = tx.query_opt(
                &format!(
                    "UPDATE voice_enrolments SET status = 'processing', claimed_by = $1
                     WHERE id = (SELECT id FROM voice_enrolments WHERE status = 'queued'
                                 ORDER BY received_at_ms, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                     RETURNING {ENROLMENT_COLUMNS}"
                ),
                &[&self.leases.node],
            )?;
            let claimed = row.as_ref().map(enrolment_from_row).transpose()?;
            tx.commit()?;
            Ok(claimed)
        })
    }

    fn finish_enrolment(
        &self,
        id: &str,
        outcome: Result<&[f32], &str>,
        heard: &str,
    ) -> Result<bool, StoreError> {
        let voice = match outcome {
            Ok(embedding) => Some(serde_json::to_value(embedding)?),
            Err(_) => None,
        };
        self.with_client(|db| {
            let now = now_ms();
            let mut tx = db.transaction()?;
            let row = tx.query_opt(
                "SELECT 1 FROM voice_enrolments WHERE id = $1 AND status = 'processing'
                 FOR UPDATE",
                &[&id],
            )?;
            if row.is_none() {
                return Ok(false);
            }
            let status = if voice.is_some() {
                CallStatus::Succeeded
            } else {
                CallStatus::Failed
            };
            tx.execute(
                "UPDATE voice_enrolments SET status = $2, reason = $3, finished_at_ms = $4,
                    audio_key = NULL
                 WHERE id = $1",
                &[&id, &status.as_str(), &outcome.err(), &now],
            )?;
            if let Some(voice) = &voice {
                tx.execute(
                    "INSERT INTO agent_voices (agent_id, call_id, embedding, created_at_ms, heard)
                     SELECT agent_id, NULL, $2, $3, $4 FROM voice_enrolments WHERE id = $1",
                    &[&id, voice, &now, &heard],
                )?;
            }
            tx.commit()?;
            // The recording's key is cleared: the worker removes it from the audio store.
            Ok(true)
        })
    }

    fn enrolments(&self, agent_id: &str, limit: usize) -> Result<Vec<Enrolment>, StoreError> {
        self.with_client(|db| {
            db.query(
                &format!(
                    "SELECT {ENROLMENT_COLUMNS} FROM voice_enrolments WHERE agent_id = $1
                     ORDER BY received_at_ms DESC, id DESC LIMIT $2"
                ),
                &[&agent_id, &(limit as i64)],
            )?
            .iter()
            .map(enrolment_from_row)
            .collect()
        })
    }

    /// Gives back the calls whose lease has passed, then takes the first waiting call
    /// ([`CLAIM_SQL`]: `FOR UPDATE SKIP LOCKED`, so concurrent claims on any node never wait
    /// on each other nor get one call), leased to this node; returned once committed.
    fn claim(&self) -> Result<Option<Claim>, StoreError> {
        self.with_client(|db| {
            let now = now_ms();
            let mut tx = db.transaction()?;
            give_back(
                &mut tx,
                now,
                self.leases.max_attempts,
                None,
                self.outbox_on(),
            )?;
            let row = tx.query_opt(
                CLAIM_SQL,
                &[&now, &(now + self.leases.lease_ms()), &self.leases.node],
            )?;
            let Some(row) = row else {
                tx.commit()?;
                return Ok(None);
            };
            let id: String = row.try_get(0)?;
            let attempt = i64::from(row.try_get::<_, i32>(1)?);
            let call = get_row(&mut tx, &id)?;
            tx.commit()?;
            Ok(call.map(|call| Claim { call, attempt }))
        })
    }

    /// Stores the report with its score columns, search rows, moments and (outbox on) its
    /// `call.succeeded` webhook event in one transaction, if the claim is current (the call
    /// `processing` at this attempt).
    fn finish(&self, claim: &Claim, report: &Value) -> Result<bool, StoreError> {
        let extracted = ExtractedScores::from_report(report);
        let attempt = i32::try_from(claim.attempt).unwrap_or(-1);
        let count = |n: Option<i64>| n.map(|n| i32::try_from(n).unwrap_or(i32::MAX));
        self.with_client(|db| {
            let now = now_ms();
            let mut tx = db.transaction()?;
            let n = tx.execute(
                "UPDATE calls SET status = 'succeeded', reason = NULL, finished_at_ms = $1,
                    updated_at_ms = $1, report = $2, duration_ms = $3, language = $4,
                    sentiment_agent = $5, sentiment_customer = $6, stress_agent = $7,
                    stress_customer = $8, smile_agent = $9, smile_customer = $10, abusive = $11,
                    abusive_turns_customer = $14, shouting_turns_customer = $15,
                    tone_reference_agent = $16, lease_until_ms = NULL
                 WHERE id = $12 AND status = 'processing' AND attempts = $13",
                &[
                    &now,
                    report,
                    &report.get("duration_ms").and_then(Value::as_i64),
                    &report.get("language").and_then(Value::as_str),
                    &extracted.columns[0],
                    &extracted.columns[1],
                    &extracted.columns[2],
                    &extracted.columns[3],
                    &extracted.columns[4],
                    &extracted.columns[5],
                    &extracted.abusive,
                    &claim.call.id,
                    &attempt,
                    &count(extracted.abusive_turns_customer),
                    &count(extracted.shouting_turns_customer),
                    &extracted.tone_reference_agent,
                ],
            )?;
            if n == 1 {
                search::index_report(&mut tx, &claim.call.id, report)?;
                moments::index_report(&mut tx, &claim.call.id, report)?;
                if self.outbox_on() {
                    let event = new_event(&claim.call, Outcome::Succeeded(report), now);
                    webhooks::insert(&mut tx, &event)?;
                }
            }
            tx.commit()?;
            Ok(n == 1)
        })
    }

    /// Marks the call `failed`, with (outbox on) its `call.failed` webhook event in the same
    /// transaction, if the claim is current.
    fn fail(&self, claim: &Claim, reason: &str) -> Result<bool, StoreError> {
        let attempt = i32::try_from(claim.attempt).unwrap_or(-1);
        self.with_client(|db| {
            let now = now_ms();
            let mut tx = db.transaction()?;
            let n = tx.execute(
                "UPDATE calls SET status = 'failed', reason = $1, finished_at_ms = $2,
                    updated_at_ms = $2, lease_until_ms = NULL
                 WHERE id = $3 AND status = 'processing' AND attempts = $4",
                &[&reason, &now, &claim.call.id, &attempt],
            )?;
            if n == 1 && self.outbox_on() {
                let event = new_event(&claim.call, Outcome::Failed(reason), now);
                webhooks::insert(&mut tx, &event)?;
            }
            tx.commit()?;
            Ok(n == 1)
        })
    }

    fn release(&self, id: &str, attempt: i64) -> Result<bool, StoreError> {
        let attempt = i32::try_from(attempt).unwrap_or(-1);
        self.with_client(|db| {
            let n = db.execute(
                "UPDATE calls SET status = 'queued', attempts = attempts - 1, updated_at_ms = $1,
                    lease_until_ms = NULL, claimed_by = NULL
                 WHERE id = $2 AND status = 'processing' AND attempts = $3",
                &[&now_ms(), &id, &attempt],
            )?;
            Ok(n == 1)
        })
    }

    /// At a node's start: its own calls left `processing` (its previous incarnation died),
    /// those of no known node and those whose lease has passed go back behind the queue (or
    /// fail after `max_attempts`); so do its own enrolments left `processing`. Other live
    /// nodes' calls are left alone.
    fn recover(&self, max_attempts: u32) -> Result<Recovery, StoreError> {
        self.with_client(|db| {
            let mut tx = db.transaction()?;
            let recovery = give_back(
                &mut tx,
                now_ms(),
                max_attempts,
                Some(&self.leases.node),
                self.outbox_on(),
            )?;
            tx.execute(
                "UPDATE voice_enrolments SET status = 'queued', claimed_by = NULL
                 WHERE status = 'processing' AND (claimed_by = $1 OR claimed_by IS NULL)",
                &[&self.leases.node],
            )?;
            tx.commit()?;
            Ok(recovery)
        })
    }

    fn renew(&self, id: &str, attempt: i64) -> Result<bool, StoreError> {
        let attempt = i32::try_from(attempt).unwrap_or(-1);
        self.with_client(|db| {
            let n = db.execute(
                "UPDATE calls SET lease_until_ms = $1
                 WHERE id = $2 AND status = 'processing' AND attempts = $3",
                &[&(now_ms() + self.leases.lease_ms()), &id, &attempt],
            )?;
            Ok(n == 1)
        })
    }

    fn lease(&self) -> std::time::Duration {
        self.leases.lease
    }

    fn add_labels(&self, new: &[NewLabel]) -> Result<Vec<Label>, StoreError> {
        self.with_client(|db| labels::add(db, new))
    }

    fn labels(&self, q: &LabelQuery) -> Result<Vec<Label>, StoreError> {
        self.with_client(|db| labels::query(db, q))
    }

    fn install_calibration(&self, body: &Value) -> Result<u32, StoreError> {
        self.with_client(|db| labels::install(db, body))
    }

    fn calibration_version(&self) -> Result<Option<u32>, StoreError> {
        self.with_client(labels::current_version)
    }

    fn current_calibration(&self) -> Result<Option<(u32, Value)>, StoreError> {
        self.with_client(labels::current)
    }

    fn roll_back_calibration(&self) -> Result<Option<u32>, StoreError> {
        self.with_client(labels::roll_back)
    }

    fn calibrations(&self) -> Result<Vec<CalibrationRow>, StoreError> {
        self.with_client(labels::history)
    }

    /// Leases due events with `FOR UPDATE SKIP LOCKED`: deliverers on several nodes never
    /// hold one event at once.
    fn claim_webhook_events(
        &self,
        now_ms: i64,
        limit: usize,
        lease_ms: i64,
    ) -> Result<Vec<WebhookEvent>, StoreError> {
        self.with_client(|db| webhooks::claim(db, now_ms, limit, lease_ms))
    }

    fn webhook_delivered(&self, id: &str) -> Result<bool, StoreError> {
        self.with_client(|db| webhooks::delivered(db, id, now_ms()))
    }

    fn webhook_attempt_failed(
        &self,
        id: &str,
        next_attempt_at_ms: Option<i64>,
        error: &str,
    ) -> Result<bool, StoreError> {
        self.with_client(|db| webhooks::attempt_failed(db, id, now_ms(), next_attempt_at_ms, error))
    }

    fn webhook_counts(&self) -> Result<WebhookCounts, StoreError> {
        self.with_client(webhooks::counts)
    }

    fn webhook_events(
        &self,
        state: WebhookState,
        limit: usize,
    ) -> Result<Vec<WebhookEvent>, StoreError> {
        self.with_client(|db| webhooks::list(db, state, limit))
    }

    fn resend_webhook_event(&self, id: &str) -> Result<Option<WebhookEvent>, StoreError> {
        self.with_client(|db| webhooks::resend(db, id, now_ms()))
    }

    fn prune_webhook_events(&self, before_ms: i64) -> Result<usize, StoreError> {
        self.with_client(|db| webhooks::prune(db, before_ms))
    }
}
