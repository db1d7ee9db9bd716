//! The webhook outbox seen through the API: `GET /v1/webhooks/events` lists events by
//! status (dead ones first of interest: given up after their retry window), and
//! `POST /v1/webhooks/events/resend` puts a dead event back in the queue, due now, under the
//! same id and body (an administration route: admin keys, or read-write keys when none are
//! configured).
//!
//! In: `status` (`dead`, `pending` or `delivered`; default `dead`) and `limit` (1–500,
//! default 50); a JSON body `{"id": "evt_…"}`. Out: events with their attempts, last error
//! and times (RFC 3339 UTC), each with the `payload` exactly as POSTed.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::Uri;
use axum::Json;
use serde_json::{json, Value};

use super::calls::{query_pairs, rfc3339};
use super::error::ApiError;
use super::AppState;
use crate::store::webhooks::{WebhookEvent, WebhookState};

/// Most events one list answers with.
const MAX_EVENTS: usize = 500;

/// One event as the API shows it.
fn event_view(e: &WebhookEvent) -> Value {
    json!({
        "id": e.id,
        "type": e.kind,
        "call_id": e.call_id,
        "status": e.state(),
        "created_at": rfc3339(e.created_at_ms),
        "attempts": e.attempts,
        "next_attempt_at": (e.state() == WebhookState::Pending).then(|| rfc3339(e.next_attempt_at_ms)),
        "last_error": e.last_error,
        "delivered_at": e.delivered_at_ms.map(rfc3339),
        "dead_at": e.dead_at_ms.map(rfc3339),
        "payload": serde_json::from_str::<Value>(&e.body).unwrap_or(Value::Null),
    })
}

/// `GET /v1/webhooks/events?status=dead&limit=50`: the newest events in that status, and
/// the counts of every status.
pub async fn list_events(State(state): State<AppState>, uri: Uri) -> Result<Json<Value>, ApiError> {
    let mut status = WebhookState::Dead;
    let mut limit = 50;
    for (name, value) in query_pairs(&uri)? {
        match name.as_str() {
            "status" => {
                status = value
                    .parse()
                    .map_err(|e: String| ApiError::invalid("invalid_query", e))?;
            }
            "limit" => {
                limit = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_EVENTS).contains(n))
                    .ok_or_else(|| {
                        ApiError::invalid(
                            "invalid_query",
                            format!("`limit` must be a whole number from 1 to {MAX_EVENTS}"),
                        )
                    })?;
            }
            other => {
                return Err(ApiError::invalid(
                    "invalid_query",
                    format!("unknown query parameter `{other}` (status, limit)"),
                ))
            }
        }
    }
    let (events, counts) = state
        .db(move |store| {
            Ok((
                store.webhook_events(status, limit)?,
                store.webhook_counts()?,
            ))
        })
        .await?;
    Ok(Json(json!({
        "status": status,
        "counts": counts,
        "events": events.iter().map(event_view).collect::<Vec<_>>(),
    })))
}

/// Event ids are `evt_` and 24 hex digits.
fn is_event_id(id: &str) -> bool {
    id.strip_prefix("evt_")
        .is_some_and(crate::store::is_valid_call_id)
}

/// `POST /v1/webhooks/events/resend` with `{"id": "evt_…"}`: the dead event is pending
/// again, due now, with a new retry window; `200` with the event, `409` when no dead event
/// has that id.
pub async fn resend_event(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let bad = |m: &str| ApiError::invalid("invalid_resend_request", m);
    let value: Value = serde_json::from_slice(&body)
        .map_err(|_| bad("the body is a JSON object: {\"id\": \"evt_…\"}"))?;
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .filter(|id| is_event_id(id))
        .ok_or_else(|| bad("`id` must be an event id: evt_ and 24 hex digits"))?
        .to_string();
    let shown = id.clone();
    let event = state
        .db(move |store| Ok(store.resend_webhook_event(&id)?))
        .await?;
    match event {
        Some(event) => {
            tracing::info!(event = %event.id, "dead webhook event re-sent");
            Ok(Json(event_view(&event)))
        }
        None => Err(ApiError::Conflict {
            code: "webhook_event_not_dead",
            message: format!(
                "no dead webhook event {shown}: it does not exist, or is pending or delivered"
            ),
        }),
    }
}

#[cfg(test)]
#[path = "webhooks_tests.rs"]
mod tests;
