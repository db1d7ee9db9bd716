//! The webhook outbox in PostgreSQL's SQL: the SQLite outbox's behaviour
//! ([`crate::store::webhooks`], which builds the events for both backends) over the table
//! `webhook_events` of migration 3.
//!
//! In: [`NewWebhookEvent`]s (inserted in the outcome's own transaction), and the deliverer's
//! claims and results. Out: [`WebhookEvent`]s as stored, [`WebhookCounts`]. Times are Unix
//! milliseconds.
//!
//! A claim leases due pending events with `FOR UPDATE SKIP LOCKED`: delivering processes on
//! any node claim at once without waiting on each other, and a row another claim has just
//! leased is either skipped (still locked) or re-checked against its new lease (committed),
//! so no two processes hold one event while its lease runs.

use postgres::GenericClient;

use crate::store::webhooks::{NewWebhookEvent, WebhookCounts, WebhookEvent, WebhookState};
use crate::store::StoreError;

const COLUMNS: &str = "id, type, call_id, payload, created_at_ms, attempts, next_attempt_at_ms, \
    retry_since_ms, last_error, delivered_at_ms, dead_at_ms";

/// What makes an event pending (neither delivered nor dead).
const PENDING: &str = "delivered_at_ms IS NULL AND dead_at_ms IS NULL";

fn event_from_row(r: &postgres::Row) -> Result<WebhookEvent, StoreError> {
    Ok(WebhookEvent {
        id: r.try_get(0)?,
        kind: r.try_get(1)?,
        call_id: r.try_get(2)?,
        body: r.try_get(3)?,
        created_at_ms: r.try_get(4)?,
        attempts: i64::from(r.try_get::<_, i32>(5)?),
        next_attempt_at_ms: r.try_get(6)?,
        retry_since_ms: r.try_get(7)?,
        last_error: r.try_get(8)?,
        delivered_at_ms: r.try_get(9)?,
        dead_at_ms: r.try_get(10)?,
    })
}

/// Queues `event`, due now, on `db` (the outcome's transaction).
pub(crate) fn insert(
    db: &mut impl GenericClient,
    event: &NewWebhookEvent,
) -> Result<(), StoreError> {
    db.execute(
        "INSERT INTO webhook_events (id, type, call_id, payload, created_at_ms,
            next_attempt_at_ms, retry_since_ms)
         VALUES ($1, $2, $3, $4, $5, $5, $5)",
        &[
            &event.id,
            &event.kind,
            &event.call_id,
            &event.body,
            &event.created_at_ms,
        ],
    )?;
    Ok(())
}

/// Leases up to `limit` due pending events (oldest due first) until `now_ms + lease_ms`, in
/// one statement (committed when it returns); events leased to another process, or locked by
/// a concurrent claim, are skipped.
pub(crate) fn claim(
    db: &mut impl GenericClient,
    now_ms: i64,
    limit: usize,
    lease_ms: i64,
) -> Result<Vec<WebhookEvent>, StoreError> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut events = db
        .query(
            &format!(
                "UPDATE webhook_events SET locked_until_ms = $1 + $3
                 WHERE id IN (SELECT id FROM webhook_events
                              WHERE {PENDING} AND next_attempt_at_ms <= $1
                                AND (locked_until_ms IS NULL OR locked_until_ms <= $1)
                              ORDER BY next_attempt_at_ms, id LIMIT $2
                              FOR UPDATE SKIP LOCKED)
                 RETURNING {COLUMNS}"
            ),
            &[&now_ms, &limit, &lease_ms],
        )?
        .iter()
        .map(event_from_row)
        .collect::<Result<Vec<_>, _>>()?;
    // RETURNING follows no order.
    events.sort_by(|a, b| (a.next_attempt_at_ms, &a.id).cmp(&(b.next_attempt_at_ms, &b.id)));
    Ok(events)
}

