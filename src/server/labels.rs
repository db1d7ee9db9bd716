//! Reviewers' corrections (labels) and the calibration fitted from them, over HTTP.
//!
//! - `POST /v1/calls/{id}/labels`: one or more corrections of an analysed call's turns,
//!   `{"reviewer": "…", "labels": [{"turn_id": 3, "field": "smile", "value": 0.5}, …]}`.
//!   Each is checked against the stored report (the turn exists; the field is one of
//!   `smile`, `stress` (numbers in [0, 1]), `sentiment` (in [-1, 1]), `abusive` (a
//!   boolean), `speaker` (one of the call's speaker labels), `role` (`agent` or
//!   `customer`)); a bad one is `422` with the reason and nothing is stored. The machine's
//!   value (and its value before calibration) and the turn's language are taken from the
//!   report, not from the client. `201` with the labels stored.
//! - `GET /v1/calls/{id}/labels`: the call's labels, oldest first.
//! - `GET /v1/labels`: every label as JSON lines (`application/x-ndjson`), oldest first,
//!   filtered by `since` (RFC 3339) and `field`, in pages of `limit` (at most 1000) after the
//!   label id `after`; a full page names the next `after` in `X-Next-After`.
//! - `GET /v1/calibration`, `POST /v1/calibration` (fit and install: [`crate::calibrate`]),
//!   `POST /v1/calibration/rollback`. The two POSTs are administration (see `require_key`).

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::calls::{checked_id, parse_time, query_pairs, rfc3339};
use super::error::ApiError;
use super::AppState;
use crate::calibrate::{self, CalibrateOptions};
use crate::store::labels::{Label, LabelQuery, NewLabel, LABEL_FIELDS, MAX_LABEL_PAGE};
use crate::store::CallStatus;

/// Most corrections one request may carry.
pub const MAX_LABELS_PER_REQUEST: usize = 200;

/// Longest reviewer name, in characters.
pub const MAX_REVIEWER_CHARS: usize = 100;

fn unprocessable(message: impl Into<String>) -> ApiError {
    ApiError::Unprocessable {
        code: "invalid_label",
        message: message.into(),
    }
}

/// A label as the API shows it: its time in RFC 3339.
fn label_view(l: &Label) -> Value {
    json!({
        "id": l.id,
        "call_id": l.call_id,
        "turn_id": l.turn_id,
        "field": l.field,
        "machine_value": l.machine_value,
        "raw_value": l.raw_value,
        "reviewer_value": l.reviewer_value,
        "language": l.language,
        "reviewer": l.reviewer,
        "created_at": rfc3339(l.created_at_ms),
    })
}

/// The reviewer's name: trimmed, 1 to [`MAX_REVIEWER_CHARS`] characters, no control
/// characters (any script).
fn checked_reviewer(value: Option<&Value>) -> Result<String, ApiError> {
    let name = value.and_then(Value::as_str).map(str::trim).unwrap_or("");
    if name.is_empty() {
        return Err(unprocessable("`reviewer`: say who corrects (a name)"));
    }
    if name.chars().count() > MAX_REVIEWER_CHARS || name.chars().any(char::is_control) {
        return Err(unprocessable(format!(
            "`reviewer`: at most {MAX_REVIEWER_CHARS} characters, without control characters"
        )));
    }
    Ok(name.to_string())
}

