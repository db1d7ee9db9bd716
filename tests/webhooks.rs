//! Webhooks from the real binary with the real models: a call's `call.succeeded` event
//! written while the receiver is down survives `kill -9` of the server and is delivered
//! after the restart, under the same id, with a signature the receiver checks as the README
//! says (delivery is at least once: duplicates are allowed, and counted by id here).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

const SECRET: &str = "whsec-integration-0123456789";
const JOB_TIMEOUT: Duration = Duration::from_secs(900);

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One HTTP/1.1 exchange over a fresh connection; (status, body).
fn request(addr: SocketAddr, method: &str, path: &str, body: &[u8]) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split]);
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked"),
        "chunked answers are not read here"
    );
    (status, raw[split + 4..].to_vec())
}

fn get_json(addr: SocketAddr, path: &str) -> Value {
    let (status, body) = request(addr, "GET", path, b"");
    assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&body));
    serde_json::from_slice(&body).unwrap()
}

/// Polls until `done` gives a value.
fn wait_for<T>(what: &str, mut done: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + JOB_TIMEOUT;
    loop {
        if let Some(v) = done() {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

struct ChildServer {
    child: Child,
    addr: SocketAddr,
}

fn spawn_server(data_dir: &Path, webhook_url: &str) -> ChildServer {
    let mut child = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["serve", "--listen", "127.0.0.1:0", "--workers", "1"])
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--webhook-url", webhook_url])
        .args([
            "--webhook-backoff-min-ms",
            "200",
            "--webhook-backoff-max-ms",
            "1000",
        ])
        .args(["--webhook-timeout-s", "2", "--webhook-poll-ms", "100"])
        .current_dir(root())
        .env_remove("RUST_LOG")
        .env("CALLTONE_LOG", "warn")
        .env("CALLTONE_WEBHOOK_SECRET", SECRET)
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
    std::thread::spawn(move || lines.for_each(drop));
    ChildServer { child, addr }
}

/// One POST as the receiver read it.
struct Received {
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

/// A receiver on `listener` answering every POST 200, in a thread; what it received.
fn receiver(listener: TcpListener) -> Arc<Mutex<Vec<Received>>> {
    let seen: Arc<Mutex<Vec<Received>>> = Arc::default();
    let out = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let mut reader = BufReader::new(stream);
            let mut headers = BTreeMap::new();
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            loop {
                line.clear();
                reader.read_line(&mut line).unwrap();
                let l = line.trim_end();
                if l.is_empty() {
                    break;
                }
                let (name, value) = l.split_once(':').unwrap();
                headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
            }
            let length: usize = headers["content-length"].parse().unwrap();
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            out.lock().unwrap().push(Received { headers, body });
            let _ = reader
                .get_mut()
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    });
    seen
}

/// The README's check: HMAC-SHA256 of `"{timestamp}.{raw body}"` under the secret, hex,
/// equal (in constant time) to the `v1=` value; the timestamp recent.
fn verified(r: &Received) -> bool {
    let timestamp = &r.headers["calltone-webhook-timestamp"];
    let Some(hex) = r.headers["calltone-webhook-signature"].strip_prefix("v1=") else {
        return false;
    };
    let Ok(expected) = (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16))
        .collect::<Result<Vec<u8>, _>>()
    else {
        return false;
    };
    let now_s = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let fresh = (now_s - timestamp.parse::<i64>().unwrap()).abs() <= 300;
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(&r.body);
    fresh && mac.verify_slice(&expected).is_ok()
}

