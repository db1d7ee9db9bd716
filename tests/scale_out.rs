//! A deployment on several processes, with the real binary, the real models and the real
//! engines: one API process (`calltone serve --workers 0`) and two worker processes
//! (`calltone worker`) on one PostgreSQL database (a throwaway cluster,
//! `scripts/test-postgres.sh`) and one S3-compatible bucket (moto's server,
//! `scripts/s3-test-server.sh`). Fifty calls are uploaded; one worker is killed with `-9`
//! while it analyses a call; every call must still be analysed, and finished exactly once:
//! each call has one `call.succeeded` event (an event is written in the transaction that
//! stores the report, so two stored results would be two events), none failed, and the call
//! the dead worker held was taken again after its lease.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use calltone::store::audio::s3_server;
use calltone::store::postgres::testing::fresh_database_url;
use serde_json::Value;

const CALLS: usize = 50;
/// Short, so that the dead worker's call is taken again soon.
const LEASE_SECS: &str = "6";
const SECRET: &str = "scale-out-test-secret-0123456789";
/// Generous: the machine running the tests may be busy with other work.
const ALL_DONE_TIMEOUT: Duration = Duration::from_secs(1200);

mod common;
use common::{get, metric, request, root, Node};

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("scale-out-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// `path`'s answer as JSON, which must be a 200.
fn get_json(addr: SocketAddr, path: &str) -> Value {
    let answer = get(addr, path);
    assert_eq!(answer.status, 200, "{path}: {}", answer.text());
    answer.json()
}

/// The value of metric `name` (labels included) on `addr`'s `/metrics`.
fn metric_of(addr: SocketAddr, name: &str) -> f64 {
    metric(&get(addr, "/metrics").text(), name)
}

/// The webhook events received, by event id: (type, call id), and how many deliveries.
type Events = Arc<Mutex<BTreeMap<String, (String, String, usize)>>>;

/// A webhook receiver on loopback that answers 200 to every event and keeps them.
fn receiver() -> (SocketAddr, Events) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let events: Events = Arc::default();
    let kept = Arc::clone(&events);
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            let kept = Arc::clone(&kept);
            std::thread::spawn(move || {
                let _ = receive(stream, &kept);
            });
        }
    });
    (addr, events)
}

fn receive(stream: TcpStream, events: &Events) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let event: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if let (Some(id), Some(kind), Some(call)) = (
        event["id"].as_str(),
        event["type"].as_str(),
        event["data"]["call_id"].as_str(),
    ) {
        let mut events = events.lock().unwrap();
        let entry = events
            .entry(id.to_string())
            .or_insert_with(|| (kind.to_string(), call.to_string(), 0));
        entry.2 += 1;
    }
    let mut stream = stream;
    stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
}

