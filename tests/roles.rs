//! The roles of a process, with the real binary: `calltone serve --workers 0` (the API
//! alone, no models), `calltone worker` (workers and a health port, no API), the two on one
//! SQLite data directory analysing a call end to end, and `--store` refusing what it cannot
//! use with a usage error (exit 2) that names the problem and never the password.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Generous: the machine running the tests may be busy with other work.
const JOB_TIMEOUT: Duration = Duration::from_secs(900);

mod common;
use common::{get, metric, request, root, Node};

fn data_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("roles-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// `calltone ARGS` run to its end, from the repository root (where the models are).
fn calltone(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(args)
        .current_dir(root())
        .env_remove("RUST_LOG")
        .env_remove("CALLTONE_STORE")
        .output()
        .expect("run calltone")
}

fn upload(addr: SocketAddr, name: &str) -> String {
    let audio = std::fs::read(root().join("samples").join(name)).unwrap();
    let created = request(addr, "POST", "/v1/calls?language=en", "audio/wav", &audio);
    assert_eq!(created.status, 202, "{}", created.text());
    created.json()["id"].as_str().unwrap().to_string()
}

/// Polls `path` until it answers 200.
fn wait_ready(addr: SocketAddr, path: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let answer = get(addr, path);
        if answer.status == 200 {
            return answer.json();
        }
        assert!(Instant::now() < deadline, "never ready: {}", answer.text());
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn the_api_alone_loads_no_model_is_ready_and_keeps_uploads_queued() {
    let dir = data_dir("api-alone");
    // No Whisper model where it points: the API alone must not need one.
    let api = Node::start(
        &[
            "serve",
            "--workers",
            "0",
            "--listen",
            "127.0.0.1:0",
            "--whisper-model",
            "/nonexistent/ggml-missing.bin",
            "--data-dir",
            dir.to_str().unwrap(),
        ],
        "calltone listening on http://",
    );
    let ready = get(api.addr, "/readyz");
    assert_eq!(ready.status, 200, "{}", ready.text());
    let ready = ready.json();
    assert_eq!(
        (ready["role"].as_str(), ready["workers"].as_u64()),
        (Some("api"), Some(0))
    );
    let health = get(api.addr, "/healthz").json();
    assert_eq!(
        (health["role"].as_str(), health["workers"].as_u64()),
        (Some("api"), Some(0))
    );

    let id = upload(api.addr, "call_en_mono_16k.wav");
    // Nobody here analyses it: it waits in the queue for a worker.
    std::thread::sleep(Duration::from_secs(2));
    let call = get(api.addr, &format!("/v1/calls/{id}")).json();
    assert_eq!(call["status"], "queued", "{call}");
    assert_eq!(get(api.addr, "/readyz").json()["queued"], 1);
    let metrics = get(api.addr, "/metrics").text();
    assert_eq!(metric(&metrics, "calltone_queue_depth"), 1.0);
    assert_eq!(metric(&metrics, "calltone_node_info{role=\"api\"}"), 1.0);

    let (exit, stderr) = api.terminate();
    assert!(exit.success(), "{exit}: {stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_worker_answers_on_its_health_port_only_and_exits_cleanly_on_sigterm() {
    let dir = data_dir("worker-health");
    let worker = Node::start(
        &[
            "worker",
            "--listen",
            "127.0.0.1:0",
            "--threads",
            "1",
            "--data-dir",
            dir.to_str().unwrap(),
        ],
        "calltone worker health on http://",
    );
    let health = get(worker.addr, "/healthz");
    assert_eq!(health.status, 200, "{}", health.text());
    let health = health.json();
    assert_eq!(
        (health["role"].as_str(), health["workers"].as_u64()),
        (Some("worker"), Some(1))
    );
    // Ready once its models are loaded.
    let ready = wait_ready(worker.addr, "/readyz");
    assert_eq!(
        (ready["role"].as_str(), ready["queued"].as_i64()),
        (Some("worker"), Some(0))
    );
    let metrics = get(worker.addr, "/metrics").text();
    assert_eq!(metric(&metrics, "calltone_workers{state=\"ready\"}"), 1.0);
    assert_eq!(metric(&metrics, "calltone_node_info{role=\"worker\"}"), 1.0);
    // No API here.
    assert_eq!(get(worker.addr, "/v1/calls").status, 404);

    let (exit, stderr) = worker.terminate();
    assert!(exit.success(), "{exit}: {stderr}");
    assert!(stderr.contains("calltone worker stopped"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_api_and_a_worker_on_one_sqlite_data_dir_analyse_a_call_end_to_end() {
    let dir = data_dir("two-processes");
    let dir_arg = dir.to_str().unwrap();
    let api = Node::start(
        &[
            "serve",
            "--workers",
            "0",
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            dir_arg,
        ],
        "calltone listening on http://",
    );
    let worker = Node::start(
        &[
            "worker",
            "--listen",
            "127.0.0.1:0",
            "--threads",
            "1",
            "--data-dir",
            dir_arg,
        ],
        "calltone worker health on http://",
    );

    // One process per role on an SQLite data directory: a second of either is refused.
    let second = calltone(&["worker", "--listen", "127.0.0.1:0", "--data-dir", dir_arg]);
    assert_eq!(second.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("runs workers on the data directory"),
        "{stderr}"
    );
    let second = calltone(&["serve", "--listen", "127.0.0.1:0", "--data-dir", dir_arg]);
    assert_eq!(second.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("another calltone serve"), "{stderr}");

    // Through the API, analysed by the worker, the report served by the API.
    let id = upload(api.addr, "call_en_mono_16k.wav");
    let deadline = Instant::now() + JOB_TIMEOUT;
    let call = loop {
        let call = get(api.addr, &format!("/v1/calls/{id}")).json();
        if call["status"] == "succeeded" || call["status"] == "failed" {
            break call;
        }
        assert!(
            Instant::now() < deadline,
            "call {id} still {}",
            call["status"]
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    assert_eq!(call["status"], "succeeded", "{call}");
    let report = &call["report"];
    assert_eq!(report["call_id"], id.as_str(), "{call}");
    let text: String = report["turns"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["text"].as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    assert!(text.contains("good morning"), "{text}");
    // The worker did the job, the API none.
    let worker_metrics = get(worker.addr, "/metrics").text();
    assert_eq!(
        metric(
            &worker_metrics,
            "calltone_jobs_total{outcome=\"succeeded\"}"
        ),
        1.0
    );
    let api_metrics = get(api.addr, "/metrics").text();
    assert_eq!(
        metric(&api_metrics, "calltone_jobs_total{outcome=\"succeeded\"}"),
        0.0
    );
    assert_eq!(
        metric(&api_metrics, "calltone_calls{status=\"succeeded\"}"),
        1.0
    );

    let (exit, stderr) = worker.terminate();
    assert!(exit.success(), "worker: {exit}: {stderr}");
    let (exit, stderr) = api.terminate();
    assert!(exit.success(), "api: {exit}: {stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_store_flag_that_cannot_be_used_is_a_usage_error_without_the_password() {
    let dir = data_dir("store-flag");
    let dir_arg = dir.to_str().unwrap();
    let refused = |args: &[&str], wanted: &str| {
        let output = calltone(args);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(wanted), "{args:?}: {stderr}");
        assert!(!stderr.contains("pw-secret"), "{args:?}: {stderr}");
    };
    for command in ["serve", "worker", "calibrate"] {
        refused(
            &[
                command,
                "--data-dir",
                dir_arg,
                "--store",
                "mysql://u:pw-secret@db/calltone",
            ],
            "expected `sqlite` or a PostgreSQL URL",
        );
        refused(
            &[
                command,
                "--data-dir",
                dir_arg,
                "--store",
                "postgres://u:pw-secret@db:99999/calltone",
            ],
            "port",
        );
        refused(
            &[
                command,
                "--data-dir",
                dir_arg,
                "--store",
                "postgres://u:pw-secret@db:5432",
            ],
            "names no database",
        );
    }
    // The variable is read as the flag is.
    let output = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["serve", "--data-dir", dir_arg])
        .current_dir(root())
        .env("CALLTONE_STORE", "sqlite3")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("expected `sqlite`"));
    // A well-formed URL of a database that cannot be reached (nothing listens on port 1)
    // stops the start with the reason, the password left out.
    refused(
        &[
            "worker",
            "--data-dir",
            dir_arg,
            "--store",
            "postgres://u:pw-secret@127.0.0.1:1/calltone",
        ],
        "opening the store postgres://",
    );
    refused(
        &["worker", "--data-dir", dir_arg, "--workers", "0"],
        "--workers 0",
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_worker_whose_model_cannot_load_exits_with_the_reason() {
    let dir = data_dir("worker-no-model");
    let output = calltone(&[
        "worker",
        "--listen",
        "127.0.0.1:0",
        "--data-dir",
        dir.to_str().unwrap(),
        "--whisper-model",
        "/nonexistent/ggml-missing.bin",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("could not load the models")
            && stderr.contains("/nonexistent/ggml-missing.bin"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
