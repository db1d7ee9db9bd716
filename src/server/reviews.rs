//! Scorecards and reviews: `GET /v1/scorecards`, `GET` and `PUT /v1/calls/{id}/review`.
//!
//! In: the deployment's scorecard ([`super::ServeConfig::scorecard`]: built in, or
//! `--scorecard FILE`), the call's stored report, and a reviewer's answers as JSON. Out: the
//! card with its version (registered in the store by content hash on first use, so a changed
//! card gets a new version and old reviews keep theirs), the draft of a review (the card and
//! the answers the report pre-fills, each with the machine's outcome, evidence and a time to
//! play from), and the stored review (answers scored: points per question, total, maximum,
//! percentage; verdict, note, reviewer, time).
//!
//! Answers that do not fit the card (unknown question, wrong type, out of range, missing)
//! are `422 invalid_answers`; a call not analysed yet is `409 call_not_analysed`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Map, Value};

use super::calls::{checked_id, rfc3339};
use super::error::ApiError;
use super::AppState;
use crate::scorecard::{self, Scorecard, VERDICTS};
use crate::store::review::ReviewRow;
use crate::store::{now_ms, CallStatus, CallStore};

/// Longest reviewer name, in characters.
pub const MAX_REVIEWER_CHARS: usize = 128;
/// Longest review note, in characters.
pub const MAX_NOTE_CHARS: usize = 4_000;

/// A card and its version, as the API shows it.
fn card_view(card: &Scorecard, version: i64) -> Value {
    json!({
        "id": card.id,
        "version": version,
        "title": card.title,
        "max_points": card.max_points(),
        "hash": card.content_hash(),
        "definition": card.definition(),
    })
}

/// The deployment's card and its version in the store (stored now if it is new).
fn current_card(store: &dyn CallStore, card: &Scorecard) -> Result<i64, ApiError> {
    Ok(store.put_scorecard(&card.id, &card.content_hash(), &card.definition())?)
}

/// `GET /v1/scorecards`: the card reviews are made with now.
pub async fn list_scorecards(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let card = state.inner.settings.scorecard.clone();
    let version = state
        .db(move |store| current_card(store, &card).map(|v| (card, v)))
        .await?;
    Ok(Json(
        json!({"scorecards": [card_view(&version.0, version.1)]}),
    ))
}

/// The report of analysed call `id`: 404 without the call, 409 before its analysis succeeded.
fn analysed_report(store: &dyn CallStore, id: &str) -> Result<Value, ApiError> {
    let Some(row) = store.get(id)? else {
        return Err(ApiError::CallNotFound(id.to_string()));
    };
    let report = if row.status == CallStatus::Succeeded {
        store.report(id)?
    } else {
        None
    };
    report.ok_or_else(|| ApiError::Conflict {
        code: "call_not_analysed",
        message: format!(
            "the call is {}: it can be reviewed once its analysis has succeeded",
            row.status.as_str()
        ),
    })
}

/// The machine's answers for `card` on `report`: question id → outcome, value, evidence,
/// `at_ms`.
fn machine_answers(card: &Scorecard, report: &Value) -> Map<String, Value> {
    scorecard::draft_answers(card, report)
        .into_iter()
        .map(|(question, auto)| {
            let mut v = json!({
                "auto": true,
                "check": auto.check,
                "outcome": auto.outcome,
                "evidence": auto.evidence,
                "at_ms": auto.at_ms,
            });
            if let Some(value) = auto.outcome.value() {
                v["value"] = value;
            }
            (question, v)
        })
        .collect()
}

/// A stored review as the API shows it, with the card version it was made with.
fn review_view(review: &ReviewRow, card: Option<Value>) -> Value {
    json!({
        "call_id": review.call_id,
        "card_id": review.card_id,
        "card_version": review.card_version,
        "card": card,
        "verdict": review.verdict,
        "answers": review.answers,
        "total_points": review.total_points,
        "max_points": review.max_points,
        "score": review.score_pct,
        "note": review.note,
        "reviewer": review.reviewer,
        "reviewed_at": rfc3339(review.reviewed_at_ms),
    })
}

/// `GET /v1/calls/{id}/review`: `{review, draft}`: the stored review (`null` when none) and
/// a draft on the current card with the answers the report pre-fills.
pub async fn get_review(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    checked_id(&id)?;
    let card = state.inner.settings.scorecard.clone();
    let view = state
        .db(move |store| {
            let report = analysed_report(store, &id)?;
            let version = current_card(store, &card)?;
            let review = match store.review(&id)? {
                Some(r) => {
                    let card = store
                        .scorecard(&r.card_id, r.card_version)?
                        .and_then(|c| Scorecard::from_definition(&c.definition).ok())
                        .map(|c| card_view(&c, r.card_version));
                    Some(review_view(&r, card))
                }
                None => None,
            };
            Ok(json!({
                "review": review,
                "draft": {
                    "card": card_view(&card, version),
                    "answers": machine_answers(&card, &report),
                },
                "verdicts": VERDICTS,
            }))
        })
        .await?;
    Ok(Json(view))
}

/// What a `PUT` carries, checked.
struct ReviewRequest {
    reviewer: String,
    verdict: String,
    note: Option<String>,
    answers: Map<String, Value>,
    card_id: Option<String>,
    card_version: Option<i64>,
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::invalid("invalid_review", message)
}

