//! The real server on 127.0.0.1 with the real models: uploads analysed end to end, many
//! concurrent uploads with none lost or analysed twice, bad inputs and keys over the wire,
//! and recovery of the real binary from `kill -9` and SIGTERM in the middle of a job.
//!
//! One in-process server (two workers, models loaded once) serves every test but the
//! recovery test, which runs the binary as a child process. Requests go through a minimal
//! HTTP/1.1 client over `TcpStream` (tests/common), so what is tested is what a client sees
//! on the wire.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use calltone::config::Config;
use calltone::queue::Queue;
use calltone::server::{ServeConfig, Server};
use calltone::store::{CallStore, Store};
use calltone::worker::Workers;
use serde_json::Value;

mod common;
use common::{exchange, root, Response};

const WRITE_KEY: &str = "test-write-key-0123456789";
const READ_KEY: &str = "test-read-key-0123456789";
/// Generous: the machine running the tests may be busy with other work.
const JOB_TIMEOUT: Duration = Duration::from_secs(900);
const MAX_UPLOAD_BYTES: u64 = 2 * 1024 * 1024;

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(root().join("samples").join(name)).unwrap()
}

// ---- a minimal HTTP/1.1 client ----

/// Requests with the headers given, waiting up to 120 s (a worker may be mid-analysis).
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    exchange(addr, method, path, headers, body, Duration::from_secs(120))
}

fn bearer(key: &str) -> String {
    format!("Bearer {key}")
}

fn get(addr: SocketAddr, path: &str) -> Response {
    request(
        addr,
        "GET",
        path,
        &[("Authorization", &bearer(WRITE_KEY))],
        b"",
    )
}

fn post_audio(addr: SocketAddr, path: &str, audio: &[u8]) -> Response {
    request(
        addr,
        "POST",
        path,
        &[
            ("Authorization", &bearer(WRITE_KEY)),
            ("Content-Type", "audio/wav"),
        ],
        audio,
    )
}

