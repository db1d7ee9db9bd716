//! `PUT /v1/calls/{id}/speakers`: a reviewer names the roles of a mono call's speakers (or
//! swaps the two), and the call is analysed again with them.
//!
//! The roles are checked against the call's report (its speakers are the `channels[]`
//! entries that carry a `speaker` label), stored with the call, and the call goes back to
//! the queue ([`crate::store::CallStore::requeue_with_speaker_roles`]): the worker passes
//! them to the pipeline, which recomputes every score with them. The old report stays
//! readable until the new one replaces it.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::calls::{checked_id, queue_full};
use super::error::ApiError;
use super::AppState;
use crate::store::CallStatus;

/// The roles a reviewer may give a speaker.
pub const SPEAKER_ROLES: [&str; 2] = ["agent", "customer"];

/// What the reviewer asked for.
#[derive(Debug, Clone, PartialEq)]
enum Change {
    /// These speakers have these roles (the others keep theirs).
    Roles(BTreeMap<String, String>),
    /// The two speakers exchange their roles.
    Swap,
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::invalid("invalid_speaker_roles", message)
}

/// The request body: `{"roles": {"S1": "customer", …}}` or `{"swap": true}`.
fn parse_change(body: &[u8]) -> Result<Change, ApiError> {
    let usage = "send {\"roles\": {\"S1\": \"customer\", \"S2\": \"agent\"}} or {\"swap\": true}";
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| invalid(format!("the body is not JSON ({e}); {usage}")))?;
    let Some(object) = value.as_object() else {
        return Err(invalid(format!("the body is not a JSON object; {usage}")));
    };
    if let Some(other) = object
        .keys()
        .find(|k| !matches!(k.as_str(), "roles" | "swap"))
    {
        return Err(invalid(format!("unknown field `{other}`; {usage}")));
    }
    match (object.get("roles"), object.get("swap")) {
        (Some(_), Some(_)) => Err(invalid(format!(
            "send `roles` or `swap`, not both; {usage}"
        ))),
        (None, None) => Err(invalid(format!("nothing to change; {usage}"))),
        (None, Some(swap)) => match swap {
            Value::Bool(true) => Ok(Change::Swap),
            _ => Err(invalid(format!("`swap` must be true; {usage}"))),
        },
        (Some(roles), None) => {
            let Some(roles) = roles.as_object().filter(|r| !r.is_empty()) else {
                return Err(invalid(format!(
                    "`roles` must be an object of speaker labels to roles; {usage}"
                )));
            };
            let mut out = BTreeMap::new();
            for (label, role) in roles {
                let role = role.as_str().unwrap_or_default();
                if !SPEAKER_ROLES.contains(&role) {
                    return Err(invalid(format!(
                        "`roles.{label}`: a speaker's role is `agent` or `customer`, not {}",
                        roles[label]
                    )));
                }
                out.insert(label.clone(), role.to_string());
            }
            Ok(Change::Roles(out))
        }
    }
}

