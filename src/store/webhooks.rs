//! The webhook outbox: one event per call outcome (`call.succeeded`, `call.failed`), written
//! in the same transaction as the outcome, and the deliverer's bookkeeping over it.
//!
//! In: a call as stored ([`CallRow`]) and its outcome (the report, or the reason it failed).
//! Out: [`NewWebhookEvent`]s whose `body` is the exact JSON POSTed to the receiver (the same
//! bytes on every attempt, so the signature and the event id are stable across retries), and
//! [`WebhookEvent`]s as stored, with their attempts. Times are Unix milliseconds (UTC); the
//! body's `created_at` is RFC 3339.
//!
//! The first half of this file builds the events and is shared by every backend (no SQL);
//! the second half is the SQLite outbox behind [`super::CallStore`]'s `*webhook*` methods. A
//! second backend writes the same columns (`webhook_events`, see [`SCHEMA`]) with its own SQL
//! and calls [`new_event`] where the SQLite store does (in `finish`, `fail`, and `recover`
//! when it gives a call up).
//!
//! An event is *pending* (neither delivered nor dead), *delivered* (`delivered_at_ms`) or
//! *dead* (`dead_at_ms`: the deliverer gave up). A claim leases pending events that are due
//! (`next_attempt_at_ms` passed) to one delivering process until `locked_until_ms`, so two
//! processes rarely send one event at once; a process killed mid-delivery leaves the lease
//! to expire, and the event is sent again (delivery is at least once: receivers deduplicate
//! on the event id).

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::{json, Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{CallRow, CallStatus, ExtractedScores, StoreError, SCORE_COLUMNS};

/// The event a call's report being stored sends.
pub const CALL_SUCCEEDED: &str = "call.succeeded";
/// The event a call's failure sends (the analysis failed, or the call was given up after
/// crashes).
pub const CALL_FAILED: &str = "call.failed";

/// What happened to the call, for [`new_event`].
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// Analysed: the report.
    Succeeded(&'a Value),
    /// Failed: the reason.
    Failed(&'a str),
}

/// An event to insert into the outbox with the outcome it tells of.
#[derive(Debug, Clone, PartialEq)]
pub struct NewWebhookEvent {
    /// `evt_` and 24 hex digits, unique: what the receiver deduplicates on.
    pub id: String,
    /// [`CALL_SUCCEEDED`] or [`CALL_FAILED`].
    pub kind: &'static str,
    pub call_id: String,
    /// The JSON body POSTed on every attempt.
    pub body: String,
    pub created_at_ms: i64,
}

/// Where an event is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WebhookState {
    /// Waiting for its first or next attempt.
    Pending,
    /// A 2xx answer was received.
    Delivered,
    /// Given up after the retry window; kept until re-sent.
    Dead,
}

impl WebhookState {
    /// Its lowercase name, as in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            WebhookState::Pending => "pending",
            WebhookState::Delivered => "delivered",
            WebhookState::Dead => "dead",
        }
    }
}

impl std::str::FromStr for WebhookState {
    type Err = String;

    fn from_str(name: &str) -> Result<WebhookState, String> {
        match name {
            "pending" => Ok(WebhookState::Pending),
            "delivered" => Ok(WebhookState::Delivered),
            "dead" => Ok(WebhookState::Dead),
            _ => Err(format!(
                "unknown webhook event state '{name}' (pending, delivered or dead)"
            )),
        }
    }
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WebhookEvent {
    pub id: String,
    /// [`CALL_SUCCEEDED`] or [`CALL_FAILED`].
    #[serde(rename = "type")]
    pub kind: String,
    pub call_id: String,
    /// The exact JSON body sent on every attempt.
    #[serde(skip)]
    pub body: String,
    pub created_at_ms: i64,
    /// Attempts made (failed ones, and the one that delivered it).
    pub attempts: i64,
    /// When the next attempt is due (pending events).
    pub next_attempt_at_ms: i64,
    /// Start of the retry window: creation, or the last re-send of a dead event.
    pub retry_since_ms: i64,
    /// Why the last attempt failed (an HTTP status, a timeout, a refused connection).
    pub last_error: Option<String>,
    pub delivered_at_ms: Option<i64>,
    pub dead_at_ms: Option<i64>,
}

impl WebhookEvent {
    /// Pending, delivered or dead.
    pub fn state(&self) -> WebhookState {
        if self.delivered_at_ms.is_some() {
            WebhookState::Delivered
        } else if self.dead_at_ms.is_some() {
            WebhookState::Dead
        } else {
            WebhookState::Pending
        }
    }
}

/// Events in the outbox by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WebhookCounts {
    pub pending: i64,
    pub delivered: i64,
    pub dead: i64,
}

/// A new event id: `evt_` and a time-ordered 24-hex-digit id, as call ids are made.
pub fn new_event_id() -> String {
    format!("evt_{}", super::new_call_id())
}