/// Polls a call until it is `succeeded` or `failed`.
fn wait_done(addr: SocketAddr, id: &str) -> Value {
    let deadline = Instant::now() + JOB_TIMEOUT;
    loop {
        let call = get(addr, &format!("/v1/calls/{id}")).json();
        if call["status"] == "succeeded" || call["status"] == "failed" {
            return call;
        }
        assert!(
            Instant::now() < deadline,
            "call {id} still {}",
            call["status"]
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

// ---- test audio ----

fn wav_bytes(samples: &[i16], channels: u16, rate: u32) -> Vec<u8> {
    let spec = hound::WavSpec {
        channels,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for &s in samples {
        writer.write_sample(s).unwrap();
    }
    writer.finalize().unwrap();
    cursor.into_inner()
}

/// `start_s..end_s` of the mono sample, as a WAV.
fn cut_mono_sample(start_s: f32, end_s: f32) -> Vec<u8> {
    let mut reader = hound::WavReader::open(root().join("samples/call_en_mono_16k.wav")).unwrap();
    let rate = reader.spec().sample_rate;
    let samples: Vec<i16> = reader
        .samples::<i16>()
        .skip((start_s * rate as f32) as usize)
        .take(((end_s - start_s) * rate as f32) as usize)
        .map(Result::unwrap)
        .collect();
    wav_bytes(&samples, 1, rate)
}

/// A second of faint line noise: real audio in which the VAD finds no speech.
fn line_noise() -> Vec<u8> {
    let mut state = 12345u32;
    let samples: Vec<i16> = (0..8000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            ((state >> 16) % 41) as i16 - 20
        })
        .collect();
    wav_bytes(&samples, 1, 8000)
}

// ---- the shared in-process server ----

fn server() -> SocketAddr {
    static SERVER: OnceLock<SocketAddr> = OnceLock::new();
    *SERVER.get_or_init(|| {
        // Earlier runs' data directories go; this run's stays for a look after a failure.
        let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        for entry in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with("server-test-")
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let data_dir = tmp.join(format!("server-test-{}", std::process::id()));
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Runtime::new().unwrap();
            runtime.block_on(async move {
                let settings = ServeConfig {
                    listen: "127.0.0.1:0".parse().unwrap(),
                    data_dir,
                    workers: 2,
                    max_upload_bytes: MAX_UPLOAD_BYTES,
                    api_keys: vec![WRITE_KEY.into()],
                    read_keys: vec![READ_KEY.into()],
                    ..ServeConfig::default()
                };
                let config = Config {
                    threads: 1,
                    ..Config::default()
                };
                // Wired as `calltone serve` wires them: the store, the queue's shared
                // state, the server, then the workers.
                let store: Arc<dyn CallStore> = Arc::new(Store::open(&settings.data_dir).unwrap());
                let audio = calltone::store::audio::open(None, &settings.data_dir).unwrap();
                let queue = Arc::new(Queue::new(settings.workers));
                let server = Server::start(
                    settings,
                    Arc::clone(&store),
                    Arc::clone(&audio),
                    Arc::clone(&queue),
                )
                .await
                .unwrap();
                let _workers = Workers::start(store, audio, &config, queue);
                tx.send(server.local_addr()).unwrap();
                server.run_until(std::future::pending()).await.unwrap();
            });
        });
        let addr = rx.recv().unwrap();
        let deadline = Instant::now() + Duration::from_secs(300);
        while request(addr, "GET", "/readyz", &[], b"").status != 200 {
            assert!(Instant::now() < deadline, "server never became ready");
            std::thread::sleep(Duration::from_millis(200));
        }
        addr
    })
}

fn transcript(report: &Value) -> String {
    report["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap().to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn each_sample_is_uploaded_analysed_and_reported() {
    let addr = server();
    let stereo = post_audio(
        addr,
        "/v1/calls?agent_id=ann&team=north&external_id=pbx-42&started_at=2026-11-20T10:00:00Z&language=en",
        &sample("call_en_stereo_8k_ulaw.wav"),
    );
    assert_eq!(
        stereo.status,
        202,
        "{}",
        String::from_utf8_lossy(&stereo.body)
    );
    let mono = post_audio(
        addr,
        "/v1/calls?roles=agent",
        &sample("call_en_mono_16k.wav"),
    );
    assert_eq!(mono.status, 202);

    let call = wait_done(addr, stereo.json()["id"].as_str().unwrap());
    assert_eq!(call["status"], "succeeded", "{call}");
    assert_eq!(call["attempts"], 1);
    assert_eq!(call["agent_id"], "ann");
    assert_eq!(call["started_at"], "2026-11-20T10:00:00Z");
    assert_eq!(call["language"], "en");
    let report = &call["report"];
    assert_eq!(report["call_id"], call["id"]);
    assert_eq!(report["source"]["codec"], "mulaw");
    assert!((44_000..45_000).contains(&report["duration_ms"].as_u64().unwrap()));
    let roles: Vec<&str> = report["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["role"].as_str().unwrap())
        .collect();
    assert!(
        roles.contains(&"agent") && roles.contains(&"customer"),
        "{roles:?}"
    );
    let text = transcript(report);
    for words in ["customer service", "charged twice", "peter brown"] {
        assert!(text.contains(words), "`{words}` not in: {text}");
    }

    let call = wait_done(addr, mono.json()["id"].as_str().unwrap());
    assert_eq!(call["status"], "succeeded", "{call}");
    let report = &call["report"];
    assert_eq!(report["channels"][0]["role"], "agent");
    let text = transcript(report);
    for words in ["good morning", "change the address"] {
        assert!(text.contains(words), "`{words}` not in: {text}");
    }
    // The recording comes back as uploaded, in ranges.
    let audio = request(
        addr,
        "GET",
        &format!("/v1/calls/{}/audio", call["id"].as_str().unwrap()),
        &[("Authorization", &bearer(READ_KEY)), ("Range", "bytes=0-3")],
        b"",
    );
    assert_eq!((audio.status, audio.body.as_slice()), (206, &b"RIFF"[..]));
}

#[test]
fn fifty_concurrent_uploads_all_finish_once() {
    let addr = server();
    let metrics_before = get(addr, "/metrics");
    let speech = cut_mono_sample(0.3, 3.0);
    let noise = line_noise();
    let team = format!("load-{}", std::process::id());
    // 48 recordings of line noise (the VAD finds no speech: quick) and 2 of speech (Whisper
    // runs), all at once from 50 client threads.
    let ids: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..50)
            .map(|i| {
                let audio = if i % 25 == 0 { &speech } else { &noise };
                let path = format!("/v1/calls?team={team}&external_id=n{i}&language=en");
                s.spawn(move || {
                    let response = post_audio(addr, &path, audio);
                    assert_eq!(
                        response.status,
                        202,
                        "{}",
                        String::from_utf8_lossy(&response.body)
                    );
                    response.json()["id"].as_str().unwrap().to_string()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), 50, "every upload gets its own id");

    for (i, id) in ids.iter().enumerate() {
        let call = wait_done(addr, id);
        assert_eq!(call["status"], "succeeded", "{call}");
        assert_eq!(call["attempts"], 1, "analysed once: {call}");
        assert_eq!(call["external_id"], format!("n{i}"));
        assert_eq!(call["report"]["call_id"], id.as_str());
        let turns = call["report"]["turns"].as_array().unwrap().len();
        if i % 25 == 0 {
            assert!(turns > 0, "speech clip {i} has no turns");
        } else {
            assert_eq!(turns, 0, "noise clip {i} has turns: {call}");
        }
    }
    // The list holds each of them exactly once, across pages.
    let mut listed = Vec::new();
    let mut path = format!("/v1/calls?team={team}&limit=7&sort=received_at&order=asc");
    loop {
        let page = get(addr, &path).json();
        for call in page["calls"].as_array().unwrap() {
            listed.push(call["id"].as_str().unwrap().to_string());
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                path = format!(
                    "/v1/calls?team={team}&limit=7&sort=received_at&order=asc&cursor={cursor}"
                )
            }
            None => break,
        }
    }
    listed.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(listed, expected);
    // This process finished at least these 50 jobs (other tests share the server).
    let count = |response: &Response| -> f64 {
        String::from_utf8_lossy(&response.body)
            .lines()
            .find_map(|l| l.strip_prefix("calltone_jobs_total{outcome=\"succeeded\"} "))
            .unwrap()
            .parse()
            .unwrap()
    };
    let metrics_after = get(addr, "/metrics");
    assert!(count(&metrics_after) - count(&metrics_before) >= 50.0);
    let trends = get(
        addr,
        &format!("/v1/trends?metric=calls&period=day&group_by=team&team={team}"),
    )
    .json();
    let total: i64 = trends["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["calls"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 50, "{trends}");
}

#[test]
fn bad_inputs_over_the_wire() {
    let addr = server();
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "/v1/calls",
            b"%PDF-1.4 not a recording".to_vec(),
            415,
            "unsupported_audio",
        ),
        (
            "/v1/calls",
            b"RIFF\x24\x00\x00\x00WAVEfmt ".to_vec(),
            422,
            "undecodable_audio",
        ),
        (
            "/v1/calls",
            vec![0u8; MAX_UPLOAD_BYTES as usize + 1],
            413,
            "payload_too_large",
        ),
        (
            "/v1/calls?started_at=2026-11-20",
            line_noise(),
            400,
            "invalid_time",
        ),
        (
            "/v1/calls?roles=agent,customer",
            line_noise(),
            400,
            "invalid_metadata",
        ),
        ("/v1/calls", Vec::new(), 400, "missing_audio"),
    ];
    for (path, body, status, code) in cases {
        let response = post_audio(addr, path, &body);
        assert_eq!(
            response.status,
            status,
            "{path}: {}",
            String::from_utf8_lossy(&response.body)
        );
        let error = response.json();
        assert_eq!(error["code"], code);
        assert!(!error["message"].as_str().unwrap().is_empty());
    }

    // Past the header check, the decoder finds the problem: the call fails with its reason.
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16000,
        bits_per_sample: 32,
        sample_format: hound::SampleFormat::Float,
    };
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut cursor, spec).unwrap();
    for i in 0..16000 {
        writer
            .write_sample(if i == 8000 { f32::NAN } else { 0.0 })
            .unwrap();
    }
    writer.finalize().unwrap();
    let response = post_audio(addr, "/v1/calls", &cursor.into_inner());
    assert_eq!(response.status, 202);
    let call = wait_done(addr, response.json()["id"].as_str().unwrap());
    assert_eq!(call["status"], "failed");
    let reason = call["reason"].as_str().unwrap();
    assert!(
        reason.contains("non-finite samples") && reason.contains("500 ms"),
        "{reason}"
    );
    assert!(
        !reason.contains("/audio/"),
        "the reason leaks a server path: {reason}"
    );
}