/// The speakers of a report, in its order: each `channels[]` entry with a `speaker` label,
/// with its role.
fn report_speakers(report: &Value) -> Vec<(String, String)> {
    report
        .get("channels")
        .and_then(Value::as_array)
        .map(|channels| {
            channels
                .iter()
                .filter_map(|c| {
                    let label = c.get("speaker")?.as_str()?;
                    let role = c.get("role").and_then(Value::as_str).unwrap_or_default();
                    Some((label.to_string(), role.to_string()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The roles the reviewer's `change` gives the call's `speakers` (labels and current roles),
/// over the roles reviewers set before (`earlier`).
fn resolve(
    change: Change,
    speakers: &[(String, String)],
    earlier: Option<BTreeMap<String, String>>,
) -> Result<BTreeMap<String, String>, ApiError> {
    let labels = || {
        speakers
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let given = match change {
        Change::Roles(roles) => {
            if let Some(unknown) = roles
                .keys()
                .find(|l| !speakers.iter().any(|(s, _)| s == *l))
            {
                return Err(invalid(format!(
                    "`roles`: the call has no speaker `{unknown}`; its speakers are {}",
                    labels()
                )));
            }
            roles
        }
        Change::Swap => {
            let swapped = |role: &str| match role {
                "agent" => Some("customer"),
                "customer" => Some("agent"),
                _ => None,
            };
            let pair: Vec<(String, &str)> = speakers
                .iter()
                .filter_map(|(l, r)| Some((l.clone(), swapped(r)?)))
                .collect();
            let exchangeable = speakers.len() == 2 && pair.len() == 2 && pair[0].1 != pair[1].1;
            if !exchangeable {
                let now: Vec<String> = speakers.iter().map(|(l, r)| format!("{l} {r}")).collect();
                return Err(ApiError::Conflict {
                    code: "swap_not_possible",
                    message: format!(
                        "`swap` exchanges an agent and a customer; this call's speakers are {}: \
                         send `roles` instead",
                        now.join(", ")
                    ),
                });
            }
            pair.into_iter().map(|(l, r)| (l, r.to_string())).collect()
        }
    };
    let mut roles = earlier.unwrap_or_default();
    roles.retain(|label, _| speakers.iter().any(|(s, _)| s == label));
    roles.extend(given);
    Ok(roles)
}

/// `PUT /v1/calls/{id}/speakers`: sets the roles of the call's speakers and queues the call
/// to be analysed again with them; `202` with the call's id, its status (`queued`) and the
/// roles stored.
pub async fn set_speaker_roles(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    checked_id(&id)?;
    let change = parse_change(&body)?;
    let max_queued = state.inner.settings.max_queue;
    let (id, roles) = state
        .db(move |store| {
            let Some(row) = store.get(&id)? else {
                return Err(ApiError::CallNotFound(id));
            };
            let not_done = |status: CallStatus| ApiError::Conflict {
                code: "call_not_analysed",
                message: format!(
                    "the call is {}: its speakers' roles can be set once its analysis has succeeded",
                    status.as_str()
                ),
            };
            if row.status != CallStatus::Succeeded {
                return Err(not_done(row.status));
            }
            let report = store.report(&id)?.unwrap_or(Value::Null);
            let speakers = report_speakers(&report);
            if speakers.len() < 2 {
                return Err(ApiError::Conflict {
                    code: "not_multi_speaker",
                    message: "the call has no speakers to name: each party has a channel of its own \
                              (a stereo call), or its one channel was heard as one voice"
                        .into(),
                });
            }
            let roles = resolve(change, &speakers, row.speaker_roles.clone())?;
            if store.requeue_with_speaker_roles(&id, &roles, max_queued)? {
                Ok((id, roles))
            } else {
                // Requeued or deleted meanwhile.
                match store.get(&id)? {
                    Some(row) => Err(not_done(row.status)),
                    None => Err(ApiError::CallNotFound(id)),
                }
            }
        })
        .await
        .map_err(|e| match e {
            ApiError::QueueFull { queued, .. } => queue_full(&state, queued),
            other => other,
        })?;
    state.inner.queue.wake();
    tracing::info!(
        id,
        ?roles,
        "speakers' roles set; the call is analysed again"
    );
    let location = format!("/v1/calls/{id}");
    let mut response = (
        StatusCode::ACCEPTED,
        Json(json!({
            "id": id,
            "status": CallStatus::Queued,
            "speaker_roles": roles,
            "links": {"self": location},
        })),
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers() -> Vec<(String, String)> {
        vec![
            ("S1".into(), "agent".into()),
            ("S2".into(), "customer".into()),
        ]
    }

    #[test]
    fn bodies_are_read_or_refused_with_a_reason() {
        assert_eq!(parse_change(br#"{"swap": true}"#).unwrap(), Change::Swap);
        let roles = parse_change(br#"{"roles": {"S1": "customer"}}"#).unwrap();
        assert_eq!(
            roles,
            Change::Roles([("S1".to_string(), "customer".to_string())].into())
        );
        for bad in [
            &b"not json"[..],
            b"[]",
            b"{}",
            br#"{"swap": false}"#,
            br#"{"roles": {}}"#,
            br#"{"roles": {"S1": "boss"}}"#,
            br#"{"roles": {"S1": 1}}"#,
            br#"{"roles": {"S1": "agent"}, "swap": true}"#,
            br#"{"role": {"S1": "agent"}}"#,
        ] {
            let e = parse_change(bad).unwrap_err();
            assert_eq!(e.parts().0, StatusCode::BAD_REQUEST, "{bad:?}");
            assert_eq!(e.parts().1, "invalid_speaker_roles");
        }
    }

    #[test]
    fn a_swap_exchanges_the_two_speakers_and_roles_keep_earlier_choices() {
        let swapped = resolve(Change::Swap, &speakers(), None).unwrap();
        assert_eq!(swapped["S1"], "customer");
        assert_eq!(swapped["S2"], "agent");
        // A speaker set before keeps the reviewer's role; labels the call lacks are dropped.
        let earlier: BTreeMap<String, String> = [
            ("S2".to_string(), "agent".to_string()),
            ("S9".to_string(), "agent".to_string()),
        ]
        .into();
        let roles = resolve(
            Change::Roles([("S1".to_string(), "customer".to_string())].into()),
            &speakers(),
            Some(earlier),
        )
        .unwrap();
        assert_eq!(roles.len(), 2);
        assert_eq!(
            (roles["S1"].as_str(), roles["S2"].as_str()),
            ("customer", "agent")
        );
        // An unknown label is refused, naming the call's speakers.
        let e = resolve(
            Change::Roles([("S3".to_string(), "agent".to_string())].into()),
            &speakers(),
            None,
        )
        .unwrap_err();
        assert_eq!(e.parts().0, StatusCode::BAD_REQUEST);
        assert!(e.parts().3.contains("S1, S2"), "{}", e.parts().3);
        // Three speakers, or two of one role: no swap.
        let mut three = speakers();
        three.push(("S3".into(), "customer".into()));
        let same = vec![
            ("S1".into(), "customer".into()),
            ("S2".into(), "customer".into()),
        ];
        for speakers in [three, same] {
            let e = resolve(Change::Swap, &speakers, None).unwrap_err();
            assert_eq!(e.parts().0, StatusCode::CONFLICT);
            assert_eq!(e.parts().1, "swap_not_possible");
        }
    }
}