/// Marks a pending event delivered (one more attempt); false when it was not pending.
pub(crate) fn delivered(
    db: &mut impl GenericClient,
    id: &str,
    now_ms: i64,
) -> Result<bool, StoreError> {
    let n = db.execute(
        &format!(
            "UPDATE webhook_events SET delivered_at_ms = $2, attempts = attempts + 1,
                last_error = NULL, locked_until_ms = NULL
             WHERE id = $1 AND {PENDING}"
        ),
        &[&id, &now_ms],
    )?;
    Ok(n == 1)
}

/// Records a failed attempt of a pending event: retried at `next_attempt_at_ms`, or dead
/// (`None`). False when it was not pending.
pub(crate) fn attempt_failed(
    db: &mut impl GenericClient,
    id: &str,
    now_ms: i64,
    next_attempt_at_ms: Option<i64>,
    error: &str,
) -> Result<bool, StoreError> {
    let n = db.execute(
        &format!(
            "UPDATE webhook_events SET attempts = attempts + 1, last_error = $2,
                locked_until_ms = NULL,
                next_attempt_at_ms = COALESCE($3::bigint, next_attempt_at_ms),
                dead_at_ms = CASE WHEN $3::bigint IS NULL THEN $4::bigint END
             WHERE id = $1 AND {PENDING}"
        ),
        &[&id, &error, &next_attempt_at_ms, &now_ms],
    )?;
    Ok(n == 1)
}

/// Events by state.
pub(crate) fn counts(db: &mut impl GenericClient) -> Result<WebhookCounts, StoreError> {
    let r = db.query_one(
        &format!(
            "SELECT COUNT(*) FILTER (WHERE {PENDING}),
                    COUNT(*) FILTER (WHERE delivered_at_ms IS NOT NULL),
                    COUNT(*) FILTER (WHERE dead_at_ms IS NOT NULL)
             FROM webhook_events"
        ),
        &[],
    )?;
    Ok(WebhookCounts {
        pending: r.try_get(0)?,
        delivered: r.try_get(1)?,
        dead: r.try_get(2)?,
    })
}

/// The `limit` newest events in `state`.
pub(crate) fn list(
    db: &mut impl GenericClient,
    state: WebhookState,
    limit: usize,
) -> Result<Vec<WebhookEvent>, StoreError> {
    let filter = match state {
        WebhookState::Pending => PENDING,
        WebhookState::Delivered => "delivered_at_ms IS NOT NULL",
        WebhookState::Dead => "dead_at_ms IS NOT NULL",
    };
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    db.query(
        &format!(
            "SELECT {COLUMNS} FROM webhook_events WHERE {filter}
             ORDER BY created_at_ms DESC, id DESC LIMIT $1"
        ),
        &[&limit],
    )?
    .iter()
    .map(event_from_row)
    .collect()
}

/// Puts a dead event back in the queue, due now, with a new retry window; returns it (`None`
/// when there is no such dead event).
pub(crate) fn resend(
    db: &mut impl GenericClient,
    id: &str,
    now_ms: i64,
) -> Result<Option<WebhookEvent>, StoreError> {
    db.query_opt(
        &format!(
            "UPDATE webhook_events SET dead_at_ms = NULL, next_attempt_at_ms = $2,
                retry_since_ms = $2, locked_until_ms = NULL
             WHERE id = $1 AND dead_at_ms IS NOT NULL
             RETURNING {COLUMNS}"
        ),
        &[&id, &now_ms],
    )?
    .as_ref()
    .map(event_from_row)
    .transpose()
}

/// Deletes events delivered before `before_ms`; returns how many.
pub(crate) fn prune(db: &mut impl GenericClient, before_ms: i64) -> Result<usize, StoreError> {
    let n = db.execute(
        "DELETE FROM webhook_events WHERE delivered_at_ms IS NOT NULL AND delivered_at_ms < $1",
        &[&before_ms],
    )?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}