#[test]
fn keys_over_the_wire() {
    let addr = server();
    let no_key = request(addr, "GET", "/v1/calls", &[], b"");
    assert_eq!(
        (no_key.status, no_key.header("www-authenticate")),
        (401, Some("Bearer"))
    );
    assert_eq!(no_key.json()["code"], "missing_api_key");
    let wrong = request(
        addr,
        "GET",
        "/metrics",
        &[("Authorization", "Bearer not-a-key-at-all-0000")],
        b"",
    );
    assert_eq!(
        (wrong.status, wrong.json()["code"].as_str()),
        (401, Some("invalid_api_key"))
    );
    let read = request(
        addr,
        "GET",
        "/v1/calls?limit=1",
        &[("Authorization", &bearer(READ_KEY))],
        b"",
    );
    assert_eq!(read.status, 200);
    let read_write = request(
        addr,
        "POST",
        "/v1/calls",
        &[
            ("Authorization", &bearer(READ_KEY)),
            ("Content-Type", "audio/wav"),
        ],
        &line_noise(),
    );
    assert_eq!(
        (read_write.status, read_write.json()["code"].as_str()),
        (403, Some("read_only_key"))
    );
    for open in ["/healthz", "/readyz", "/v1/openapi.json"] {
        assert_eq!(request(addr, "GET", open, &[], b"").status, 200, "{open}");
    }
    // Deleting needs a read-write key, and removes the recording and the report.
    let created = post_audio(addr, "/v1/calls", &line_noise()).json();
    let id = created["id"].as_str().unwrap();
    wait_done(addr, id);
    let path = format!("/v1/calls/{id}");
    let denied = request(
        addr,
        "DELETE",
        &path,
        &[("Authorization", &bearer(READ_KEY))],
        b"",
    );
    assert_eq!(denied.status, 403);
    let deleted = request(
        addr,
        "DELETE",
        &path,
        &[("Authorization", &bearer(WRITE_KEY))],
        b"",
    );
    assert_eq!(deleted.status, 204);
    assert_eq!(get(addr, &path).status, 404);
    assert_eq!(get(addr, &format!("{path}/audio")).status, 404);
}

