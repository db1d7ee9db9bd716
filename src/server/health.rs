//! The health port of a `calltone worker` process: no public API, only what a supervisor,
//! a container health check and Prometheus ask.
//!
//! In: the store (for the queue depth and calls by status, as every node of one store sees
//! them) and the process's [`Queue`] (its workers' models, calls in hand, job timings, a
//! fatal load error, the stop request). Out, over HTTP on `--listen` (default
//! [`DEFAULT_WORKER_LISTEN`]): `GET /healthz` (the process answers: `role`, `workers`,
//! `busy`), `GET /readyz` (`200` once every worker has loaded its models and the store
//! answers; `503` while loading, after a fatal load error, or once the workers are stopping)
//! and `GET /metrics` (the API's Prometheus text, with `calltone_node_info{role="worker"}`).
//! Anything else is `404` in the API's JSON error form. It serves no call data and takes no
//! keys: bind it to a private network. The workers themselves are the caller's (`main`);
//! this module never sees them.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::extract::State;
use axum::http::Uri;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::Value;

use super::conn;
use super::error::ApiError;
use super::ops::{self, Role};
use crate::queue::Queue;
use crate::store::{CallStore, StoreError};

/// Where `calltone worker` answers health checks unless `--listen` says otherwise: loopback,
/// on Prometheus's usual port range.
pub const DEFAULT_WORKER_LISTEN: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 9464);

/// Every route of the health port, as (method, path).
pub const HEALTH_ROUTES: &[(&str, &str)] =
    &[("get", "/healthz"), ("get", "/readyz"), ("get", "/metrics")];

/// What the health handlers see. Cheap to clone.
#[derive(Clone)]
pub struct HealthState {
    store: Arc<dyn CallStore>,
    queue: Arc<Queue>,
    started: Instant,
}

impl HealthState {
    /// The state over `store` and the workers' `queue`; uptime counts from now.
    pub fn new(store: Arc<dyn CallStore>, queue: Arc<Queue>) -> HealthState {
        HealthState {
            store,
            queue,
            started: Instant::now(),
        }
    }
}

async fn healthz(State(state): State<HealthState>) -> Json<Value> {
    let mut body = ops::health_body(Role::Worker, &state.queue);
    body["busy"] = state.queue.busy().into();
    Json(body)
}

async fn readyz(State(state): State<HealthState>) -> Result<Json<Value>, ApiError> {
    let queue = &state.queue;
    let queued = if queue.fatal().is_none() && !queue.stopping() && queue.ready() {
        ops::queue_depth(&state.store).await
    } else {
        Ok(0)
    };
    ops::readiness(Role::Worker, queue, queue.stopping(), queued).map(Json)
}

