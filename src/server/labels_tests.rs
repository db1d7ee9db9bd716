//! The labels and calibration routes on the router without a socket and without models: a
//! stored report, corrections checked against it, the export, and who may administer.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::queue::Queue;
use crate::server::{app, AppState, ServeConfig};
use crate::store::{CallStore, NewCall, Store};

const CALL: &str = "0123456789abcdef01234567";
const WRITE_KEY: &str = "write-key-0123456789";
const ADMIN_KEY: &str = "admin-key-0123456789";

fn report() -> Value {
    json!({
        "duration_ms": 4000, "language": "ar",
        "channels": [{"index": 0, "role": "agent", "speaker": "S1"},
                     {"index": 0, "role": "customer", "speaker": "S2"}],
        "turns": [
            {"id": 0, "role": "agent", "speaker": "S1", "language": "ar", "text": "مرحبا",
             "tone": {"smile": 0.2, "arousal": 0.5, "valence": 0.1, "stress": 0.3, "confidence": 0.8},
             "sentiment": 0.1, "abusive": false},
            {"id": 1, "role": "customer", "speaker": "S2", "text": "שלום",
             "tone": {"smile": 0.6, "arousal": 0.5, "valence": 0.1, "stress": 0.3, "confidence": 0.8},
             "uncalibrated": {"smile": 0.4}, "sentiment": -0.2}
        ]
    })
}

fn router(settings: ServeConfig) -> (tempfile::TempDir, Arc<Store>, Router) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path()).unwrap());
    store
        .insert_report(CALL, &NewCall::default(), &report())
        .unwrap();
    let state = AppState::new(
        Arc::clone(&store) as Arc<dyn CallStore>,
        store.local_audio(),
        Arc::new(Queue::new(0)),
        settings,
    );
    (dir, store, app(state))
}

