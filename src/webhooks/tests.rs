//! Delivery to a real receiver on 127.0.0.1 (an axum server in the test): the signature
//! checked as the README tells receivers to, retries after a 500 under the same event id,
//! dead events after the retry window, timeouts; and the settings' checks.

use std::sync::Mutex;
use std::time::Instant;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde_json::{json, Value};

use super::*;
use crate::store::webhooks::{WebhookCounts, WebhookState};
use crate::store::{NewCall, Store};

const SECRET: &str = "whsec-test-0123456789abcdef";

/// What the receiver saw: (headers, body) per request.
type Seen = Arc<Mutex<Vec<(HeaderMap, Vec<u8>)>>>;

#[derive(Clone)]
struct Receiver {
    seen: Seen,
    /// Statuses to answer in turn; the last one is repeated.
    script: Arc<Vec<u16>>,
    /// Sleep before answering.
    delay: Duration,
}

async fn receive(
    State(r): State<Receiver>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> StatusCode {
    let n = {
        let mut seen = r.seen.lock().unwrap();
        seen.push((headers, body.to_vec()));
        seen.len()
    };
    tokio::time::sleep(r.delay).await;
    let status = r.script[(n - 1).min(r.script.len() - 1)];
    StatusCode::from_u16(status).unwrap()
}

/// Starts a receiver; returns its URL and what it sees.
async fn receiver(script: &[u16], delay: Duration) -> (String, Seen) {
    let seen: Seen = Arc::default();
    let state = Receiver {
        seen: Arc::clone(&seen),
        script: Arc::new(script.to_vec()),
        delay,
    };
    let app = axum::Router::new()
        .route("/hooks/calltone", axum::routing::post(receive))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/hooks/calltone"), seen)
}

/// A store with the outbox on and one finished call (Arabic metadata); its call id.
fn store_with_event(dir: &std::path::Path) -> (Arc<dyn CallStore>, String) {
    let store = Store::open(dir).unwrap();
    store.set_webhook_outbox(true);
    let id = crate::store::new_call_id();
    let meta = NewCall {
        agent_id: Some("سارة".into()),
        ..NewCall::default()
    };
    store.enqueue(&id, &id, &meta, usize::MAX).unwrap();
    let claim = store.claim().unwrap().unwrap();
    let report = json!({"duration_ms": 5000, "language": "ar",
                        "scores": {"sentiment": {"customer": -0.25}}});
    assert!(store.finish(&claim, &report).unwrap());
    (Arc::new(store), id)
}

fn fast(url: String) -> WebhookConfig {
    WebhookConfig {
        backoff_min: Duration::from_millis(50),
        backoff_max: Duration::from_millis(200),
        poll_interval: Duration::from_millis(20),
        timeout: Duration::from_secs(5),
        ..WebhookConfig::new(url, SECRET.into())
    }
}

/// Waits until the store's counts satisfy `done`.
async fn wait_for(
    store: &Arc<dyn CallStore>,
    done: impl Fn(WebhookCounts) -> bool,
) -> WebhookCounts {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let counts = store.webhook_counts().unwrap();
        if done(counts) {
            return counts;
        }
        assert!(Instant::now() < deadline, "outbox stuck at {counts:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The receiver's check, as the README gives it: HMAC-SHA256 under the secret of
/// `"{timestamp}.{raw body}"`, lowercase hex, compared in constant time with the signature
/// header's `v1=` value; the timestamp within 5 minutes of now.
fn receiver_verifies(headers: &HeaderMap, body: &[u8]) -> bool {
    let timestamp = headers[HEADER_TIMESTAMP].to_str().unwrap();
    let signature = headers[HEADER_SIGNATURE].to_str().unwrap();
    let Some(hex) = signature.strip_prefix("v1=") else {
        return false;
    };
    let Ok(expected) = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("zz"), 16))
        .collect::<Result<Vec<u8>, _>>()
    else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    let fresh = (now_ms() / 1000 - timestamp.parse::<i64>().unwrap()).abs() <= 300;
    fresh && mac.verify_slice(&expected).is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_500_is_retried_and_delivered_under_the_same_id_and_signed() {
    let dir = tempfile::tempdir().unwrap();
    let (store, call_id) = store_with_event(dir.path());
    let (url, seen) = receiver(&[500, 200], Duration::ZERO).await;
    let deliverer = Deliverer::start(fast(url), Arc::clone(&store)).unwrap();
    let counts = wait_for(&store, |c| c.delivered == 1).await;
    deliverer.shutdown().await;
    assert_eq!((counts.pending, counts.dead), (0, 0));

    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2, "one 500, then the retry");
    let ids: Vec<&str> = seen
        .iter()
        .map(|(h, _)| h[HEADER_ID].to_str().unwrap())
        .collect();
    assert_eq!(ids[0], ids[1], "the retry keeps the event id");
    assert_eq!(seen[0].1, seen[1].1, "the retry sends the same body");
    for (headers, body) in seen.iter() {
        assert!(receiver_verifies(headers, body), "bad signature");
        assert_eq!(headers["content-type"], "application/json");
    }
    // A body changed in transit, or another secret, fails the check.
    let (headers, body) = &seen[0];
    let mut tampered = body.clone();
    tampered[10] ^= 1;
    assert!(!receiver_verifies(headers, &tampered));

    let body: Value = serde_json::from_slice(&seen[1].1).unwrap();
    assert_eq!(body["id"], json!(ids[0]));
    assert_eq!(body["type"], json!("call.succeeded"));
    assert_eq!(body["data"]["call_id"], json!(call_id));
    assert_eq!(body["data"]["agent_id"], json!("سارة"));
    assert_eq!(
        body["data"]["scores"]["sentiment"]["customer"],
        json!(-0.25)
    );
    let delivered = store.webhook_events(WebhookState::Delivered, 10).unwrap();
    assert_eq!(delivered[0].id, ids[0]);
    assert_eq!(delivered[0].attempts, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_failing_past_its_retry_window_is_dead_with_the_last_error() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_with_event(dir.path());
    let (url, seen) = receiver(&[503], Duration::ZERO).await;
    let config = WebhookConfig {
        retry_for: Duration::from_millis(400),
        ..fast(url)
    };
    let deliverer = Deliverer::start(config, Arc::clone(&store)).unwrap();
    wait_for(&store, |c| c.dead == 1).await;
    deliverer.shutdown().await;
    let attempts = seen.lock().unwrap().len() as i64;
    assert!(attempts >= 2, "retried before giving up: {attempts}");
    let dead = store.webhook_events(WebhookState::Dead, 10).unwrap();
    assert_eq!(dead[0].attempts, attempts);
    assert_eq!(
        dead[0].last_error.as_deref(),
        Some("HTTP 503 Service Unavailable")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_that_does_not_answer_in_time_is_a_failed_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_with_event(dir.path());
    let (url, _seen) = receiver(&[200], Duration::from_secs(3)).await;
    let config = WebhookConfig {
        timeout: Duration::from_millis(200),
        retry_for: Duration::from_millis(1),
        ..fast(url)
    };
    let deliverer = Deliverer::start(config, Arc::clone(&store)).unwrap();
    wait_for(&store, |c| c.dead == 1).await;
    deliverer.shutdown().await;
    let dead = store.webhook_events(WebhookState::Dead, 10).unwrap();
    assert_eq!(
        dead[0].last_error.as_deref(),
        Some("no answer within 0.2 s")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_connection_is_retried_and_its_error_leaves_the_url_out() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_with_event(dir.path());
    // A port nobody listens on (bound, then closed).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let deliverer = Deliverer::start(
        fast(format!("http://127.0.0.1:{port}/")),
        Arc::clone(&store),
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while store.webhook_events(WebhookState::Pending, 1).unwrap()[0].attempts < 2 {
        assert!(Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    deliverer.shutdown().await;
    let pending = store.webhook_events(WebhookState::Pending, 1).unwrap();
    let error = pending[0].last_error.clone().unwrap();
    assert!(error.contains("error sending request"), "{error}");
    assert!(
        !error.contains(&port.to_string()),
        "the URL is left out: {error}"
    );
}

#[test]
fn retry_delays_double_from_the_minimum_up_to_the_cap_in_their_upper_half() {
    let (min, max) = (Duration::from_secs(10), Duration::from_secs(3600));
    for (attempt, full_s) in [(1, 10), (2, 20), (3, 40), (9, 2560), (10, 3600), (80, 3600)] {
        for _ in 0..20 {
            let d = retry_delay(attempt, min, max).as_secs_f64();
            let full = full_s as f64;
            assert!(d >= full / 2.0 && d <= full, "attempt {attempt}: {d} s");
        }
    }
    // Jitter: twenty draws are not all one value.
    let draws: std::collections::BTreeSet<u128> = (0..20)
        .map(|_| retry_delay(5, min, max).as_micros())
        .collect();
    assert!(draws.len() > 1);
}

#[test]
fn the_next_attempt_falls_inside_the_retry_window_or_never() {
    let config = WebhookConfig {
        backoff_min: Duration::from_secs(10),
        backoff_max: Duration::from_secs(10),
        retry_for: Duration::from_secs(60),
        ..WebhookConfig::new("https://example.com/".into(), SECRET.into())
    };
    let event = |retry_since_ms| WebhookEvent {
        id: "evt_1".into(),
        kind: "call.failed".into(),
        call_id: "c".into(),
        body: "{}".into(),
        created_at_ms: 0,
        attempts: 3,
        next_attempt_at_ms: 0,
        retry_since_ms,
        last_error: None,
        delivered_at_ms: None,
        dead_at_ms: None,
    };
    let at = next_attempt_at(&event(0), 30_000, &config).unwrap();
    assert!((35_000..=40_000).contains(&at), "{at}");
    assert_eq!(next_attempt_at(&event(0), 55_000, &config), None);
    // A re-sent event has a new window.
    assert!(next_attempt_at(&event(50_000), 55_000, &config).is_some());
}

#[test]
fn the_settings_refuse_no_secret_and_plain_http_to_another_machine() {
    let config = |url: &str, secret: &str| WebhookConfig::new(url.into(), secret.into());
    assert!(config("https://hooks.example.com/calltone", SECRET)
        .validate()
        .is_ok());
    assert!(config("http://127.0.0.1:9000/x", SECRET).validate().is_ok());
    assert!(config("http://localhost/x", SECRET).validate().is_ok());
    assert!(config("http://[::1]:9/x", SECRET).validate().is_ok());
    let no_secret = config("https://hooks.example.com/", "")
        .validate()
        .unwrap_err();
    assert!(
        no_secret.to_string().contains("CALLTONE_WEBHOOK_SECRET"),
        "{no_secret}"
    );
    let short = config("https://hooks.example.com/", "short")
        .validate()
        .unwrap_err();
    assert!(short.to_string().contains("at least 16 bytes"), "{short}");
    let http = config("http://hooks.example.com/", SECRET)
        .validate()
        .unwrap_err();
    assert!(http.to_string().contains("--webhook-allow-http"), "{http}");
    let allowed = WebhookConfig {
        allow_http: true,
        ..config("http://hooks.example.com/", SECRET)
    };
    assert!(allowed.validate().is_ok());
    assert!(config("ftp://hooks.example.com/", SECRET)
        .validate()
        .is_err());
    assert!(config("not a url", SECRET).validate().is_err());
    // The secret never shows in a debug print of the settings.
    assert!(!format!("{:?}", config("https://h.example/", SECRET)).contains(SECRET));
}

#[test]
fn the_signature_is_the_hex_hmac_of_timestamp_dot_body() {
    let sig = sign(
        b"Jefe",
        1_700_000_000,
        "{\"type\":\"call.succeeded\"}".as_bytes(),
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
    mac.update(b"1700000000.{\"type\":\"call.succeeded\"}");
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(sig, format!("v1={hex}"));
    assert_eq!(sig.len(), 3 + 64);
}
