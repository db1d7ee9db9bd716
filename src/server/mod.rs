//! `calltone serve`: the HTTP API (axum) over the durable job queue.
//!
//! In: recordings and metadata over HTTP; out: call status, reports, lists, trends and
//! metrics as JSON (times RFC 3339 UTC, durations in milliseconds, scores on the report's
//! scales). Handlers only enqueue or query: they write uploads to disk and rows to the
//! [`CallStore`] (on the blocking pool), ring the [`Queue`]'s bell for the workers, and read the
//! workers' state from it; this module never sees the workers or the models (`main` starts
//! both). [`app`] builds the router from a state so tests can drive it with `oneshot`;
//! [`Server`] binds it, runs it, and on a signal (or a worker's fatal error) stops intake
//! and the listener, so the caller can then stop the workers.

mod bands;
mod calls;
mod conn;
pub mod error;
pub mod health;
mod labels;
mod moments;
mod ops;
mod redaction;
mod reviews;
mod speakers;
mod web;
mod webhooks;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, Uri};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post, put};
use axum::Router;
use tower_http::trace::TraceLayer;

use crate::queue::Queue;
use crate::store::audio::AudioStore;
use crate::store::CallStore;
pub use error::ApiError;

/// The committed OpenAPI description of this API, served at `/v1/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");

/// Every route of [`app`], as (method, path in OpenAPI's `{param}` syntax). The OpenAPI file
/// must list exactly these (tested).
pub const ROUTES: &[(&str, &str)] = &[
    ("post", "/v1/calls"),
    ("get", "/v1/calls"),
    ("get", "/v1/calls/{id}"),
    ("delete", "/v1/calls/{id}"),
    ("get", "/v1/calls/{id}/audio"),
    ("put", "/v1/calls/{id}/speakers"),
    ("get", "/v1/calls/{id}/review"),
    ("put", "/v1/calls/{id}/review"),
    ("get", "/v1/scorecards"),
    ("post", "/v1/calls/{id}/labels"),
    ("get", "/v1/calls/{id}/labels"),
    ("get", "/v1/labels"),
    ("get", "/v1/calibration"),
    ("post", "/v1/calibration"),
    ("post", "/v1/calibration/rollback"),
    ("get", "/v1/trends"),
    ("get", "/v1/moments"),
    ("get", "/v1/score-bands"),
    ("get", "/v1/agents/{id}/profile"),
    ("get", "/v1/agents/{id}/voice"),
    ("post", "/v1/agents/{id}/voice"),
    ("get", "/v1/openapi.json"),
    ("get", "/healthz"),
    ("get", "/readyz"),
    ("get", "/metrics"),
    ("get", "/v1/webhooks/events"),
    ("post", "/v1/webhooks/events/resend"),
];

/// Routes whose writes are administration: with admin keys configured only they may, else
/// the read-write keys.
const ADMIN_ROUTES: &[&str] = &[
    "/v1/calibration",
    "/v1/calibration/rollback",
    "/v1/webhooks/events/resend",
];

/// Routes answered without an API key.
const OPEN_ROUTES: &[&str] = &["/healthz", "/readyz", "/v1/openapi.json"];

