//! `GET /v1/score-bands`: what counts as a low, medium or high score, per per-call score, for
//! a team's recent calls (so a page can say "stress 0.32: medium for team north").
//!
//! In: `team` (optional) and `days` (the window, 1–3650, default [`DEFAULT_DAYS`]) as query
//! parameters. Out: for each score column of the call list (`stress_customer`, …) the
//! terciles `p33` and `p67` of the succeeded calls that started in the last `days` days, the
//! count `n` they were taken from, and the `population`: `team` (the team's calls) or `all`
//! (no team asked, or the team had fewer than [`bands::MIN_TEAM_CALLS`] calls with that
//! score: all calls then, with the team's count in `team_n`). Computed by the store in SQL
//! ([`crate::store::bands`]).

use axum::extract::{Query, State};
use axum::http::Uri;
use axum::Json;
use serde_json::{json, Value};

use super::calls::rfc3339;
use super::error::ApiError;
use super::AppState;
use crate::store::bands::{self, BandQuery};
use crate::store::now_ms;

/// The window when `days` is not given: the last 90 days.
pub const DEFAULT_DAYS: i64 = 90;
/// The longest window accepted, in days (ten years).
pub const MAX_DAYS: i64 = 3650;
/// Longest `team` accepted, in bytes (the upload's metadata limit).
const MAX_TEAM_LEN: usize = 256;

const DAY_MS: i64 = 86_400_000;

fn invalid(message: String) -> ApiError {
    ApiError::invalid("invalid_query", message)
}

/// The `team` and `days` of the query string.
fn parse_query(uri: &Uri) -> Result<(Option<String>, i64), ApiError> {
    let pairs = Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map_err(|e| invalid(format!("cannot read the query string: {e}")))?
        .0;
    let (mut team, mut days) = (None, DEFAULT_DAYS);
    for (name, value) in pairs {
        match name.as_str() {
            "team" if value.len() > MAX_TEAM_LEN => {
                return Err(invalid(format!(
                    "`team` is longer than {MAX_TEAM_LEN} bytes"
                )))
            }
            "team" => team = Some(value.trim().to_string()).filter(|t| !t.is_empty()),
            "days" => {
                days = value
                    .parse::<i64>()
                    .ok()
                    .filter(|d| (1..=MAX_DAYS).contains(d))
                    .ok_or_else(|| {
                        invalid(format!(
                            "`days`: `{value}` is not a whole number of days from 1 to {MAX_DAYS}"
                        ))
                    })?
            }
            other => {
                return Err(ApiError::invalid(
                    "unknown_parameter",
                    format!("unknown parameter `{other}`; score bands take team, days"),
                ))
            }
        }
    }
    Ok((team, days))
}

/// `GET /v1/score-bands?team=T&days=90`.
pub async fn score_bands(State(state): State<AppState>, uri: Uri) -> Result<Json<Value>, ApiError> {
    let (team, days) = parse_query(&uri)?;
    let from_ms = now_ms() - days * DAY_MS;
    let q = BandQuery {
        team: team.clone(),
        from_ms: Some(from_ms),
        to_ms: None,
    };
    let scores = state.db(move |store| Ok(store.score_bands(&q)?)).await?;
    Ok(Json(json!({
        "team": team,
        "days": days,
        "from": rfc3339(from_ms),
        "min_team_calls": bands::MIN_TEAM_CALLS,
        "scores": scores,
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

    /// north: 12 calls with customer stress 0.0 … 1.1 yesterday; south: 2 calls; one north
    /// call 200 days ago.
    fn router() -> (tempfile::TempDir, axum::Router) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let add = |n: u32, team: &str, days_ago: i64, stress: f64| {
            let meta = NewCall {
                team: Some(team.into()),
                started_at_ms: Some(now_ms() - days_ago * DAY_MS),
                ..NewCall::default()
            };
            let report = json!({"duration_ms": 1000, "turns": [],
                "scores": {"stress": {"customer": stress}}});
            store
                .insert_report(&format!("{n:024x}"), &meta, &report)
                .unwrap();
        };
        for i in 0..12 {
            add(i, "north", 1, i as f64 / 10.0);
        }
        add(100, "south", 1, 0.05);
        add(101, "south", 1, 0.15);
        add(200, "north", 200, 5.0);
        let audio = store.local_audio();
        let state = crate::server::AppState::new(
            Arc::new(store),
            audio,
            Arc::new(Queue::new(0)),
            ServeConfig::default(),
        );
        (dir, app(state))
    }

    #[tokio::test]
    async fn a_team_with_enough_calls_gets_its_own_terciles() {
        let (_dir, router) = router();
        let (status, body) = get_json(&router, "/v1/score-bands?team=north").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            (&body["team"], &body["days"]),
            (&json!("north"), &json!(90))
        );
        assert_eq!(body["min_team_calls"], bands::MIN_TEAM_CALLS);
        let stress = &body["scores"]["stress_customer"];
        // 0.0 … 1.1: p33 at 11/3 = 3.67 → 0.367, p67 at 7.33 → 0.733.
        let close = |v: &Value, want: f64| (v.as_f64().unwrap() - want).abs() < 1e-9;
        assert!(close(&stress["p33"], 1.1 / 3.0), "{stress}");
        assert!(close(&stress["p67"], 2.2 / 3.0), "{stress}");
        assert_eq!(
            (&stress["n"], &stress["population"], &stress["team_n"]),
            (&json!(12), &json!("team"), &json!(12))
        );
        // A score no call has.
        assert_eq!(body["scores"]["smile_agent"]["n"], 0);
        assert_eq!(body["scores"]["smile_agent"]["p33"], Value::Null);
    }

    #[tokio::test]
    async fn a_small_team_or_no_team_is_compared_with_all_calls_and_says_so() {
        let (_dir, router) = router();
        let (status, body) = get_json(&router, "/v1/score-bands?team=south&days=30").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let stress = &body["scores"]["stress_customer"];
        assert_eq!(
            (&stress["population"], &stress["n"], &stress["team_n"]),
            (&json!("all"), &json!(14), &json!(2))
        );
        let (_, body) = get_json(&router, "/v1/score-bands").await;
        let stress = &body["scores"]["stress_customer"];
        assert_eq!(
            (&stress["population"], &stress["n"]),
            (&json!("all"), &json!(14))
        );
        assert!(stress.get("team_n").is_none(), "{stress}");
        assert_eq!(body["team"], Value::Null);
        // A year reaches the old call.
        let (_, body) = get_json(&router, "/v1/score-bands?days=365").await;
        assert_eq!(body["scores"]["stress_customer"]["n"], 15);
    }

    #[tokio::test]
    async fn bad_parameters_are_refused_with_the_reason() {
        let (_dir, router) = router();
        for (uri, code) in [
            ("/v1/score-bands?days=0", "invalid_query"),
            ("/v1/score-bands?days=3651", "invalid_query"),
            ("/v1/score-bands?days=ninety", "invalid_query"),
            ("/v1/score-bands?days=1.5", "invalid_query"),
            ("/v1/score-bands?group_by=team", "unknown_parameter"),
        ] {
            let (status, body) = get_json(&router, uri).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
            assert_eq!(body["code"], code, "{uri}: {body}");
            assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
        }
        let long = format!("/v1/score-bands?team={}", "x".repeat(300));
        assert_eq!(get_json(&router, &long).await.0, StatusCode::BAD_REQUEST);
    }
}
