//! Webhook delivery: POSTs the store's outbox events ([`crate::store::webhooks`]) to one
//! URL per deployment, signed, with retries.
//!
//! In: a [`WebhookConfig`] (URL, secret, timeouts, backoff) and the [`CallStore`] whose
//! `finish`/`fail` queue the events. Out: HTTP POSTs of each event's JSON body (the same
//! bytes on every attempt) with three headers:
//!
//! - [`HEADER_ID`]: the event id (`evt_…`), the same on every attempt: receivers deduplicate
//!   on it (delivery is at least once);
//! - [`HEADER_TIMESTAMP`]: this attempt's time, Unix seconds;
//! - [`HEADER_SIGNATURE`]: `v1=` and the lowercase hex of
//!   `HMAC-SHA256(secret, "{timestamp}.{body}")` ([`sign`]).
//!
//! A 2xx answer delivers the event. Anything else (another status, a refused connection, no
//! answer within the timeout; redirects are not followed) schedules the next attempt after
//! an exponential backoff with jitter ([`retry_delay`]: from `backoff_min`, doubling, capped
//! at `backoff_max`); an event still failing once its retry window (`retry_for`, from its
//! creation) is over is marked dead, logged and counted (`/metrics`), and waits for an
//! administrator to re-send it. Delivered events are pruned after `keep_delivered`.
//!
//! The deliverer is a tokio task; every store call runs on the blocking pool. It leases the
//! events it sends ([`CallStore::claim_webhook_events`]), so several processes on one store
//! rarely send one event twice.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::store::webhooks::WebhookEvent;
use crate::store::{now_ms, CallStore};

/// The event id header (the same on every attempt of an event).
pub const HEADER_ID: &str = "calltone-webhook-id";
/// The attempt's Unix time in seconds, which the signature covers.
pub const HEADER_TIMESTAMP: &str = "calltone-webhook-timestamp";
/// `v1=` and the hex HMAC-SHA256 of `"{timestamp}.{body}"` under the shared secret.
pub const HEADER_SIGNATURE: &str = "calltone-webhook-signature";

/// Shortest secret accepted, in bytes.
pub const MIN_SECRET_LEN: usize = 16;

/// Events sent at once by one deliverer.
const BATCH: usize = 16;

/// How often delivered events are pruned.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// The shared secret; never printed (`Debug` shows its length only).
#[derive(Clone)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret({} bytes)", self.0.len())
    }
}

/// Where and how events are delivered (`calltone serve --webhook-url …`).
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// The receiver: `https://…`, or `http://` to a loopback host (any host with
    /// `allow_http`).
    pub url: String,
    /// The HMAC key (`CALLTONE_WEBHOOK_SECRET` or `--webhook-secret-file`).
    pub secret: Secret,
    /// Allow `http://` to a host other than loopback (`--webhook-allow-http`).
    pub allow_http: bool,
    /// One attempt's limit, connection to the end of the answer (`--webhook-timeout-s`).
    pub timeout: Duration,
    /// How long after its creation (or re-send) an event is retried before it is dead
    /// (`--webhook-retry-hours`).
    pub retry_for: Duration,
    /// The delay before the first retry; doubled at each failure (`--webhook-backoff-min-ms`).
    pub backoff_min: Duration,
    /// The longest delay between attempts (`--webhook-backoff-max-ms`).
    pub backoff_max: Duration,
    /// How often the outbox is looked at when it had nothing due (`--webhook-poll-ms`).
    pub poll_interval: Duration,
    /// How long delivered events are kept (`--webhook-keep-delivered-days`).
    pub keep_delivered: Duration,
}

impl WebhookConfig {
    /// The defaults for a receiver at `url`: 10 s per attempt, retries for 72 h from 10 s
    /// doubling up to 1 h between attempts (with jitter: about 100 attempts, at least 80), a look
    /// at the outbox every second, delivered events kept 7 days.
    pub fn new(url: String, secret: String) -> WebhookConfig {
        WebhookConfig {
            url,
            secret: Secret(secret),
            allow_http: false,
            timeout: Duration::from_secs(10),
            retry_for: Duration::from_secs(72 * 3600),
            backoff_min: Duration::from_secs(10),
            backoff_max: Duration::from_secs(3600),
            poll_interval: Duration::from_secs(1),
            keep_delivered: Duration::from_secs(7 * 86_400),
        }
    }