#[test]
fn two_workers_and_an_api_on_postgres_and_a_bucket_finish_every_call_once_after_a_kill_9() {
    if s3_server::skipped("scale_out") {
        return;
    }
    let database = fresh_database_url();
    let bucket = s3_server::new_bucket();
    let audio_store = format!("s3://{bucket}/calls");
    let (hook, events) = receiver();
    let env = vec![
        ("AWS_ENDPOINT_URL", s3_server::endpoint()),
        ("AWS_ACCESS_KEY_ID", "test".to_string()),
        ("AWS_SECRET_ACCESS_KEY", "test".to_string()),
        ("AWS_REGION", "us-east-1".to_string()),
        ("AWS_ALLOW_HTTP", "true".to_string()),
        ("CALLTONE_WEBHOOK_SECRET", SECRET.to_string()),
        ("CALLTONE_WEBHOOK_URL", format!("http://{hook}/events")),
        ("CALLTONE_WEBHOOK_BACKOFF_MIN_MS", "200".to_string()),
        ("CALLTONE_WEBHOOK_POLL_MS", "200".to_string()),
    ];
    let api_dir = scratch("api");
    let api = Node::start_with(
        &[
            "serve",
            "--workers",
            "0",
            "--listen",
            "127.0.0.1:0",
            "--store",
            &database,
            "--audio-store",
            &audio_store,
            "--data-dir",
            api_dir.to_str().unwrap(),
            "--max-queue",
            "1000",
        ],
        &env,
        "calltone listening on http://",
    );
    let worker = |name: &str| {
        let dir = scratch(name);
        Node::start_with(
            &[
                "worker",
                "--listen",
                "127.0.0.1:0",
                "--store",
                &database,
                "--audio-store",
                &audio_store,
                "--data-dir",
                dir.to_str().unwrap(),
                "--node-name",
                name,
                "--lease-secs",
                LEASE_SECS,
                "--workers",
                "1",
                "--threads",
                "1",
            ],
            &env,
            "calltone worker health on http://",
        )
    };
    let mut doomed = Some(worker("w1"));
    let survivor = worker("w2");

    let audio = std::fs::read(root().join("tests/data/convert_hello.wav")).unwrap();
    let ids: Vec<String> = (0..CALLS)
        .map(|_| {
            let created = request(
                api.addr,
                "POST",
                "/v1/calls?language=en",
                "audio/wav",
                &audio,
            );
            assert_eq!(created.status, 202, "{}", created.text());
            let created = created.json();
            created["id"].as_str().unwrap().to_string()
        })
        .collect();

    // Kill w1 with -9 while it is analysing a call (its health port says it is busy), and
    // note which call it held.
    let deadline = Instant::now() + ALL_DONE_TIMEOUT;
    let held = loop {
        assert!(Instant::now() < deadline, "w1 never took a call");
        let node = doomed.as_ref().unwrap();
        if metric_of(node.addr, "calltone_workers{state=\"busy\"}") >= 1.0 {
            let processing = get_json(api.addr, "/v1/calls?status=processing&limit=100");
            let mut node = doomed.take().unwrap();
            node.child.kill().unwrap(); // SIGKILL
            node.child.wait().unwrap();
            // The calls in progress at the kill: w1's is among them (w2 holds at most one).
            let held: BTreeSet<String> = processing["calls"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_str().unwrap().to_string())
                .collect();
            break held;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(!held.is_empty(), "no call was in progress at the kill");

    // w2 alone finishes everything, the dead worker's call after its lease.
    loop {
        let succeeded = metric_of(api.addr, "calltone_calls{status=\"succeeded\"}");
        let failed = metric_of(api.addr, "calltone_calls{status=\"failed\"}");
        assert_eq!(failed, 0.0, "a call failed");
        if succeeded as usize == CALLS {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{succeeded} of {CALLS} calls analysed"
        );
        std::thread::sleep(Duration::from_millis(500));
    }

    // Every call has its report; the call(s) in progress at the kill were claimed again.
    let mut retried = 0;
    for id in &ids {
        let call = get_json(api.addr, &format!("/v1/calls/{id}"));
        assert_eq!(call["status"], "succeeded", "{call}");
        let turns = call["report"]["turns"].as_array();
        assert!(
            turns.is_some_and(|t| !t.is_empty()),
            "{id}: no turns in {call}"
        );
        if held.contains(id) && call["attempts"].as_i64().unwrap() >= 2 {
            retried += 1;
        }
    }
    assert!(
        retried >= 1,
        "the dead worker's call was never claimed again"
    );

    // Exactly once: one call.succeeded event per call (a second stored result would be a
    // second event), delivered at least once each.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let events = events.lock().unwrap().clone();
        let per_call: BTreeMap<&str, Vec<&str>> =
            events
                .values()
                .fold(BTreeMap::new(), |mut acc, (kind, call, _)| {
                    acc.entry(call.as_str()).or_default().push(kind.as_str());
                    acc
                });
        if per_call.len() == CALLS {
            for id in &ids {
                assert_eq!(
                    per_call.get(id.as_str()),
                    Some(&vec!["call.succeeded"]),
                    "{id}: events {per_call:?}"
                );
            }
            assert!(events.values().all(|(_, _, deliveries)| *deliveries >= 1));
            break;
        }
        assert!(
            Instant::now() < deadline,
            "events for {} of {CALLS} calls: {per_call:?}",
            per_call.len()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(survivor);
}
