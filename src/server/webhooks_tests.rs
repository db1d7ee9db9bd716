//! The webhook routes and metrics on the router without a socket: dead events listed with
//! their payload, re-sent by an admin only, bad queries refused, counts in `/metrics`.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::queue::Queue;
use crate::server::{app, AppState, ServeConfig};
use crate::store::webhooks::WebhookState;
use crate::store::{now_ms, CallStore, NewCall, Store};

const WRITE_KEY: &str = "write-key-0123456789";
const ADMIN_KEY: &str = "admin-key-0123456789";

/// A store with the outbox on and two events: one dead (a failed call, its Hebrew reason),
/// one pending; and the router over it with write and admin keys.
fn router() -> (tempfile::TempDir, Arc<Store>, Router, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path()).unwrap());
    store.set_webhook_outbox(true);
    for _ in 0..2 {
        let id = crate::store::new_call_id();
        store
            .enqueue(&id, &id, &NewCall::default(), usize::MAX)
            .unwrap();
        let claim = store.claim().unwrap().unwrap();
        store.fail(&claim, "אין דיבור בהקלטה").unwrap();
    }
    let events = store.claim_webhook_events(now_ms(), 1, 60_000).unwrap();
    let dead = events[0].id.clone();
    store
        .webhook_attempt_failed(&dead, None, "HTTP 500 Internal Server Error")
        .unwrap();
    let settings = ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        admin_keys: vec![ADMIN_KEY.into()],
        ..ServeConfig::default()
    };
    let state = AppState::new(
        Arc::clone(&store) as Arc<dyn CallStore>,
        store.local_audio(),
        Arc::new(Queue::new(0)),
        settings,
    );
    (dir, store, app(state), dead)
}

async fn send(
    router: &Router,
    method: &str,
    uri: &str,
    body: &str,
    key: &str,
) -> (StatusCode, Vec<u8>) {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, bytes.to_vec())
}

async fn send_json(
    router: &Router,
    method: &str,
    uri: &str,
    body: &str,
    key: &str,
) -> (StatusCode, Value) {
    let (status, bytes) = send(router, method, uri, body, key).await;
    (status, serde_json::from_slice(&bytes).unwrap())
}

#[tokio::test]
async fn dead_events_are_listed_with_their_payload_and_counts() {
    let (_dir, _store, router, dead) = router();
    let (status, body) = send_json(&router, "GET", "/v1/webhooks/events", "", WRITE_KEY).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "dead");
    assert_eq!(
        body["counts"],
        json!({"pending": 1, "delivered": 0, "dead": 1})
    );
    let events = body["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    let event = &events[0];
    assert_eq!(event["id"], json!(dead));
    assert_eq!(event["type"], "call.failed");
    assert_eq!(event["attempts"], 1);
    assert_eq!(event["last_error"], "HTTP 500 Internal Server Error");
    assert_eq!(event["next_attempt_at"], Value::Null);
    assert!(event["dead_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(event["payload"]["id"], json!(dead));
    assert_eq!(event["payload"]["data"]["reason"], "אין דיבור בהקלטה");
    let (_, pending) = send_json(
        &router,
        "GET",
        "/v1/webhooks/events?status=pending&limit=5",
        "",
        WRITE_KEY,
    )
    .await;
    assert_eq!(pending["events"].as_array().unwrap().len(), 1);
    assert_ne!(pending["events"][0]["id"], json!(dead));
    assert!(pending["events"][0]["next_attempt_at"].is_string());
}

#[tokio::test]
async fn bad_list_queries_are_400_with_the_parameter_named() {
    let (_dir, _store, router, _) = router();
    for (query, named) in [
        ("status=lost", "lost"),
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("limit=ten", "limit"),
        ("color=red", "color"),
    ] {
        let uri = format!("/v1/webhooks/events?{query}");
        let (status, body) = send_json(&router, "GET", &uri, "", WRITE_KEY).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["code"], "invalid_query");
        assert!(body["message"].as_str().unwrap().contains(named), "{body}");
    }
}

#[tokio::test]
async fn only_an_admin_resends_a_dead_event_and_only_a_dead_one() {
    let (_dir, store, router, dead) = router();
    let body = json!({"id": dead}).to_string();
    let (status, answer) = send_json(
        &router,
        "POST",
        "/v1/webhooks/events/resend",
        &body,
        WRITE_KEY,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(answer["code"], "admin_key_required");
    assert_eq!(store.webhook_counts().unwrap().dead, 1);

    let (status, answer) = send_json(
        &router,
        "POST",
        "/v1/webhooks/events/resend",
        &body,
        ADMIN_KEY,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["id"], json!(dead));
    assert_eq!(answer["status"], "pending");
    let pending = store.webhook_events(WebhookState::Pending, 10).unwrap();
    assert!(pending.iter().any(|e| e.id == dead));

    // Not dead any more: 409; not an event id: 400.
    let (status, answer) = send_json(
        &router,
        "POST",
        "/v1/webhooks/events/resend",
        &body,
        ADMIN_KEY,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(answer["code"], "webhook_event_not_dead");
    for bad in [r#"{"id": "../etc"}"#, r#"{"id": 7}"#, "not json", "{}"] {
        let (status, answer) = send_json(
            &router,
            "POST",
            "/v1/webhooks/events/resend",
            bad,
            ADMIN_KEY,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(answer["code"], "invalid_resend_request");
    }
}

#[tokio::test]
async fn metrics_count_webhook_events_by_status() {
    let (_dir, _store, router, _) = router();
    let (status, bytes) = send(&router, "GET", "/metrics", "", WRITE_KEY).await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains("calltone_webhook_events{status=\"pending\"} 1\n"),
        "{text}"
    );
    assert!(text.contains("calltone_webhook_events{status=\"dead\"} 1\n"));
    assert!(text.contains("calltone_webhook_events{status=\"delivered\"} 0\n"));
}
