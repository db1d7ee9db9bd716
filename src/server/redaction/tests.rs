//! The service with redaction on, without models: the API and a worker with a stand-in
//! analyzer (which redacts its report and masks its audio with the pipeline's own
//! functions) on one store. The upload is never served; once analysed, only the redacted
//! copy is, and the upload is gone unless kept; the search index never sees the words.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use crate::audio::mask::{Mask, MASK_PAD_MS};
use crate::config::Redaction;
use crate::error::Error;
use crate::pipeline::{Analysis, CallOptions};
use crate::queue::Queue;
use crate::report::{
    CallReport, ChannelInfo, ModelsUsed, Moment, SourceFormat, Timings, Turn, Word,
};
use crate::server::{app, AppState, ServeConfig};
use crate::store::audio::AudioStore;
use crate::store::redacted::redacted_key;
use crate::store::{CallStore, Store};
use crate::worker::{Analyzer, Tick, Worker};

const RATE: usize = 16_000;
/// Where the customer says the e-mail address.
const SECRET_MS: (u64, u64) = (1000, 2000);

/// Two channels of 3 s of a signal that is never zero (a stand-in for speech), 16-bit PCM.
fn stereo_wav() -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 2,
        sample_rate: RATE as u32,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for i in 0..3 * RATE {
        for channel in 0..2 {
            let x = ((i as f32 * (0.03 + 0.02 * channel as f32)).sin() * 6000.0) as i16;
            writer.write_sample(if x == 0 { 7 } else { x }).unwrap();
        }
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

/// Analyses nothing: a customer turn that holds an e-mail address, redacted and masked as
/// the pipeline does it.
struct StandIn;

impl Analyzer for StandIn {
    fn analyze_call(
        &mut self,
        path: &std::path::Path,
        options: &CallOptions,
    ) -> Result<CallReport, Error> {
        Ok(self.analyze_call_voices(path, options)?.report)
    }

    fn analyze_call_voices(
        &mut self,
        path: &std::path::Path,
        options: &CallOptions,
    ) -> Result<Analysis, Error> {
        let recording =
            crate::audio::load(path, &Default::default()).map_err(|e| Error::decode(path, e))?;
        let words = [
            ("my", 400, 600),
            ("email", 600, 900),
            ("is", 900, 1000),
            ("dana.k@example.co.il", SECRET_MS.0, SECRET_MS.1),
        ];
        let words: Vec<Word> = words
            .iter()
            .map(|&(text, start_ms, end_ms)| Word {
                text: text.into(),
                start_ms,
                end_ms,
                p: 0.9,
            })
            .collect();
        let turn = Turn {
            role: "customer".into(),
            channel: 1,
            start_ms: 400,
            end_ms: 2000,
            language: Some("en".into()),
            text: "my email is dana.k@example.co.il".into(),
            words,
            evidence: vec!["words: dana.k@example.co.il".into()],
            ..Turn::default()
        };
        let mut report = CallReport {
            schema_version: 1,
            call_id: options.call_id.clone().unwrap_or_default(),
            duration_ms: recording.duration_ms(),
            language: Some("en".into()),
            source: SourceFormat {
                container: "wav".into(),
                codec: "pcm_s16le".into(),
                channels: 2,
                sample_rate_hz: RATE as u32,
            },
            channels: ["agent", "customer"]
                .iter()
                .enumerate()
                .map(|(index, role)| ChannelInfo {
                    index,
                    role: role.to_string(),
                    ..ChannelInfo::default()
                })
                .collect(),
            turns: vec![turn],
            scores: None,
            characteristics: None,
            moments: vec![Moment {
                kind: "stress_peak".into(),
                role: Some("customer".into()),
                start_ms: 400,
                end_ms: 2000,
                why: "said dana.k@example.co.il in a raised voice".into(),
                severity: Some(0.5),
            }],
            models: ModelsUsed {
                asr: "none".into(),
                asr_encoder: None,
                vad: "none".into(),
                tone: None,
                text: None,
                calibration: None,
            },
            timings_ms: Timings::default(),
            warnings: Vec::new(),
            redactions: None,
        };
        let mut redacted_audio = None;
        if options.redact {
            let masks = crate::pipeline::redaction::redact_report(&mut report);
            let mut channels = recording.channels.clone();
            let mask = options.redact_audio.expect("the service masks the audio");
            crate::audio::mask::mask_spans(&mut channels, &masks, mask, MASK_PAD_MS);
            redacted_audio = Some(channels);
        }
        Ok(Analysis {
            report,
            voices: Vec::new(),
            agent_voice: None,
            speaker_voices: Vec::new(),
            redacted_audio,
        })
    }
}

async fn send(router: &Router, request: Request<Body>) -> (StatusCode, String, Vec<u8>) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, kind, body.to_vec())
}