/// Settings of the server itself (the pipeline's are in [`crate::config::Config`]).
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    /// Database and recordings.
    pub data_dir: PathBuf,
    /// Worker threads, each with its own models; 0: this process only takes and serves
    /// calls, and `calltone worker` processes analyse them.
    pub workers: usize,
    /// Queued calls above which uploads get `429`.
    pub max_queue: usize,
    pub max_upload_bytes: u64,
    /// An upload during which nothing arrives for this long is answered `408`.
    pub upload_idle_timeout: Duration,
    /// Analyses of one call interrupted by crashes before it is failed
    /// ([`crate::store::DEFAULT_MAX_ATTEMPTS`] says why the default is 5).
    pub max_attempts: u32,
    /// How long a shutdown waits for the calls in hand before requeueing them.
    pub shutdown_grace: Duration,
    /// Connections served at once; one more is answered `503` and closed.
    pub max_connections: usize,
    /// A request head must arrive in full this soon after its first byte.
    pub header_timeout: Duration,
    /// A connection with no request in progress is closed after this long without one.
    pub idle_timeout: Duration,
    /// Keys that may read and write.
    pub api_keys: Vec<String>,
    /// Keys that may only read (GET).
    pub read_keys: Vec<String>,
    /// The scorecard reviews are made with (`--scorecard FILE`; the built-in card without).
    pub scorecard: crate::scorecard::Scorecard,
    /// Keys that may also administer ([`ADMIN_ROUTES`]: fit or roll back a calibration);
    /// when none are set, the read-write keys may.
    pub admin_keys: Vec<String>,
    /// The service redacts calls (`--redact`): the audio route then serves only the
    /// redacted recording ([`redaction`]). The workers get the same setting through
    /// [`crate::config::Config::redaction`].
    pub redaction: Option<crate::config::Redaction>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("calltone-data"),
            workers: 1,
            max_queue: 1000,
            max_upload_bytes: 512 * 1024 * 1024,
            upload_idle_timeout: Duration::from_secs(60),
            max_attempts: crate::store::DEFAULT_MAX_ATTEMPTS,
            shutdown_grace: Duration::from_secs(30),
            max_connections: 128,
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            api_keys: Vec::new(),
            read_keys: Vec::new(),
            scorecard: crate::scorecard::Scorecard::builtin(),
            admin_keys: Vec::new(),
            redaction: None,
        }
    }
}

/// Most worker threads one process may run (`--workers`).
pub const MAX_WORKERS: usize = 64;

/// Largest `--max-connections` accepted.
pub const MAX_CONNECTIONS_LIMIT: usize = 65_536;

/// Shortest API key accepted: a guessable key is no key.
pub const MIN_API_KEY_LEN: usize = 16;

impl ServeConfig {
    /// Checks the settings; names the flag or variable that fixes each problem.
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.workers > MAX_WORKERS {
            anyhow::bail!(
                "--workers {} must be between 0 (the API alone) and {MAX_WORKERS}",
                self.workers
            );
        }
        if self.max_queue == 0 {
            anyhow::bail!("--max-queue must be positive");
        }
        if self.max_upload_bytes == 0 {
            anyhow::bail!("--max-upload-mb must be positive");
        }
        if self.upload_idle_timeout.is_zero() {
            anyhow::bail!("--upload-idle-timeout-s must be positive");
        }
        if self.max_attempts == 0 {
            anyhow::bail!("--max-attempts must be positive");
        }
        if self.max_connections == 0 || self.max_connections > MAX_CONNECTIONS_LIMIT {
            anyhow::bail!(
                "--max-connections {} must be between 1 and {MAX_CONNECTIONS_LIMIT} (and below \
                 the open-file limit, `ulimit -n`)",
                self.max_connections
            );
        }
        if self.header_timeout.is_zero() {
            anyhow::bail!("--header-timeout-s must be positive");
        }
        if self.idle_timeout.is_zero() {
            anyhow::bail!("--idle-timeout-s must be positive");
        }
        for key in self
            .api_keys
            .iter()
            .chain(&self.read_keys)
            .chain(&self.admin_keys)
        {
            if key.len() < MIN_API_KEY_LEN || !key.bytes().all(|b| b.is_ascii_graphic()) {
                anyhow::bail!(
                    "API keys must be at least {MIN_API_KEY_LEN} printable ASCII characters without spaces \
                     (e.g. `openssl rand -hex 24`)"
                );
            }
        }
        if !self.listen.ip().is_loopback()
            && self.api_keys.is_empty()
            && self.read_keys.is_empty()
            && self.admin_keys.is_empty()
        {
            anyhow::bail!(
                "refusing to listen on {} without API keys: anyone who can reach it could upload and \
                 read calls. Set keys with CALLTONE_API_KEYS=KEY1,KEY2 (read-write) and \
                 CALLTONE_READ_KEYS (read-only), or `api_keys = [\"…\"]` in the --config file, \
                 or listen on 127.0.0.1",
                self.listen
            );
        }
        Ok(())
    }
}

/// What a request may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
    Admin,
}

