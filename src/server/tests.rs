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
use crate::store::{CallStatus, Store};

const WRITE_KEY: &str = "write-key-0123456789";
const READ_KEY: &str = "read-key-0123456789a";

struct Fixture {
    _dir: tempfile::TempDir,
    router: Router,
}

fn fixture_with(settings: ServeConfig) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let audio = store.local_audio();
    let state = AppState::new(Arc::new(store), audio, Arc::new(Queue::new(0)), settings);
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

pub(super) async fn send_json(router: &Router, request: Request<Body>) -> (StatusCode, Value) {
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

pub(super) fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// `GET uri` through the router: the status and the body as JSON (`null` when not JSON).
pub(super) async fn get_json(router: &Router, uri: &str) -> (StatusCode, Value) {
    send_json(router, get(uri)).await
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
    assert_readable(body);
}

/// A message a person reads: no run of spaces left by a string continued over lines.
pub(super) fn assert_readable(body: &Value) {
    let message = body["message"].as_str().unwrap_or_default();
    assert!(!message.contains("  "), "spaces in the message: {body}");
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
async fn a_range_header_with_40000_ranges_is_refused_before_parsing() {
    let f = fixture();
    let audio = wav(1, 0.5);
    let (status, _, body) = send(&f.router, upload("/v1/calls", audio.clone())).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let created: Value = serde_json::from_slice(&body).unwrap();
    let id = created["id"].as_str().unwrap();
    let ranges: Vec<String> = (0..40_000).map(|i| format!("{i}-{i}")).collect();
    for range in [
        format!("bytes={}", ranges.join(",")),
        "bytes=0-1,4-5".into(),
    ] {
        let request = Request::get(format!("/v1/calls/{id}/audio"))
            .header(header::RANGE, range)
            .body(Body::empty())
            .unwrap();
        let (status, headers, body) = send(&f.router, request).await;
        let value: Value = serde_json::from_slice(&body).unwrap();
        assert_error(
            status,
            &value,
            StatusCode::RANGE_NOT_SATISFIABLE,
            "too_many_ranges",
        );
        assert_eq!(
            headers[header::CONTENT_RANGE],
            format!("bytes */{}", audio.len()).as_str()
        );
    }
    // One range is still served.
    let request = Request::get(format!("/v1/calls/{id}/audio"))
        .header(header::RANGE, "bytes=0-3")
        .body(Body::empty())
        .unwrap();
    let (status, _, bytes) = send(&f.router, request).await;
    assert_eq!(
        (status, bytes.as_slice()),
        (StatusCode::PARTIAL_CONTENT, b"RIFF".as_slice())
    );
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
    assert_eq!(files_in_audio_dir(&f), 0);
}

/// A request body that sends `first`, then nothing, ever.
fn stalling_after(first: Vec<u8>) -> Body {
    let first = futures_util::stream::once(async move {
        Ok::<_, std::io::Error>(axum::body::Bytes::from(first))
    });
    Body::from_stream(futures_util::StreamExt::chain(
        first,
        futures_util::stream::pending(),
    ))
}

/// Recordings and partial uploads in the fixture's audio directory.
fn files_in_audio_dir(f: &Fixture) -> usize {
    std::fs::read_dir(f._dir.path().join("audio"))
        .unwrap()
        .count()
}

#[tokio::test]
async fn a_stalled_upload_is_dropped_with_408() {
    let f = fixture_with(ServeConfig {
        upload_idle_timeout: std::time::Duration::from_millis(300),
        ..ServeConfig::default()
    });
    let request = Request::post("/v1/calls")
        .body(stalling_after(wav(1, 0.1)))
        .unwrap();
    let (status, value) = send_json(&f.router, request).await;
    assert_error(
        status,
        &value,
        StatusCode::REQUEST_TIMEOUT,
        "upload_stalled",
    );
    assert_eq!(files_in_audio_dir(&f), 0, "the partial upload is removed");
}

#[tokio::test]
async fn a_stalled_multipart_upload_is_dropped_with_408() {
    let f = fixture_with(ServeConfig {
        upload_idle_timeout: std::time::Duration::from_millis(300),
        ..ServeConfig::default()
    });
    // The metadata part and 20 kB of the recording arrive, then nothing.
    let mut head = b"--XyZ\r\nContent-Disposition: form-data; name=\"team\"\r\n\r\nnorth\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.wav\"\r\n\
Content-Type: audio/wav\r\n\r\n"
        .to_vec();
    head.extend_from_slice(&wav(1, 2.0)[..20_000]);
    let request = Request::post("/v1/calls")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=XyZ")
        .body(stalling_after(head))
        .unwrap();
    let answered = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        send_json(&f.router, request),
    )
    .await
    .expect("a stalled multipart upload is answered");
    let (status, value) = answered;
    assert_error(
        status,
        &value,
        StatusCode::REQUEST_TIMEOUT,
        "upload_stalled",
    );
    assert_eq!(files_in_audio_dir(&f), 0, "the partial upload is removed");
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
    let audio = failing.inner.local_audio();
    let state = AppState::new(
        Arc::new(failing),
        audio,
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
async fn the_bearer_scheme_is_case_insensitive() {
    let f = fixture_with(ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        ..ServeConfig::default()
    });
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let request = Request::get("/v1/calls")
            .header(header::AUTHORIZATION, format!("{scheme} {WRITE_KEY}"))
            .body(Body::empty())
            .unwrap();
        let (status, body) = send_json(&f.router, request).await;
        assert_eq!(status, StatusCode::OK, "{scheme}: {body}");
    }
    for value in [format!("Basic {WRITE_KEY}"), format!("Bearer{WRITE_KEY}")] {
        let request = Request::get("/v1/calls")
            .header(header::AUTHORIZATION, value)
            .body(Body::empty())
            .unwrap();
        let (status, body) = send_json(&f.router, request).await;
        assert_error(status, &body, StatusCode::UNAUTHORIZED, "missing_api_key");
    }
}

#[tokio::test]
async fn a_keyless_server_refuses_other_hosts_and_cross_origin_writes() {
    let f = fixture();
    let with = |mut request: Request<Body>, pairs: &[(&'static str, &str)]| {
        for (name, value) in pairs {
            request.headers_mut().insert(*name, value.parse().unwrap());
        }
        request
    };
    // DNS rebinding: another name for 127.0.0.1 reads nothing.
    for host in [
        "evil.example:8080",
        "evil.example",
        "127.0.0.1:9999",
        "localhost",
    ] {
        let (status, body) = send_json(&f.router, with(get("/v1/calls"), &[("host", host)])).await;
        assert_error(status, &body, StatusCode::FORBIDDEN, "host_not_allowed");
    }
    for host in [
        "127.0.0.1:8080",
        "localhost:8080",
        "LOCALHOST:8080",
        "[::1]:8080",
    ] {
        let (status, body) = send_json(&f.router, with(get("/v1/calls"), &[("host", host)])).await;
        assert_eq!(status, StatusCode::OK, "{host}: {body}");
    }
    // The health checks answer whatever the name.
    let (status, _) = send_json(
        &f.router,
        with(get("/healthz"), &[("host", "evil.example")]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // A page elsewhere cannot upload, as a raw body or a form.
    let cross_site: [&[(&'static str, &str)]; 3] = [
        &[("origin", "http://evil.example")],
        &[("origin", "null")],
        &[("sec-fetch-site", "cross-site")],
    ];
    for headers in cross_site {
        let (status, body) =
            send_json(&f.router, with(upload("/v1/calls", wav(1, 0.1)), headers)).await;
        assert_error(status, &body, StatusCode::FORBIDDEN, "cross_origin_request");
        let form = Request::post("/v1/calls")
            .header(header::CONTENT_TYPE, "multipart/form-data; boundary=XyZ")
            .body(Body::from("--XyZ--\r\n"))
            .unwrap();
        let (status, body) = send_json(&f.router, with(form, headers)).await;
        assert_error(status, &body, StatusCode::FORBIDDEN, "cross_origin_request");
    }
    let (_, list) = send_json(&f.router, get("/v1/calls")).await;
    assert_eq!(list["calls"].as_array().unwrap().len(), 0);
    // The server's own page (same origin) and programs (no Origin) still upload.
    let own_page = [
        ("host", "127.0.0.1:8080"),
        ("origin", "http://127.0.0.1:8080"),
        ("sec-fetch-site", "same-origin"),
    ];
    let (status, body) =
        send_json(&f.router, with(upload("/v1/calls", wav(1, 0.1)), &own_page)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    let (status, body) = send_json(&f.router, upload("/v1/calls", wav(1, 0.1))).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    // With keys, the keys decide.
    let keyed = fixture_with(ServeConfig {
        api_keys: vec![WRITE_KEY.into()],
        ..ServeConfig::default()
    });
    let request = with(
        get("/v1/calls"),
        &[
            ("host", "calls.example.com"),
            ("authorization", &format!("Bearer {WRITE_KEY}")),
        ],
    );
    let (status, body) = send_json(&keyed.router, request).await;
    assert_eq!(status, StatusCode::OK, "{body}");
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
async fn json_audio_and_metrics_answers_are_nosniff_and_no_store() {
    let f = fixture();
    let (status, _, body) = send(&f.router, upload("/v1/calls", wav(1, 0.2))).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let created: Value = serde_json::from_slice(&body).unwrap();
    let id = created["id"].as_str().unwrap();
    for uri in [
        "/v1/calls".to_string(),
        format!("/v1/calls/{id}"),
        format!("/v1/calls/{id}/audio"),
        "/metrics".into(),
        "/healthz".into(),
        "/v1/nothing".into(),
    ] {
        let (_, headers, _) = send(&f.router, get(&uri)).await;
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{uri}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{uri}");
    }
    // The web page keeps its own caching rule.
    let (_, headers, _) = send(&f.router, get("/")).await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
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

/// A real server on `127.0.0.1:0` (no workers) with these settings.
async fn start_server(settings: ServeConfig) -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let settings = ServeConfig {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        ..settings
    };
    let audio = store.local_audio();
    let server = Server::start(settings, Arc::new(store), audio, Arc::new(Queue::new(0)))
        .await
        .unwrap();
    (dir, server)
}

/// Everything the server sends until it closes the connection (or `within` runs out).
async fn read_until_closed(stream: &mut tokio::net::TcpStream, within: Duration) -> Vec<u8> {
    use tokio::io::AsyncReadExt;
    let mut received = Vec::new();
    tokio::time::timeout(within, stream.read_to_end(&mut received))
        .await
        .expect("the server closes the connection")
        .unwrap();
    received
}

#[tokio::test]
async fn a_partial_request_head_or_an_idle_connection_is_closed_after_its_timeout() {
    use tokio::io::AsyncWriteExt;
    let (_dir, server) = start_server(ServeConfig {
        header_timeout: Duration::from_millis(300),
        idle_timeout: Duration::from_millis(600),
        ..ServeConfig::default()
    })
    .await;
    let addr = server.local_addr();
    // Half a head, then nothing: closed without an answer.
    let mut partial = tokio::net::TcpStream::connect(addr).await.unwrap();
    partial
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .await
        .unwrap();
    assert!(read_until_closed(&mut partial, Duration::from_secs(5))
        .await
        .is_empty());
    // A connection that never sends anything.
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    assert!(read_until_closed(&mut idle, Duration::from_secs(5))
        .await
        .is_empty());
    // A kept-alive connection is answered, then closed once idle.
    let mut kept = tokio::net::TcpStream::connect(addr).await.unwrap();
    kept.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let answered = read_until_closed(&mut kept, Duration::from_secs(5)).await;
    assert!(
        answered.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answered)
    );
    server.shutdown().await;
}

#[tokio::test]
async fn connections_past_max_connections_get_503_with_retry_after() {
    use tokio::io::AsyncWriteExt;
    let (_dir, server) = start_server(ServeConfig {
        max_connections: 2,
        ..ServeConfig::default()
    })
    .await;
    let addr = server.local_addr();
    // Not a probe (those have reserved places past the limit).
    let request =
        format!("GET /v1/openapi.json HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let first = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _second = tokio::net::TcpStream::connect(addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut third = tokio::net::TcpStream::connect(addr).await.unwrap();
    third.write_all(request.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut third, Duration::from_secs(5)).await;
    let answer = String::from_utf8_lossy(&answer).to_string();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("\r\nretry-after: "),
        "{answer}"
    );
    let body: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_error(
        StatusCode::SERVICE_UNAVAILABLE,
        &body,
        StatusCode::SERVICE_UNAVAILABLE,
        "too_many_connections",
    );
    // Once a connection closes, its place is free again.
    drop(first);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let mut next = tokio::net::TcpStream::connect(addr).await.unwrap();
        next.write_all(request.as_bytes()).await.unwrap();
        let answer = read_until_closed(&mut next, Duration::from_secs(5)).await;
        if answer.starts_with(b"HTTP/1.1 200") {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the place never came back"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.shutdown().await;
}

/// Reported by the soak (`benches/soak.py`): with stalled sockets holding every place,
/// `/healthz` got a quick `503`, or its connection closed without an answer (past 64
/// refusals at once): monitoring saw the process as down. Probes past the limit are now
/// served on reserved places, and every other connection past it gets the `503`.
#[tokio::test]
async fn healthz_answers_200_while_stalled_sockets_hold_every_connection() {
    use tokio::io::AsyncWriteExt;
    use tokio::net::TcpStream;
    let (_dir, server) = start_server(ServeConfig {
        max_connections: 4,
        ..ServeConfig::default()
    })
    .await;
    let addr = server.local_addr();
    // Every place held: idle sockets and half-sent heads (10 s and 60 s timeouts).
    let mut held = Vec::new();
    for i in 0..4 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        if i % 2 == 1 {
            s.write_all(format!("GET /v1/calls HTTP/1.1\r\nHost: {addr}\r\n").as_bytes())
                .await
                .unwrap();
        }
        held.push(s);
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    // And more stalled past the limit, waiting in triage: idle, and probes' heads cut short
    // (more than the places kept for probes).
    for _ in 0..4 {
        held.push(TcpStream::connect(addr).await.unwrap());
    }
    for _ in 0..12 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\n").as_bytes())
            .await
            .unwrap();
        held.push(s);
    }
    let ask = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    for _ in 0..3 {
        let started = std::time::Instant::now();
        let mut probe = TcpStream::connect(addr).await.unwrap();
        probe.write_all(ask("/healthz").as_bytes()).await.unwrap();
        let answer = read_until_closed(&mut probe, Duration::from_secs(5)).await;
        let answer = String::from_utf8_lossy(&answer).to_string();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(answer.contains(r#""status":"ok""#), "{answer}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
    // /readyz too, with a query.
    let mut probe = TcpStream::connect(addr).await.unwrap();
    probe
        .write_all(ask("/readyz?verbose=1").as_bytes())
        .await
        .unwrap();
    let answer = read_until_closed(&mut probe, Duration::from_secs(5)).await;
    let answer = String::from_utf8_lossy(&answer).to_string();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(r#""status":"ready""#), "{answer}");
    // Anything else past the limit is refused, with the answer.
    let mut other = TcpStream::connect(addr).await.unwrap();
    other.write_all(ask("/healthzz").as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut other, Duration::from_secs(5)).await;
    let answer = String::from_utf8_lossy(&answer).to_string();
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("too_many_connections"), "{answer}");
    server.shutdown().await;
}

/// Past the limit and past the connections waiting in triage, a connection used to be
/// closed without an answer; now each is answered `503 too_many_connections` at once.
#[tokio::test]
async fn every_connection_past_the_limit_gets_503_not_a_silent_close() {
    use tokio::net::TcpStream;
    let (_dir, server) = start_server(ServeConfig {
        max_connections: 2,
        ..ServeConfig::default()
    })
    .await;
    let addr = server.local_addr();
    let _held = [
        TcpStream::connect(addr).await.unwrap(),
        TcpStream::connect(addr).await.unwrap(),
    ];
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Twice as many idle sockets as wait in triage at once.
    let mut refused = Vec::new();
    for _ in 0..128 {
        refused.push(TcpStream::connect(addr).await.unwrap());
    }
    for (i, s) in refused.iter_mut().enumerate() {
        let answer = read_until_closed(s, Duration::from_secs(5)).await;
        let answer = String::from_utf8_lossy(&answer).to_string();
        assert!(
            answer.starts_with("HTTP/1.1 503"),
            "connection {i}: {answer:?}"
        );
        assert!(
            answer.contains("too_many_connections"),
            "connection {i}: {answer}"
        );
    }
    server.shutdown().await;
}

#[tokio::test]
async fn unreadable_request_heads_get_the_json_error_not_an_empty_body() {
    use tokio::io::AsyncWriteExt;
    let (_dir, server) = start_server(ServeConfig::default()).await;
    let addr = server.local_addr();
    let long_uri = format!("/v1/calls?team={}", "a".repeat(70_000));
    let many_headers: String = (0..120).map(|i| format!("x-h{i}: {i}\r\n")).collect();
    let cases = [
        (
            format!("GET {long_uri} HTTP/1.1\r\nHost: {addr}\r\n\r\n"),
            StatusCode::URI_TOO_LONG,
            "uri_too_long",
        ),
        (
            format!("GET /v1/calls HTTP/1.1\r\nHost: {addr}\r\n{many_headers}\r\n"),
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "headers_too_large",
        ),
        (
            "GET /v1/calls HTTP/1.1\r\nbad header line\r\n\r\n".to_string(),
            StatusCode::BAD_REQUEST,
            "malformed_request",
        ),
    ];
    for (request, want_status, want_code) in cases {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        // The server may answer and close before it has read all of a too-large head.
        let _ = stream.write_all(request.as_bytes()).await;
        let answer = read_until_closed(&mut stream, Duration::from_secs(5)).await;
        let answer = String::from_utf8_lossy(&answer).to_string();
        let (head, body) = answer.split_once("\r\n\r\n").expect(&answer);
        let status: u16 = head[9..12].parse().unwrap();
        let body: Value = serde_json::from_str(body).expect(&answer);
        assert_error(
            StatusCode::from_u16(status).unwrap(),
            &body,
            want_status,
            want_code,
        );
        let head = head.to_ascii_lowercase();
        assert!(head.contains("content-type: application/json"), "{head}");
        assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    }
    // An ordinary request on a new connection is untouched.
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await
        .unwrap();
    let answer = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(answer.starts_with(b"HTTP/1.1 200"));
    server.shutdown().await;
}

#[tokio::test]
async fn a_slow_download_is_not_cut_by_the_idle_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_dir, server) = start_server(ServeConfig {
        idle_timeout: Duration::from_millis(300),
        header_timeout: Duration::from_millis(300),
        ..ServeConfig::default()
    })
    .await;
    let addr = server.local_addr();
    // Larger than the socket buffers, so the answer is still being sent while the client waits.
    let audio = wav(1, 500.0);
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /v1/calls HTTP/1.1\r\nHost: {addr}\r\nContent-Type: audio/wav\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        audio.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&audio).await.unwrap();
    let answer = read_until_closed(&mut stream, Duration::from_secs(30)).await;
    let answer = String::from_utf8_lossy(&answer).to_string();
    assert!(answer.starts_with("HTTP/1.1 202"), "{answer}");
    let created: Value = serde_json::from_str(answer.split_once("\r\n\r\n").unwrap().1).unwrap();
    let id = created["id"].as_str().unwrap();

    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!(
                "GET /v1/calls/{id}/audio HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let mut first = [0u8; 1024];
    let n = stream.read(&mut first).await.unwrap();
    assert!(n > 0);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let mut received = first[..n].to_vec();
    received.extend(read_until_closed(&mut stream, Duration::from_secs(30)).await);
    let body_at = received.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    assert_eq!(
        received.len() - body_at,
        audio.len(),
        "the whole recording arrives"
    );
    server.shutdown().await;
}

/// `metric=agent_strain`: per agent and week, stress against the agent's own baseline and
/// the abuse absorbed, with the agent flagged when the strain rose week on week.
#[tokio::test]
async fn agent_strain_is_a_trend_per_agent_and_week_that_flags_an_agent_wearing_down() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    // 2026-11-16, a Monday.
    let monday_ms: i64 = 1_794_787_200_000;
    let mut n = 0u32;
    for (agent, stresses) in [
        ("ann", [0.2, 0.25, 0.35, 0.5]),
        ("bob", [0.4, 0.4, 0.4, 0.4]),
    ] {
        for (week, stress) in stresses.into_iter().enumerate() {
            for call in 0..3 {
                n += 1;
                let abusive = agent == "ann" && week == 3 && call == 0;
                let report = serde_json::json!({
                    "duration_ms": 60_000,
                    "scores": {"stress": {"agent": stress}, "tone_reference": {"agent": "profile"}},
                    "turns": [
                        {"role": "agent", "abusive": false, "shouting": false},
                        {"role": "customer", "abusive": abusive, "shouting": abusive},
                    ],
                });
                let meta = crate::store::NewCall {
                    agent_id: Some(agent.into()),
                    team: Some("north".into()),
                    started_at_ms: Some(monday_ms + week as i64 * 7 * 86_400_000 + 3_600_000),
                    ..Default::default()
                };
                store
                    .insert_report(&format!("{n:024x}"), &meta, &report)
                    .unwrap();
            }
        }
    }
    let audio = store.local_audio();
    let state = AppState::new(
        Arc::new(store),
        audio,
        Arc::new(Queue::new(0)),
        ServeConfig::default(),
    );
    let router = app(state);

    let (status, body) = send_json(&router, get("/v1/trends?metric=agent_strain")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        (&body["period"], &body["group_by"]),
        (&serde_json::json!("week"), &serde_json::json!("agent"))
    );
    let buckets = body["buckets"].as_array().unwrap();
    assert_eq!(buckets.len(), 8);
    let ann: Vec<&Value> = buckets.iter().filter(|b| b["group"] == "ann").collect();
    assert_eq!(ann[3]["period"], "2026-12-07");
    assert_eq!(ann[3]["calls"], 3);
    assert_eq!(ann[3]["abusive_turns"], 1);
    assert_eq!(ann[3]["calls_with_abuse"], 1);
    assert_eq!(ann[3]["shouting_turns"], 1);
    assert_eq!(ann[3]["tone_reference"]["profile"], 3);
    // Her baseline is the median of her 12 calls: (0.25 + 0.35) / 2.
    let value = ann[3]["value"].as_f64().unwrap();
    assert!((value - 0.2).abs() < 1e-9, "{value}");
    let agents = body["agents"].as_array().unwrap();
    assert_eq!(agents[0]["agent_id"], "ann");
    assert_eq!(agents[0]["wearing_down"], true);
    assert_eq!(agents[0]["rising_weeks"], 4);
    assert_eq!(agents[1]["agent_id"], "bob");
    assert_eq!(agents[1]["wearing_down"], false);

    // One agent, explicitly per week and agent.
    let (status, body) = send_json(
        &router,
        get("/v1/trends?metric=agent_strain&period=week&group_by=agent&agent_id=bob"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["buckets"].as_array().unwrap().len(), 4);
    assert!(body["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["value"] == 0.0));

    // Strain is per week and per agent only.
    for uri in [
        "/v1/trends?metric=agent_strain&period=day",
        "/v1/trends?metric=agent_strain&group_by=team",
    ] {
        let (status, body) = send_json(&router, get(uri)).await;
        assert_error(status, &body, StatusCode::BAD_REQUEST, "invalid_query");
        assert!(
            body["message"].as_str().unwrap().contains("agent_strain"),
            "{body}"
        );
    }
}

/// `GET /v1/agents/{id}/profile`: the agent's profile pooled from the store's summaries, or
/// 404 with the reason.
#[tokio::test]
async fn an_agents_voice_profile_is_served_once_a_call_has_left_a_summary() {
    use crate::profiles::{FeatureNorm, VoiceProfile, EXTRACTOR_VERSION, MIN_PROFILE_CALLS};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let feature = crate::tone::features::RAW_FEATURE_NAMES[0];
    let voice = VoiceProfile {
        extractor: EXTRACTOR_VERSION.into(),
        calls: 1,
        speech_ms: 45_000,
        features: [(
            feature.to_string(),
            FeatureNorm {
                median: 2.5,
                spread: 0.5,
            },
        )]
        .into(),
        envelope: None,
    };
    for n in 1..=2u32 {
        let id = format!("{n:024x}");
        let meta = crate::store::NewCall {
            agent_id: Some("ann marie".into()),
            ..Default::default()
        };
        store
            .insert_report(&id, &meta, &serde_json::json!({"duration_ms": 1}))
            .unwrap();
        assert!(crate::profiles::record_summary(&store, &id, &voice).unwrap());
    }
    // bob's only summary is an older extractor's.
    let meta = crate::store::NewCall {
        agent_id: Some("bob".into()),
        ..Default::default()
    };
    let bob_call = format!("{:024x}", 3);
    store
        .insert_report(&bob_call, &meta, &serde_json::json!({"duration_ms": 1}))
        .unwrap();
    store
        .put_voice_summary(
            &bob_call,
            "calltone-features-0",
            45_000,
            &serde_json::json!({}),
        )
        .unwrap();
    let audio = store.local_audio();
    let state = AppState::new(
        Arc::new(store),
        audio,
        Arc::new(Queue::new(0)),
        ServeConfig::default(),
    );
    let router = app(state);

    let (status, body) = send_json(&router, get("/v1/agents/ann%20marie/profile")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["agent_id"], "ann marie");
    assert_eq!(body["extractor"], EXTRACTOR_VERSION);
    assert_eq!(body["calls"], 2);
    assert_eq!(body["speech_s"], 90.0);
    assert_eq!(body["usable"], false, "two calls are under the minimum");
    assert_eq!(body["min_calls"], MIN_PROFILE_CALLS);
    assert_eq!(body["features"][feature]["median"], 2.5);
    assert_eq!(body["features"][feature]["spread"], 0.5);

    let (status, body) = send_json(&router, get("/v1/agents/bob/profile")).await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "profile_not_found");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("another version"),
        "{body}"
    );
    let (status, body) = send_json(&router, get("/v1/agents/nobody/profile")).await;
    assert_error(status, &body, StatusCode::NOT_FOUND, "profile_not_found");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("no succeeded call"),
        "{body}"
    );
}

#[test]
fn the_apis_most_speakers_is_the_pipelines() {
    assert_eq!(calls::MAX_SPEAKERS, crate::speakers::cluster::MAX_SPEAKERS);
    // Every value the API accepts, the pipeline reads.
    for value in ["1", "2", "3", "4", "auto"] {
        assert!(value.parse::<crate::speakers::SpeakerCount>().is_ok());
    }
}

#[tokio::test]
async fn an_upload_takes_a_count_of_speakers_or_says_why_not() {
    let f = fixture();
    for bad in ["0", "5", "two", "-1", "2.5", ""] {
        let (status, value) = send_json(
            &f.router,
            upload(&format!("/v1/calls?speakers={bad}"), wav(1, 0.1)),
        )
        .await;
        assert_error(status, &value, StatusCode::BAD_REQUEST, "invalid_metadata");
        assert!(
            value["message"].as_str().unwrap().contains("`speakers`"),
            "{value}"
        );
    }
    for (given, stored) in [("3", "3"), ("AUTO", "auto"), ("1", "1")] {
        let (status, created) = send_json(
            &f.router,
            upload(&format!("/v1/calls?speakers={given}"), wav(1, 0.1)),
        )
        .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{created}");
        let id = created["id"].as_str().unwrap();
        let (_, call) = send_json(&f.router, get(&format!("/v1/calls/{id}"))).await;
        assert_eq!(call["speakers"], stored);
    }
    let (_, created) = send_json(&f.router, upload("/v1/calls", wav(1, 0.1))).await;
    let id = created["id"].as_str().unwrap();
    let (_, call) = send_json(&f.router, get(&format!("/v1/calls/{id}"))).await;
    assert_eq!(call["speakers"], Value::Null, "the pipeline's default");
}

/// A call's report: a mono call of two speakers (S1 the agent), or a stereo call.
fn speakers_report(mono: bool) -> Value {
    let channels = if mono {
        serde_json::json!([
            {"index": 0, "speaker": "S1", "role": "agent", "role_confidence": 0.7,
             "role_reason": "spoke first", "speech_ms": 500},
            {"index": 0, "speaker": "S2", "role": "customer", "role_confidence": 0.7,
             "role_reason": "spoke first", "speech_ms": 400}
        ])
    } else {
        serde_json::json!([
            {"index": 0, "role": "agent", "speech_ms": 500},
            {"index": 1, "role": "customer", "speech_ms": 400}
        ])
    };
    serde_json::json!({
        "duration_ms": 1000,
        "channels": channels,
        "scores": {"stress": {"agent": 0.2, "customer": 0.7}},
        "turns": []
    })
}

fn put_json(uri: &str, body: &str) -> Request<Body> {
    Request::put(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

#[tokio::test]
async fn a_reviewer_swaps_the_speakers_roles_and_the_call_is_analysed_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (mono, stereo) = (format!("{:024x}", 1), format!("{:024x}", 2));
    let meta = crate::store::NewCall::default();
    store
        .insert_report(&mono, &meta, &speakers_report(true))
        .unwrap();
    store
        .insert_report(&stereo, &meta, &speakers_report(false))
        .unwrap();
    let queue = Arc::new(Queue::new(0));
    let state = AppState::new(
        Arc::new(store.clone()),
        store.local_audio(),
        queue,
        ServeConfig::default(),
    );
    let router = app(state);
    let put = |id: &str, body: &str| put_json(&format!("/v1/calls/{id}/speakers"), body);

    // 404: no such call (well-formed id or not).
    for id in [format!("{:024x}", 9), "nope".to_string()] {
        let (status, body) = send_json(&router, put(&id, r#"{"swap": true}"#)).await;
        assert_error(status, &body, StatusCode::NOT_FOUND, "call_not_found");
    }
    // 400: bodies that say nothing usable, and labels the call does not have.
    for bad in [
        "swap",
        r#"{"swap": false}"#,
        r#"{"roles": {"S1": "manager"}}"#,
        r#"{"roles": {"S3": "agent"}}"#,
        r#"{}"#,
    ] {
        let (status, body) = send_json(&router, put(&mono, bad)).await;
        assert_error(
            status,
            &body,
            StatusCode::BAD_REQUEST,
            "invalid_speaker_roles",
        );
    }
    let (_, body) = send_json(&router, put(&mono, r#"{"roles": {"S3": "agent"}}"#)).await;
    assert!(
        body["message"].as_str().unwrap().contains("S1, S2"),
        "{body}"
    );
    // 409: a stereo call has no speakers to name.
    let (status, body) = send_json(&router, put(&stereo, r#"{"swap": true}"#)).await;
    assert_error(status, &body, StatusCode::CONFLICT, "not_multi_speaker");

    // The swap: 202, the call queued again with the roles, the old report still shown.
    let (status, body) = send_json(&router, put(&mono, r#"{"swap": true}"#)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    assert_eq!(body["status"], "queued");
    assert_eq!(
        body["speaker_roles"],
        serde_json::json!({"S1": "customer", "S2": "agent"})
    );
    let (_, call) = send_json(&router, get(&format!("/v1/calls/{mono}"))).await;
    assert_eq!(call["status"], "queued");
    assert_eq!(
        call["speaker_roles"],
        serde_json::json!({"S1": "customer", "S2": "agent"})
    );
    assert_eq!(call["report_stale"], true);
    assert_eq!(call["report"]["channels"][0]["role"], "agent");
    let claim = store.claim().unwrap().unwrap();
    assert_eq!(claim.call.id, mono);
    assert_eq!(
        claim.call.speaker_roles.as_ref().unwrap()["S1"],
        "customer",
        "the worker gets the roles with the call"
    );

    // 409: not while the call is being analysed.
    let (status, body) = send_json(&router, put(&mono, r#"{"swap": true}"#)).await;
    assert_error(status, &body, StatusCode::CONFLICT, "call_not_analysed");
    assert!(
        body["message"].as_str().unwrap().contains("processing"),
        "{body}"
    );

    // Once analysed again, a reviewer may change one speaker; the other keeps its earlier
    // reviewer's role.
    let mut report = speakers_report(true);
    report["channels"][0]["role"] = "customer".into();
    report["channels"][1]["role"] = "agent".into();
    assert!(store.finish(&claim, &report).unwrap());
    let (_, call) = send_json(&router, get(&format!("/v1/calls/{mono}"))).await;
    assert_eq!(call["status"], "succeeded");
    assert!(call.get("report_stale").is_none(), "{call}");
    let (status, body) = send_json(&router, put(&mono, r#"{"roles": {"S1": "agent"}}"#)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    assert_eq!(
        body["speaker_roles"],
        serde_json::json!({"S1": "agent", "S2": "agent"})
    );
}

#[tokio::test]
async fn a_swap_is_refused_while_the_queue_is_full() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = format!("{:024x}", 1);
    store
        .insert_report(
            &id,
            &crate::store::NewCall::default(),
            &speakers_report(true),
        )
        .unwrap();
    let settings = ServeConfig {
        max_queue: 1,
        ..ServeConfig::default()
    };
    let router = app(AppState::new(
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::new(Queue::new(0)),
        settings,
    ));
    let (status, _) = send_json(&router, upload("/v1/calls", wav(1, 0.1))).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (status, body) = send_json(
        &router,
        put_json(&format!("/v1/calls/{id}/speakers"), r#"{"swap": true}"#),
    )
    .await;
    assert_error(status, &body, StatusCode::TOO_MANY_REQUESTS, "queue_full");
    assert_eq!(
        store.get(&id).unwrap().unwrap().status,
        CallStatus::Succeeded
    );
}

#[tokio::test]
async fn a_recording_of_an_agent_is_queued_for_enrolment_and_listed_with_their_voices() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let router = app(AppState::new(
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::new(Queue::new(0)),
        ServeConfig::default(),
    ));
    // Refusals, with the reason.
    for (uri, body, code) in [
        (
            "/v1/agents/ann/voice?channel=1",
            wav(1, 0.1),
            "invalid_metadata",
        ),
        (
            "/v1/agents/ann/voice?channel=right",
            wav(2, 0.1),
            "invalid_metadata",
        ),
        (
            "/v1/agents/ann/voice?chanel=1",
            wav(2, 0.1),
            "unknown_parameter",
        ),
        ("/v1/agents/ann/voice", Vec::new(), "missing_audio"),
    ] {
        let (status, value) = send_json(&router, upload(uri, body)).await;
        assert_error(status, &value, StatusCode::BAD_REQUEST, code);
    }
    let (status, value) =
        send_json(&router, upload("/v1/agents/ann/voice", b"text".to_vec())).await;
    assert_error(
        status,
        &value,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_audio",
    );

    let (status, created) = send_json(
        &router,
        upload("/v1/agents/ann%20marie/voice?channel=1", wav(2, 0.1)),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    assert_eq!(created["status"], "queued");
    assert_eq!(created["agent_id"], "ann marie");
    assert_eq!(created["channel"], 1);
    // Queued for a worker, not as a call.
    assert_eq!(store.queue_depth().unwrap(), 0);
    let claimed = store.claim_enrolment().unwrap().unwrap();
    assert_eq!(claimed.id, created["id"].as_str().unwrap());
    assert!(store
        .finish_enrolment(&claimed.id, Ok(&[1.0, 0.0]), "test")
        .unwrap());

    let (status, voice) = send_json(&router, get("/v1/agents/ann%20marie/voice")).await;
    assert_eq!(status, StatusCode::OK, "{voice}");
    assert_eq!(voice["voices"], 1);
    assert_eq!(voice["enrolled"], 1);
    assert_eq!(voice["learned"], 0);
    assert_eq!(voice["heard"], serde_json::json!({"test": 1}));
    assert_eq!(voice["mono_calls"], 0);
    assert_eq!(voice["enrolments"][0]["status"], "succeeded");
    let (_, nobody) = send_json(&router, get("/v1/agents/nobody/voice")).await;
    assert_eq!(nobody["voices"], 0);
    assert_eq!(nobody["enrolments"], serde_json::json!([]));
}