/// The event telling `call`'s `outcome`, created at `now_ms`: its body is
/// `{"id", "type", "created_at", "data": {...}}`, `data` holding the call's id, status,
/// reason (failed calls), external id, agent, team, duration, language, finish time, abuse
/// flag and per-call scores (`scores.<family>.<role>`, as in the report; absent when not
/// computed). Shared by every backend: the store calls it inside the outcome's transaction.
pub fn new_event(call: &CallRow, outcome: Outcome<'_>, now_ms: i64) -> NewWebhookEvent {
    let id = new_event_id();
    let (kind, status) = match outcome {
        Outcome::Succeeded(_) => (CALL_SUCCEEDED, CallStatus::Succeeded),
        Outcome::Failed(_) => (CALL_FAILED, CallStatus::Failed),
    };
    let mut data = json!({
        "call_id": call.id,
        "status": status,
        "reason": match outcome {
            Outcome::Failed(reason) => Value::from(reason),
            Outcome::Succeeded(_) => Value::Null,
        },
        "external_id": call.external_id,
        "agent_id": call.agent_id,
        "team": call.team,
        "duration_ms": call.duration_ms,
        "language": call.language,
        "finished_at": rfc3339(now_ms),
    });
    if let Outcome::Succeeded(report) = outcome {
        let extracted = ExtractedScores::from_report(report);
        let mut scores = Map::new();
        for (column, value) in SCORE_COLUMNS.iter().zip(extracted.columns) {
            let (family, role) = column.split_once('_').expect("family_role");
            if let Some(v) = value {
                let entry = scores
                    .entry(family)
                    .or_insert_with(|| Value::Object(Map::new()));
                entry[role] = json!(v);
            }
        }
        data["duration_ms"] = json!(report.get("duration_ms").and_then(Value::as_i64));
        data["language"] = json!(report.get("language").and_then(Value::as_str));
        data["scores"] = Value::Object(scores);
        data["abusive"] = json!(extracted.abusive);
        data["abusive_turns_customer"] = json!(extracted.abusive_turns_customer);
    }
    let body = json!({
        "id": id,
        "type": kind,
        "created_at": rfc3339(now_ms),
        "data": data,
    });
    NewWebhookEvent {
        id,
        kind,
        call_id: call.id.clone(),
        body: body.to_string(),
        created_at_ms: now_ms,
    }
}

/// Unix milliseconds → RFC 3339, UTC.
fn rfc3339(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

// ---- SQLite ----

/// The outbox table. `locked_until_ms` is the lease of the process delivering the event;
/// `retry_since_ms` the start of its retry window. The partial index finds due events.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS webhook_events (
    id                 TEXT PRIMARY KEY,
    type               TEXT NOT NULL,
    call_id            TEXT NOT NULL,
    payload            TEXT NOT NULL,
    created_at_ms      INTEGER NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms INTEGER NOT NULL,
    retry_since_ms     INTEGER NOT NULL,
    last_error         TEXT,
    delivered_at_ms    INTEGER,
    dead_at_ms         INTEGER,
    locked_until_ms    INTEGER
);
CREATE INDEX IF NOT EXISTS webhook_events_due ON webhook_events (next_attempt_at_ms, id)
    WHERE delivered_at_ms IS NULL AND dead_at_ms IS NULL;
CREATE INDEX IF NOT EXISTS webhook_events_delivered ON webhook_events (delivered_at_ms)
    WHERE delivered_at_ms IS NOT NULL;
";

const COLUMNS: &str = "id, type, call_id, payload, created_at_ms, attempts, next_attempt_at_ms, \
    retry_since_ms, last_error, delivered_at_ms, dead_at_ms";

fn row_to_event(row: &rusqlite::Row<'_>) -> rusqlite::Result<WebhookEvent> {
    Ok(WebhookEvent {
        id: row.get(0)?,
        kind: row.get(1)?,
        call_id: row.get(2)?,
        body: row.get(3)?,
        created_at_ms: row.get(4)?,
        attempts: row.get(5)?,
        next_attempt_at_ms: row.get(6)?,
        retry_since_ms: row.get(7)?,
        last_error: row.get(8)?,
        delivered_at_ms: row.get(9)?,
        dead_at_ms: row.get(10)?,
    })
}

/// Creates the table (inside [`super::migrate`]'s transaction).
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(SCHEMA)?;
    Ok(())
}

/// Queues `event`, due now, on `conn` (the outcome's transaction).
pub(super) fn insert(conn: &Connection, event: &NewWebhookEvent) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO webhook_events (id, type, call_id, payload, created_at_ms,
            next_attempt_at_ms, retry_since_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5)",
        params![
            event.id,
            event.kind,
            event.call_id,
            event.body,
            event.created_at_ms
        ],
    )?;
    Ok(())
}