/// The state every handler sees. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn CallStore>,
    /// Where the recordings' bytes are ([`crate::store::audio`]).
    audio: Arc<dyn AudioStore>,
    /// The workers' bell and their state.
    queue: Arc<Queue>,
    /// Limits, timeouts and API keys.
    settings: ServeConfig,
    accepting: AtomicBool,
    started: Instant,
}

impl AppState {
    pub fn new(
        store: Arc<dyn CallStore>,
        audio: Arc<dyn AudioStore>,
        queue: Arc<Queue>,
        settings: ServeConfig,
    ) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                store,
                audio,
                queue,
                settings,
                accepting: AtomicBool::new(true),
                started: Instant::now(),
            }),
        }
    }

    /// Stops taking uploads (`503 shutting_down`).
    pub fn stop_intake(&self) {
        self.inner.accepting.store(false, Ordering::SeqCst);
    }

    fn accepting(&self) -> bool {
        self.inner.accepting.load(Ordering::SeqCst)
    }

    /// Runs `f` with the store on the blocking pool.
    async fn db<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn CallStore) -> Result<T, ApiError> + Send + 'static,
    {
        let store = Arc::clone(&self.inner.store);
        tokio::task::spawn_blocking(move || f(&*store))
            .await
            .map_err(|e| ApiError::Internal(format!("database task: {e}")))?
    }

    /// Runs `f` with the store and the audio store on the blocking pool.
    async fn db_audio<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn CallStore, &dyn AudioStore) -> Result<T, ApiError> + Send + 'static,
    {
        let store = Arc::clone(&self.inner.store);
        let audio = Arc::clone(&self.inner.audio);
        tokio::task::spawn_blocking(move || f(&*store, &*audio))
            .await
            .map_err(|e| ApiError::Internal(format!("audio store task: {e}")))?
    }

    fn access_of(&self, token: &str) -> Option<Access> {
        let settings = &self.inner.settings;
        if settings.admin_keys.iter().any(|k| same_key(k, token)) {
            Some(Access::Admin)
        } else if settings.api_keys.iter().any(|k| same_key(k, token)) {
            Some(Access::Write)
        } else if settings.read_keys.iter().any(|k| same_key(k, token)) {
            Some(Access::Read)
        } else {
            None
        }
    }

    fn auth_enabled(&self) -> bool {
        let settings = &self.inner.settings;
        !settings.api_keys.is_empty()
            || !settings.read_keys.is_empty()
            || !settings.admin_keys.is_empty()
    }

    /// Whether `access` may administer: an admin key, or a read-write key when no admin keys
    /// are configured.
    fn may_administer(&self, access: Access) -> bool {
        access == Access::Admin
            || (access == Access::Write && self.inner.settings.admin_keys.is_empty())
    }
}