/// The speaker labels of a report's channels (`S1`, `S2`, …).
fn speakers_of(report: &Value) -> Vec<String> {
    report["channels"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .filter_map(|c| c["speaker"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// One correction checked against the report: the label to store, or why not (`n` is its
/// place in the request, for the message).
fn check_label(
    n: usize,
    item: &Value,
    report: &Value,
    call_id: &str,
    reviewer: &str,
) -> Result<NewLabel, ApiError> {
    let at = |what: String| unprocessable(format!("`labels[{n}]`: {what}"));
    let Some(object) = item.as_object() else {
        return Err(at(
            "a correction is an object {\"turn_id\", \"field\", \"value\"}".into(),
        ));
    };
    if let Some(other) = object
        .keys()
        .find(|k| !matches!(k.as_str(), "turn_id" | "field" | "value"))
    {
        return Err(at(format!("unknown member `{other}`")));
    }
    let Some(turn_id) = object.get("turn_id").and_then(Value::as_i64) else {
        return Err(at(
            "`turn_id` must be the id of one of the report's turns".into()
        ));
    };
    let turn = report["turns"]
        .as_array()
        .and_then(|ts| ts.iter().find(|t| t["id"].as_i64() == Some(turn_id)))
        .ok_or_else(|| at(format!("the report has no turn {turn_id}")))?;
    let field = object.get("field").and_then(Value::as_str).unwrap_or("");
    if !LABEL_FIELDS.contains(&field) {
        return Err(at(format!(
            "`field` must be one of {}, not {}",
            LABEL_FIELDS.join(", "),
            object.get("field").unwrap_or(&Value::Null)
        )));
    }
    let value = object.get("value").unwrap_or(&Value::Null);
    let number_in = |lo: f64, hi: f64| -> Result<Value, ApiError> {
        match value.as_f64() {
            Some(v) if (lo..=hi).contains(&v) => Ok(json!(v)),
            _ => Err(at(format!(
                "`value` of `{field}` must be a number from {lo} to {hi}, not {value}"
            ))),
        }
    };
    let reviewer_value =
        match field {
            "smile" | "stress" => number_in(0.0, 1.0)?,
            "sentiment" => number_in(-1.0, 1.0)?,
            "abusive" => match value {
                Value::Bool(_) => value.clone(),
                _ => {
                    return Err(at(format!(
                        "`value` of `abusive` must be true or false, not {value}"
                    )))
                }
            },
            "role" => match value.as_str() {
                Some(r @ ("agent" | "customer")) => json!(r),
                _ => {
                    return Err(at(format!(
                        "`value` of `role` must be `agent` or `customer`, not {value}"
                    )))
                }
            },
            _ => {
                let speakers = speakers_of(report);
                match value.as_str() {
                    Some(s) if speakers.iter().any(|k| k == s) => json!(s),
                    _ if speakers.is_empty() => return Err(at(
                        "the call has no speaker labels (each party has a channel of its own): \
                         correct the `role` instead"
                            .into(),
                    )),
                    _ => {
                        return Err(at(format!(
                        "`value` of `speaker` must be one of the call's speakers ({}), not {value}",
                        speakers.join(", ")
                    )))
                    }
                }
            }
        };
    let machine_value = match field {
        "smile" | "stress" => turn["tone"][field].clone(),
        other => turn[other].clone(),
    };
    let raw_value = turn["uncalibrated"]
        .get(field)
        .cloned()
        .unwrap_or_else(|| machine_value.clone());
    let language = turn["language"]
        .as_str()
        .or(report["language"].as_str())
        .map(str::to_string);
    Ok(NewLabel {
        call_id: call_id.to_string(),
        turn_id,
        field: field.to_string(),
        machine_value,
        raw_value,
        reviewer_value,
        language,
        reviewer: reviewer.to_string(),
    })
}

/// `POST /v1/calls/{id}/labels`: stores a reviewer's corrections of the call's turns; `201`
/// with them.
pub async fn add_labels(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    checked_id(&id)?;
    let usage = "send {\"reviewer\": \"name\", \"labels\": [{\"turn_id\": 0, \"field\": \"smile\", \"value\": 0.5}]}";
    let body: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::invalid(
            "invalid_label",
            format!("the body is not JSON ({e}); {usage}"),
        )
    })?;
    let Some(object) = body.as_object() else {
        return Err(ApiError::invalid(
            "invalid_label",
            format!("the body is not a JSON object; {usage}"),
        ));
    };
    let reviewer = checked_reviewer(object.get("reviewer"))?;
    let items = match object.get("labels") {
        Some(Value::Array(items)) if !items.is_empty() => items.clone(),
        _ => {
            return Err(unprocessable(format!(
                "`labels` must be a non-empty array; {usage}"
            )))
        }
    };
    if items.len() > MAX_LABELS_PER_REQUEST {
        return Err(unprocessable(format!(
            "at most {MAX_LABELS_PER_REQUEST} corrections per request"
        )));
    }
    let stored = state
        .db(move |store| {
            let Some(row) = store.get(&id)? else {
                return Err(ApiError::CallNotFound(id));
            };
            let report = store.report(&id)?;
            let report = match report {
                Some(r) if row.status == CallStatus::Succeeded => r,
                _ => {
                    return Err(ApiError::Conflict {
                        code: "call_not_analysed",
                        message: format!(
                            "the call is {}: its turns can be corrected once its analysis has \
                             succeeded",
                            row.status.as_str()
                        ),
                    })
                }
            };
            let labels = items
                .iter()
                .enumerate()
                .map(|(n, item)| check_label(n, item, &report, &id, &reviewer))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(store.add_labels(&labels)?)
        })
        .await?;
    let views: Vec<Value> = stored.iter().map(label_view).collect();
    Ok((StatusCode::CREATED, Json(json!({ "labels": views }))).into_response())
}

/// `GET /v1/calls/{id}/labels`: the call's labels, oldest first.
pub async fn call_labels(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    checked_id(&id)?;
    let labels = state
        .db(move |store| {
            if store.get(&id)?.is_none() {
                return Err(ApiError::CallNotFound(id));
            }
            Ok(store.labels(&LabelQuery {
                call_id: Some(id),
                ..LabelQuery::default()
            })?)
        })
        .await?;
    let views: Vec<Value> = labels.iter().map(label_view).collect();
    Ok(Json(json!({ "labels": views })))
}

/// `GET /v1/labels`: the labels as JSON lines, a page at a time.
pub async fn export_labels(
    State(state): State<AppState>,
    uri: axum::http::Uri,
) -> Result<Response, ApiError> {
    let bad = |m: String| ApiError::invalid("invalid_query", m);
    let mut q = LabelQuery {
        limit: Some(MAX_LABEL_PAGE),
        ..LabelQuery::default()
    };
    for (name, value) in query_pairs(&uri)? {
        match name.as_str() {
            "since" => q.since_ms = Some(parse_time(&name, &value)?),
            "field" => {
                if !LABEL_FIELDS.contains(&value.as_str()) {
                    return Err(bad(format!(
                        "`field` must be one of {}, not `{value}`",
                        LABEL_FIELDS.join(", ")
                    )));
                }
                q.field = Some(value);
            }
            "after" => {
                q.after_id = Some(
                    value
                        .parse::<i64>()
                        .map_err(|_| bad(format!("`after`: `{value}` is not a label id")))?,
                )
            }
            "limit" => {
                let limit = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=MAX_LABEL_PAGE).contains(n));
                q.limit = Some(limit.ok_or_else(|| {
                    bad(format!(
                        "`limit`: `{value}` is not a number from 1 to {MAX_LABEL_PAGE}"
                    ))
                })?);
            }
            other => return Err(bad(format!("unknown parameter `{other}`"))),
        }
    }
    let limit = q.limit.unwrap_or(MAX_LABEL_PAGE);
    let labels = state.db(move |store| Ok(store.labels(&q)?)).await?;
    let mut body = String::new();
    for l in &labels {
        body.push_str(&label_view(l).to_string());
        body.push('\n');
    }
    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    if labels.len() == limit {
        if let Some(last) = labels.last() {
            headers.insert("x-next-after", HeaderValue::from(last.id));
        }
    }
    Ok(response)
}