    /// Checks the settings; names the flag or variable that fixes each problem.
    pub fn validate(&self) -> anyhow::Result<()> {
        let url = reqwest::Url::parse(&self.url)
            .with_context(|| format!("--webhook-url {:?} is not a URL", self.url))?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_http || is_loopback(&url) => {}
            "http" => anyhow::bail!(
                "--webhook-url {} is plain http to another machine: the events carry call data \
                 (ids, agents, scores) that anyone on the way could read; use https, or pass \
                 --webhook-allow-http if the network itself is trusted",
                self.url
            ),
            other => anyhow::bail!("--webhook-url must be https:// (not {other}://)"),
        }
        if url.host_str().is_none_or(str::is_empty) {
            anyhow::bail!("--webhook-url {} has no host", self.url);
        }
        if self.secret.0.is_empty() {
            anyhow::bail!(
                "--webhook-url needs a secret to sign the events with: set \
                 CALLTONE_WEBHOOK_SECRET, or --webhook-secret-file FILE (e.g. from \
                 `openssl rand -hex 32`)"
            );
        }
        if self.secret.0.len() < MIN_SECRET_LEN {
            anyhow::bail!(
                "the webhook secret must be at least {MIN_SECRET_LEN} bytes (e.g. `openssl \
                 rand -hex 32`)"
            );
        }
        if self.timeout.is_zero() {
            anyhow::bail!("--webhook-timeout-s must be positive");
        }
        if self.retry_for.is_zero() {
            anyhow::bail!("--webhook-retry-hours must be positive");
        }
        if self.backoff_min.is_zero() || self.backoff_min > self.backoff_max {
            anyhow::bail!(
                "--webhook-backoff-min-ms must be positive and at most --webhook-backoff-max-ms"
            );
        }
        if self.poll_interval.is_zero() {
            anyhow::bail!("--webhook-poll-ms must be positive");
        }
        Ok(())
    }

    /// How long a claimed event stays leased to this process: one attempt's timeout and a
    /// margin for recording its outcome.
    fn lease(&self) -> Duration {
        self.timeout * 2 + Duration::from_secs(5)
    }
}

