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

mod calls;
pub mod error;
mod ops;
mod web;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, Method, Uri};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use tower_http::trace::TraceLayer;

use crate::queue::Queue;
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
    ("get", "/v1/trends"),
    ("get", "/v1/openapi.json"),
    ("get", "/healthz"),
    ("get", "/readyz"),
    ("get", "/metrics"),
];

/// Routes answered without an API key.
const OPEN_ROUTES: &[&str] = &["/healthz", "/readyz", "/v1/openapi.json"];

/// Settings of the server itself (the pipeline's are in [`crate::config::Config`]).
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    /// Database and recordings.
    pub data_dir: PathBuf,
    /// Worker threads, each with its own models.
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
    /// Keys that may read and write.
    pub api_keys: Vec<String>,
    /// Keys that may only read (GET).
    pub read_keys: Vec<String>,
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
            api_keys: Vec::new(),
            read_keys: Vec::new(),
        }
    }
}

/// Shortest API key accepted: a guessable key is no key.
pub const MIN_API_KEY_LEN: usize = 16;

impl ServeConfig {
    /// Checks the settings; names the flag or variable that fixes each problem.
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.workers == 0 || self.workers > 64 {
            anyhow::bail!("--workers {} must be between 1 and 64", self.workers);
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
        for key in self.api_keys.iter().chain(&self.read_keys) {
            if key.len() < MIN_API_KEY_LEN || !key.bytes().all(|b| b.is_ascii_graphic()) {
                anyhow::bail!(
                    "API keys must be at least {MIN_API_KEY_LEN} printable ASCII characters without spaces \
                     (e.g. `openssl rand -hex 24`)"
                );
            }
        }
        if !self.listen.ip().is_loopback() && self.api_keys.is_empty() && self.read_keys.is_empty()
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
}

/// The state every handler sees. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn CallStore>,
    /// The workers' bell and their state.
    queue: Arc<Queue>,
    /// Limits, timeouts and API keys.
    settings: ServeConfig,
    accepting: AtomicBool,
    started: Instant,
}

impl AppState {
    pub fn new(store: Arc<dyn CallStore>, queue: Arc<Queue>, settings: ServeConfig) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                store,
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

    fn access_of(&self, token: &str) -> Option<Access> {
        let settings = &self.inner.settings;
        if settings.api_keys.iter().any(|k| same_key(k, token)) {
            Some(Access::Write)
        } else if settings.read_keys.iter().any(|k| same_key(k, token)) {
            Some(Access::Read)
        } else {
            None
        }
    }

    fn auth_enabled(&self) -> bool {
        !self.inner.settings.api_keys.is_empty() || !self.inner.settings.read_keys.is_empty()
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

/// Bearer-key check: open routes pass; with keys configured every other request needs one,
/// and anything but GET/HEAD needs a read-write key.
async fn require_key(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if !state.auth_enabled() || OPEN_ROUTES.contains(&path) || web::WEB_ROUTES.contains(&path) {
        return next.run(request).await;
    }
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    let Some(token) = token else {
        return axum::response::IntoResponse::into_response(ApiError::MissingApiKey);
    };
    match state.access_of(token) {
        None => axum::response::IntoResponse::into_response(ApiError::InvalidApiKey),
        Some(Access::Read) if !matches!(*request.method(), Method::GET | Method::HEAD) => {
            axum::response::IntoResponse::into_response(ApiError::ReadOnlyKey)
        }
        Some(_) => next.run(request).await,
    }
}

async fn route_not_found(uri: Uri) -> ApiError {
    ApiError::RouteNotFound(uri.path().to_string())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// The router: every route of [`ROUTES`] and the web page's files, the key check, the upload limit and request
/// tracing.
pub fn app(state: AppState) -> Router {
    let upload_limit = state.inner.settings.max_upload_bytes as usize;
    Router::new()
        .route("/v1/calls", get(calls::list_calls).post(calls::create_call))
        .route(
            "/v1/calls/{id}",
            get(calls::get_call).delete(calls::delete_call),
        )
        .route("/v1/calls/{id}/audio", get(calls::get_audio))
        .route("/v1/trends", get(calls::trends))
        .route("/v1/openapi.json", get(ops::openapi))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .merge(web::routes())
        .fallback(route_not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), require_key))
        // Multipart bodies get the upload limit plus room for the metadata fields.
        .layer(DefaultBodyLimit::max(upload_limit.saturating_add(1 << 20)))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// A running server: the listener and the router task. The workers are the caller's.
pub struct Server {
    addr: SocketAddr,
    state: AppState,
    stop: tokio::sync::watch::Sender<bool>,
    serving: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Server {
    /// Starts listening on `serve.listen` and serving [`app`] over `store`, with `queue` to
    /// wake the workers and report on them. The caller has opened the store (and recovered
    /// what a crash left in progress) and starts the workers.
    pub async fn start(
        serve: ServeConfig,
        store: Arc<dyn CallStore>,
        queue: Arc<Queue>,
    ) -> anyhow::Result<Server> {
        let listener = tokio::net::TcpListener::bind(serve.listen)
            .await
            .with_context(|| format!("listening on {}", serve.listen))?;
        let addr = listener.local_addr()?;
        let state = AppState::new(store, queue, serve);
        let router = app(state.clone());
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let serving = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = stopped.wait_for(|s| *s).await;
                })
                .await
        });
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

#[cfg(test)]
mod tests;