/// Compares keys in time that does not depend on where they first differ.
fn same_key(expected: &str, given: &str) -> bool {
    let (a, b) = (expected.as_bytes(), given.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token of an `Authorization: Bearer TOKEN` value. The scheme is case-insensitive
/// (RFC 9110 §11.1: `BEARER`, `bearer` and `Bearer` are one scheme); spaces around the token
/// are ignored.
fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim_start().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The `host:port` names a keyless server answers to: its loopback names with its port (and
/// without one on port 80).
fn own_authorities(listen: SocketAddr) -> Vec<String> {
    let port = listen.port();
    let mut hosts = vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "[::1]".to_string(),
    ];
    let listen_host = match listen.ip() {
        std::net::IpAddr::V4(ip) => ip.to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
    };
    if !hosts.contains(&listen_host) {
        hosts.push(listen_host);
    }
    let mut authorities: Vec<String> = hosts.iter().map(|h| format!("{h}:{port}")).collect();
    if port == 80 {
        authorities.extend(hosts);
    }
    authorities
}

/// Without API keys anyone who can reach the server may use it, so it must be reachable only
/// from this machine, and not through a browser on behalf of another site: a request naming
/// another `Host` (DNS rebinding: evil.example resolving to 127.0.0.1 could read calls) is
/// refused, and so is a write from another origin (`Origin` not the server's own, or
/// `Sec-Fetch-Site: cross-site`: a page the local user visits could upload). The web page is
/// served by this server, so its requests are same-origin. Requests without these headers
/// come from programs, not browsers, and pass. With keys configured, the keys decide.
async fn guard_keyless(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if state.auth_enabled() || OPEN_ROUTES.contains(&path) {
        return next.run(request).await;
    }
    let own = own_authorities(state.inner.settings.listen);
    let headers = request.headers();
    if let Some(host) = headers.get(header::HOST) {
        let host = String::from_utf8_lossy(host.as_bytes());
        if !own.iter().any(|a| a.eq_ignore_ascii_case(&host)) {
            let shown: String = host.chars().take(100).collect();
            return axum::response::IntoResponse::into_response(ApiError::HostNotAllowed(shown));
        }
    }
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if writes {
        let origin = headers
            .get(header::ORIGIN)
            .map(|o| String::from_utf8_lossy(o.as_bytes()).into_owned());
        let foreign_origin = origin.as_deref().is_some_and(|origin| {
            !own.iter()
                .any(|a| origin.eq_ignore_ascii_case(&format!("http://{a}")))
        });
        let cross_site = headers
            .get("sec-fetch-site")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"));
        if foreign_origin || cross_site {
            let origin = origin.unwrap_or_else(|| "another site".into());
            let shown: String = origin.chars().take(100).collect();
            return axum::response::IntoResponse::into_response(ApiError::CrossOriginRequest(
                shown,
            ));
        }
    }
    next.run(request).await
}

/// Bearer-key check: open routes pass; with keys configured every other request needs one,
/// anything but GET/HEAD needs a read-write key, and a write to [`ADMIN_ROUTES`] an admin
/// key (a read-write key when no admin keys are configured).
async fn require_key(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if !state.auth_enabled() || OPEN_ROUTES.contains(&path) || web::WEB_ROUTES.contains(&path) {
        return next.run(request).await;
    }
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(bearer_token);
    let Some(token) = token else {
        return axum::response::IntoResponse::into_response(ApiError::MissingApiKey);
    };
    match state.access_of(token) {
        None => axum::response::IntoResponse::into_response(ApiError::InvalidApiKey),
        Some(Access::Read) if !matches!(*request.method(), Method::GET | Method::HEAD) => {
            axum::response::IntoResponse::into_response(ApiError::ReadOnlyKey)
        }
        Some(access)
            if ADMIN_ROUTES.contains(&path)
                && !matches!(*request.method(), Method::GET | Method::HEAD)
                && !state.may_administer(access) =>
        {
            axum::response::IntoResponse::into_response(ApiError::AdminKeyRequired)
        }
        Some(_) => next.run(request).await,
    }
}

/// Headers every answer carries unless its handler set them: no content sniffing (a
/// recording or a JSON body is never run as a page) and no caching of calls, reports,
/// recordings or metrics by browsers and proxies (the web page's files set their own).
fn set_security_headers(headers: &mut HeaderMap) {
    headers
        .entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
}

async fn security_headers(mut response: Response) -> Response {
    set_security_headers(response.headers_mut());
    response
}

async fn route_not_found(uri: Uri) -> ApiError {
    ApiError::RouteNotFound(uri.path().to_string())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// The router: every route of [`ROUTES`] and the web page's files, the key check (or, without
/// keys, the `Host` and cross-origin check), the security headers, the upload limit and request tracing.
pub fn app(state: AppState) -> Router {
    let upload_limit = state.inner.settings.max_upload_bytes as usize;
    Router::new()
        .route("/v1/calls", get(calls::list_calls).post(calls::create_call))
        .route(
            "/v1/calls/{id}",
            get(calls::get_call).delete(calls::delete_call),
        )
        .route("/v1/calls/{id}/audio", get(calls::get_audio))
        .route("/v1/calls/{id}/speakers", put(speakers::set_speaker_roles))
        .route(
            "/v1/calls/{id}/review",
            get(reviews::get_review).put(reviews::put_review),
        )
        .route("/v1/scorecards", get(reviews::list_scorecards))
        .route(
            "/v1/calls/{id}/labels",
            get(labels::call_labels).post(labels::add_labels),
        )
        .route("/v1/labels", get(labels::export_labels))
        .route(
            "/v1/calibration",
            get(labels::get_calibration).post(labels::fit_calibration),
        )
        .route(
            "/v1/calibration/rollback",
            post(labels::roll_back_calibration),
        )
        .route("/v1/trends", get(calls::trends))
        .route("/v1/moments", get(moments::list_moments))
        .route("/v1/score-bands", get(bands::score_bands))
        .route("/v1/agents/{id}/profile", get(calls::agent_profile))
        .route(
            "/v1/agents/{id}/voice",
            get(calls::agent_voice).post(calls::enrol_voice),
        )
        .route("/v1/openapi.json", get(ops::openapi))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/v1/webhooks/events", get(webhooks::list_events))
        .route("/v1/webhooks/events/resend", post(webhooks::resend_event))
        .merge(web::routes())
        .fallback(route_not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), require_key))
        .layer(middleware::from_fn_with_state(state.clone(), guard_keyless))
        .layer(middleware::map_response(security_headers))
        // Multipart bodies get the upload limit plus room for the metadata fields.
        .layer(DefaultBodyLimit::max(upload_limit.saturating_add(1 << 20)))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// A running server: the listener and the router task (the accept loop of `conn`, with its
/// connection limit and head and idle timeouts). The workers are the caller's.
pub struct Server {
    addr: SocketAddr,
    state: AppState,
    stop: tokio::sync::watch::Sender<bool>,
    serving: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Server {
    /// Starts listening on `serve.listen` and serving [`app`] over `store` (the recordings in
    /// `audio`), with `queue` to
    /// wake the workers and report on them. The caller has opened the store (and recovered
    /// what a crash left in progress) and starts the workers.
    pub async fn start(
        serve: ServeConfig,
        store: Arc<dyn CallStore>,
        audio: Arc<dyn AudioStore>,
        queue: Arc<Queue>,
    ) -> anyhow::Result<Server> {
        let listener = tokio::net::TcpListener::bind(serve.listen)
            .await
            .with_context(|| format!("listening on {}", serve.listen))?;
        let addr = listener.local_addr()?;
        // The address as bound (the port, when asked for port 0): a keyless server checks
        // `Host` against it.
        let serve = ServeConfig {
            listen: addr,
            ..serve
        };
        let limits = conn::Limits {
            max_connections: serve.max_connections,
            header_timeout: serve.header_timeout,
            idle_timeout: serve.idle_timeout,
        };
        let state = AppState::new(store, audio, queue, serve);
        let router = app(state.clone());
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let serving = tokio::spawn(conn::serve(listener, router, limits, stopped));
        Ok(Server {
            addr,
            state,
            stop,
            serving,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until `signal` fires (or a worker cannot load its models: then the error
    /// says why), then stops intake and the listener. The workers are still running: the
    /// caller shuts them down next.
    pub async fn run_until(
        self,
        signal: impl std::future::Future<Output = ()>,
    ) -> anyhow::Result<()> {
        let queue = Arc::clone(&self.state.inner.queue);
        let fatal = async move {
            loop {
                if let Some(message) = queue.fatal() {
                    return message;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        };
        tokio::select! {
            () = signal => {
                tracing::info!("shutting down: intake stopped, finishing the calls in hand");
                self.shutdown().await;
                Ok(())
            }
            message = fatal => {
                self.shutdown().await;
                Err(anyhow::anyhow!(message))
            }
        }
    }

    /// Stops intake (`503 shutting_down`) and the listener; open requests get a moment to
    /// complete, a slow client does not hold up the stop.
    pub async fn shutdown(self) {
        self.state.stop_intake();
        let _ = self.stop.send(true);
        let _ = tokio::time::timeout(Duration::from_secs(10), self.serving).await;
    }
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

// Named `tests.rs`, as the layering check expects of a module's unit tests.
#[cfg(test)]
#[path = "audio_store/tests.rs"]
mod audio_store_tests;
#[cfg(test)]
mod review_tests;
#[cfg(test)]
mod role_tests;
#[cfg(test)]
mod tests;
