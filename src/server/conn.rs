//! The accept loop: TCP connections in, HTTP/1 exchanges with the router out, under the limits
//! a server reachable by untrusted clients needs (`axum::serve` has none of them).
//!
//! - At most `max_connections` connections are served at once; one past the limit gets a
//!   `503 too_many_connections` with `Retry-After` and is closed, so a crowd of idle sockets
//!   cannot use up the process's file descriptors and starve everyone else.
//! - Except a liveness or readiness probe: past the limit, the start of the request is read
//!   (for at most [`TRIAGE_WAIT`]), and a `GET /healthz` or `GET /readyz` whose head has
//!   arrived in full is served on one of [`PROBE_SLOTS`] reserved places (one request, short
//!   timeouts), so monitoring still sees the process answer while stalled clients hold every
//!   place. A probe's head that stalls is refused like anything else: it cannot hold a
//!   probe place. At most
//!   [`MAX_TRIAGE_IN_FLIGHT`] connections wait in triage; past that, a connection is judged
//!   by what has already arrived and answered at once, without a task or a wait. Every
//!   refused connection gets the `503` (unless its socket fails): none is closed silently.
//! - A request head (request line and headers) must arrive in full within `header_timeout`
//!   of its first byte, else the connection is closed.
//! - A connection with no request in progress on which nothing arrives for `idle_timeout`
//!   (a new connection that sends nothing, a kept-alive one between requests) is closed.
//! - A request head hyper cannot read (malformed, URI too long, headers too large) is
//!   answered with the table's JSON error instead of hyper's empty `400`/`414`/`431`.
//!
//! A request in progress (until its answer's body is sent) is not timed here: its handler has
//! its own limits (an upload's idle timeout). On shutdown the listener closes, idle connections close, and the requests in
//! progress may finish.

use std::convert::Infallible;
use std::pin::{pin, Pin};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Router;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;
use tower::ServiceExt;

use super::error::{ApiError, ErrorBody};

/// Connections past the limit whose request start is awaited at once (each holds a
/// descriptor for up to [`TRIAGE_WAIT`] and [`REFUSAL_WAIT`]); past this many more, a
/// connection is judged on what has already arrived and answered without waiting.
const MAX_TRIAGE_IN_FLIGHT: usize = 64;
/// How long a connection past the limit is given to send the start of its request line
/// (enough to tell a probe), and a probe its whole head, before it is refused.
const TRIAGE_WAIT: Duration = Duration::from_millis(500);
/// How long a refusal waits for its answer to be taken and the client to close (so that
/// closing does not reset the answer away).
const REFUSAL_WAIT: Duration = Duration::from_millis(500);
/// Places kept for probes past `max_connections`.
const PROBE_SLOTS: usize = 8;
/// The request lines (up to the path's end) served on the probe places.
const PROBE_REQUESTS: [&[u8]; 2] = [b"GET /healthz", b"GET /readyz"];
/// The longest probe head awaited in triage; a longer one is refused.
const MAX_PROBE_HEAD: usize = 8192;
/// A probe's head timeout and idle timeout (at most the server's); a probe connection
/// serves one request.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);
/// Pause after an accept error such as "too many open files", so the loop does not spin.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_millis(200);

/// The connection limits of [`serve`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    pub max_connections: usize,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
}