/// `GET /v1/calibration`: the calibration in force (in full, or `null`) and every version.
pub async fn get_calibration(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let status = state.db(|store| Ok(calibrate::status(store)?)).await?;
    Ok(Json(serde_json::to_value(status).map_err(|e| {
        ApiError::Internal(format!("serialising the calibration: {e}"))
    })?))
}

/// `POST /v1/calibration`: fits a calibration from the labels and installs it (unless
/// `{"dry_run": true}`); `{"min_labels": N}` raises the minimum. `200` with the outcome
/// per score and the version installed, if any.
pub async fn fit_calibration(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let mut options = CalibrateOptions::default();
    if !body.is_empty() {
        let bad = |m: String| ApiError::invalid("invalid_calibration_request", m);
        let value: Value = serde_json::from_slice(&body)
            .map_err(|e| bad(format!("the body is not JSON ({e})")))?;
        let Some(object) = value.as_object() else {
            return Err(bad(
                "the body is a JSON object: {\"min_labels\": 30, \"dry_run\": false}".into(),
            ));
        };
        for (name, v) in object {
            match name.as_str() {
                "min_labels" => {
                    options.min_labels = v
                        .as_u64()
                        .filter(|n| *n as usize >= crate::calibration::MIN_LABELS_FLOOR)
                        .ok_or_else(|| {
                            bad(format!(
                                "`min_labels` must be a whole number of at least {}",
                                crate::calibration::MIN_LABELS_FLOOR
                            ))
                        })? as usize;
                }
                "dry_run" => {
                    options.dry_run = v
                        .as_bool()
                        .ok_or_else(|| bad("`dry_run` must be true or false".into()))?;
                }
                other => return Err(bad(format!("unknown member `{other}`"))),
            }
        }
    }
    let outcome = state
        .db(move |store| Ok(calibrate::calibrate(store, options)?))
        .await?;
    Ok(Json(serde_json::to_value(outcome).map_err(|e| {
        ApiError::Internal(format!("serialising the outcome: {e}"))
    })?))
}

/// `POST /v1/calibration/rollback`: the previous calibration (or none) is in force again.
pub async fn roll_back_calibration(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let done = state.db(|store| Ok(calibrate::roll_back(store)?)).await?;
    Ok(Json(json!({
        "rolled_back": done.rolled_back.map(|v| format!("calibration-{v}")),
        "in_force": done.in_force.map(|v| format!("calibration-{v}")),
    })))
}

#[cfg(test)]
#[path = "labels_tests.rs"]
mod tests;