/// Issue 16: an agent's succeeded calls build their voice profile, readable over the API, and
/// once it is usable (3 calls, a minute of agent speech: the stereo sample has about 24 s)
/// the agent's next call is measured against it.
#[test]
fn an_agents_calls_build_a_voice_profile_that_their_next_call_is_measured_against() {
    let addr = server();
    let agent = format!("profile-test-{}", std::process::id());
    let path = format!("/v1/calls?agent_id={agent}&roles=agent,customer&language=en");
    let audio = sample("call_en_stereo_8k_ulaw.wav");
    let upload = || {
        let created = post_audio(addr, &path, &audio);
        assert_eq!(created.status, 202);
        created.json()["id"].as_str().unwrap().to_string()
    };
    let profile_path = format!("/v1/agents/{agent}/profile");
    assert_eq!(get(addr, &profile_path).status, 404);

    let first: Vec<String> = (0..3).map(|_| upload()).collect();
    for id in &first {
        let call = wait_done(addr, id);
        assert_eq!(call["status"], "succeeded", "{call}");
        // No usable profile yet (none, or one of fewer than 3 calls).
        assert_ne!(
            call["report"]["scores"]["tone_reference"]["agent"],
            "profile"
        );
    }
    let profile = get(addr, &profile_path);
    assert_eq!(
        profile.status,
        200,
        "{}",
        String::from_utf8_lossy(&profile.body)
    );
    let profile = profile.json();
    assert_eq!(profile["calls"], 3, "{profile}");
    assert_eq!(profile["usable"], true, "{profile}");
    assert!(profile["speech_s"].as_f64().unwrap() >= 60.0, "{profile}");
    assert!(!profile["features"].as_object().unwrap().is_empty());

    let fourth = wait_done(addr, &upload());
    assert_eq!(fourth["status"], "succeeded", "{fourth}");
    let scores = &fourth["report"]["scores"];
    assert_eq!(scores["tone_reference"]["agent"], "profile", "{scores}");
    assert_eq!(get(addr, &profile_path).json()["calls"], 4);
}

