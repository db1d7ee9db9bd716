//! Operations endpoints: `/healthz` (the process answers, and what kind of node it is),
//! `/readyz` (the store answers and every worker has its models loaded; a node with
//! `--workers 0` is ready once the store answers), `/metrics` (Prometheus text format: queue
//! depth, calls by status, jobs done by this process, seconds spent per stage, real-time
//! factor, webhook events by status, the node's role), `/v1/openapi.json`. The worker's health port
//! ([`super::health`]) answers the same three with the same texts.

use std::fmt::Write;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::{json, Value};

use super::error::ApiError;
use super::{AppState, OPENAPI_JSON};
use crate::queue::Queue;
use crate::store::webhooks::WebhookCounts;
use crate::store::{CallStatus, CallStore, StatusCounts};

/// What a process does, as `/healthz`, `/readyz` and `/metrics` name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `calltone serve --workers 0`: takes and serves calls; other nodes analyse them.
    Api,
    /// `calltone serve` with workers: takes, analyses and serves calls.
    ApiAndWorkers,
    /// `calltone worker`: analyses calls; no public API.
    Worker,
}

impl Role {
    /// The API's role for `workers` worker threads.
    pub fn of_api(workers: usize) -> Role {
        if workers == 0 {
            Role::Api
        } else {
            Role::ApiAndWorkers
        }
    }

    /// `api`, `api+workers` or `worker`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Api => "api",
            Role::ApiAndWorkers => "api+workers",
            Role::Worker => "worker",
        }
    }
}

/// `/healthz`'s body: the process answers; its role and its worker threads.
pub(super) fn health_body(role: Role, queue: &Queue) -> Value {
    json!({"status": "ok", "role": role.as_str(), "workers": queue.workers()})
}

/// `/readyz`: ready when no worker failed to load, the process is not stopping, every worker
/// of this node has its models (none to wait for with `--workers 0`) and the store answers.
/// `stopping` is the node's own stop (intake stopped, or the workers asked to stop).
pub(super) fn readiness(
    role: Role,
    queue: &Queue,
    stopping: bool,
    queued: Result<i64, String>,
) -> Result<Value, ApiError> {
    if let Some(fatal) = queue.fatal() {
        return Err(ApiError::NotReady(fatal));
    }
    if stopping {
        return Err(ApiError::ShuttingDown);
    }
    if !queue.ready() {
        return Err(ApiError::NotReady(format!(
            "loading models: {} of {} workers ready",
            queue.loaded(),
            queue.workers()
        )));
    }
    let queued = queued.map_err(|e| {
        tracing::warn!(error = %e, "readiness: the store does not answer");
        ApiError::NotReady("the store does not answer".into())
    })?;
    Ok(json!({
        "status": "ready",
        "role": role.as_str(),
        "workers": queue.workers(),
        "queued": queued,
    }))
}

/// The store's queue depth, for [`readiness`], run on the blocking pool.
pub(super) async fn queue_depth(store: &std::sync::Arc<dyn CallStore>) -> Result<i64, String> {
    let store = std::sync::Arc::clone(store);
    match tokio::task::spawn_blocking(move || store.queue_depth()).await {
        Ok(Ok(n)) => Ok(n),
        Ok(Err(e)) => Err(e.to_string()),
        Err(e) => Err(format!("database task: {e}")),
    }
}

pub async fn healthz(State(state): State<AppState>) -> Json<Value> {
    let queue = &state.inner.queue;
    Json(health_body(Role::of_api(queue.workers()), queue))
}

pub async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let queue = &state.inner.queue;
    // Nothing to ask the store while the node is not ready for other reasons.
    let queued = if queue.fatal().is_none() && state.accepting() && queue.ready() {
        queue_depth(&state.inner.store).await
    } else {
        Ok(0)
    };
    readiness(
        Role::of_api(queue.workers()),
        queue,
        !state.accepting(),
        queued,
    )
    .map(Json)
}

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON)
}

pub async fn metrics(State(state): State<AppState>) -> Result<impl IntoResponse, ApiError> {
    let counts = state.db(|store| Ok(store.status_counts()?)).await?;
    let webhooks = state.db(|store| Ok(store.webhook_counts()?)).await?;
    let queue = &state.inner.queue;
    let text = metrics_text(
        Role::of_api(queue.workers()),
        &counts,
        &webhooks,
        queue,
        state.inner.started.elapsed(),
    );
    Ok(metrics_response(text))
}