async fn send(
    router: &Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
    key: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(key) = key {
        request = request.header(header::AUTHORIZATION, format!("Bearer {key}"));
    }
    let body = match body {
        Some(v) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    let response = router
        .clone()
        .oneshot(request.body(body).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, bytes.to_vec())
}

async fn send_json(
    router: &Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let (status, _, bytes) = send(router, method, uri, body, None).await;
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn labels_uri() -> String {
    format!("/v1/calls/{CALL}/labels")
}

#[tokio::test]
async fn corrections_are_stored_with_the_machines_values_and_exported_as_json_lines() {
    let (_dir, _store, router) = router(ServeConfig::default());
    let body = json!({"reviewer": "  نور  ", "labels": [
        {"turn_id": 0, "field": "smile", "value": 1.0},
        {"turn_id": 1, "field": "smile", "value": 0.5},
        {"turn_id": 1, "field": "role", "value": "agent"},
        {"turn_id": 1, "field": "speaker", "value": "S1"},
        {"turn_id": 0, "field": "abusive", "value": true},
        {"turn_id": 0, "field": "sentiment", "value": -1},
    ]});
    let (status, stored) = send_json(&router, "POST", &labels_uri(), Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{stored}");
    let labels = stored["labels"].as_array().unwrap();
    assert_eq!(labels.len(), 6);
    assert_eq!(labels[0]["reviewer"], "نور");
    assert_eq!(labels[0]["machine_value"], json!(0.2));
    assert_eq!(labels[0]["language"], "ar", "the turn's language");
    assert_eq!(
        labels[1]["language"], "ar",
        "the call's, when the turn has none"
    );
    assert_eq!(labels[1]["machine_value"], json!(0.6));
    assert_eq!(
        labels[1]["raw_value"],
        json!(0.4),
        "the value before calibration"
    );
    assert_eq!(labels[2]["machine_value"], "customer");
    assert_eq!(labels[2]["reviewer_value"], "agent");
    assert_eq!(labels[3]["machine_value"], "S2");
    assert_eq!(labels[4]["machine_value"], json!(false));

    let (status, of_call) = send_json(&router, "GET", &labels_uri(), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(of_call["labels"].as_array().unwrap().len(), 6);

    let (status, headers, body) = send(&router, "GET", "/v1/labels?field=smile", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/x-ndjson");
    let lines: Vec<Value> = String::from_utf8(body)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines
        .iter()
        .all(|l| l["field"] == "smile" && l["call_id"] == CALL));
    assert!(headers.get("x-next-after").is_none());

    // Pages: a full page names the next.
    let (_, headers, body) = send(&router, "GET", "/v1/labels?limit=4", None, None).await;
    assert_eq!(String::from_utf8(body).unwrap().lines().count(), 4);
    let after = headers["x-next-after"].to_str().unwrap().to_string();
    let (_, _, body) = send(
        &router,
        "GET",
        &format!("/v1/labels?after={after}"),
        None,
        None,
    )
    .await;
    assert_eq!(String::from_utf8(body).unwrap().lines().count(), 2);
    let (_, _, body) = send(
        &router,
        "GET",
        "/v1/labels?since=2999-01-01T00:00:00Z",
        None,
        None,
    )
    .await;
    assert!(body.is_empty());
    let (status, _, _) = send(&router, "GET", "/v1/labels?field=loudness", None, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_bad_correction_is_422_with_the_reason_and_stores_nothing() {
    let (_dir, store, router) = router(ServeConfig::default());
    let cases = [
        (
            json!({"turn_id": 9, "field": "smile", "value": 0.5}),
            "no turn 9",
        ),
        (
            json!({"turn_id": 0, "field": "loudness", "value": 0.5}),
            "`field` must be one of",
        ),
        (
            json!({"turn_id": 0, "field": "smile", "value": 1.5}),
            "from 0 to 1",
        ),
        (
            json!({"turn_id": 0, "field": "sentiment", "value": "bad"}),
            "from -1 to 1",
        ),
        (
            json!({"turn_id": 0, "field": "abusive", "value": 1}),
            "true or false",
        ),
        (
            json!({"turn_id": 0, "field": "role", "value": "boss"}),
            "`agent` or `customer`",
        ),
        (
            json!({"turn_id": 0, "field": "speaker", "value": "S7"}),
            "S1, S2",
        ),
        (
            json!({"turn_id": 0, "field": "smile", "value": 0.5, "extra": 1}),
            "unknown member",
        ),
    ];
    for (label, reason) in cases {
        let body = json!({"reviewer": "Ada", "labels": [
            {"turn_id": 0, "field": "stress", "value": 0.5}, label]});
        let (status, error) = send_json(&router, "POST", &labels_uri(), Some(body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
        assert_eq!(error["code"], "invalid_label");
        let message = error["message"].as_str().unwrap();
        assert!(
            message.contains(reason) && message.contains("labels[1]"),
            "{message}"
        );
    }
    let (status, error) = send_json(
        &router,
        "POST",
        &labels_uri(),
        Some(json!({"labels": [{"turn_id": 0, "field": "smile", "value": 0.5}]})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error["message"].as_str().unwrap().contains("reviewer"));
    let (status, _, _) = send(&router, "POST", &labels_uri(), None, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "an empty body is not JSON");
    let unknown = "/v1/calls/ffffffffffffffffffffffff/labels";
    let body =
        json!({"reviewer": "Ada", "labels": [{"turn_id": 0, "field": "smile", "value": 0.5}]});
    let (status, _) = send_json(&router, "POST", unknown, Some(body.clone())).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(store
        .labels(&crate::store::labels::LabelQuery::default())
        .unwrap()
        .is_empty());

    // A call not analysed yet: 409.
    let id = crate::store::new_call_id();
    store.enqueue(&id, &id, &NewCall::default(), 10).unwrap();
    let (status, error) = send_json(
        &router,
        "POST",
        &format!("/v1/calls/{id}/labels"),
        Some(body),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(error["code"], "call_not_analysed");
}

#[tokio::test]
async fn calibration_routes_fit_say_why_not_and_need_an_admin_key_when_configured() {
    let settings = ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        admin_keys: vec![ADMIN_KEY.into()],
        ..ServeConfig::default()
    };
    let (_dir, _store, router) = router(settings);
    let (status, _, body) = send(&router, "POST", "/v1/calibration", None, Some(WRITE_KEY)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let error: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(error["code"], "admin_key_required");
    let (status, _, _) = send(
        &router,
        "POST",
        "/v1/calibration/rollback",
        None,
        Some(WRITE_KEY),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Reading it is not administration.
    let (status, _, body) = send(&router, "GET", "/v1/calibration", None, Some(WRITE_KEY)).await;
    assert_eq!(status, StatusCode::OK);
    let current: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(current["current"], Value::Null);

    let (status, _, body) = send(&router, "POST", "/v1/calibration", None, Some(ADMIN_KEY)).await;
    assert_eq!(status, StatusCode::OK);
    let outcome: Value = serde_json::from_slice(&body).unwrap();
    assert!(outcome.get("installed").is_none(), "{outcome}");
    let skipped = outcome["fit"]["scores"][0]["skipped"].as_str().unwrap();
    assert!(
        skipped.contains("at least 30 labels from 5 calls"),
        "{skipped}"
    );
    let (status, _, body) = send(
        &router,
        "POST",
        "/v1/calibration/rollback",
        None,
        Some(ADMIN_KEY),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap()["rolled_back"],
        Value::Null
    );
    let (status, _, _) = send(
        &router,
        "POST",
        "/v1/calibration",
        Some(json!({"min_labels": 2})),
        Some(ADMIN_KEY),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "below the floor");
}

#[tokio::test]
async fn without_admin_keys_read_write_keys_administer() {
    let settings = ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        ..ServeConfig::default()
    };
    let (_dir, _store, router) = router(settings);
    let (status, _, _) = send(
        &router,
        "POST",
        "/v1/calibration",
        Some(json!({"dry_run": true})),
        Some(WRITE_KEY),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}
