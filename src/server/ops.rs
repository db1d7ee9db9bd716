//! Operations endpoints: `/healthz` (the process answers), `/readyz` (every worker has its
//! models loaded), `/metrics` (Prometheus text format: queue depth, calls by status, jobs
//! done by this process, seconds spent per stage, real-time factor, webhook events by status), `/v1/openapi.json`.

use std::fmt::Write;
use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::{json, Value};

use super::error::ApiError;
use super::{AppState, OPENAPI_JSON};
use crate::store::CallStatus;

pub async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

pub async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let workers = &state.inner.queue;
    if let Some(fatal) = workers.fatal() {
        return Err(ApiError::NotReady(fatal));
    }
    if !state.accepting() {
        return Err(ApiError::ShuttingDown);
    }
    if !workers.ready() {
        return Err(ApiError::NotReady(format!(
            "loading models: {} of {} workers ready",
            workers.loaded(),
            workers.workers()
        )));
    }
    Ok(Json(
        json!({"status": "ready", "workers": workers.workers()}),
    ))
}

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON)
}

pub async fn metrics(State(state): State<AppState>) -> Result<impl IntoResponse, ApiError> {
    let counts = state.db(|store| Ok(store.status_counts()?)).await?;
    let webhooks = state.db(|store| Ok(store.webhook_counts()?)).await?;
    let workers = &state.inner.queue;
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
        &[("", state.inner.started.elapsed().as_secs_f64())],
    );
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    ))
}