/// `http://localhost`, `127.0.0.0/8` and `[::1]`.
fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The signature header's value for `body` sent at `timestamp_s`: `v1=` and the lowercase
/// hex of `HMAC-SHA256(secret, "{timestamp_s}.{body}")`.
pub fn sign(secret: &[u8], timestamp_s: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(timestamp_s.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut out = String::with_capacity(3 + 64);
    out.push_str("v1=");
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// The delay before attempt `attempt + 1`, after `attempt` failures (1, 2, …):
/// `min · 2^(attempt-1)` capped at `max`, then a random point of its upper half ("equal
/// jitter", so receivers coming back are not hit by every event at once).
pub fn retry_delay(attempt: i64, min: Duration, max: Duration) -> Duration {
    let doublings = attempt.clamp(1, 40) as u32 - 1;
    let full = min
        .checked_mul(1u32 << doublings.min(31))
        .unwrap_or(max)
        .min(max);
    let half = full / 2;
    half + half.mul_f64(random_unit())
}

/// A number in [0, 1) from the standard library's per-process random hash keys.
fn random_unit() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// When `event`, whose attempt just failed at `now_ms`, is next tried; `None` (dead) once
/// that would fall after its retry window.
pub fn next_attempt_at(event: &WebhookEvent, now_ms: i64, config: &WebhookConfig) -> Option<i64> {
    let delay = retry_delay(event.attempts + 1, config.backoff_min, config.backoff_max);
    let at = now_ms.saturating_add(delay.as_millis() as i64);
    let window_end = event
        .retry_since_ms
        .saturating_add(config.retry_for.as_millis() as i64);
    (at <= window_end).then_some(at)
}

/// The running deliverer: a tokio task over the outbox.
pub struct Deliverer {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Deliverer {
    /// Starts delivering `store`'s outbox to `config.url` (on the current tokio runtime).
    /// The caller has validated `config` and turned the store's outbox on.
    pub fn start(config: WebhookConfig, store: Arc<dyn CallStore>) -> anyhow::Result<Deliverer> {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("calltone-webhooks/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("building the webhook HTTP client")?;
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(run(Arc::new(config), client, store, stopped));
        Ok(Deliverer { stop, task })
    }

    /// Stops after the attempts in flight (at most one timeout); events not yet sent stay
    /// in the outbox for the next start.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// The delivery loop: claim what is due, send it all at once, record each outcome; wait
/// for the next poll when nothing was due; prune delivered events hourly.
async fn run(
    config: Arc<WebhookConfig>,
    client: reqwest::Client,
    store: Arc<dyn CallStore>,
    mut stopped: watch::Receiver<bool>,
) {
    let lease_ms = config.lease().as_millis() as i64;
    let mut last_prune: Option<tokio::time::Instant> = None;
    while !*stopped.borrow() {
        if last_prune.is_none_or(|t| t.elapsed() >= PRUNE_EVERY) {
            last_prune = Some(tokio::time::Instant::now());
            let before = now_ms() - config.keep_delivered.as_millis() as i64;
            match blocking(&store, move |s| s.prune_webhook_events(before)).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(pruned = n, "delivered webhook events pruned"),
                Err(e) => tracing::warn!(error = %e, "pruning webhook events"),
            }
        }
        let claimed = blocking(&store, move |s| {
            s.claim_webhook_events(now_ms(), BATCH, lease_ms)
        })
        .await;
        let events = match claimed {
            Ok(events) => events,
            Err(e) => {
                tracing::warn!(error = %e, "reading the webhook outbox");
                Vec::new()
            }
        };
        if events.is_empty() {
            tokio::select! {
                () = tokio::time::sleep(config.poll_interval) => {}
                _ = stopped.changed() => {}
            }
            continue;
        }
        let mut sending = JoinSet::new();
        for event in events {
            let (config, client, store) = (Arc::clone(&config), client.clone(), Arc::clone(&store));
            sending.spawn(async move {
                let outcome = send(&client, &config, &event).await;
                record(&store, &config, event, outcome).await;
            });
        }
        while sending.join_next().await.is_some() {}
    }
}

/// One attempt: `Ok` on a 2xx answer, else why not.
async fn send(
    client: &reqwest::Client,
    config: &WebhookConfig,
    event: &WebhookEvent,
) -> Result<(), String> {
    let timestamp = now_ms() / 1000;
    let signature = sign(config.secret.0.as_bytes(), timestamp, event.body.as_bytes());
    let answer = client
        .post(&config.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(HEADER_ID, &event.id)
        .header(HEADER_TIMESTAMP, timestamp.to_string())
        .header(HEADER_SIGNATURE, signature)
        .body(event.body.clone())
        .send()
        .await;
    match answer {
        Ok(answer) if answer.status().is_success() => Ok(()),
        Ok(answer) => Err(format!("HTTP {}", answer.status())),
        // Without the URL, which may hold a token of the receiver's.
        Err(e) if e.is_timeout() => Err(format!(
            "no answer within {} s",
            config.timeout.as_secs_f64()
        )),
        Err(e) => Err(error_chain(&e.without_url())),
    }
}

/// An error with its causes, `: `-separated.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    out
}

/// Stores an attempt's outcome: delivered, retried later, or dead (logged).
async fn record(
    store: &Arc<dyn CallStore>,
    config: &WebhookConfig,
    event: WebhookEvent,
    outcome: Result<(), String>,
) {
    let id = event.id.clone();
    let result = match outcome {
        Ok(()) => {
            tracing::debug!(event = %id, call = %event.call_id, "webhook delivered");
            blocking(store, move |s| s.webhook_delivered(&id)).await
        }
        Err(error) => {
            let next = next_attempt_at(&event, now_ms(), config);
            match next {
                Some(at) => tracing::info!(
                    event = %id, call = %event.call_id, attempts = event.attempts + 1,
                    error = %error, retry_in_ms = at - now_ms(), "webhook attempt failed"
                ),
                None => tracing::error!(
                    event = %id, call = %event.call_id, attempts = event.attempts + 1,
                    error = %error,
                    "webhook event given up after its retry window: dead (re-send it with \
                     POST /v1/webhooks/events/resend)"
                ),
            }
            blocking(store, move |s| s.webhook_attempt_failed(&id, next, &error)).await
        }
    };
    if let Err(e) = result {
        // The lease runs out and the event is sent again: at least once.
        tracing::warn!(event = %event.id, error = %e, "recording a webhook attempt");
    }
}

/// Runs `f` with the store on the blocking pool.
async fn blocking<T: Send + 'static>(
    store: &Arc<dyn CallStore>,
    f: impl FnOnce(&dyn CallStore) -> Result<T, crate::store::StoreError> + Send + 'static,
) -> anyhow::Result<T> {
    let store = Arc::clone(store);
    Ok(tokio::task::spawn_blocking(move || f(&*store)).await??)
}

#[cfg(test)]
mod tests;