/// Leases up to `limit` due pending events (oldest due first) until `now_ms + lease_ms`,
/// in one committed transaction; an event leased to another process is skipped until its
/// lease ends.
pub(super) fn claim(
    conn: &Connection,
    now_ms: i64,
    limit: usize,
    lease_ms: i64,
) -> Result<Vec<WebhookEvent>, StoreError> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let mut events: Vec<WebhookEvent> = {
        let mut stmt = tx.prepare(&format!(
            "UPDATE webhook_events SET locked_until_ms = ?1 + ?3
             WHERE id IN (SELECT id FROM webhook_events
                          WHERE delivered_at_ms IS NULL AND dead_at_ms IS NULL
                            AND next_attempt_at_ms <= ?1
                            AND (locked_until_ms IS NULL OR locked_until_ms <= ?1)
                          ORDER BY next_attempt_at_ms, id LIMIT ?2)
             RETURNING {COLUMNS}"
        ))?;
        let rows = stmt.query_map(params![now_ms, limit as i64, lease_ms], row_to_event)?;
        rows.collect::<Result<_, _>>()?
    };
    tx.commit()?;
    events.sort_by(|a, b| (a.next_attempt_at_ms, &a.id).cmp(&(b.next_attempt_at_ms, &b.id)));
    Ok(events)
}

/// Marks a pending event delivered (one more attempt); false when it was not pending.
pub(super) fn delivered(conn: &Connection, id: &str, now_ms: i64) -> Result<bool, StoreError> {
    let n = conn.execute(
        "UPDATE webhook_events SET delivered_at_ms = ?2, attempts = attempts + 1,
            last_error = NULL, locked_until_ms = NULL
         WHERE id = ?1 AND delivered_at_ms IS NULL AND dead_at_ms IS NULL",
        params![id, now_ms],
    )?;
    Ok(n == 1)
}

/// Records a failed attempt of a pending event: retried at `next_attempt_at_ms`, or dead
/// (`None`). False when it was not pending.
pub(super) fn attempt_failed(
    conn: &Connection,
    id: &str,
    now_ms: i64,
    next_attempt_at_ms: Option<i64>,
    error: &str,
) -> Result<bool, StoreError> {
    let n = conn.execute(
        "UPDATE webhook_events SET attempts = attempts + 1, last_error = ?2,
            locked_until_ms = NULL,
            next_attempt_at_ms = COALESCE(?3, next_attempt_at_ms),
            dead_at_ms = CASE WHEN ?3 IS NULL THEN ?4 END
         WHERE id = ?1 AND delivered_at_ms IS NULL AND dead_at_ms IS NULL",
        params![id, error, next_attempt_at_ms, now_ms],
    )?;
    Ok(n == 1)
}

/// Events by state.
pub(super) fn counts(conn: &Connection) -> Result<WebhookCounts, StoreError> {
    Ok(conn.query_row(
        "SELECT COALESCE(SUM(delivered_at_ms IS NULL AND dead_at_ms IS NULL), 0),
                COALESCE(SUM(delivered_at_ms IS NOT NULL), 0),
                COALESCE(SUM(dead_at_ms IS NOT NULL), 0)
         FROM webhook_events",
        [],
        |r| {
            Ok(WebhookCounts {
                pending: r.get(0)?,
                delivered: r.get(1)?,
                dead: r.get(2)?,
            })
        },
    )?)
}

/// The `limit` newest events in `state`.
pub(super) fn list(
    conn: &Connection,
    state: WebhookState,
    limit: usize,
) -> Result<Vec<WebhookEvent>, StoreError> {
    let filter = match state {
        WebhookState::Pending => "delivered_at_ms IS NULL AND dead_at_ms IS NULL",
        WebhookState::Delivered => "delivered_at_ms IS NOT NULL",
        WebhookState::Dead => "dead_at_ms IS NOT NULL",
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM webhook_events WHERE {filter}
         ORDER BY created_at_ms DESC, id DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit as i64], row_to_event)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Puts a dead event back in the queue, due now, with a new retry window; returns it (`None`
/// when there is no such dead event).
pub(super) fn resend(
    conn: &Connection,
    id: &str,
    now_ms: i64,
) -> Result<Option<WebhookEvent>, StoreError> {
    // In a transaction whose commit is checked (an autocommit `UPDATE … RETURNING` commits
    // when the statement is reset, where an error would be lost).
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let event = tx
        .query_row(
            &format!(
                "UPDATE webhook_events SET dead_at_ms = NULL, next_attempt_at_ms = ?2,
                    retry_since_ms = ?2, locked_until_ms = NULL
                 WHERE id = ?1 AND dead_at_ms IS NOT NULL
                 RETURNING {COLUMNS}"
            ),
            params![id, now_ms],
            row_to_event,
        )
        .optional()?;
    tx.commit()?;
    Ok(event)
}

/// Deletes events delivered before `before_ms`; returns how many.
pub(super) fn prune(conn: &Connection, before_ms: i64) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "DELETE FROM webhook_events WHERE delivered_at_ms IS NOT NULL AND delivered_at_ms < ?1",
        [before_ms],
    )?)
}