async fn get_json(router: &Router, uri: &str) -> (StatusCode, Value) {
    let (status, _, body) = send(router, Request::get(uri).body(Body::empty()).unwrap()).await;
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// A store, the API redacting as `redaction` says, a worker redacting the same way, and one
/// uploaded call: (store, router, worker, call id, upload bytes).
async fn service(
    dir: &std::path::Path,
    redaction: Redaction,
) -> (Store, Router, Worker, String, Vec<u8>) {
    let store = Store::open(dir).unwrap();
    let audio = store.local_audio();
    service_on(store, audio, redaction).await
}

/// [`service`] with the recordings in `audio`.
async fn service_on(
    store: Store,
    audio: std::sync::Arc<dyn AudioStore>,
    redaction: Redaction,
) -> (Store, Router, Worker, String, Vec<u8>) {
    let settings = ServeConfig {
        redaction: Some(redaction),
        ..ServeConfig::default()
    };
    let router = app(AppState::new(
        std::sync::Arc::new(store.clone()),
        std::sync::Arc::clone(&audio),
        std::sync::Arc::new(Queue::new(0)),
        settings,
    ));
    let worker = Worker::new(
        0,
        std::sync::Arc::new(store.clone()),
        audio,
        std::sync::Arc::new(Queue::new(1)),
        Box::new(StandIn),
    )
    .with_redaction(Some(redaction));
    let upload = stereo_wav();
    let request = Request::post("/v1/calls?roles=agent,customer")
        .header(header::CONTENT_TYPE, "audio/wav")
        .body(Body::from(upload.clone()))
        .unwrap();
    let (status, _, body) = send(&router, request).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let id = serde_json::from_slice::<Value>(&body).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (store, router, worker, id, upload)
}

fn samples(wav: &[u8]) -> (u16, Vec<i16>) {
    let mut reader = hound::WavReader::new(std::io::Cursor::new(wav)).unwrap();
    let channels = reader.spec().channels;
    (
        channels,
        reader.samples::<i16>().map(Result::unwrap).collect(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn with_redaction_on_the_upload_is_never_served_and_is_gone_once_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let audio = store.local_audio();
    let _ = the_upload_is_never_served_and_is_gone_once_analysed(store, audio).await;
}

/// The same with the recordings in an S3-compatible bucket (`--audio-store s3://…`): the
/// upload is stored in the bucket before the `202`, the worker analyses a copy fetched from
/// it and stores the redacted copy there, the API serves that copy (whole and by range), and
/// deleting the call removes its objects.
#[tokio::test(flavor = "multi_thread")]
async fn with_the_recordings_in_a_bucket_intake_worker_audio_and_delete_go_through_it() {
    use crate::store::audio::s3_server;
    if s3_server::skipped(
        "with_the_recordings_in_a_bucket_intake_worker_audio_and_delete_go_through_it",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let staging = dir.path().join("staging");
    let audio: std::sync::Arc<dyn AudioStore> =
        std::sync::Arc::new(tokio::task::block_in_place(|| {
            s3_server::s3_audio("calls", &staging)
        }));
    let (id, router) =
        the_upload_is_never_served_and_is_gone_once_analysed(store.clone(), audio.clone()).await;
    // Nothing of it is left in the bucket, nor on this machine's disk.
    assert!(tokio::task::block_in_place(|| audio.list())
        .unwrap()
        .is_empty());
    assert_eq!(std::fs::read_dir(&staging).unwrap().count(), 0);
    assert!(
        !dir.path().join("audio").exists(),
        "no local audio directory"
    );
    let (status, _) = get_json(&router, &format!("/v1/calls/{id}/audio")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Upload, analyse with redaction, serve, delete, on the recordings in `audio`; the call's id
/// and the router, once the call is deleted.
async fn the_upload_is_never_served_and_is_gone_once_analysed(
    store: Store,
    audio: std::sync::Arc<dyn AudioStore>,
) -> (String, Router) {
    let redaction = Redaction {
        audio_with: Mask::Silence,
        keep_original_audio: false,
    };
    let (store, router, mut worker, id, upload) = service_on(store, audio.clone(), redaction).await;
    let exists = |key: &str| tokio::task::block_in_place(|| audio.exists(key)).unwrap();
    let upload_key = store.get(&id).unwrap().unwrap().audio_key.unwrap();
    assert!(exists(&upload_key), "stored before the 202");
    let audio_uri = format!("/v1/calls/{id}/audio");

    // Queued: the upload holds the address; it is not served.
    let (status, body) = get_json(&router, &audio_uri).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["code"], "audio_not_redacted_yet");

    assert!(matches!(
        tokio::task::block_in_place(|| worker.tick()),
        Tick::Finished { .. }
    ));
    assert!(!exists(&upload_key), "the unredacted upload is deleted");
    assert!(exists(&redacted_key(&upload_key)));

    // Served: the redacted copy, as 16 kHz 16-bit WAV with both channels.
    let (status, kind, served) = send(
        &router,
        Request::get(&audio_uri).body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kind, "audio/wav");
    assert_ne!(served, upload);
    // A range of it, as a player asks.
    let (status, _, part) = send(
        &router,
        Request::get(&audio_uri)
            .header(header::RANGE, "bytes=40-99")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(part, &served[40..100]);
    let (channels, masked) = samples(&served);
    let (_, original) = samples(&upload);
    assert_eq!((channels, masked.len()), (2, original.len()));
    let frame = |ms: u64| ms as usize * RATE / 1000;
    let (from, to) = (
        frame(SECRET_MS.0 - MASK_PAD_MS),
        frame(SECRET_MS.1 + MASK_PAD_MS),
    );
    for i in 0..original.len() / 2 {
        let (agent, customer) = (masked[2 * i], masked[2 * i + 1]);
        // The agent's channel, and the customer's outside the span: as uploaded (to the
        // rounding of one conversion to float and back).
        assert!((agent - original[2 * i]).abs() <= 1, "agent changed at {i}");
        if (from..to).contains(&i) {
            assert_eq!(customer, 0, "customer audible at frame {i}");
        } else {
            assert!(
                (customer - original[2 * i + 1]).abs() <= 1,
                "customer changed at {i}"
            );
        }
    }

    // The report and the search index hold the tag, never the address.
    let (status, call) = get_json(&router, &format!("/v1/calls/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let text = call.to_string();
    assert!(!text.contains("dana"), "{text}");
    assert!(!text.contains("example.co.il"), "{text}");
    assert_eq!(
        call["report"]["turns"][0]["text"], "my email is [EMAIL]",
        "{text}"
    );
    assert_eq!(call["report"]["redactions"][0]["kind"], "email");
    for (phrase, hits) in [("dana", 0), ("example", 0), ("EMAIL", 1)] {
        let (status, list) = get_json(&router, &format!("/v1/calls?q={phrase}")).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        assert_eq!(list["calls"].as_array().unwrap().len(), hits, "q={phrase}");
    }

    // Deleting the call removes the redacted copy too.
    let (status, _, _) = send(
        &router,
        Request::delete(format!("/v1/calls/{id}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(!exists(&redacted_key(&upload_key)));
    (id, router)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kept_original_stays_on_disk_but_only_the_redacted_copy_is_served() {
    let dir = tempfile::tempdir().unwrap();
    let redaction = Redaction {
        audio_with: Mask::Beep,
        keep_original_audio: true,
    };
    let (store, router, mut worker, id, upload) = service(dir.path(), redaction).await;
    assert!(matches!(
        tokio::task::block_in_place(|| worker.tick()),
        Tick::Finished { .. }
    ));
    let upload_key = store.get(&id).unwrap().unwrap().audio_key.unwrap();
    let kept = store.local_audio().fetch(&upload_key).unwrap().unwrap();
    assert_eq!(std::fs::read(kept.path()).unwrap(), upload);
    let (status, kind, served) = send(
        &router,
        Request::get(format!("/v1/calls/{id}/audio"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!((status, kind.as_str()), (StatusCode::OK, "audio/wav"));
    assert_ne!(served, upload);
    // Beeped: the customer's span is a tone, not silence and not the upload.
    let (_, masked) = samples(&served);
    let mid = (SECRET_MS.0 + SECRET_MS.1) as usize / 2 * RATE / 1000;
    let tone: Vec<i16> = (mid..mid + 160).map(|i| masked[2 * i + 1]).collect();
    let peak = tone.iter().map(|x| x.unsigned_abs()).max().unwrap();
    let expected = (crate::audio::mask::BEEP_AMPLITUDE * i16::MAX as f32) as u16;
    assert!(
        peak.abs_diff(expected) < 200,
        "peak {peak}, tone {expected}"
    );
}

#[test]
fn without_redaction_the_upload_is_served_as_uploaded() {
    let dir = tempfile::tempdir().unwrap();
    let audio = crate::store::audio::LocalAudio::open(dir.path()).unwrap();
    let key = "0123456789abcdef01234567";
    std::fs::write(audio.staging_path(key), b"RIFF").unwrap();
    audio.put_file(key, &audio.staging_path(key)).unwrap();
    let row = crate::store::CallRow {
        audio_key: Some(key.into()),
        ..test_row()
    };
    let (served, media_type) = super::audio_to_serve(&row, None, &audio).unwrap();
    assert_eq!((served.as_str(), media_type), (key, None));
    // Redaction on and the call not analysed: refused.
    let on = Redaction::default();
    let refused = super::audio_to_serve(&row, Some(&on), &audio).unwrap_err();
    assert_eq!(refused.parts().1, "audio_not_redacted_yet");
}

fn test_row() -> crate::store::CallRow {
    crate::store::CallRow {
        id: "0123456789abcdef01234567".into(),
        external_id: None,
        agent_id: None,
        team: None,
        started_at_ms: 0,
        language_hint: None,
        roles: None,
        received_at_ms: 0,
        status: crate::store::CallStatus::Queued,
        reason: None,
        attempts: 0,
        claimed_at_ms: None,
        finished_at_ms: None,
        updated_at_ms: 0,
        audio_key: None,
        audio_bytes: 4,
        content_type: None,
        duration_ms: None,
        language: None,
        scores: Default::default(),
        abusive: None,
        speakers: None,
        speaker_roles: None,
        review: None,
        search_hit: None,
    }
}
