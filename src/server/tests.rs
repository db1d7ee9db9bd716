//! The router without a socket and without models (no workers): routes against the OpenAPI
//! file, the error table, auth, and intake's checks. The real server with the real models
//! is tested in `tests/server.rs`.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use super::*;
use crate::store::Store;

const WRITE_KEY: &str = "write-key-0123456789";
const READ_KEY: &str = "read-key-0123456789a";

struct Fixture {
    _dir: tempfile::TempDir,
    router: Router,
}

fn fixture_with(settings: ServeConfig) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let state = AppState::new(Arc::new(store), Arc::new(Queue::new(0)), settings);
    Fixture {
        _dir: dir,
        router: app(state),
    }
}

fn fixture() -> Fixture {
    fixture_with(ServeConfig::default())
}

fn wav(channels: u16, seconds: f32) -> Vec<u8> {
    let spec = hound::WavSpec {
        channels,
        sample_rate: 8000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for i in 0..(8000.0 * seconds) as usize * channels as usize {
        writer
            .write_sample(((i as f32 * 0.05).sin() * 3000.0) as i16)
            .unwrap();
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

async fn send(
    router: &Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

async fn send_json(router: &Router, request: Request<Body>) -> (StatusCode, Value) {
    let (status, _, body) = send(router, request).await;
    let value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, value)
}

fn upload(uri: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "audio/wav")
        .body(Body::from(body))
        .unwrap()
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// The error bodies are `{message, code, type}` with the documented code.
fn assert_error(status: StatusCode, body: &Value, want_status: StatusCode, want_code: &str) {
    assert_eq!(status, want_status, "{body}");
    assert_eq!(body["code"], want_code, "{body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    assert!(body["type"].is_string(), "{body}");
}

#[test]
fn the_openapi_file_lists_exactly_the_routes() {
    let doc: Value = serde_json::from_str(OPENAPI_JSON).unwrap();
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete", "head", "options"]
                .contains(&method.as_str())
            {
                documented.insert((method.clone(), path.clone()));
            }
        }
    }
    let routed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, routed);
}

#[tokio::test]
async fn every_listed_route_is_served_and_nothing_else() {
    let f = fixture();
    let sample_id = "0123456789abcdef01234567";
    for (method, path) in ROUTES {
        let uri = path.replace("{id}", sample_id);
        let request = Request::builder()
            .method(method.to_uppercase().as_str())
            .uri(&uri)
            .body(Body::empty())
            .unwrap();
        let (status, body) = send_json(&f.router, request).await;
        assert_ne!(body["code"], "route_not_found", "{method} {uri}");
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
    }
    let (status, body) = send_json(&f.router, get("/v1/nothing")).await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "route_not_found");
    let put = Request::put("/v1/calls").body(Body::empty()).unwrap();
    let (status, body) = send_json(&f.router, put).await;
    assert_error(
        status,
        &body,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
    );
}