async fn metrics(State(state): State<HealthState>) -> Result<impl IntoResponse, ApiError> {
    let store = Arc::clone(&state.store);
    let (counts, webhooks) = tokio::task::spawn_blocking(move || {
        Ok::<_, StoreError>((store.status_counts()?, store.webhook_counts()?))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("database task: {e}")))??;
    let text = ops::metrics_text(
        Role::Worker,
        &counts,
        &webhooks,
        &state.queue,
        state.started.elapsed(),
    );
    Ok(ops::metrics_response(text))
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::RouteNotFound(uri.path().to_string())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// The health port's router: [`HEALTH_ROUTES`], JSON errors for anything else.
pub fn health_app(state: HealthState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
}

/// A running health port: its listener and the accept loop (the API's, with small limits).
pub struct HealthPort {
    addr: SocketAddr,
    queue: Arc<Queue>,
    stop: tokio::sync::watch::Sender<bool>,
    serving: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Connections the health port serves at once: probes and a scraper, not clients.
const HEALTH_MAX_CONNECTIONS: usize = 16;

impl HealthPort {
    /// Listens on `listen` and answers [`HEALTH_ROUTES`] over `store` and `queue`.
    pub async fn start(
        listen: SocketAddr,
        store: Arc<dyn CallStore>,
        queue: Arc<Queue>,
    ) -> anyhow::Result<HealthPort> {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("listening on {listen} (--listen)"))?;
        let addr = listener.local_addr()?;
        let limits = conn::Limits {
            max_connections: HEALTH_MAX_CONNECTIONS,
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
        };
        let router = health_app(HealthState::new(store, Arc::clone(&queue)));
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let serving = tokio::spawn(conn::serve(listener, router, limits, stopped));
        Ok(HealthPort {
            addr,
            queue,
            stop,
            serving,
        })
    }

    /// The address as bound (the port, when asked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Waits for `signal`, or for a worker that cannot load its models (then the error says
    /// why). The port keeps answering (`/readyz`: `503` once the workers stop) until
    /// [`HealthPort::shutdown`].
    pub async fn wait(&self, signal: impl std::future::Future<Output = ()>) -> anyhow::Result<()> {
        let queue = Arc::clone(&self.queue);
        let fatal = async move {
            loop {
                if let Some(message) = queue.fatal() {
                    return message;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        };
        tokio::select! {
            () = signal => Ok(()),
            message = fatal => Err(anyhow::anyhow!(message)),
        }
    }

    /// Closes the listener; a probe in progress gets a moment to complete.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = tokio::time::timeout(Duration::from_secs(5), self.serving).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    use crate::store::{new_call_id, NewCall, Store};

    async fn ask(router: &Router, path: &str) -> (StatusCode, String) {
        let response = router
            .clone()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, String::from_utf8(body.to_vec()).unwrap())
    }

    fn router(workers: usize) -> (Router, Arc<Queue>, Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let queue = Arc::new(Queue::new(workers));
        let shared: Arc<dyn CallStore> = Arc::new(store.clone());
        let app = health_app(HealthState::new(shared, Arc::clone(&queue)));
        (app, queue, store, dir)
    }

    #[tokio::test]
    async fn readyz_waits_for_every_workers_models_then_for_nothing_else() {
        let (app, queue, _store, _dir) = router(2);
        let (status, body) = ask(&app, "/readyz").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
        assert!(body.contains("0 of 2 workers ready"), "{body}");
        queue.set_loaded(true);
        queue.set_loaded(true);
        let (status, body) = ask(&app, "/readyz").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let body: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            (
                body["role"].as_str(),
                body["workers"].as_u64(),
                body["queued"].as_i64()
            ),
            (Some("worker"), Some(2), Some(0))
        );
        // A stop turns it away again: the supervisor sees the node go.
        queue.request_stop();
        let (status, body) = ask(&app, "/readyz").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
        assert!(body.contains("shutting_down"), "{body}");
    }

    #[tokio::test]
    async fn a_fatal_load_error_is_what_readyz_says() {
        let (app, queue, _store, _dir) = router(1);
        queue.set_fatal("could not load the models: no ggml file".into());
        let (status, body) = ask(&app, "/readyz").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("no ggml file"), "{body}");
    }

    #[tokio::test]
    async fn healthz_and_metrics_name_the_worker_role_and_the_stores_queue() {
        let (app, queue, store, _dir) = router(3);
        let id = new_call_id();
        store
            .enqueue(&id, &id, &NewCall::default(), usize::MAX)
            .unwrap();
        queue.set_in_hand(1, Some(("fedcba9876543210".into(), 1)));
        let (status, body) = ask(&app, "/healthz").await;
        assert_eq!(status, StatusCode::OK);
        let body: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            (
                body["role"].as_str(),
                body["workers"].as_u64(),
                body["busy"].as_u64()
            ),
            (Some("worker"), Some(3), Some(1))
        );
        let (status, text) = ask(&app, "/metrics").await;
        assert_eq!(status, StatusCode::OK);
        assert!(text.contains("calltone_queue_depth 1\n"), "{text}");
        assert!(
            text.contains("calltone_workers{state=\"configured\"} 3\n"),
            "{text}"
        );
        assert!(
            text.contains("calltone_workers{state=\"busy\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("calltone_node_info{role=\"worker\"} 1\n"),
            "{text}"
        );
    }

    #[tokio::test]
    async fn the_api_is_not_on_the_health_port() {
        let (app, _queue, _store, _dir) = router(1);
        for path in ["/v1/calls", "/", "/v1/openapi.json"] {
            let (status, body) = ask(&app, path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
            assert!(body.contains("route_not_found"), "{path}: {body}");
        }
    }
}