/// Serves `router` on the connections `listener` accepts until `stop` turns true, then
/// closes the listener and waits for the connections to end.
pub(super) async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let triage = Arc::new(Semaphore::new(MAX_TRIAGE_IN_FLIGHT));
    let probes = Arc::new(Semaphore::new(PROBE_SLOTS));
    loop {
        let accepted = tokio::select! {
            _ = stop.wait_for(|s| *s) => break,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _peer)) => stream,
            Err(e) => {
                tracing::warn!("accept error: {e}");
                tokio::time::sleep(ACCEPT_ERROR_PAUSE).await;
                continue;
            }
        };
        match Arc::clone(&permits).try_acquire_owned() {
            Ok(permit) => {
                let router = router.clone();
                let stop = stop.clone();
                tokio::spawn(async move {
                    serve_connection(stream, Vec::new(), router, limits, stop, true).await;
                    drop(permit);
                });
            }
            Err(_) => {
                let over = OverLimit {
                    router: router.clone(),
                    limits,
                    stop: stop.clone(),
                    probes: Arc::clone(&probes),
                };
                match Arc::clone(&triage).try_acquire_owned() {
                    Ok(permit) => {
                        tokio::spawn(over.triage(stream, permit));
                    }
                    Err(_) => over.judge_at_once(stream),
                }
            }
        }
    }
    drop(listener);
    // Every connection task holds a permit until it ends; a triage hands its connection to
    // a probe place (taking its permit) before it lets its own go.
    let _ = permits.acquire_many(limits.max_connections as u32).await;
    let _ = triage.acquire_many(MAX_TRIAGE_IN_FLIGHT as u32).await;
    let _ = probes.acquire_many(PROBE_SLOTS as u32).await;
    Ok(())
}

/// Whether a request that starts with `head` is a probe: `Some(true)` for `GET /healthz` or
/// `GET /readyz` (followed by a space or a query), `Some(false)` for anything else, `None`
/// while too little has arrived to tell.
fn probe_verdict(head: &[u8]) -> Option<bool> {
    let mut undecided = false;
    for request in PROBE_REQUESTS {
        match head.get(request.len()) {
            Some(after) if head.starts_with(request) => {
                if matches!(after, b' ' | b'?') {
                    return Some(true);
                }
            }
            Some(_) => {}
            None => undecided |= request.starts_with(head),
        }
    }
    (!undecided).then_some(false)
}

/// Whether a probe's head that starts with `head` has arrived in full (its blank line).
fn head_complete(head: &[u8]) -> bool {
    head.windows(4).any(|w| w == b"\r\n\r\n") || head.windows(2).any(|w| w == b"\n\n")
}

/// Whether triage waits for more of `head`: too little to tell a probe, or a probe whose
/// head is not complete yet (up to [`MAX_PROBE_HEAD`]).
fn awaiting_more(head: &[u8]) -> bool {
    match probe_verdict(head) {
        None => true,
        Some(true) => !head_complete(head) && head.len() < MAX_PROBE_HEAD,
        Some(false) => false,
    }
}

/// A connection past `max_connections`, and what serving it as a probe takes.
struct OverLimit {
    router: Router,
    limits: Limits,
    stop: watch::Receiver<bool>,
    probes: Arc<Semaphore>,
}

impl OverLimit {
    /// Waits (at most [`TRIAGE_WAIT`]) for the start of the request: a probe is served on a
    /// probe place if one is free, anything else is refused.
    async fn triage(self, mut stream: TcpStream, permit: OwnedSemaphorePermit) {
        let deadline = Instant::now() + TRIAGE_WAIT;
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        while awaiting_more(&head) {
            match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
                Ok(Ok(n)) if n > 0 => head.extend_from_slice(&buf[..n]),
                _ => break,
            }
        }
        if let Some(slot) = self.probe_slot(&head) {
            drop(permit);
            self.serve_probe(stream, head, slot).await;
            return;
        }
        read_available(&stream, &mut head);
        refuse(stream, self.limits.max_connections).await;
        drop(permit);
    }

    /// Past [`MAX_TRIAGE_IN_FLIGHT`]: judged on what has already arrived, without waiting;
    /// a probe is served on a probe place if one is free, anything else is answered at
    /// once (the answer fits the socket's buffer) and closed.
    fn judge_at_once(self, stream: TcpStream) {
        let mut head = Vec::new();
        read_available(&stream, &mut head);
        if let Some(slot) = self.probe_slot(&head) {
            tokio::spawn(self.serve_probe(stream, head, slot));
            return;
        }
        let bytes = raw_error_response(ApiError::TooManyConnections {
            max_connections: self.limits.max_connections,
        });
        let _ = stream.try_write(&bytes);
    }

    /// A free probe place, when `head` is a probe's whole head (it holds the place only
    /// while it is answered).
    fn probe_slot(&self, head: &[u8]) -> Option<OwnedSemaphorePermit> {
        if probe_verdict(head) != Some(true) || !head_complete(head) {
            return None;
        }
        Arc::clone(&self.probes).try_acquire_owned().ok()
    }

    /// Serves the probe on `stream` (`head` read first) on its place: one request, with
    /// [`PROBE_TIMEOUT`].
    async fn serve_probe(self, stream: TcpStream, head: Vec<u8>, slot: OwnedSemaphorePermit) {
        let limits = Limits {
            header_timeout: self.limits.header_timeout.min(PROBE_TIMEOUT),
            idle_timeout: self.limits.idle_timeout.min(PROBE_TIMEOUT),
            ..self.limits
        };
        serve_connection(stream, head, self.router, limits, self.stop, false).await;
        drop(slot);
    }
}

