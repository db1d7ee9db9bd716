//! `GET /v1/moments`: the coach's list. The period's report moments across calls, ranked by
//! severity (the report's rule, `report::moment_severity`), each with its call and the turn
//! that holds it quoted; and, apart, the period's good outcomes.
//!
//! In: `from`, `to` (RFC 3339), `team`, `agent_id` (or `agent`), `min_severity` (0–1,
//! default [`DEFAULT_MIN_SEVERITY`]), `limit` (1–500, default [`DEFAULT_MOMENT_LIMIT`]).
//! Out: `{"min_severity", "moments": [...], "good_outcomes": [...]}` with times RFC 3339 UTC
//! and moment times in milliseconds from the start of the call.

use axum::extract::State;
use axum::http::Uri;
use axum::Json;
use serde_json::{json, Value};

use super::calls::{parse_time, query_pairs, rfc3339};
use super::error::ApiError;
use super::AppState;
use crate::store::moments::{
    MomentCall, MomentQuery, DEFAULT_MIN_SEVERITY, DEFAULT_MOMENT_LIMIT, GOOD_AGENT_SMILE,
};
use crate::store::query::MAX_PAGE_SIZE;

/// A severity as the API writes it: to 2 decimals, as the rule makes it (an `f32` widened to
/// JSON's `f64` would read 0.800000011920929).
fn round2(v: f32) -> f64 {
    (f64::from(v) * 100.0).round() / 100.0
}

/// A moment's or outcome's call as the API shows it.
fn call_view(call: &MomentCall) -> Value {
    json!({
        "id": call.id,
        "agent_id": call.agent_id,
        "team": call.team,
        "started_at": rfc3339(call.started_at_ms),
    })
}

