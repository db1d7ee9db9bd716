//! What the integration tests that run `calltone` processes share: starting one and reading
//! the address it announces, one HTTP exchange, a metric's value. tests/server.rs, which runs
//! its server in-process, shares the HTTP exchange.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

/// The repository root, where the models are.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A running `calltone` process and the address it announced on stderr.
pub struct Node {
    pub child: Child,
    pub addr: SocketAddr,
    /// The rest of its stderr, line by line.
    pub stderr: mpsc::Receiver<String>,
}

impl Node {
    /// Starts `calltone ARGS` and waits for the line `PREFIX` + `ADDR`.
    pub fn start(args: &[&str], prefix: &str) -> Node {
        Node::start_with(args, &[], prefix)
    }

    /// As [`Node::start`], with the variables `env` set for the process.
    pub fn start_with(args: &[&str], env: &[(&str, String)], prefix: &str) -> Node {
        let mut child = Command::new(env!("CARGO_BIN_EXE_calltone"))
            .args(args)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .current_dir(root())
            .env_remove("RUST_LOG")
            .env_remove("CALLTONE_STORE")
            .env("CALLTONE_LOG", "warn")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut seen = String::new();
        let addr = loop {
            let Some(line) = lines.next() else {
                panic!("calltone {args:?} exited before listening: {seen}");
            };
            let line = line.unwrap();
            if let Some(rest) = line.strip_prefix(prefix) {
                let addr = rest.split_whitespace().next().unwrap();
                break addr.parse().unwrap();
            }
            seen.push_str(&line);
            seen.push('\n');
        };
        // Keep draining stderr so the child never blocks on it; the lines stay readable.
        let (tx, stderr) = mpsc::channel();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Node {
            child,
            addr,
            stderr,
        }
    }

    /// SIGTERM, then the exit status and what it wrote to stderr meanwhile.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = self.child.wait().unwrap();
        let stderr: Vec<String> = self.stderr.try_iter().collect();
        (exit, stderr.join("\n"))
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {}: not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One HTTP/1.1 exchange on a fresh connection with `headers` added, waiting at most
/// `timeout` for the answer; a chunked body is put back together.
pub fn exchange(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    timeout: Duration,
) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(timeout)).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // The server may answer (413, 401) before it has read the whole body.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP response: {}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Response {
        status,
        headers,
        body,
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_text = std::str::from_utf8(&body[..line_end]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        body = &body[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size + 2..];
    }
}

/// [`exchange`] with a content type, waiting at most 60 s; the answers these tests read are
/// never chunked (JSON and metrics bodies come with a length).
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> Response {
    let headers = [("Content-Type", content_type)];
    let response = exchange(addr, method, path, &headers, body, Duration::from_secs(60));
    let encoding = response.header("transfer-encoding").unwrap_or_default();
    assert!(
        !encoding.to_ascii_lowercase().contains("chunked"),
        "status {}: a chunked answer",
        response.status
    );
    response
}

pub fn get(addr: SocketAddr, path: &str) -> Response {
    request(addr, "GET", path, "application/json", b"")
}

/// The value of the metric line that starts with `name` (labels included) in `text`.
pub fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {name} in {text}"))
        .parse()
        .unwrap()
}