/// Appends to `head` what has arrived on `stream` and not been read (at most 64 KiB),
/// without waiting: closing a socket with unread data resets the connection, and the
/// answer with it.
fn read_available(stream: &TcpStream, head: &mut Vec<u8>) {
    let mut buf = [0u8; 4096];
    for _ in 0..16 {
        match stream.try_read(&mut buf) {
            Ok(n) if n > 0 => head.extend_from_slice(&buf[..n]),
            _ => return,
        }
    }
}

/// Answers a connection past the limit with `503 too_many_connections` and closes it once
/// the client has taken the answer (or [`REFUSAL_WAIT`] has passed).
async fn refuse(mut stream: TcpStream, max_connections: usize) {
    let bytes = raw_error_response(ApiError::TooManyConnections { max_connections });
    let _ = tokio::time::timeout(REFUSAL_WAIT, async {
        stream.write_all(&bytes).await?;
        stream.shutdown().await?;
        // What the client still sends is read and dropped until it closes.
        let mut rest = [0u8; 4096];
        while stream.read(&mut rest).await? > 0 {}
        Ok::<_, std::io::Error>(())
    })
    .await;
}

/// An error of the table as the bytes of an HTTP/1.1 answer that closes the connection: for
/// answers given outside the router (a refused connection, a head hyper could not read).
fn raw_error_response(error: ApiError) -> Vec<u8> {
    let (status, code, kind, message) = error.parts();
    let body = serde_json::to_vec(&ErrorBody {
        message,
        code,
        kind,
        link: None,
    })
    .unwrap_or_default();
    // The table's headers (Retry-After…) and the router's security headers.
    let mut response = error.into_response();
    super::set_security_headers(response.headers_mut());
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in response.headers() {
        if name == header::CONTENT_LENGTH || name == header::CONNECTION {
            continue;
        }
        if let Ok(value) = value.to_str() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str(&format!(
        "content-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    ));
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(&body);
    bytes
}

/// The table's error for an answer hyper writes on its own when it cannot read a request
/// head: `HTTP/1.1 400|414|431 …` with an empty body. Anything else is `None`.
fn error_for_automatic_answer(written: &[u8]) -> Option<ApiError> {
    let rest = written.strip_prefix(b"HTTP/1.1 ")?;
    let error = match rest.get(..4)? {
        b"400 " => ApiError::MalformedRequest,
        b"414 " => ApiError::UriTooLong,
        b"431 " => ApiError::HeadersTooLarge,
        _ => return None,
    };
    let text = std::str::from_utf8(written).ok()?.to_ascii_lowercase();
    (text.ends_with("\r\n\r\n") && text.contains("\r\ncontent-length: 0\r\n")).then_some(error)
}

/// What a connection is doing, for its timeouts.
#[derive(Debug)]
struct Phase {
    /// Requests handed to the router and not yet answered.
    in_flight: usize,
    /// When the connection last had no request in progress (opened, or last answered).
    idle_since: Instant,
    /// When the first byte of the next request head arrived, if one has.
    head_started: Option<Instant>,
}

impl Phase {
    /// When the connection is to be closed if nothing changes; `None` while a request is
    /// in progress.
    fn deadline(&self, limits: &Limits) -> Option<Instant> {
        if self.in_flight > 0 {
            None
        } else if let Some(started) = self.head_started {
            Some(started + limits.header_timeout)
        } else {
            Some(self.idle_since + limits.idle_timeout)
        }
    }
}

type Shared = Arc<Mutex<Phase>>;

fn lock(phase: &Shared) -> std::sync::MutexGuard<'_, Phase> {
    phase.lock().unwrap_or_else(|e| e.into_inner())
}

/// The socket, noting when a request head starts to arrive, and putting the table's JSON
/// error in place of the empty answer hyper gives a head it cannot read (hyper's `400`,
/// `414`, `431` have no body and never reach the router).
struct Watched {
    inner: TcpStream,
    /// Bytes read off the socket before serving began (a probe's triage), read first.
    prefix: Vec<u8>,
    prefix_at: usize,
    phase: Shared,
    /// A replacement being written, and how much of it is out.
    replacing: Option<(Vec<u8>, usize)>,
}

impl Watched {
    /// The replacement for `buf`, when it is hyper's own answer to an unreadable head: no
    /// request is with the router and a new head had started to arrive.
    fn replacement_for(&self, buf: &[u8]) -> Option<Vec<u8>> {
        let reading_head = {
            let phase = lock(&self.phase);
            phase.in_flight == 0 && phase.head_started.is_some()
        };
        if !reading_head {
            return None;
        }
        error_for_automatic_answer(buf).map(raw_error_response)
    }

    /// Writes the replacement; `Ready(Ok(len))` (hyper's bytes taken) once all of it is out.
    fn poll_replacing(&mut self, cx: &mut Context<'_>, len: usize) -> Poll<std::io::Result<usize>> {
        while let Some((bytes, at)) = &mut self.replacing {
            if *at == bytes.len() {
                self.replacing = None;
                return Poll::Ready(Ok(len));
            }
            match Pin::new(&mut self.inner).poll_write(cx, &bytes[*at..]) {
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(std::io::ErrorKind::WriteZero.into()))
                }
                Poll::Ready(Ok(n)) => *at += n,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(len))
    }
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = if self.prefix_at < self.prefix.len() {
            let n = buf.remaining().min(self.prefix.len() - self.prefix_at);
            let at = self.prefix_at;
            buf.put_slice(&self.prefix[at..at + n]);
            self.prefix_at += n;
            Poll::Ready(Ok(()))
        } else {
            Pin::new(&mut self.inner).poll_read(cx, buf)
        };
        if buf.filled().len() > before {
            let mut phase = lock(&self.phase);
            if phase.in_flight == 0 && phase.head_started.is_none() {
                phase.head_started = Some(Instant::now());
            }
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        if this.replacing.is_none() {
            if let Some(bytes) = this.replacement_for(buf) {
                this.replacing = Some((bytes, 0));
            }
        }
        if this.replacing.is_some() {
            return this.poll_replacing(cx, buf.len());
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        if self.replacing.is_some() {
            std::task::ready!(self.as_mut().get_mut().poll_replacing(cx, 0))?;
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        let total: usize = bufs.iter().map(|b| b.len()).sum();
        if this.replacing.is_none() {
            // hyper's own answer is one buffer: its head.
            if let Some(first) = bufs.iter().find(|b| !b.is_empty()) {
                if first.len() == total {
                    if let Some(bytes) = this.replacement_for(first) {
                        this.replacing = Some((bytes, 0));
                    }
                }
            }
        }
        if this.replacing.is_some() {
            return this.poll_replacing(cx, total);
        }
        Pin::new(&mut this.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// Marks a request in progress until dropped (answered, or the connection closed).
struct InFlight(Shared);

impl InFlight {
    fn start(phase: &Shared) -> InFlight {
        let mut p = lock(phase);
        p.in_flight += 1;
        p.head_started = None;
        InFlight(Arc::clone(phase))
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut p = lock(&self.0);
        p.in_flight = p.in_flight.saturating_sub(1);
        if p.in_flight == 0 {
            p.idle_since = Instant::now();
            p.head_started = None;
        }
    }
}

/// Serves HTTP/1 on `stream` (`prefix`, already read off it, first) under `limits`; one
/// request only unless `keep_alive`.
async fn serve_connection(
    stream: TcpStream,
    prefix: Vec<u8>,
    router: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
    keep_alive: bool,
) {
    let phase: Shared = Arc::new(Mutex::new(Phase {
        in_flight: 0,
        idle_since: Instant::now(),
        head_started: None,
    }));
    let io = TokioIo::new(Watched {
        inner: stream,
        prefix,
        prefix_at: 0,
        phase: Arc::clone(&phase),
        replacing: None,
    });
    let service_phase = Arc::clone(&phase);
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let router = router.clone();
        let in_flight = InFlight::start(&service_phase);
        async move {
            let response = router
                .oneshot(request.map(Body::new))
                .await
                .unwrap_or_else(|e| match e {});
            // The request is in progress until its answer's body is sent (hyper drops the
            // body then): a long download is not an idle connection.
            Ok::<_, Infallible>(response.map(|body| {
                Body::new(body.map_frame(move |frame| {
                    let _answering = &in_flight;
                    frame
                }))
            }))
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    // The head timeout is ours (from the head's first byte, not from when the connection
    // went idle), so hyper's own is off.
    builder.header_read_timeout(None);
    builder.keep_alive(keep_alive);
    let mut connection = pin!(builder.serve_connection(io, service));
    let mut stopping = false;
    loop {
        // Re-checked at least this often while a request is in progress.
        let recheck = limits.header_timeout.min(limits.idle_timeout);
        let deadline = lock(&phase)
            .deadline(&limits)
            .unwrap_or_else(|| Instant::now() + recheck);
        tokio::select! {
            result = connection.as_mut() => {
                if let Err(e) = result {
                    tracing::debug!("connection ended: {e}");
                }
                return;
            }
            _ = stop.wait_for(|s| *s), if !stopping => {
                stopping = true;
                connection.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(deadline) => {
                let due = lock(&phase).deadline(&limits);
                if due.is_some_and(|d| d <= Instant::now()) {
                    tracing::debug!("closing a connection: request head or idle timeout");
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{awaiting_more, head_complete, probe_verdict, MAX_PROBE_HEAD};

    #[test]
    fn a_probe_is_told_from_the_first_bytes_of_its_request_line() {
        for head in [
            &b"GET /healthz HTTP/1.1\r\n"[..],
            b"GET /healthz ",
            b"GET /readyz?x=1 HTTP/1.1",
        ] {
            assert_eq!(probe_verdict(head), Some(true), "{head:?}");
        }
        for head in [
            &b"POST /v1/calls HTTP/1.1"[..],
            b"GET /healthzz HTTP/1.1",
            b"GET /healthz/x HTTP/1.1",
            b"GET /v1/calls",
            b"get /healthz ",
            b"\x16\x03\x01",
        ] {
            assert_eq!(probe_verdict(head), Some(false), "{head:?}");
        }
        for head in [&b""[..], b"G", b"GET /", b"GET /health", b"GET /healthz"] {
            assert_eq!(probe_verdict(head), None, "{head:?}");
        }
    }

    #[test]
    fn only_a_probe_whose_head_is_complete_gets_a_probe_place() {
        assert!(head_complete(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
        assert!(head_complete(b"GET /healthz HTTP/1.0\n\n"));
        assert!(!head_complete(b"GET /healthz HTTP/1.1\r\nHost: x\r\n"));
        assert!(awaiting_more(b"GET /healthz HTTP/1.1\r\nHost: x\r\n"));
        assert!(!awaiting_more(b"GET /healthz HTTP/1.1\r\n\r\n"));
        assert!(!awaiting_more(b"POST /v1/calls HTTP/1.1\r\n"));
        let mut long = b"GET /healthz HTTP/1.1\r\nX: ".to_vec();
        long.resize(MAX_PROBE_HEAD, b'a');
        assert!(!awaiting_more(&long));
    }
}