/// `GET /v1/moments`: moments at or above `min_severity`, most severe first (ties: earlier
/// call, then earlier moment); good outcomes (customer ended happier, agent smile ≥ 0.6)
/// apart, newest call first.
pub async fn list_moments(
    State(state): State<AppState>,
    uri: Uri,
) -> Result<Json<Value>, ApiError> {
    let bad = |m: String| ApiError::invalid("invalid_query", m);
    let mut q = MomentQuery::default();
    for (name, value) in query_pairs(&uri)? {
        match name.as_str() {
            "from" => q.from_ms = Some(parse_time(&name, &value)?),
            "to" => q.to_ms = Some(parse_time(&name, &value)?),
            "team" => q.team = Some(value),
            "agent_id" | "agent" => q.agent_id = Some(value),
            "min_severity" => {
                q.min_severity = value
                    .parse::<f32>()
                    .ok()
                    .filter(|v| (0.0..=1.0).contains(v))
                    .ok_or_else(|| {
                        bad(format!(
                            "`min_severity`: `{value}` is not a number from 0 to 1"
                        ))
                    })?
            }
            "limit" => {
                q.limit = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                    .ok_or_else(|| {
                        bad(format!(
                            "`limit`: `{value}` is not a number from 1 to {MAX_PAGE_SIZE}"
                        ))
                    })?
            }
            other => {
                return Err(ApiError::invalid(
                    "unknown_parameter",
                    format!("unknown parameter `{other}`; moments take from, to, team, agent_id, min_severity, limit"),
                ))
            }
        }
    }
    let min_severity = q.min_severity;
    let answer = state.db(move |store| Ok(store.moments(&q)?)).await?;
    let moments: Vec<Value> = answer
        .moments
        .iter()
        .map(|m| {
            json!({
                "call": call_view(&m.call),
                "kind": m.moment.kind,
                "role": m.moment.role,
                "start_ms": m.moment.start_ms,
                "end_ms": m.moment.end_ms,
                "severity": round2(m.severity),
                "why": m.moment.why,
                "turn": m.turn,
            })
        })
        .collect();
    let good: Vec<Value> = answer
        .good_outcomes
        .iter()
        .map(|g| {
            json!({
                "call": call_view(&g.call),
                "kinds": g.kinds,
                "why": g.why,
                "start_ms": g.start_ms,
            })
        })
        .collect();
    Ok(Json(json!({
        "min_severity": round2(min_severity),
        "default_min_severity": round2(DEFAULT_MIN_SEVERITY),
        "default_limit": DEFAULT_MOMENT_LIMIT,
        "good_agent_smile": GOOD_AGENT_SMILE,
        "moments": moments,
        "good_outcomes": good,
    })))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use axum::http::StatusCode;

    use super::*;
    use crate::queue::Queue;
    use crate::server::tests::get_json;
    use crate::server::{app, ServeConfig};
    use crate::store::{NewCall, Store};

    /// 2026-11-16 00:00 UTC.
    const DAY0_MS: i64 = 1_794_787_200_000;

    /// Three calls: an abusive shouted Hebrew customer turn (severity 1.0), an older report
    /// whose shouted stress peak has no stored severity (0.8 by the rule), a calm call.
    fn router() -> (tempfile::TempDir, axum::Router) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let turn = |id: usize, start: u64, text: &str, shouting: bool| {
            json!({"id": id, "role": "customer", "channel": 1, "start_ms": start,
                   "end_ms": start + 4_000, "text": text, "words": [], "shouting": shouting})
        };
        let calls = [
            (
                "ann",
                "north",
                json!({"duration_ms": 30_000, "language": "he",
                "turns": [turn(0, 1_000, "אתה אידיוט", true)],
                "moments": [{"kind": "abuse", "role": "customer", "start_ms": 1_000,
                             "end_ms": 5_000, "why": "turn 0: insult", "severity": 1.0}]}),
            ),
            (
                "bob",
                "south",
                json!({"duration_ms": 30_000, "language": "en",
                "turns": [turn(0, 2_000, "Put me through NOW", true)],
                "moments": [{"kind": "stress_peak", "role": "customer", "start_ms": 2_000,
                             "end_ms": 6_000, "why": "turn 0: shouting: +8.0 dB"}]}),
            ),
            (
                "ann",
                "north",
                json!({"duration_ms": 30_000, "language": "en",
                "turns": [turn(0, 0, "Thanks, that's all", false)],
                "moments": [{"kind": "interruptions", "start_ms": 0, "end_ms": 9_000,
                             "why": "3 interruptions in 9 s", "severity": 0.4}]}),
            ),
        ];
        for (n, (agent, team, report)) in calls.into_iter().enumerate() {
            let meta = NewCall {
                agent_id: Some(agent.into()),
                team: Some(team.into()),
                started_at_ms: Some(DAY0_MS + n as i64 * 3_600_000),
                ..NewCall::default()
            };
            store
                .insert_report(&format!("{n:024x}"), &meta, &report)
                .unwrap();
        }
        let audio = store.local_audio();
        let state = AppState::new(
            Arc::new(store),
            audio,
            Arc::new(Queue::new(0)),
            ServeConfig::default(),
        );
        (dir, app(state))
    }

    #[tokio::test]
    async fn moments_are_ranked_quoted_and_calm_calls_left_out() {
        let (_dir, router) = router();
        let (status, body) = get_json(&router, "/v1/moments").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["min_severity"], 0.5);
        let moments = body["moments"].as_array().unwrap();
        let got: Vec<(&str, f64)> = moments
            .iter()
            .map(|m| {
                (
                    m["call"]["agent_id"].as_str().unwrap(),
                    m["severity"].as_f64().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, [("ann", 1.0), ("bob", 0.8)]);
        assert_eq!(moments[0]["turn"]["text"], "אתה אידיוט");
        assert_eq!(moments[0]["turn"]["language"], "he");
        assert_eq!(moments[0]["call"]["started_at"], "2026-11-16T00:00:00Z");
        assert_eq!(moments[1]["why"], "turn 0: shouting: +8.0 dB");

        let (_, body) = get_json(&router, "/v1/moments?min_severity=0.3&team=north").await;
        let kinds: Vec<&str> = body["moments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["abuse", "interruptions"]);
        let (_, body) = get_json(&router, "/v1/moments?agent=bob&limit=1").await;
        assert_eq!(body["moments"].as_array().unwrap().len(), 1);
        assert_eq!(body["moments"][0]["call"]["agent_id"], "bob");
    }

    #[tokio::test]
    async fn bad_parameters_are_400_with_the_parameter_named() {
        let (_dir, router) = router();
        for (uri, code, names) in [
            (
                "/v1/moments?min_severity=2",
                "invalid_query",
                "min_severity",
            ),
            (
                "/v1/moments?min_severity=x",
                "invalid_query",
                "min_severity",
            ),
            ("/v1/moments?limit=0", "invalid_query", "limit"),
            ("/v1/moments?from=yesterday", "invalid_time", "from"),
            ("/v1/moments?sort=severity", "unknown_parameter", "sort"),
        ] {
            let (status, body) = get_json(&router, uri).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
            assert_eq!(body["code"], code, "{uri}");
            assert!(
                body["message"].as_str().unwrap().contains(names),
                "{uri}: {body}"
            );
        }
    }
}
