//! A real S3-compatible server for the tests (moto's, `scripts/s3-test-server.sh`), started
//! once per test binary on a free loopback port and stopped when the binary exits (the
//! script watches this process), and empty buckets on it, one per test.
//!
//! Without Python the server cannot be installed and the tests that need it fail, saying
//! so; `CALLTONE_S3_TESTS=skip` skips them instead (each says it was skipped).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::{AudioError, S3Audio};

/// The server's address, once it answers.
fn server() -> SocketAddr {
    static SERVER: OnceLock<SocketAddr> = OnceLock::new();
    *SERVER.get_or_init(|| {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/s3-test-server.sh");
        let mut child = std::process::Command::new("bash")
            .arg(&script)
            .arg("serve")
            .env("PORT", port.to_string())
            .env("WATCH_PID", std::process::id().to_string())
            .stdin(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        // The first run installs moto (a minute or two); later ones start in seconds.
        let deadline = Instant::now() + Duration::from_secs(300);
        loop {
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                // Reaped by the script's watch when this process exits.
                std::mem::forget(child);
                return addr;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "the S3 test server ({}) stopped: {status}; it needs python3 and the \
                     package registry once (or CALLTONE_S3_TESTS=skip)",
                    script.display()
                );
            }
            assert!(
                Instant::now() < deadline,
                "the S3 test server did not start"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    })
}

/// True when the S3 tests are to be skipped (`CALLTONE_S3_TESTS=skip`); says so.
pub fn skipped(test: &str) -> bool {
    let skip = std::env::var("CALLTONE_S3_TESTS").is_ok_and(|v| v == "skip");
    if skip {
        eprintln!("{test}: skipped (CALLTONE_S3_TESTS=skip)");
    }
    skip
}

/// A new, empty bucket on the test server, for one test: its name.
pub fn new_bucket() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "calltone-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    // moto takes an unsigned `PUT /bucket` as a bucket's creation.
    let answer = bucket_request("PUT", &name);
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "creating bucket {name}: {answer}"
    );
    name
}

/// Removes the (empty) bucket `name`: the store's requests on it fail from then on, as when
/// a bucket is gone or refuses them.
pub fn delete_bucket(name: &str) {
    let answer = bucket_request("DELETE", name);
    assert!(
        answer.starts_with("HTTP/1.1 204"),
        "deleting bucket {name}: {answer}"
    );
}

/// An unsigned request on a bucket of the test server; the answer as text.
fn bucket_request(method: &str, name: &str) -> String {
    let addr = server();
    let mut conn = TcpStream::connect(addr).expect("the S3 test server");
    write!(
        conn,
        "{method} /{name} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    answer
}

/// The test server's URL (`http://127.0.0.1:PORT`), started on first use: what
/// `AWS_ENDPOINT_URL` names for a `calltone` process of a test.
pub fn endpoint() -> String {
    format!("http://{}", server())
}

/// The settings that point the S3 store at the test server (instead of the `AWS_*`
/// variables).
pub fn options() -> Vec<(&'static str, String)> {
    vec![
        ("aws_endpoint", endpoint()),
        ("aws_access_key_id", "test".into()),
        ("aws_secret_access_key", "test".into()),
        ("aws_region", "us-east-1".into()),
        ("allow_http", "true".into()),
    ]
}

/// An S3 audio store on a new bucket of the test server, under `prefix`, with its staging
/// files in `staging`.
pub fn s3_audio(prefix: &str, staging: &Path) -> S3Audio {
    open(&format!("s3://{}/{prefix}", new_bucket()), staging).unwrap()
}

/// The S3 store of `url` on the test server.
pub fn open(url: &str, staging: &Path) -> Result<S3Audio, AudioError> {
    S3Audio::open_with(url, staging, &options())
}