#[test]
fn an_event_queued_while_the_receiver_is_down_survives_kill_9_and_is_delivered_once_up() {
    let data_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("webhook-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    // The receiver's port, with nobody listening yet.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/hooks/calltone");

    // 1. The call is analysed; its event fails to be delivered (connection refused).
    let mut first = spawn_server(&data_dir, &url);
    let audio = std::fs::read(root().join("samples/call_en_mono_16k.wav")).unwrap();
    let (status, body) = request(first.addr, "POST", "/v1/calls?language=en", &audio);
    assert_eq!(status, 202);
    let call: Value = serde_json::from_slice(&body).unwrap();
    let call_id = call["id"].as_str().unwrap().to_string();
    let event = wait_for("a failed delivery attempt", || {
        let list = get_json(first.addr, "/v1/webhooks/events?status=pending");
        let event = list["events"].get(0)?.clone();
        (event["attempts"].as_i64()? >= 1).then_some(event)
    });
    assert_eq!(event["call_id"], call_id.as_str());
    assert_eq!(event["type"], "call.succeeded");
    assert!(event["last_error"]
        .as_str()
        .unwrap()
        .contains("error sending request"));
    let event_id = event["id"].as_str().unwrap().to_string();

    // 2. kill -9; the receiver comes up; the restarted server delivers the same event.
    first.child.kill().unwrap();
    first.child.wait().unwrap();
    let seen = receiver(TcpListener::bind(("127.0.0.1", port)).unwrap());
    let mut second = spawn_server(&data_dir, &url);
    wait_for("the delivery", || {
        let list = get_json(second.addr, "/v1/webhooks/events?status=delivered");
        (list["counts"]["delivered"] == 1 && list["counts"]["pending"] == 0).then_some(())
    });
    second.child.kill().unwrap();
    second.child.wait().unwrap();

    let seen = seen.lock().unwrap();
    assert!(!seen.is_empty());
    let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
    for r in seen.iter() {
        *by_id
            .entry(r.headers["calltone-webhook-id"].as_str())
            .or_default() += 1;
        assert!(verified(r), "signature");
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(body["id"], event_id.as_str());
        assert_eq!(body["type"], "call.succeeded");
        assert_eq!(body["data"]["call_id"], call_id.as_str());
        assert_eq!(body["data"]["status"], "succeeded");
        assert_eq!(body["data"]["language"], "en");
        assert!(body["data"]["duration_ms"].as_i64().unwrap() > 0);
    }
    assert_eq!(
        by_id.keys().copied().collect::<Vec<_>>(),
        [event_id.as_str()]
    );
    eprintln!("deliveries by event id: {by_id:?}");
    let _ = std::fs::remove_dir_all(&data_dir);
}

/// `calltone serve` with these webhook arguments and secret; its exit status and stderr.
fn serve_refusal(args: &[&str], secret: Option<&str>) -> (bool, String) {
    let data_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("webhook-refusal-{}", std::process::id()));
    let mut command = Command::new(env!("CARGO_BIN_EXE_calltone"));
    command
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(&data_dir)
        .args(args)
        .current_dir(root())
        .env_remove("CALLTONE_WEBHOOK_SECRET")
        .env_remove("CALLTONE_WEBHOOK_URL");
    if let Some(secret) = secret {
        command.env("CALLTONE_WEBHOOK_SECRET", secret);
    }
    let output = command.output().unwrap();
    let _ = std::fs::remove_dir_all(&data_dir);
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn serve_refuses_a_webhook_without_a_secret_or_over_plain_http_and_says_why() {
    let url = ["--webhook-url", "https://hooks.example.com/calltone"];
    let (ok, stderr) = serve_refusal(&url, None);
    assert!(!ok);
    assert!(stderr.contains("CALLTONE_WEBHOOK_SECRET"), "{stderr}");

    let (ok, stderr) = serve_refusal(&url, Some("short"));
    assert!(!ok);
    assert!(stderr.contains("at least 16 bytes"), "{stderr}");

    let http = ["--webhook-url", "http://hooks.example.com/calltone"];
    let (ok, stderr) = serve_refusal(&http, Some(SECRET));
    assert!(!ok);
    assert!(stderr.contains("--webhook-allow-http"), "{stderr}");

    // The secret from a file: a short one is refused, whatever the environment says.
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("webhook-secret-{}", std::process::id()));
    std::fs::write(&file, "tiny\n").unwrap();
    let mut args = url.to_vec();
    args.extend(["--webhook-secret-file", file.to_str().unwrap()]);
    let (ok, stderr) = serve_refusal(&args, Some(SECRET));
    assert!(!ok);
    assert!(stderr.contains("at least 16 bytes"), "{stderr}");
    let _ = std::fs::remove_file(&file);
}