/// The body: `{"reviewer", "verdict", "answers": {question: value}, "note"?, "card_id"?,
/// "card_version"?}`.
fn parse_review(body: &[u8]) -> Result<ReviewRequest, ApiError> {
    let usage = "send {\"reviewer\": \"…\", \"verdict\": \"pass\", \"answers\": {\"greeted\": true, …}, \"note\": \"…\"}";
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| invalid(format!("the body is not JSON ({e}); {usage}")))?;
    let Some(object) = value.as_object() else {
        return Err(invalid(format!("the body is not a JSON object; {usage}")));
    };
    const FIELDS: [&str; 6] = [
        "reviewer",
        "verdict",
        "answers",
        "note",
        "card_id",
        "card_version",
    ];
    if let Some(other) = object.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(invalid(format!("unknown field `{other}`; {usage}")));
    }
    let text = |name: &str| object.get(name).and_then(Value::as_str).map(str::trim);
    let reviewer = text("reviewer").unwrap_or_default();
    if reviewer.is_empty() || reviewer.chars().count() > MAX_REVIEWER_CHARS {
        return Err(invalid(format!(
            "`reviewer` is required: the reviewer's name, 1 to {MAX_REVIEWER_CHARS} characters"
        )));
    }
    let verdict = text("verdict").unwrap_or_default();
    if !VERDICTS.contains(&verdict) {
        return Err(invalid(format!(
            "`verdict` must be one of {}",
            VERDICTS.join(", ")
        )));
    }
    let note = match object.get("note") {
        None | Some(Value::Null) => None,
        Some(Value::String(n)) if n.chars().count() <= MAX_NOTE_CHARS => {
            Some(n.trim().to_string()).filter(|n| !n.is_empty())
        }
        Some(_) => {
            return Err(invalid(format!(
                "`note` must be text of at most {MAX_NOTE_CHARS} characters"
            )))
        }
    };
    let Some(answers) = object.get("answers").and_then(Value::as_object) else {
        return Err(invalid(format!(
            "`answers` must be an object of question ids to answers; {usage}"
        )));
    };
    let card_id = match object.get("card_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(c)) => Some(c.clone()),
        Some(_) => return Err(invalid("`card_id` must be text")),
    };
    let card_version = match object.get("card_version") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_i64()
                .filter(|v| *v > 0)
                .ok_or_else(|| invalid("`card_version` must be a positive whole number"))?,
        ),
    };
    Ok(ReviewRequest {
        reviewer: reviewer.to_string(),
        verdict: verdict.to_string(),
        note,
        answers: answers.clone(),
        card_id,
        card_version,
    })
}

/// The card a review is made with: the version it names, or the current card.
fn review_card(
    store: &dyn CallStore,
    current: &Scorecard,
    card_id: Option<&str>,
    version: Option<i64>,
) -> Result<(Scorecard, i64), ApiError> {
    let card_id = card_id.unwrap_or(&current.id);
    let unknown = |what: String| ApiError::Unprocessable {
        code: "unknown_scorecard",
        message: what,
    };
    match version {
        None if card_id == current.id => Ok((current.clone(), current_card(store, current)?)),
        None => Err(unknown(format!(
            "scorecard `{card_id}` is not the current one (`{}`): name its `card_version`",
            current.id
        ))),
        Some(v) => {
            let stored = store
                .scorecard(card_id, v)?
                .ok_or_else(|| unknown(format!("no scorecard `{card_id}` version {v}")))?;
            let card = Scorecard::from_definition(&stored.definition)
                .map_err(|e| ApiError::Internal(format!("stored scorecard: {e}")))?;
            Ok((card, v))
        }
    }
}

/// `PUT /v1/calls/{id}/review`: checks the answers against the card, scores them, and
/// stores the review as the call's current one (replacing any). `200` with the review.
pub async fn put_review(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    checked_id(&id)?;
    let request = parse_review(&body)?;
    let current = state.inner.settings.scorecard.clone();
    let view = state
        .db(move |store| {
            let report = analysed_report(store, &id)?;
            let (card, version) = review_card(
                store,
                &current,
                request.card_id.as_deref(),
                request.card_version,
            )?;
            let scored =
                scorecard::score(&card, &request.answers).map_err(|e| ApiError::Unprocessable {
                    code: "invalid_answers",
                    message: e.0,
                })?;
            let machine = machine_answers(&card, &report);
            let answers: Vec<Value> = scored
                .answers
                .iter()
                .map(|a| {
                    let mut v = json!(a);
                    if let Some(m) = machine.get(&a.question) {
                        // `auto`: the reviewer kept the machine's answer.
                        v["auto"] = json!(m.get("value") == Some(&a.value));
                        v["machine"] = m.clone();
                    } else {
                        v["auto"] = json!(false);
                    }
                    v
                })
                .collect();
            let row = ReviewRow {
                call_id: id.clone(),
                card_id: card.id.clone(),
                card_version: version,
                verdict: request.verdict,
                answers: Value::Array(answers),
                total_points: scored.total_points,
                max_points: scored.max_points,
                score_pct: scored.score_pct,
                note: request.note,
                reviewer: request.reviewer,
                reviewed_at_ms: now_ms(),
            };
            if !store.put_review(&row)? {
                // Deleted or requeued since it was read.
                return Err(ApiError::Conflict {
                    code: "call_not_analysed",
                    message: "the call changed while the review was saved: open it again".into(),
                });
            }
            tracing::info!(id, reviewer = %row.reviewer, score = row.score_pct, "call reviewed");
            Ok(review_view(&row, Some(card_view(&card, version))))
        })
        .await?;
    Ok(Json(view))
}