#[tokio::test]
async fn an_upload_is_stored_queued_served_with_ranges_and_deleted() {
    let f = fixture();
    let audio = wav(2, 1.0);
    let uri = "/v1/calls?agent_id=ann&team=north&external_id=pbx-1&started_at=2026-11-16T09:30:00%2B01:00&roles=agent,customer&language=en";
    let (status, headers, body) = send(&f.router, upload(uri, audio.clone())).await;
    let created: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    assert_eq!(created["status"], "queued");
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        headers[header::LOCATION],
        format!("/v1/calls/{id}").as_str()
    );

    let (status, call) = send_json(&f.router, get(&format!("/v1/calls/{id}"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(call["status"], "queued");
    assert_eq!(call["agent_id"], "ann");
    assert_eq!(call["team"], "north");
    assert_eq!(call["external_id"], "pbx-1");
    assert_eq!(call["started_at"], "2026-11-16T08:30:00Z");
    assert_eq!(call["roles"], serde_json::json!(["agent", "customer"]));
    assert_eq!(call["language_hint"], "en");
    assert_eq!(call["audio"]["bytes"], audio.len());
    assert!(call.get("report").is_none());

    let ranged = Request::get(format!("/v1/calls/{id}/audio"))
        .header(header::RANGE, "bytes=4-11")
        .body(Body::empty())
        .unwrap();
    let (status, headers, bytes) = send(&f.router, ranged).await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(bytes, audio[4..12]);
    assert_eq!(headers[header::CONTENT_TYPE], "audio/wav");
    let (status, _, whole) = send(&f.router, get(&format!("/v1/calls/{id}/audio"))).await;
    assert_eq!((status, whole.len()), (StatusCode::OK, audio.len()));

    let (status, list) = send_json(&f.router, get("/v1/calls?status=queued&team=north")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["calls"].as_array().unwrap().len(), 1);

    let delete = Request::delete(format!("/v1/calls/{id}"))
        .body(Body::empty())
        .unwrap();
    let (status, _, _) = send(&f.router, delete).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for uri in [format!("/v1/calls/{id}"), format!("/v1/calls/{id}/audio")] {
        let (status, body) = send_json(&f.router, get(&uri)).await;
        assert_error(status, &body, StatusCode::NOT_FOUND, "call_not_found");
    }
}

#[tokio::test]
async fn multipart_uploads_carry_metadata_in_form_fields() {
    let f = fixture();
    let boundary = "XyZ123boundary";
    let mut body = Vec::new();
    for (name, value) in [("agent_id", "bob"), ("team", "south")] {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").bytes());
    }
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"c.wav\"\r\nContent-Type: audio/wav\r\n\r\n")
            .bytes(),
    );
    body.extend(wav(1, 0.5));
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());
    let request = Request::post("/v1/calls")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    let (status, created) = send_json(&f.router, request).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let (_, call) = send_json(
        &f.router,
        get(&format!("/v1/calls/{}", created["id"].as_str().unwrap())),
    )
    .await;
    assert_eq!(
        (call["agent_id"].as_str(), call["team"].as_str()),
        (Some("bob"), Some("south"))
    );
}

#[tokio::test]
async fn bad_uploads_get_the_documented_status_and_code() {
    let f = fixture_with(ServeConfig {
        max_upload_bytes: 64 * 1024,
        ..ServeConfig::default()
    });
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "/v1/calls",
            b"this is plainly not audio at all".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_audio",
        ),
        (
            "/v1/calls",
            Vec::new(),
            StatusCode::BAD_REQUEST,
            "missing_audio",
        ),
        (
            "/v1/calls",
            b"RIFF\x24\x00\x00\x00WAVEfmt ".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "undecodable_audio",
        ),
        (
            "/v1/calls",
            wav(3, 0.1),
            StatusCode::UNPROCESSABLE_ENTITY,
            "undecodable_audio",
        ),
        (
            "/v1/calls",
            wav(1, 5.0),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
        (
            "/v1/calls?started_at=yesterday",
            wav(1, 0.1),
            StatusCode::BAD_REQUEST,
            "invalid_time",
        ),
        (
            "/v1/calls?language=klingon",
            wav(1, 0.1),
            StatusCode::BAD_REQUEST,
            "invalid_metadata",
        ),
        (
            "/v1/calls?roles=agent,customer",
            wav(1, 0.1),
            StatusCode::BAD_REQUEST,
            "invalid_metadata",
        ),
        (
            "/v1/calls?roles=a%20b",
            wav(1, 0.1),
            StatusCode::BAD_REQUEST,
            "invalid_metadata",
        ),
        (
            "/v1/calls?agentid=ann",
            wav(1, 0.1),
            StatusCode::BAD_REQUEST,
            "unknown_parameter",
        ),
    ];
    for (uri, body, want_status, want_code) in cases {
        let (status, value) = send_json(&f.router, upload(uri, body)).await;
        assert_error(status, &value, want_status, want_code);
    }
    // The decoder's own words reach the client.
    let (_, value) = send_json(&f.router, upload("/v1/calls", wav(3, 0.1))).await;
    assert!(
        value["message"].as_str().unwrap().contains("3 channels"),
        "{value}"
    );
    // Nothing was queued and no partial upload is left behind.
    let (_, list) = send_json(&f.router, get("/v1/calls")).await;
    assert_eq!(list["calls"].as_array().unwrap().len(), 0);
    let leftovers = std::fs::read_dir(f._dir.path().join("audio"))
        .unwrap()
        .count();
    assert_eq!(leftovers, 0);
}

