//! The API of a node without workers (`calltone serve --workers 0`): ready without models,
//! honest about running none, and still queueing what it takes. Router without a socket.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use super::tests::get_json;
use super::*;
use crate::store::Store;

fn wav_second() -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 8000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for i in 0..8000 {
        writer
            .write_sample(((i as f32 * 0.05).sin() * 3000.0) as i16)
            .unwrap();
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

fn router(workers: usize) -> (Router, Arc<Queue>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let queue = Arc::new(Queue::new(workers));
    let settings = ServeConfig {
        workers,
        ..ServeConfig::default()
    };
    let audio = store.local_audio();
    let state = AppState::new(Arc::new(store), audio, Arc::clone(&queue), settings);
    (app(state), queue, dir)
}

#[tokio::test]
async fn an_api_without_workers_is_ready_at_once_and_says_it_runs_none() {
    let (router, _queue, _dir) = router(0);
    let (status, body) = get_json(&router, "/readyz").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        (
            body["role"].as_str(),
            body["workers"].as_u64(),
            body["queued"].as_i64()
        ),
        (Some("api"), Some(0), Some(0))
    );
    let (status, body) = get_json(&router, "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (body["role"].as_str(), body["workers"].as_u64()),
        (Some("api"), Some(0))
    );

    // An upload is queued (workers elsewhere take it) and counted in the queue depth.
    let upload = Request::post("/v1/calls")
        .header(header::CONTENT_TYPE, "audio/wav")
        .body(Body::from(wav_second()))
        .unwrap();
    let response = router.clone().oneshot(upload).await.unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let (_, body) = get_json(&router, "/readyz").await;
    assert_eq!(body["queued"], 1, "{body}");
    let response = router
        .clone()
        .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let text = response.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&text);
    assert!(text.contains("calltone_queue_depth 1\n"), "{text}");
    assert!(
        text.contains("calltone_workers{state=\"configured\"} 0\n"),
        "{text}"
    );
    assert!(
        text.contains("calltone_node_info{role=\"api\"} 1\n"),
        "{text}"
    );
}

#[tokio::test]
async fn an_api_with_workers_waits_for_their_models() {
    let (router, queue, _dir) = router(1);
    let (status, body) = get_json(&router, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("0 of 1 workers ready"),
        "{body}"
    );
    queue.set_loaded(true);
    let (status, body) = get_json(&router, "/readyz").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["role"], "api+workers", "{body}");
}

#[test]
fn workers_0_is_valid_and_65_is_not() {
    let with = |workers| ServeConfig {
        workers,
        ..ServeConfig::default()
    };
    assert!(with(0).validate().is_ok());
    let message = with(MAX_WORKERS + 1).validate().unwrap_err().to_string();
    assert!(
        message.contains("--workers 65") && message.contains("between 0"),
        "{message}"
    );
}