// ---- the real binary, killed and restarted ----

struct ChildServer {
    child: Child,
    addr: SocketAddr,
}

fn spawn_server(data_dir: &Path, grace_s: u64) -> ChildServer {
    let mut child = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["serve", "--listen", "127.0.0.1:0", "--workers", "1"])
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--shutdown-grace-s", &grace_s.to_string()])
        .current_dir(root())
        .env_remove("RUST_LOG")
        .env("CALLTONE_LOG", "warn")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("server exited before listening")
            .unwrap();
        if let Some(addr) = line.strip_prefix("calltone listening on http://") {
            break addr.parse().unwrap();
        }
    };
    // Keep draining stderr so the child never blocks on it.
    std::thread::spawn(move || lines.for_each(drop));
    ChildServer { child, addr }
}

fn wait_status(addr: SocketAddr, id: &str, status: &str) -> Value {
    let deadline = Instant::now() + JOB_TIMEOUT;
    loop {
        let call = request(addr, "GET", &format!("/v1/calls/{id}"), &[], b"").json();
        if call["status"] == status {
            return call;
        }
        assert!(
            Instant::now() < deadline,
            "call {id} never {status}: {call}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn terminate(child: &mut Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_job_survives_kill_9_and_sigterm_and_finishes_exactly_once() {
    let data_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("recovery-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let audio = sample("call_en_mono_16k.wav");

    // 1. kill -9 while the call is being analysed.
    let mut first = spawn_server(&data_dir, 30);
    let created = request(first.addr, "POST", "/v1/calls?language=en", &[], &audio);
    assert_eq!(created.status, 202);
    let id = created.json()["id"].as_str().unwrap().to_string();
    let call = wait_status(first.addr, &id, "processing");
    assert_eq!(call["attempts"], 1);
    first.child.kill().unwrap();
    first.child.wait().unwrap();

    // 2. The next start takes it up again; SIGTERM with no grace puts it back in the queue
    //    without counting the attempt.
    let mut second = spawn_server(&data_dir, 0);
    let call = wait_status(second.addr, &id, "processing");
    assert_eq!(call["attempts"], 2, "{call}");
    terminate(&mut second.child);
    assert!(second.child.wait().unwrap().success());

    // 3. SIGTERM with a grace period lets the call finish before the server exits.
    let mut third = spawn_server(&data_dir, 600);
    let call = wait_status(third.addr, &id, "processing");
    assert_eq!(call["attempts"], 2, "{call}");
    terminate(&mut third.child);
    assert!(third.child.wait().unwrap().success());

    // Read the store directly: one call, succeeded once, with its report.
    let store = Store::open(&data_dir).unwrap();
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!((row.status.as_str(), row.attempts), ("succeeded", 2));
    let report = store.report(&id).unwrap().unwrap();
    assert_eq!(report["call_id"], id.as_str());
    assert!(transcript(&report).contains("good morning"));
    let counts = store.status_counts().unwrap();
    assert_eq!(
        (counts.succeeded, counts.queued, counts.processing),
        (1, 0, 0)
    );
    let _ = std::fs::remove_dir_all(&data_dir);
}

#[test]
fn sigterm_after_the_grace_runs_out_mid_analysis_exits_cleanly_without_a_segfault() {
    // The process used to exit while a worker was inside whisper.cpp (exit status 139 in 5
    // of 9 runs). Now the worker is interrupted and joined first: every stop exits 0 and
    // puts the call back in the queue.
    let data_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("segfault-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    // The stereo sample: about 2.5 s of analysis, past a stop 100 ms in plus the 1 s grace
    // (the 12 s mono sample's 0.8 s could finish within it, and then nothing was interrupted).
    let audio = sample("call_en_stereo_8k_ulaw.wav");
    let mut id = None;
    let mut interrupted = 0;
    for delay_ms in [100, 300, 500] {
        let mut server = spawn_server(&data_dir, 1);
        let id = id.get_or_insert_with(|| {
            let created = request(server.addr, "POST", "/v1/calls?language=en", &[], &audio);
            assert_eq!(created.status, 202);
            created.json()["id"].as_str().unwrap().to_string()
        });
        wait_status(server.addr, id, "processing");
        std::thread::sleep(Duration::from_millis(delay_ms));
        terminate(&mut server.child);
        let status = server.child.wait().unwrap();
        assert!(
            status.success(),
            "SIGTERM {delay_ms} ms into the analysis: {status}"
        );
        // Put back in the queue; or, on a fast machine, finished within the grace period.
        let row = Store::open(&data_dir).unwrap().get(id).unwrap().unwrap();
        match row.status.as_str() {
            "queued" => interrupted += 1,
            "succeeded" => break,
            other => panic!("after {delay_ms} ms the call is {other}"),
        }
    }
    assert!(interrupted >= 1, "no stop came while the call was analysed");
    let _ = std::fs::remove_dir_all(&data_dir);
}

#[test]
fn listening_beyond_loopback_without_keys_is_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["serve", "--listen", "0.0.0.0:0", "--data-dir"])
        .arg(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("refused"))
        .env_remove("CALLTONE_API_KEYS")
        .env_remove("CALLTONE_READ_KEYS")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("without API keys") && stderr.contains("CALLTONE_API_KEYS"),
        "{stderr}"
    );
}

#[test]
fn a_config_file_sits_below_the_environment_which_sits_below_flags() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("config-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("calltone.toml");
    std::fs::write(&file, "listen = \"0.0.0.0:0\"\nworkers = 65\n").unwrap();
    let serve = |extra: &[&str], workers_env: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_calltone"));
        command
            .arg("--config")
            .arg(&file)
            .arg("serve")
            .args(extra)
            .arg("--data-dir")
            .arg(dir.join("data"))
            .env_remove("CALLTONE_LISTEN")
            .env_remove("CALLTONE_API_KEYS")
            .env_remove("CALLTONE_READ_KEYS");
        match workers_env {
            Some(w) => command.env("CALLTONE_WORKERS", w),
            None => command.env_remove("CALLTONE_WORKERS"),
        };
        let output = command.output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    // The file alone: its `workers = 65` is the first error.
    let stderr = serve(&[], None);
    assert!(stderr.contains("--workers 65"), "{stderr}");
    // The environment overrides the file's workers; the file's listen address stays.
    let stderr = serve(&[], Some("2"));
    assert!(stderr.contains("refusing to listen on 0.0.0.0"), "{stderr}");
    // A flag overrides the environment.
    let stderr = serve(&["--workers", "65"], Some("2"));
    assert!(stderr.contains("--workers 65"), "{stderr}");
    // Unknown keys are named, with the known ones.
    std::fs::write(&file, "listne = \"127.0.0.1:0\"\n").unwrap();
    let stderr = serve(&[], None);
    assert!(
        stderr.contains("unknown setting `listne`") && stderr.contains("max_queue"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_model_that_cannot_load_stops_the_server_with_the_reason() {
    let data_dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("no-model-{}", std::process::id()));
    let output = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(&data_dir)
        .args(["--whisper-model", "/nonexistent/ggml-missing.bin"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("could not load the models")
            && stderr.contains("/nonexistent/ggml-missing.bin"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&data_dir);
}
