//! Intake and the workers when the audio store fails: a bucket that refuses the upload is
//! `503 audio_store_unavailable` with nothing queued and nothing left on the disk, and a
//! worker that cannot read a recording puts its call back in the queue instead of failing it.
//! (The round trip through a working bucket is in `redaction/tests.rs`.)

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::StatusCode;
use tower::ServiceExt;

use super::tests::{get_json, send_json};
use super::*;
use crate::store::audio::{s3_server, AudioError, AudioStore, LocalCopy, StoredAudio};
use crate::store::{new_call_id, CallStatus, NewCall, Store};
use crate::worker::{Tick, Worker};

fn wav() -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 8000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for i in 0..800 {
        writer
            .write_sample(((i as f32 * 0.05).sin() * 3000.0) as i16)
            .unwrap();
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

fn post(uri: &str) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::post(uri)
        .header(axum::http::header::CONTENT_TYPE, "audio/wav")
        .body(axum::body::Body::from(wav()))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upload_the_bucket_refuses_is_503_and_nothing_is_queued_or_left_behind() {
    if s3_server::skipped(
        "an_upload_the_bucket_refuses_is_503_and_nothing_is_queued_or_left_behind",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let staging = dir.path().join("staging");
    let (bucket, audio) = tokio::task::block_in_place(|| {
        let bucket = s3_server::new_bucket();
        let audio = s3_server::open(&format!("s3://{bucket}/calls"), &staging).unwrap();
        (bucket, audio)
    });
    let router = app(AppState::new(
        Arc::new(store.clone()),
        Arc::new(audio),
        Arc::new(crate::queue::Queue::new(0)),
        ServeConfig::default(),
    ));
    // The bucket is gone after the start (deleted, or its permissions changed).
    tokio::task::block_in_place(|| s3_server::delete_bucket(&bucket));
    for uri in ["/v1/calls", "/v1/agents/ann/voice"] {
        let response = router.clone().oneshot(post(uri)).await.unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE, "{uri}");
        assert!(response.headers().contains_key("retry-after"));
        let (_, body) = send_json(&router, post(uri)).await;
        assert_eq!(body["code"], "audio_store_unavailable", "{body}");
        let message = body["message"].as_str().unwrap();
        assert!(
            message.contains(&bucket),
            "the reason names the store: {message}"
        );
    }
    let (_, list) = get_json(&router, "/v1/calls").await;
    assert_eq!(list["calls"].as_array().unwrap().len(), 0);
    assert_eq!(store.queue_depth().unwrap(), 0);
    assert!(store.enrolments("ann", 10).unwrap().is_empty());
    assert_eq!(
        std::fs::read_dir(&staging).unwrap().count(),
        0,
        "no staging file left behind"
    );
}

/// An audio store that cannot be reached: every request fails as a bucket's would.
#[derive(Debug)]
struct Unreachable(PathBuf);

impl Unreachable {
    fn error(&self, key: &str) -> AudioError {
        AudioError::Remote {
            store: "s3://gone".into(),
            key: key.into(),
            message: "connection refused".into(),
        }
    }
}

impl AudioStore for Unreachable {
    fn location(&self) -> String {
        "s3://gone".into()
    }
    fn staging_path(&self, name: &str) -> PathBuf {
        self.0.join(format!("{name}.part"))
    }
    fn put_file(&self, key: &str, _local: &Path) -> Result<u64, AudioError> {
        Err(self.error(key))
    }
    fn fetch(&self, key: &str) -> Result<Option<LocalCopy>, AudioError> {
        Err(self.error(key))
    }
    fn exists(&self, key: &str) -> Result<bool, AudioError> {
        Err(self.error(key))
    }
    fn delete(&self, key: &str) -> Result<(), AudioError> {
        Err(self.error(key))
    }
    fn list(&self) -> Result<Vec<StoredAudio>, AudioError> {
        Err(self.error(""))
    }
    fn sweep_staging(&self, _grace: std::time::Duration) -> Result<usize, AudioError> {
        Ok(0)
    }
}

/// Never called: the recording cannot be read.
struct NoAnalysis;

impl crate::worker::Analyzer for NoAnalysis {
    fn analyze_call(
        &mut self,
        _path: &Path,
        _options: &crate::pipeline::CallOptions,
    ) -> Result<crate::report::CallReport, crate::error::Error> {
        panic!("analysed without its recording")
    }
}

#[test]
fn a_worker_that_cannot_read_the_recording_puts_the_call_back_instead_of_failing_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = new_call_id();
    store
        .enqueue(&id, &id, &NewCall::default(), usize::MAX)
        .unwrap();
    let mut worker = Worker::new(
        0,
        Arc::new(store.clone()),
        Arc::new(Unreachable(dir.path().to_path_buf())),
        Arc::new(crate::queue::Queue::new(1)),
        Box::new(NoAnalysis),
    );
    match worker.tick() {
        Tick::Requeued {
            id: requeued,
            error,
            panicked,
        } => {
            assert_eq!(requeued, id);
            assert!(error.contains("connection refused"), "{error}");
            assert!(!panicked);
        }
        other => panic!("not requeued: {other:?}"),
    }
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status, row.attempts), (CallStatus::Queued, 0));
}