/// A Prometheus text body as an answer.
pub(super) fn metrics_response(text: String) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
}

/// The metrics of a node in Prometheus text format: the store's `counts` and `webhooks`
/// (the same on every node of one store), this process's workers and jobs from `queue`, its
/// role and uptime.
pub(super) fn metrics_text(
    role: Role,
    counts: &StatusCounts,
    webhooks: &WebhookCounts,
    workers: &Queue,
    uptime: Duration,
) -> String {
    let m = &workers.metrics;
    let seconds = |v: &std::sync::atomic::AtomicU64| v.load(Ordering::Relaxed) as f64 / 1000.0;
    let mut out = String::new();
    let mut family = |name: &str, kind: &str, help: &str, samples: &[(&str, f64)]| {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} {kind}");
        for (labels, value) in samples {
            let _ = writeln!(out, "{name}{labels} {value}");
        }
    };
    family(
        "calltone_queue_depth",
        "gauge",
        "Calls waiting for a worker.",
        &[("", counts.queued as f64)],
    );
    let by_status: Vec<(String, f64)> = CallStatus::ALL
        .into_iter()
        .map(|s| (format!("{{status=\"{s}\"}}"), counts.of(s) as f64))
        .collect();
    family(
        "calltone_calls",
        "gauge",
        "Calls in the store by status.",
        &by_status
            .iter()
            .map(|(labels, n)| (labels.as_str(), *n))
            .collect::<Vec<_>>(),
    );
    family(
        "calltone_jobs_total",
        "counter",
        "Jobs finished by this process, by outcome (panicked jobs are also counted as failed).",
        &[
            (
                "{outcome=\"succeeded\"}",
                m.succeeded.load(Ordering::Relaxed) as f64,
            ),
            (
                "{outcome=\"failed\"}",
                m.failed.load(Ordering::Relaxed) as f64,
            ),
            (
                "{outcome=\"panicked\"}",
                m.panicked.load(Ordering::Relaxed) as f64,
            ),
        ],
    );
    family(
        "calltone_stage_seconds_total",
        "counter",
        "Wall time spent per pipeline stage by succeeded jobs (total: decode to report).",
        &[
            ("{stage=\"decode\"}", seconds(&m.decode_ms)),
            ("{stage=\"vad\"}", seconds(&m.vad_ms)),
            ("{stage=\"asr\"}", seconds(&m.asr_ms)),
            ("{stage=\"tone\"}", seconds(&m.tone_ms)),
            ("{stage=\"total\"}", seconds(&m.total_ms)),
        ],
    );
    family(
        "calltone_audio_seconds_total",
        "counter",
        "Audio analysed by succeeded jobs.",
        &[("", seconds(&m.audio_ms))],
    );
    let total = seconds(&m.total_ms);
    family(
        "calltone_real_time_factor",
        "gauge",
        "Audio seconds analysed per second of job wall time, per worker, since start (0 before the first job).",
        &[(
            "",
            if total > 0.0 {
                seconds(&m.audio_ms) / total
            } else {
                0.0
            },
        )],
    );
    family(
        "calltone_workers",
        "gauge",
        "Worker threads: configured, with models loaded, busy.",
        &[
            ("{state=\"configured\"}", workers.workers() as f64),
            ("{state=\"ready\"}", workers.loaded() as f64),
            ("{state=\"busy\"}", workers.busy() as f64),
        ],
    );
    family(
        "calltone_webhook_events",
        "gauge",
        "Webhook events in the outbox by status (dead: given up after the retry window; delivered: until pruned).",
        &[
            ("{status=\"pending\"}", webhooks.pending as f64),
            ("{status=\"dead\"}", webhooks.dead as f64),
            ("{status=\"delivered\"}", webhooks.delivered as f64),
        ],
    );
    family(
        "calltone_uptime_seconds",
        "gauge",
        "Seconds since the server started.",
        &[("", uptime.as_secs_f64())],
    );
    let role_label = format!("{{role=\"{}\"}}", role.as_str());
    family(
        "calltone_node_info",
        "gauge",
        "What this process does (api: takes and serves calls, no workers; worker: analyses \
         calls, no public API; api+workers: both). Always 1.",
        &[(role_label.as_str(), 1.0)],
    );
    out
}