#[tokio::test]
async fn a_stalled_upload_is_dropped_with_408() {
    let f = fixture_with(ServeConfig {
        upload_idle_timeout: std::time::Duration::from_millis(300),
        ..ServeConfig::default()
    });
    let first = futures_util::stream::once(async {
        Ok::<_, std::io::Error>(axum::body::Bytes::from(wav(1, 0.1)))
    });
    let body = Body::from_stream(futures_util::StreamExt::chain(
        first,
        futures_util::stream::pending(),
    ));
    let request = Request::post("/v1/calls").body(body).unwrap();
    let (status, value) = send_json(&f.router, request).await;
    assert_error(
        status,
        &value,
        StatusCode::REQUEST_TIMEOUT,
        "upload_stalled",
    );
    let leftovers = std::fs::read_dir(f._dir.path().join("audio"))
        .unwrap()
        .count();
    assert_eq!(leftovers, 0, "the partial upload is removed");
}

#[tokio::test]
async fn a_full_queue_answers_429_with_retry_after() {
    let f = fixture_with(ServeConfig {
        max_queue: 2,
        ..ServeConfig::default()
    });
    for _ in 0..2 {
        let (status, _) = send_json(&f.router, upload("/v1/calls", wav(1, 0.1))).await;
        assert_eq!(status, StatusCode::ACCEPTED);
    }
    let (status, headers, body) = send(&f.router, upload("/v1/calls", wav(1, 0.1))).await;
    let value: Value = serde_json::from_slice(&body).unwrap();
    assert_error(status, &value, StatusCode::TOO_MANY_REQUESTS, "queue_full");
    let retry: u64 = headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=300).contains(&retry));
}

fn upload_with_key(body: Vec<u8>, key: &[u8]) -> Request<Body> {
    Request::post("/v1/calls?agent_id=ann")
        .header(header::CONTENT_TYPE, "audio/wav")
        .header(
            "idempotency-key",
            axum::http::HeaderValue::from_bytes(key).unwrap(),
        )
        .body(Body::from(body))
        .unwrap()
}

/// Reported: a client whose `202` never arrived retried, and the retry created a second
/// call. With the same `Idempotency-Key`, the retry gets the first call, and its body is
/// not stored.
#[tokio::test]
async fn a_retried_upload_with_its_idempotency_key_gets_the_first_call_not_a_duplicate() {
    let f = fixture();
    let first_audio = wav(1, 0.2);
    let key = b"3f1c7a52-0b7e-4d0e-9a55-0c1b2d3e4f50";
    let (status, headers, body) = send(&f.router, upload_with_key(first_audio.clone(), key)).await;
    let first: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, StatusCode::ACCEPTED, "{first}");
    assert!(headers.get("idempotent-replayed").is_none());
    let first_id = first["id"].as_str().unwrap();

    // The retry (here with another body, to show it is not stored).
    let (status, headers, body) = send(&f.router, upload_with_key(wav(1, 0.5), key)).await;
    let retry: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, StatusCode::OK, "{retry}");
    assert_eq!(retry["id"], first["id"]);
    assert_eq!(retry["status"], "queued");
    assert_eq!(headers["idempotent-replayed"], "true");
    assert_eq!(
        headers[header::LOCATION],
        format!("/v1/calls/{first_id}").as_str()
    );
    let (_, list) = send_json(&f.router, get("/v1/calls")).await;
    assert_eq!(list["calls"].as_array().unwrap().len(), 1);
    let (_, call) = send_json(&f.router, get(&format!("/v1/calls/{first_id}"))).await;
    assert_eq!(call["audio"]["bytes"], first_audio.len());
    let audio_dir = f._dir.path().join("audio");
    assert_eq!(std::fs::read_dir(&audio_dir).unwrap().count(), 1);

    // Another key is another call.
    let (status, other) = send_json(&f.router, upload_with_key(wav(1, 0.2), b"another")).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_ne!(other["id"], first["id"]);
}

#[tokio::test]
async fn an_idempotency_key_too_long_or_not_printable_is_400() {
    let f = fixture();
    for key in [
        vec![b'k'; 256],
        b"tab\there".to_vec(),
        "caf\u{e9}".as_bytes().to_vec(),
    ] {
        let (status, body) = send_json(&f.router, upload_with_key(wav(1, 0.1), &key)).await;
        assert_error(
            status,
            &body,
            StatusCode::BAD_REQUEST,
            "invalid_idempotency_key",
        );
    }
    let (status, _) = send_json(&f.router, upload_with_key(wav(1, 0.1), &[b'k'; 255])).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let audio_dir = f._dir.path().join("audio");
    assert_eq!(std::fs::read_dir(&audio_dir).unwrap().count(), 1);
}

/// Reported: on a full disk an upload got a generic `500 internal error`, and the client
/// could not tell it from a bug. Now: `507` with its own code, and no file left behind.
#[tokio::test]
async fn a_full_disk_answers_507_insufficient_storage_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let failing = crate::store::testing::FailingStore::new(Store::open(dir.path()).unwrap());
    failing
        .enqueue_failures
        .store(1, std::sync::atomic::Ordering::SeqCst);
    let state = AppState::new(
        Arc::new(failing),
        Arc::new(Queue::new(0)),
        ServeConfig::default(),
    );
    let router = app(state);
    let (status, body) = send_json(&router, upload("/v1/calls", wav(1, 0.1))).await;
    assert_error(
        status,
        &body,
        StatusCode::INSUFFICIENT_STORAGE,
        "insufficient_storage",
    );
    assert!(body["message"].as_str().unwrap().contains("disk is full"));
    let left: Vec<_> = std::fs::read_dir(dir.path().join("audio"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // Space is back: the same upload is accepted.
    let (status, _) = send_json(&router, upload("/v1/calls", wav(1, 0.1))).await;
    assert_eq!(status, StatusCode::ACCEPTED);
}

/// Reported: with `--max-queue 3`, 10 concurrent uploads all got `202`, because the queue
/// was counted before the bodies were read. Here no body arrives until all ten requests
/// are past that early count, so only the store's check can hold the limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn max_queue_holds_under_concurrent_uploads() {
    let f = fixture_with(ServeConfig {
        max_queue: 3,
        ..ServeConfig::default()
    });
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(10));
    let uploads: Vec<_> = (0..10)
        .map(|_| {
            let (router, barrier) = (f.router.clone(), barrier.clone());
            tokio::spawn(async move {
                let body = futures_util::stream::once(async move {
                    barrier.wait().await;
                    Ok::<_, std::io::Error>(axum::body::Bytes::from(wav(1, 0.1)))
                });
                let request = Request::post("/v1/calls")
                    .body(Body::from_stream(body))
                    .unwrap();
                send(&router, request).await
            })
        })
        .collect();
    let mut accepted = 0;
    for upload in uploads {
        let (status, headers, body) = upload.await.unwrap();
        if status == StatusCode::ACCEPTED {
            accepted += 1;
            continue;
        }
        let value: Value = serde_json::from_slice(&body).unwrap();
        assert_error(status, &value, StatusCode::TOO_MANY_REQUESTS, "queue_full");
        assert!(headers.contains_key(header::RETRY_AFTER));
    }
    assert_eq!(accepted, 3);
    let (_, list) = send_json(&f.router, get("/v1/calls?status=queued")).await;
    assert_eq!(list["calls"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn bad_queries_are_400_with_the_parameter_named() {
    let f = fixture();
    for (uri, code) in [
        ("/v1/calls?sort=loudness", "invalid_query"),
        ("/v1/calls?min_stress_agent=high", "invalid_query"),
        ("/v1/calls?min_happiness=1", "unknown_parameter"),
        ("/v1/calls?from=2026-13-01", "invalid_time"),
        ("/v1/calls?limit=0", "invalid_query"),
        ("/v1/calls?cursor=nonsense", "invalid_cursor"),
        ("/v1/calls?status=done", "invalid_query"),
        ("/v1/trends", "invalid_query"),
        (
            "/v1/trends?metric=stress_agent&period=month",
            "invalid_query",
        ),
        (
            "/v1/trends?metric=stress_agent&group_by=floor",
            "invalid_query",
        ),
    ] {
        let (status, body) = send_json(&f.router, get(uri)).await;
        assert_error(status, &body, StatusCode::BAD_REQUEST, code);
    }
    let (status, body) = send_json(&f.router, get("/v1/calls/not-an-id")).await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "call_not_found");
    let (status, body) = send_json(
        &f.router,
        get("/v1/trends?metric=stress_customer&period=week&group_by=agent"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["buckets"], serde_json::json!([]));
}

#[tokio::test]
async fn api_keys_guard_every_route_but_health_and_the_spec() {
    let f = fixture_with(ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        read_keys: vec![READ_KEY.into()],
        ..ServeConfig::default()
    });
    let with_key = |request: Request<Body>, key: &str| {
        let (mut parts, body) = request.into_parts();
        parts.headers.insert(
            header::AUTHORIZATION,
            format!("Bearer {key}").parse().unwrap(),
        );
        Request::from_parts(parts, body)
    };
    // Open routes.
    for uri in ["/healthz", "/readyz", "/v1/openapi.json"] {
        let (status, _, _) = send(&f.router, get(uri)).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
    // No key, a wrong key.
    let (status, headers, body) = send(&f.router, get("/v1/calls")).await;
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_error(status, &body, StatusCode::UNAUTHORIZED, "missing_api_key");
    assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
    let (status, body) =
        send_json(&f.router, with_key(get("/metrics"), "wrong-key-0123456789")).await;
    assert_error(status, &body, StatusCode::UNAUTHORIZED, "invalid_api_key");
    let (status, body) = send_json(&f.router, upload("/v1/calls", wav(1, 0.1))).await;
    assert_error(status, &body, StatusCode::UNAUTHORIZED, "missing_api_key");
    // A read-only key reads but does not write.
    let (status, _) = send_json(&f.router, with_key(get("/v1/calls"), READ_KEY)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = send_json(
        &f.router,
        with_key(upload("/v1/calls", wav(1, 0.1)), READ_KEY),
    )
    .await;
    assert_error(status, &body, StatusCode::FORBIDDEN, "read_only_key");
    let delete = Request::builder()
        .method(Method::DELETE)
        .uri("/v1/calls/0123456789abcdef01234567")
        .body(Body::empty())
        .unwrap();
    let (status, body) = send_json(&f.router, with_key(delete, READ_KEY)).await;
    assert_error(status, &body, StatusCode::FORBIDDEN, "read_only_key");
    // A read-write key does both.
    let (status, created) = send_json(
        &f.router,
        with_key(upload("/v1/calls", wav(1, 0.1)), WRITE_KEY),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let (status, _, text) = send(&f.router, with_key(get("/metrics"), WRITE_KEY)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8(text)
        .unwrap()
        .contains("calltone_queue_depth 1"));
}

#[tokio::test]
async fn the_web_page_is_served_without_a_key_and_loads_nothing_from_elsewhere() {
    let f = fixture_with(ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        ..ServeConfig::default()
    });
    for (uri, content_type) in [
        ("/", "text/html"),
        ("/app.js", "text/javascript"),
        ("/style.css", "text/css"),
    ] {
        let (status, headers, body) = send(&f.router, get(uri)).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with(content_type));
        let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(policy.contains("default-src 'self'"), "{policy}");
        // The SVG namespace is a name, not a place anything is loaded from.
        let text = String::from_utf8(body)
            .unwrap()
            .replace("http://www.w3.org/2000/svg", "");
        assert!(
            !text.contains("http://") && !text.contains("https://"),
            "{uri} links out"
        );
    }
    // The page's data still needs the key.
    let (status, _, _) = send(&f.router, get("/v1/calls")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[test]
fn listening_beyond_loopback_without_keys_is_refused_with_the_fix() {
    let open = ServeConfig {
        listen: "0.0.0.0:8080".parse().unwrap(),
        ..ServeConfig::default()
    };
    let message = open.validate().unwrap_err().to_string();
    assert!(message.contains("CALLTONE_API_KEYS"), "{message}");
    let keyed = ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        ..open.clone()
    };
    keyed.validate().unwrap();
    let short = ServeConfig {
        api_keys: vec!["1234".into()],
        ..open
    };
    assert!(short.validate().is_err());
    ServeConfig::default().validate().unwrap();
}

#[tokio::test]
async fn compressed_uploads_are_accepted_and_served_with_their_type() {
    let f = fixture();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for (file, mime) in [
        ("tone_440_mono.mp3", "audio/mpeg"),
        ("tone_440_stereo.flac", "audio/flac"),
    ] {
        let bytes = std::fs::read(data.join(file)).unwrap();
        let (status, created) = send_json(&f.router, upload("/v1/calls", bytes.clone())).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{file}: {created}");
        let id = created["id"].as_str().unwrap();
        let (_, call) = send_json(&f.router, get(&format!("/v1/calls/{id}"))).await;
        assert_eq!(call["audio"]["content_type"], mime, "{file}");
        let (status, headers, served) =
            send(&f.router, get(&format!("/v1/calls/{id}/audio"))).await;
        assert_eq!((status, served == bytes), (StatusCode::OK, true), "{file}");
        assert_eq!(headers[header::CONTENT_TYPE], mime);
    }
}
