//! The `calltone` command: parses arguments, dispatches, prints each error once. For
//! `serve` it is also the composition root: it wires the store, the server and the workers.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use calltone::audio::vad::VadConfig;
use calltone::audio::DecodeOptions;
use calltone::config::{self, Config};
use calltone::convert::{convert_ct2_to_ggml, Quantization};
use calltone::onnx::OnnxRuntime;
use calltone::pipeline::{CallOptions, Pipeline};
use calltone::queue::Queue;
use calltone::server::{self, ServeConfig, Server};
use calltone::settings_file;
use calltone::speakers::SpeakerCount;
use calltone::store::audio as audio_store;
use calltone::store::lease::LeaseSettings;
use calltone::store::open::{open_store, StoreLocation};
use calltone::store::{CallStore, ORPHAN_GRACE};
use calltone::webhooks::{Deliverer, WebhookConfig};
use calltone::worker::Workers;

/// Listens to recorded customer-service calls: transcript, turns and timings.
#[derive(Parser)]
#[command(version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log filter for stderr (e.g. `info`, `calltone=debug`); also RUST_LOG.
    #[arg(long, global = true, env = "CALLTONE_LOG", default_value = "warn")]
    log: String,
    /// A TOML file of settings (`key = value`, keys as the flags with `_` for `-`); the
    /// environment and flags override it.
    #[arg(long, global = true, env = "CALLTONE_CONFIG")]
    config: Option<PathBuf>,
}

/// Bytes in a MiB (`--max-upload-mb`).
const MIB: u64 = 1024 * 1024;

#[derive(Subcommand)]
enum Command {
    /// Analyse recorded calls and print their transcripts (or JSON reports).
    Analyze(AnalyzeArgs),
    /// Who speaks when: RTTM lines (one per stretch of speech; overlapping speakers both
    /// listed), without transcribing.
    Diarize(DiarizeArgs),
    /// Print the tone features of each speech segment (one JSON line per file with --json).
    Features(FeaturesArgs),
    /// Voice profiles: a speaker's usual voice, the reference of their per-call tone.
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Manage the models: check them, or convert Whisper from CTranslate2 to ggml.
    #[command(subcommand)]
    Models(ModelsCommand),
    /// Serve the HTTP API: upload calls, read their reports, lists and trends (with
    /// `--workers 0`, the API alone: `calltone worker` processes analyse the calls).
    Serve(ServeArgs),
    /// Analyse the store's queued calls, without the HTTP API: worker threads and a small
    /// health and metrics port. Run it on other machines than the API (PostgreSQL store), or
    /// beside a `serve --workers 0` on one data directory (SQLite).
    Worker(WorkerArgs),
    /// Fit a calibration of the turn scores from the reviewers' corrections in a data
    /// directory and install it (or roll it back, or show what is in force).
    Calibrate(CalibrateArgs),
    /// Score lines of text from stdin: one JSON line out per line in (sentiment, abuse, cues).
    Sentiment {
        /// Language of the text (ISO 639-1): ar, he, el, en, fr, es, de, ru, tr.
        #[arg(long)]
        language: String,
    },
    /// Redact personal data from lines of text on stdin (one utterance a line, the lines one
    /// conversation): each line out with its spans replaced by `[CARD]`, `[PHONE]`, …
    Redact(RedactArgs),
}

/// `calltone redact` settings.
#[derive(Args)]
struct RedactArgs {
    /// Language of the text (ISO 639-1: en, ar, he, el, …); `auto` tries every language's cues.
    #[arg(long)]
    language: String,
    /// One JSON object a line instead: `text` (redacted) and `spans` (`kind`, `start`, `end`
    /// in bytes of the input line); the personal text itself is never written.
    #[arg(long)]
    json: bool,
    /// A name tagger trained by `examples/train_name_tagger.rs` instead of the bundled one
    /// (to score a tagger on sets it was not trained on).
    #[arg(long, value_name = "FILE")]
    name_tagger: Option<std::path::PathBuf>,
}

/// `calltone serve` settings (the pipeline's come from the model flags). Their defaults are
/// [`ServeConfig::default`]'s, so the library and the command cannot disagree.
#[derive(Args)]
struct ServeArgs {
    /// Address and port to listen on. Anything but loopback needs API keys.
    #[arg(long, env = "CALLTONE_LISTEN", default_value_t = ServeConfig::default().listen)]
    listen: std::net::SocketAddr,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    jobs: JobArgs,
    /// Queued calls above which uploads are refused with 429.
    #[arg(long, env = "CALLTONE_MAX_QUEUE", default_value_t = ServeConfig::default().max_queue)]
    max_queue: usize,
    /// Largest upload accepted, in MiB.
    #[arg(long, env = "CALLTONE_MAX_UPLOAD_MB", default_value_t = ServeConfig::default().max_upload_bytes / MIB)]
    max_upload_mb: u64,
    /// Seconds an upload may send nothing before it is dropped with 408.
    #[arg(long, env = "CALLTONE_UPLOAD_IDLE_TIMEOUT_S", default_value_t = ServeConfig::default().upload_idle_timeout.as_secs())]
    upload_idle_timeout_s: u64,
    /// Connections served at once; one more is answered 503 and closed.
    #[arg(long, env = "CALLTONE_MAX_CONNECTIONS", default_value_t = ServeConfig::default().max_connections)]
    max_connections: usize,
    /// Seconds a client has to send a request's head (line and headers) from its first byte.
    #[arg(long, env = "CALLTONE_HEADER_TIMEOUT_S", default_value_t = ServeConfig::default().header_timeout.as_secs())]
    header_timeout_s: u64,
    /// Seconds a connection with no request in progress stays open without one.
    #[arg(long, env = "CALLTONE_IDLE_TIMEOUT_S", default_value_t = ServeConfig::default().idle_timeout.as_secs())]
    idle_timeout_s: u64,
    /// Read-write API keys, comma-separated (prefer the environment or the config file).
    #[arg(
        long,
        env = "CALLTONE_API_KEYS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    api_keys: Vec<String>,
    /// Read-only API keys (GET only), comma-separated.
    #[arg(
        long,
        env = "CALLTONE_READ_KEYS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    read_keys: Vec<String>,
    /// The scorecard reviewers fill (JSON, or TOML when the name ends in .toml); checked at
    /// start. Without it, the built-in card. See README "Reviews and scorecards".
    #[arg(long, env = "CALLTONE_SCORECARD")]
    scorecard: Option<PathBuf>,
    /// Admin API keys, comma-separated: they may also fit and roll back calibrations (when
    /// none are set, the read-write keys may).
    #[arg(
        long,
        env = "CALLTONE_ADMIN_KEYS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    admin_keys: Vec<String>,
    #[command(flatten)]
    redaction: ServeRedactionArgs,
    #[command(flatten)]
    webhook: ServeWebhookArgs,
    #[command(flatten)]
    models: ModelArgs,
}

/// The defaults of the webhook settings ([`WebhookConfig::new`]).
fn webhook_defaults() -> WebhookConfig {
    WebhookConfig::new(String::new(), String::new())
}

/// `calltone serve`'s webhook (README "Webhooks"). The secret is read from
/// CALLTONE_WEBHOOK_SECRET or a file, never from a flag (flags show in `ps`).
#[derive(Args)]
struct ServeWebhookArgs {
    /// POST `call.succeeded` and `call.failed` events here (https, or http to loopback),
    /// signed with the secret of CALLTONE_WEBHOOK_SECRET or --webhook-secret-file.
    #[arg(long, env = "CALLTONE_WEBHOOK_URL")]
    webhook_url: Option<String>,
    /// A file holding the webhook secret (instead of CALLTONE_WEBHOOK_SECRET).
    #[arg(long, env = "CALLTONE_WEBHOOK_SECRET_FILE")]
    webhook_secret_file: Option<PathBuf>,
    /// Allow an http:// webhook URL to another machine (the events travel unencrypted).
    #[arg(long, env = "CALLTONE_WEBHOOK_ALLOW_HTTP")]
    webhook_allow_http: bool,
    /// Seconds one delivery attempt may take before it counts as failed.
    #[arg(long, env = "CALLTONE_WEBHOOK_TIMEOUT_S", default_value_t = webhook_defaults().timeout.as_secs())]
    webhook_timeout_s: u64,
    /// Hours an event is retried (from its creation) before it is dead.
    #[arg(long, env = "CALLTONE_WEBHOOK_RETRY_HOURS", default_value_t = webhook_defaults().retry_for.as_secs() / 3600)]
    webhook_retry_hours: u64,
    /// Milliseconds before the first retry; doubled after each failure (with jitter).
    #[arg(long, env = "CALLTONE_WEBHOOK_BACKOFF_MIN_MS", default_value_t = webhook_defaults().backoff_min.as_millis() as u64)]
    webhook_backoff_min_ms: u64,
    /// Longest wait between two attempts, in milliseconds.
    #[arg(long, env = "CALLTONE_WEBHOOK_BACKOFF_MAX_MS", default_value_t = webhook_defaults().backoff_max.as_millis() as u64)]
    webhook_backoff_max_ms: u64,
    /// Milliseconds between looks at the outbox when nothing is due.
    #[arg(long, env = "CALLTONE_WEBHOOK_POLL_MS", default_value_t = webhook_defaults().poll_interval.as_millis() as u64)]
    webhook_poll_ms: u64,
    /// Days delivered events are kept (dead ones are kept until re-sent).
    #[arg(long, env = "CALLTONE_WEBHOOK_KEEP_DELIVERED_DAYS", default_value_t = webhook_defaults().keep_delivered.as_secs() / 86_400)]
    webhook_keep_delivered_days: u64,
}

impl ServeWebhookArgs {
    /// The checked settings; `None` without a URL.
    fn config(self) -> anyhow::Result<Option<WebhookConfig>> {
        let Some(url) = self.webhook_url.filter(|u| !u.trim().is_empty()) else {
            return Ok(None);
        };
        let secret = match &self.webhook_secret_file {
            Some(path) => std::fs::read_to_string(path)
                .with_context(|| format!("--webhook-secret-file {}", path.display()))?
                .trim_end_matches(['\r', '\n'])
                .to_string(),
            None => std::env::var("CALLTONE_WEBHOOK_SECRET").unwrap_or_default(),
        };
        let config = WebhookConfig {
            allow_http: self.webhook_allow_http,
            timeout: std::time::Duration::from_secs(self.webhook_timeout_s),
            retry_for: std::time::Duration::from_secs(
                self.webhook_retry_hours.saturating_mul(3600),
            ),
            backoff_min: std::time::Duration::from_millis(self.webhook_backoff_min_ms),
            backoff_max: std::time::Duration::from_millis(self.webhook_backoff_max_ms),
            poll_interval: std::time::Duration::from_millis(self.webhook_poll_ms),
            keep_delivered: std::time::Duration::from_secs(
                self.webhook_keep_delivered_days.saturating_mul(86_400),
            ),
            ..WebhookConfig::new(url.trim().to_string(), secret)
        };
        config.validate()?;
        Ok(Some(config))
    }
}

/// Where the calls are kept: for `serve`, `worker` and `calibrate`.
#[derive(Args)]
struct StoreArgs {
    /// Where the database (with --store sqlite) and the uploaded recordings are kept.
    #[arg(long, env = "CALLTONE_DATA_DIR", default_value_os_t = ServeConfig::default().data_dir)]
    data_dir: PathBuf,
    /// The store: `sqlite` (the database file in --data-dir: one machine) or a PostgreSQL
    /// URL, `postgres://USER:PASSWORD@HOST:5432/DATABASE`, shared by an API node and worker
    /// nodes on several machines (README "Deployment on several machines").
    #[arg(
        long,
        env = "CALLTONE_STORE",
        default_value = "sqlite",
        hide_env_values = true,
        value_name = "sqlite|postgres://…",
        value_parser = StoreLocationParser
    )]
    store: StoreLocation,
    /// Where the recordings are kept: `s3://BUCKET[/PREFIX]` for an S3-compatible bucket
    /// shared by several machines (credentials and endpoint from `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT_URL`, `AWS_ALLOW_HTTP`), or a
    /// directory; by default DATA_DIR/audio.
    #[arg(long, env = "CALLTONE_AUDIO_STORE", value_name = "URL")]
    audio_store: Option<String>,
}

/// Parses `--store` with [`StoreLocation`]'s own message: clap's would repeat the value,
/// password included.
#[derive(Clone)]
struct StoreLocationParser;

impl clap::builder::TypedValueParser for StoreLocationParser {
    type Value = StoreLocation;

    fn parse_ref(
        &self,
        command: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<StoreLocation, clap::Error> {
        let refuse = |kind, message: String| clap::Error::raw(kind, message).with_cmd(command);
        let text = value.to_str().ok_or_else(|| {
            refuse(
                clap::error::ErrorKind::InvalidUtf8,
                "invalid value for '--store': not UTF-8\n".into(),
            )
        })?;
        text.parse().map_err(|e| {
            refuse(
                clap::error::ErrorKind::ValueValidation,
                format!("invalid value for '--store': {e}\n"),
            )
        })
    }
}

/// The workers' settings, the same for `serve` and `worker`.
#[derive(Args)]
struct JobArgs {
    /// Worker threads; each loads its own models and analyses one call at a time. With
    /// `serve`, 0 runs the API alone (no models loaded): `calltone worker` processes
    /// analyse the calls it queues.
    #[arg(long, env = "CALLTONE_WORKERS", default_value_t = ServeConfig::default().workers)]
    workers: usize,
    /// Analyses of one call cut short by crashes before it is marked failed. A crash for
    /// another reason (kill -9, OOM, power loss) also counts against the call in hand, so
    /// the default leaves room for bad luck: 2 in 100 healthy calls needed 4 attempts under
    /// repeated kill -9.
    #[arg(long, env = "CALLTONE_MAX_ATTEMPTS", default_value_t = ServeConfig::default().max_attempts)]
    max_attempts: u32,
    /// This node's name in the claims it takes (the store's `claimed_by`); a restarted node
    /// gives back the calls claimed under its name. Each process needs its own. Default:
    /// the host's name and the start of its machine id.
    #[arg(long, env = "CALLTONE_NODE_NAME")]
    node_name: Option<String>,
    /// Seconds a claimed call's lease lasts without renewal (workers renew every third of
    /// it); a call whose lease passed is taken by another worker, its attempt counted.
    #[arg(long, env = "CALLTONE_LEASE_SECS", default_value_t = calltone::store::lease::DEFAULT_LEASE.as_secs())]
    lease_secs: u64,
    /// Seconds a shutdown waits for calls in progress before requeueing them.
    #[arg(long, env = "CALLTONE_SHUTDOWN_GRACE_S", default_value_t = ServeConfig::default().shutdown_grace.as_secs())]
    shutdown_grace_s: u64,
}

/// `calltone worker` settings: the store, the workers and the models as for `serve`, and
/// the health port instead of the API.
#[derive(Args)]
struct WorkerArgs {
    /// Address and port of the health port (`/healthz`, `/readyz`, `/metrics`; no call
    /// data, no keys: keep it on a private network).
    #[arg(long, env = "CALLTONE_WORKER_LISTEN", default_value_t = server::health::DEFAULT_WORKER_LISTEN)]
    listen: std::net::SocketAddr,
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    jobs: JobArgs,
    #[command(flatten)]
    redaction: ServeRedactionArgs,
    #[command(flatten)]
    webhook: ServeWebhookArgs,
    #[command(flatten)]
    models: ModelArgs,
}

impl JobArgs {
    /// This node's claims: its name, the lease, the attempts a call may have.
    fn leases(&self) -> LeaseSettings {
        LeaseSettings {
            node: self
                .node_name
                .clone()
                .unwrap_or_else(calltone::store::lease::default_node_name),
            lease: std::time::Duration::from_secs(self.lease_secs.max(1)),
            max_attempts: self.max_attempts,
        }
    }
}

/// `calltone serve`'s redaction of every call (README "Redaction").
#[derive(Args)]
struct ServeRedactionArgs {
    /// Redact every call: personal data (cards, phones, IDs, e-mail addresses, names, …) out
    /// of the stored report and recording; the API serves only the redacted recording.
    #[arg(long, env = "CALLTONE_REDACT")]
    redact: bool,
    /// What replaces personal data in the stored recording: `beep` (a 1 kHz tone) or
    /// `silence`.
    #[arg(long, env = "CALLTONE_REDACT_AUDIO_WITH", default_value = "beep")]
    redact_audio_with: calltone::audio::mask::Mask,
    /// With --redact, keep the original upload on disk (never served); by default it is
    /// deleted once the redacted report and recording are stored, as the payment-card rules
    /// require of card numbers.
    #[arg(long, env = "CALLTONE_KEEP_ORIGINAL_AUDIO")]
    keep_original_audio: bool,
}

impl ServeRedactionArgs {
    fn redaction(&self) -> Option<config::Redaction> {
        self.redact.then_some(config::Redaction {
            audio_with: self.redact_audio_with,
            keep_original_audio: self.keep_original_audio,
        })
    }
}

#[derive(Args)]
struct AnalyzeArgs {
    /// Recordings: WAV (PCM, float, G.711 µ-law/A-law), MP3, FLAC, Ogg; mono or stereo.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print one JSON report per line instead of the transcript.
    #[arg(long)]
    json: bool,
    /// With --json, indent the reports.
    #[arg(long, requires = "json")]
    pretty: bool,
    /// Roles of the channels, in order (default: `agent,customer` for stereo, `speaker` for mono).
    #[arg(long, value_delimiter = ',')]
    roles: Option<Vec<String>>,
    /// Force the language (ISO 639-1, e.g. `en`, `ar`, `he`, `el`) instead of detecting it once for the call.
    #[arg(long, env = "CALLTONE_LANGUAGE")]
    language: Option<String>,
    /// The agent's voice profile (`calltone profile build`): the agent's per-call smile and
    /// stress are heard against it instead of population norms (from its documented minimum
    /// of calls and speech on).
    #[arg(long)]
    agent_profile: Option<PathBuf>,
    #[command(flatten)]
    voices: SpeakerArgs,
    /// A calibration of the turn scores (the JSON of `GET /v1/calibration` or `calltone
    /// calibrate --status --json`), applied as the service's workers apply theirs.
    #[arg(long)]
    calibration: Option<PathBuf>,
    /// Redact the report: personal data (cards, phones, IDs, e-mail addresses, names, …)
    /// replaced by its kind's tag (`[CARD]`), listed with its times in `redactions`.
    #[arg(long)]
    redact: bool,
    /// Also write the recording with the personal data masked to this WAV file (16-bit PCM,
    /// 16 kHz, the recording's channels); implies --redact. One recording at a time.
    #[arg(long, value_name = "FILE")]
    redact_audio: Option<PathBuf>,
    /// What masks personal data in --redact-audio: `beep` (a 1 kHz tone) or `silence`.
    #[arg(long, default_value = "beep")]
    redact_audio_with: calltone::audio::mask::Mask,
    #[command(flatten)]
    models: ModelArgs,
}

/// Who speaks in a mono recording, for `analyze` and `diarize`.
#[derive(Args)]
struct SpeakerArgs {
    /// Speakers in a mono recording: a number from 1 to 4 (1: do not split it), or `auto`.
    #[arg(long, env = "CALLTONE_SPEAKERS", default_value = "2")]
    speakers: SpeakerCount,
    /// A recording of the agent, whose voice tells which speaker of a mono call is the
    /// agent: `FILE` (mono, the agent alone) or `FILE:CHANNEL` (the agent's channel of a
    /// stereo call, e.g. `call.wav:0`). `diarize` then labels speakers `S1:agent`,
    /// `S2:customer`… by the voice alone (who spoke first when no voice is clearly the
    /// agent's).
    #[arg(long)]
    agent_voice: Option<String>,
    /// An earlier mono call of the same agent (repeat it for several): without an enrolled
    /// voice that tells, the speaker whose voice recurs in these calls is the agent, since a
    /// customer seldom calls the same agent twice (`diarize` labels speakers by it too).
    #[arg(long = "agent-call", value_name = "FILE")]
    agent_calls: Vec<PathBuf>,
}

#[derive(Args)]
struct CalibrateArgs {
    /// The service's store (as for `serve`).
    #[command(flatten)]
    store: StoreArgs,
    /// Least labels per score (from at least 5 calls; never below 10); below it the score
    /// is skipped and the table says why.
    #[arg(long, default_value_t = calltone::calibration::MIN_LABELS)]
    min_labels: usize,
    /// Fit and report, install nothing.
    #[arg(long, conflicts_with_all = ["rollback", "status"])]
    dry_run: bool,
    /// Put the previous calibration (or none) back in force.
    #[arg(long, conflicts_with = "status")]
    rollback: bool,
    /// Show the calibration in force and the versions installed.
    #[arg(long)]
    status: bool,
    /// Print JSON instead of the table.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct DiarizeArgs {
    /// Recordings, as for `analyze`.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    voices: SpeakerArgs,
    #[command(flatten)]
    models: ModelArgs,
}

#[derive(Args)]
struct FeaturesArgs {
    /// Recordings, as for `analyze`.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print one JSON line per file (the contract of `calltone::tone::features`).
    #[arg(long)]
    json: bool,
    /// Treat each channel as one segment instead of finding speech with the VAD.
    #[arg(long)]
    whole: bool,
    /// Add each channel's frame-level F0 track (10 ms frames).
    #[arg(long)]
    frames: bool,
    /// Take the deviations from this voice profile (`calltone profile build`) instead of each
    /// channel's own median.
    #[arg(long, conflicts_with = "norms")]
    profile: Option<PathBuf>,
    /// Take the deviations from these population norms (JSON, as in the tone model's
    /// `population_norms` metadata), the register picked per channel.
    #[arg(long)]
    norms: Option<PathBuf>,
    /// Add each channel's speech as a one-call voice profile (`voice`).
    #[arg(long)]
    voice: bool,
    #[command(flatten)]
    models: ModelArgs,
}

#[derive(Subcommand)]
enum ProfileCommand {
    /// Build a voice profile from recordings of one speaker (one channel of each): the
    /// reference `analyze --agent-profile` hears that speaker's calls against.
    Build(ProfileBuildArgs),
}

#[derive(Args)]
struct ProfileBuildArgs {
    /// Recordings of the speaker, as for `analyze`.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The speaker's agent id, for the message (the file holds the voice only).
    #[arg(long)]
    agent: String,
    /// The channel the speaker is on (0: the agent's channel of a stereo call, or mono).
    #[arg(long, default_value_t = 0)]
    channel: usize,
    /// Where to write the profile (JSON).
    #[arg(long, short)]
    out: PathBuf,
    #[command(flatten)]
    models: ModelArgs,
}

/// Model and resource settings shared by every command that runs the pipeline.
#[derive(Args)]
struct ModelArgs {
    /// Folder the models were provisioned into.
    #[arg(long, env = "CALLTONE_MODELS_DIR")]
    models_dir: Option<PathBuf>,
    /// Whisper model: a provisioned name (`base-f16`, `base-q8_0`) or a ggml file path.
    #[arg(long, env = "CALLTONE_WHISPER_MODEL", default_value = config::DEFAULT_WHISPER_MODEL)]
    whisper_model: String,
    /// Whisper's encoder: `auto` (the ONNX encoder beside the model, `ggml-base-encoder.onnx`,
    /// when it is there), `ggml` (whisper.cpp's own) or an ONNX encoder's path.
    #[arg(long, env = "CALLTONE_WHISPER_ENCODER", default_value = "auto")]
    whisper_encoder: config::WhisperEncoder,
    /// The ONNX Runtime library (default: ORT_DYLIB_PATH, then MODELS_DIR/onnxruntime/).
    #[arg(long, env = "CALLTONE_ONNXRUNTIME")]
    onnxruntime: Option<PathBuf>,
    /// CPU threads for Whisper (default: the machine's cores, at most 8).
    #[arg(long, env = "CALLTONE_THREADS")]
    threads: Option<usize>,
    /// Languages to detect among, e.g. `en,ar,he,el` (default: any language Whisper knows).
    #[arg(long, env = "CALLTONE_LANGUAGES", value_delimiter = ',')]
    languages: Vec<String>,
    /// Whisper beam width; 1 decodes greedily (fastest).
    #[arg(long, env = "CALLTONE_BEAM_SIZE", default_value_t = 1)]
    beam_size: usize,
    /// Speech probability at which the VAD opens (0.2–0.95).
    #[arg(long, env = "CALLTONE_VAD_THRESHOLD", default_value_t = VadConfig::default().threshold)]
    vad_threshold: f32,
    /// The tone model (default: MODELS_DIR/tone/tone.onnx; without it, reports have no tone).
    #[arg(long, env = "CALLTONE_TONE_MODEL")]
    tone_model: Option<PathBuf>,
    /// The centre's own agent script, `;`-separated ("welcome to Acme;Acme, good morning"):
    /// with the built-in greetings, evidence of which speaker of a mono call is the agent.
    #[arg(long, env = "CALLTONE_AGENT_PHRASES", value_delimiter = ';')]
    agent_phrases: Vec<String>,
    /// Longest recording accepted, in seconds.
    #[arg(long, env = "CALLTONE_MAX_DURATION_S", default_value_t = DecodeOptions::default().max_duration_s)]
    max_duration_s: u64,
}

impl ModelArgs {
    fn config(&self) -> Config {
        let defaults = Config::default();
        Config {
            models_dir: self.models_dir.clone().unwrap_or(defaults.models_dir),
            whisper_model: self.whisper_model.clone(),
            whisper_encoder: self.whisper_encoder.clone(),
            onnxruntime: self.onnxruntime.clone(),
            threads: self.threads.unwrap_or(defaults.threads),
            beam_size: self.beam_size,
            languages: self.languages.clone(),
            vad: VadConfig {
                threshold: self.vad_threshold,
                ..defaults.vad
            },
            decode: DecodeOptions {
                max_duration_s: self.max_duration_s,
            },
            tone_model: self.tone_model.clone(),
            agent_phrases: self.agent_phrases.clone(),
            redaction: None,
        }
    }
}

#[derive(Subcommand)]
enum ModelsCommand {
    /// Check that every model the pipeline needs is in place and loads.
    Check(ModelArgs),
    /// Convert a CTranslate2 Whisper model folder to a whisper.cpp ggml file.
    Convert {
        /// The CTranslate2 folder (model.bin, config.json, vocabulary.txt).
        #[arg(long)]
        from: PathBuf,
        /// The ggml file to write.
        #[arg(long)]
        to: PathBuf,
        /// Weight format: f32, f16, q8_0.
        #[arg(long, default_value = "f16")]
        quantization: Quantization,
    },
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Err(e) = settings_file::apply(&args, &<Cli as clap::CommandFactory>::command()) {
        eprintln!("error: {e:#}");
        return ExitCode::from(2);
    }
    let cli = Cli::parse();
    init_logging(&cli.log);
    let result = match cli.command {
        Command::Analyze(args) => analyze(args),
        Command::Serve(args) => serve(args),
        Command::Worker(args) => worker(args),
        Command::Features(args) => features(args),
        Command::Profile(ProfileCommand::Build(args)) => build_profile(args),
        Command::Models(ModelsCommand::Check(args)) => check_models(&args),
        Command::Diarize(args) => diarize(args),
        Command::Calibrate(args) => calibrate(args),
        Command::Sentiment { language } => sentiment(&language),
        Command::Redact(args) => redact(&args),
        Command::Models(ModelsCommand::Convert {
            from,
            to,
            quantization,
        }) => convert_ct2_to_ggml(&from, &to, quantization)
            .map(|summary| {
                eprintln!(
                    "wrote {} ({:.1} MB, {}, {} tensors, {} tokens, sha256 {})",
                    summary.output.display(),
                    summary.file_size as f64 / 1e6,
                    summary.quantization,
                    summary.n_tensors,
                    summary.n_vocab_tokens,
                    summary.sha256
                );
                ExitCode::SUCCESS
            })
            .map_err(anyhow::Error::from),
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {e:#}");
        ExitCode::from(2)
    })
}

fn init_logging(filter: &str) {
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| filter.to_string());
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .init();
}

fn analyze(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let config = args.models.config();
    if let Some(language) = &args.language {
        if !config::is_whisper_language(language) {
            anyhow::bail!("--language {language}: not a language Whisper knows (use ISO 639-1 codes such as en, ar, he, el)");
        }
    }
    let agent_profile = args
        .agent_profile
        .as_deref()
        .map(read_profile)
        .transpose()?;
    if let Some(p) = agent_profile.as_ref().filter(|p| !p.usable()) {
        eprintln!(
            "warning: the agent profile ({}) is below the minimum of {} calls and {} s of speech: \
             population norms are used instead",
            p.size(),
            calltone::tone::profile::MIN_PROFILE_CALLS,
            calltone::tone::profile::MIN_PROFILE_SPEECH_MS / 1000
        );
    }
    let calibration = match &args.calibration {
        Some(path) => {
            let json: serde_json::Value = read_json(path, "calibration")?;
            let calibration = calltone::calibrate::parse_calibration(&json)
                .with_context(|| format!("{} is not a calibration", path.display()))?;
            Some(Arc::new(calibration))
        }
        None => None,
    };
    if args.redact_audio.is_some() && args.files.len() > 1 {
        anyhow::bail!("--redact-audio writes one file: analyse one recording at a time with it");
    }
    let mut pipeline = Pipeline::load(&config)?;
    let agent_voice = enroll(&mut pipeline, args.voices.agent_voice.as_deref())?;
    let agent_earlier_calls = earlier_calls(&mut pipeline, &args.voices)?;
    let options = CallOptions {
        call_id: None,
        roles: args.roles.clone(),
        language: args.language.clone(),
        agent_profile,
        speakers: Some(args.voices.speakers),
        agent_voice,
        agent_earlier_calls,
        calibration,
        redact: args.redact,
        redact_audio: args.redact_audio.as_ref().map(|_| args.redact_audio_with),
        ..CallOptions::default()
    };

    // Progress on stderr, only for a person watching: calls done, and the stage of the
    // current one (a long call spends minutes in transcription).
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(args.files.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} calls [{elapsed}] {msg}")
            .expect("valid template"),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));

    let mut failed = 0usize;
    let stdout = std::io::stdout();
    for path in &args.files {
        let name = path.display().to_string();
        let result = pipeline.analyze_file_voices(path, &options, &mut |stage| {
            bar.set_message(format!("{name}: {stage}"))
        });
        bar.inc(1);
        match result {
            Ok(analysis) => {
                if let (Some(out), Some(channels)) = (&args.redact_audio, &analysis.redacted_audio)
                {
                    calltone::pipeline::write_redacted_audio(out, channels)
                        .with_context(|| format!("--redact-audio {}", out.display()))?;
                }
                let report = analysis.report;
                let text = if args.pretty {
                    serde_json::to_string_pretty(&report)? + "\n"
                } else if args.json {
                    serde_json::to_string(&report)? + "\n"
                } else if args.files.len() > 1 {
                    format!("== {name}\n{}", report.transcript())
                } else {
                    report.transcript()
                };
                bar.suspend(|| stdout.lock().write_all(text.as_bytes()))?;
                for warning in &report.warnings {
                    bar.suspend(|| eprintln!("warning: {name}: {warning}"));
                }
            }
            Err(e) => {
                failed += 1;
                bar.suspend(|| eprintln!("error: {e}"));
            }
        }
    }
    bar.finish_and_clear();
    if failed > 0 {
        eprintln!("{failed} of {} recordings failed", args.files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// `calltone sentiment`: stdin lines in, JSON lines out, flushed per line.
fn sentiment(language: &str) -> anyhow::Result<ExitCode> {
    calltone::text::score_text(language, "")?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lines() {
        let line = line?;
        let score = calltone::text::score_text(language, &line)?;
        let mut cues: Vec<String> = score.cues.iter().map(|c| c.describe()).collect();
        cues.extend(score.abuse.iter().map(|a| a.describe()));
        let json = serde_json::json!({
            "text": line,
            "language": language,
            "sentiment": (f64::from(score.sentiment) * 1000.0).round() / 1000.0,
            "label": calltone::text::label(score.sentiment),
            "abusive": score.abusive,
            "cues": cues,
        });
        writeln!(out, "{json}")?;
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `calltone redact`: reads all of stdin (so that a name given late is also found where it
/// was said earlier), then writes one line per line in; the library decides what is redacted.
fn redact(args: &RedactArgs) -> anyhow::Result<ExitCode> {
    let language = match args.language.as_str() {
        "auto" => None,
        l if l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()) => Some(l),
        l => anyhow::bail!(
            "--language {l:?}: expected an ISO 639-1 code (en, ar, he, el, …) or auto"
        ),
    };
    if let Some(path) = &args.name_tagger {
        let tsv = std::fs::read_to_string(path)
            .with_context(|| format!("--name-tagger {}", path.display()))?;
        calltone::redact::use_name_tagger(&tsv)
            .map_err(|e| anyhow::anyhow!("--name-tagger {}: {e}", path.display()))?;
    }
    let lines = std::io::stdin()
        .lines()
        .collect::<Result<Vec<String>, _>>()
        .context("reading stdin (UTF-8 text, one utterance a line)")?;
    let utterances: Vec<calltone::redact::Utterance> = lines
        .iter()
        .map(|text| calltone::redact::Utterance {
            text,
            language,
            speaker: 0,
        })
        .collect();
    let found = calltone::redact::find_in_conversation(&utterances);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (line, spans) in lines.iter().zip(&found) {
        let text = calltone::redact::apply(line, spans);
        if args.json {
            writeln!(
                out,
                "{}",
                serde_json::json!({ "text": text, "spans": spans })
            )?;
        } else {
            writeln!(out, "{text}")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `calltone calibrate`: fit and install (or `--dry-run`), `--rollback` or `--status`, on
/// the store in `--data-dir`; a table (or JSON) on stdout.
fn calibrate(args: CalibrateArgs) -> anyhow::Result<ExitCode> {
    use calltone::calibrate::{self, CalibrateOptions};
    let data_dir = &args.store.data_dir;
    if args.store.store == StoreLocation::Sqlite && !data_dir.join("calltone.sqlite3").is_file() {
        anyhow::bail!(
            "no calltone store in {} (set the service's with --data-dir or CALLTONE_DATA_DIR)",
            data_dir.display()
        );
    }
    // Beside a running service: its uploads in progress are left alone.
    let store = open_store(&args.store.store, data_dir, LeaseSettings::default(), false)?;
    let store = &*store;
    let print = |json: serde_json::Value, text: String| {
        if args.json {
            println!("{json}");
        } else {
            print!("{text}");
        }
    };
    if args.status {
        let status = calibrate::status(store)?;
        let text = match &status.current {
            Some(c) => format!(
                "in force: {} (scores: {})\n",
                c.name(),
                c.scores.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
            None => "no calibration is in force\n".into(),
        };
        print(serde_json::to_value(&status)?, text);
    } else if args.rollback {
        let done = calibrate::roll_back(store)?;
        let text = match (done.rolled_back, done.in_force) {
            (None, _) => "no calibration was in force; nothing rolled back\n".to_string(),
            (Some(v), Some(now)) => {
                format!("rolled back calibration-{v}; calibration-{now} is in force\n")
            }
            (Some(v), None) => format!("rolled back calibration-{v}; no calibration is in force\n"),
        };
        print(serde_json::to_value(&done)?, text);
    } else {
        let options = CalibrateOptions {
            min_labels: args.min_labels,
            dry_run: args.dry_run,
        };
        let outcome = calibrate::calibrate(store, options)?;
        print(serde_json::to_value(&outcome)?, calibrate::table(&outcome));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a JSON file of `what` (`voice profile`, `population norms`).
fn read_json<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> anyhow::Result<T> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the {what} {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not {what} JSON", path.display()))
}

/// Reads and checks a voice profile file.
fn read_profile(path: &Path) -> anyhow::Result<calltone::tone::profile::VoiceProfile> {
    let profile: calltone::tone::profile::VoiceProfile = read_json(path, "voice profile")?;
    profile
        .check()
        .with_context(|| format!("the voice profile {} cannot be used", path.display()))?;
    Ok(profile)
}

/// `calltone profile build`: one-call profiles of one channel of each file, pooled.
fn build_profile(args: ProfileBuildArgs) -> anyhow::Result<ExitCode> {
    use calltone::tone::features::{FeatureExtractor, FileOptions};
    use calltone::tone::profile::VoiceProfile;
    let config = args.models.config();
    config.validate()?;
    let runtime = OnnxRuntime::load(&config.onnxruntime_path())?;
    let mut vad = calltone::audio::vad::Vad::load(runtime, &config.vad_model_path())?;
    let options = FileOptions {
        voice: true,
        ..FileOptions::default()
    };
    let mut extractor = FeatureExtractor::new();
    let mut parts = Vec::new();
    for path in &args.files {
        let file = calltone::pipeline::extract_features_file(
            path,
            &config.decode,
            Some((&mut vad, &config.vad)),
            &mut extractor,
            &options,
        )?;
        let Some(channel) = file.channels.get(args.channel) else {
            anyhow::bail!(
                "{} has {} channel(s); --channel {} is not one of them",
                path.display(),
                file.channels.len(),
                args.channel
            );
        };
        match &channel.voice {
            Some(voice) => parts.push(voice.clone()),
            None => eprintln!(
                "warning: {}: no speech on channel {}",
                path.display(),
                args.channel
            ),
        }
    }
    let Some(profile) = VoiceProfile::combine(&parts) else {
        anyhow::bail!(
            "no speech on channel {} of any file: no profile",
            args.channel
        );
    };
    let mut text = serde_json::to_string_pretty(&profile)?;
    text.push('\n');
    std::fs::write(&args.out, text)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "wrote {}: agent {}, {}{}",
        args.out.display(),
        args.agent,
        profile.size(),
        if profile.usable() {
            String::new()
        } else {
            format!(
                " (below the minimum of {} calls and {} s of speech to be used)",
                calltone::tone::profile::MIN_PROFILE_CALLS,
                calltone::tone::profile::MIN_PROFILE_SPEECH_MS / 1000
            )
        }
    );
    Ok(ExitCode::SUCCESS)
}

fn features(args: FeaturesArgs) -> anyhow::Result<ExitCode> {
    use calltone::tone::features::{FeatureExtractor, FileOptions, FileReference};
    let reference = match (&args.profile, &args.norms) {
        (Some(path), _) => FileReference::Profile(read_profile(path)?),
        (None, Some(path)) => {
            let norms: calltone::tone::profile::PopulationNorms =
                read_json(path, "population norms")?;
            norms
                .check()
                .map_err(|e| anyhow::anyhow!("the norms {}: {e}", path.display()))?;
            FileReference::Population(norms)
        }
        (None, None) => FileReference::Call,
    };
    let config = args.models.config();
    config.validate()?;
    let mut vad = if args.whole {
        None
    } else {
        let library = config.onnxruntime_path();
        let runtime = OnnxRuntime::load(&library)?;
        Some(calltone::audio::vad::Vad::load(
            runtime,
            &config.vad_model_path(),
        )?)
    };
    let options = FileOptions {
        whole: args.whole,
        frames: args.frames,
        reference,
        voice: args.voice,
    };
    let mut extractor = FeatureExtractor::new();
    let mut failed = 0usize;
    let mut stdout = std::io::stdout().lock();
    for path in &args.files {
        let result = calltone::pipeline::extract_features_file(
            path,
            &config.decode,
            vad.as_mut().map(|v| (v, &config.vad)),
            &mut extractor,
            &options,
        );
        match result {
            Ok(file) if args.json => writeln!(stdout, "{}", serde_json::to_string(&file)?)?,
            Ok(file) => write!(stdout, "{}", file.to_text())?,
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} recordings failed", args.files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// `calltone diarize`: RTTM on stdout (times in seconds), one line per speech stretch.
/// The agent's voice from `--agent-voice FILE[:CHANNEL]`, if given.
fn enroll(pipeline: &mut Pipeline, spec: Option<&str>) -> anyhow::Result<Option<Vec<f32>>> {
    let Some(spec) = spec else { return Ok(None) };
    let (file, channel) = match spec.rsplit_once(':') {
        Some((file, channel)) if channel.parse::<usize>().is_ok() => {
            (file, channel.parse().expect("checked"))
        }
        _ => (spec, 0),
    };
    Ok(Some(pipeline.enroll_file(Path::new(file), channel)?))
}

/// The voices of the speakers of each `--agent-call`, a mono call split as this one will be.
fn earlier_calls(
    pipeline: &mut Pipeline,
    voices: &SpeakerArgs,
) -> anyhow::Result<Vec<Vec<Vec<f32>>>> {
    let mut calls = Vec::new();
    for path in &voices.agent_calls {
        let parties = pipeline.diarize_file(path, Some(voices.speakers))?;
        let heard: Vec<Vec<f32>> = parties.into_iter().filter_map(|p| p.voice).collect();
        if heard.is_empty() {
            tracing::warn!(
                "{}: no voices told apart (a stereo call or no speech): not compared; give an \
                 agent's stereo call with --agent-voice FILE:CHANNEL",
                path.display()
            );
            continue;
        }
        calls.push(heard);
    }
    Ok(calls)
}

fn diarize(args: DiarizeArgs) -> anyhow::Result<ExitCode> {
    use calltone::speakers::roles::{assign_roles, voice_evidence};
    let config = args.models.config();
    let mut pipeline = Pipeline::load(&config)?;
    let agent_voice = enroll(&mut pipeline, args.voices.agent_voice.as_deref())?;
    let earlier = earlier_calls(&mut pipeline, &args.voices)?;
    let mut failed = 0usize;
    let mut out = std::io::stdout().lock();
    for path in &args.files {
        match pipeline.diarize_file(path, Some(args.voices.speakers)) {
            Ok(parties) => {
                let name = path.file_stem().map_or_else(
                    || "call".to_string(),
                    |s| s.to_string_lossy().replace(' ', "_"),
                );
                // With the agent's voice or earlier calls, each speaker's role by the voice
                // (and the order).
                let split = parties.iter().all(|p| p.voice.is_some());
                let roles: Vec<Option<String>> = match &agent_voice {
                    agent if split && (agent.is_some() || !earlier.is_empty()) => {
                        let heard: Vec<(u64, Option<&[f32]>)> = parties
                            .iter()
                            .map(|p| {
                                let first_ms =
                                    p.segments.first().map_or(u64::MAX, |s| s.start_ms());
                                (first_ms, p.voice.as_deref())
                            })
                            .collect();
                        let evidence = voice_evidence(&heard, agent.as_deref(), &earlier);
                        let choices = assign_roles(&evidence);
                        for (party, choice) in parties.iter().zip(&choices) {
                            eprintln!(
                                "{name}: {} is the {} ({:.2}): {}",
                                party.label, choice.role, choice.confidence, choice.reason
                            );
                        }
                        choices.into_iter().map(|c| Some(c.role)).collect()
                    }
                    _ => vec![None; parties.len()],
                };
                let mut lines: Vec<(u64, String)> = Vec::new();
                for (party, role) in parties.iter().zip(&roles) {
                    let label = match role {
                        Some(role) => format!("{}:{role}", party.label),
                        None => party.label.clone(),
                    };
                    for s in &party.segments {
                        let (start, end) = (s.start_ms(), s.end_ms());
                        lines.push((
                            start,
                            format!(
                                "SPEAKER {name} 1 {:.3} {:.3} <NA> <NA> {label} <NA> <NA>\n",
                                start as f64 / 1000.0,
                                (end - start) as f64 / 1000.0
                            ),
                        ));
                    }
                }
                lines.sort();
                for (_, line) in lines {
                    out.write_all(line.as_bytes())?;
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {}: {e}", path.display());
            }
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} recordings failed", args.files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn check_models(args: &ModelArgs) -> anyhow::Result<ExitCode> {
    let config = args.config();
    config.validate()?;
    let library = config.onnxruntime_path();
    println!("onnxruntime  {}", library.display());
    println!("vad          {}", config.vad_model_path().display());
    println!("whisper      {}", config.whisper_model_path().display());
    match config.whisper_encoder_path() {
        Some(encoder) => println!("             {} (encoder)", encoder.display()),
        None => println!("             (whisper.cpp's own encoder)"),
    }
    let tone = config.tone_model_path();
    if tone.exists() || config.tone_model.is_some() {
        println!("tone         {}", tone.display());
    } else {
        println!(
            "tone         {} (absent: reports will have no tone)",
            tone.display()
        );
    }
    let (segmentation, embedding) = (
        config.segmentation_model_path(),
        config.speaker_embedding_model_path(),
    );
    if segmentation.exists() || embedding.exists() {
        println!("speakers     {}", segmentation.display());
        println!("             {}", embedding.display());
    } else {
        println!(
            "speakers     {} (absent: a mono call is heard as one speaker)",
            segmentation.display()
        );
    }
    Pipeline::load(&config)?;
    println!("all models load");
    Ok(ExitCode::SUCCESS)
}

/// `calltone serve`, the composition root: open the store (with SQLite, one API per data
/// directory), requeue what a crash left in progress (when this node runs workers), remove
/// the files no call owns, listen, start the workers (they load their models in the
/// background; `/readyz` says when they are done), and on SIGTERM or Ctrl-C stop intake
/// first, then give the workers the grace period and requeue the rest. With `--workers 0`
/// no model is loaded and no call is taken: worker nodes analyse what this node queues.
fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = args.models.config();
    config.redaction = args.redaction.redaction();
    let settings = ServeConfig {
        listen: args.listen,
        data_dir: args.store.data_dir.clone(),
        workers: args.jobs.workers,
        max_queue: args.max_queue,
        max_upload_bytes: args.max_upload_mb.saturating_mul(MIB),
        upload_idle_timeout: std::time::Duration::from_secs(args.upload_idle_timeout_s),
        max_attempts: args.jobs.max_attempts,
        shutdown_grace: std::time::Duration::from_secs(args.jobs.shutdown_grace_s),
        max_connections: args.max_connections,
        header_timeout: std::time::Duration::from_secs(args.header_timeout_s),
        idle_timeout: std::time::Duration::from_secs(args.idle_timeout_s),
        api_keys: args
            .api_keys
            .into_iter()
            .filter(|k| !k.is_empty())
            .collect(),
        read_keys: args
            .read_keys
            .into_iter()
            .filter(|k| !k.is_empty())
            .collect(),
        scorecard: match &args.scorecard {
            Some(path) => calltone::scorecard::Scorecard::from_file(path)
                .with_context(|| format!("--scorecard {}", path.display()))?,
            None => calltone::scorecard::Scorecard::builtin(),
        },
        admin_keys: args
            .admin_keys
            .into_iter()
            .filter(|k| !k.is_empty())
            .collect(),
        redaction: config.redaction,
    };
    settings.validate()?;
    let runs_workers = settings.workers > 0;
    if runs_workers {
        config.validate()?;
    }
    let webhook = args.webhook.config()?;
    let _locks = lock_data_dir(&args.store, true, runs_workers)?;
    // With webhooks, a call given up at recovery is a `call.failed` event.
    let store = open_store(
        &args.store.store,
        &settings.data_dir,
        args.jobs.leases(),
        webhook.is_some(),
    )?;
    // A bucket that cannot be reached stops the start here, with the reason.
    let audio = audio_store::open(args.store.audio_store.as_deref(), &settings.data_dir)
        .context("opening the audio store (--audio-store)")?;
    tracing::info!(location = %audio.location(), "audio store");
    if runs_workers {
        recover_interrupted(&*store, settings.max_attempts)?;
    }
    // The sweep of orphaned recordings lists the whole audio store (a bucket may hold
    // millions of recordings): it runs beside the service, never holding up its start.
    {
        let (store, audio) = (Arc::clone(&store), Arc::clone(&audio));
        std::thread::spawn(move || {
            match audio_store::sweep_orphans(&*store, &*audio, ORPHAN_GRACE) {
                Ok(swept) if swept.recordings + swept.partial > 0 => tracing::warn!(
                    recordings = swept.recordings,
                    partial_uploads = swept.partial,
                    "removed recordings no call owns (left by a crash during an upload)"
                ),
                Ok(_) => {}
                Err(e) => tracing::warn!("the sweep of orphaned recordings stopped: {e}"),
            }
        });
    }
    let queue = Arc::new(Queue::new(settings.workers));
    let grace = settings.shutdown_grace;
    let runtime = tokio::runtime::Runtime::new()?;
    let result = runtime.block_on(async move {
        let server = Server::start(
            settings,
            Arc::clone(&store),
            Arc::clone(&audio),
            Arc::clone(&queue),
        )
        .await?;
        let deliverer = webhook
            .map(|webhook| Deliverer::start(webhook, Arc::clone(&store)))
            .transpose()?;
        let workers = Workers::start(store, audio, &config, queue);
        // The one line a supervisor or a test reads to find the port.
        eprintln!("calltone listening on http://{}", server.local_addr());
        if !runs_workers {
            eprintln!(
                "calltone: no workers on this node (--workers 0): calls stay queued until a \
                 `calltone worker` on this store takes them"
            );
        }
        // Intake and the listener stop first; then the workers get the grace period.
        let served = server.run_until(server::shutdown_signal()).await;
        let stopped = tokio::task::spawn_blocking(move || workers.shutdown(grace))
            .await
            .unwrap_or_default();
        if let Some(deliverer) = deliverer {
            deliverer.shutdown().await;
        }
        tracing::info!(
            stopped = stopped.stopped,
            interrupted = stopped.interrupted,
            requeued = stopped.requeued,
            "workers stopped"
        );
        served?;
        eprintln!(
            "calltone stopped ({} call(s) requeued for the next start)",
            stopped.requeued
        );
        Ok(ExitCode::SUCCESS)
    });
    // A worker still inside Whisper (no grace left) must not hold up the exit.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    result
}

/// `calltone worker`: the workers of `serve` without its API. Open the store (leaving the
/// API's uploads in progress alone), requeue what a crash of this node left in progress,
/// answer health checks on `--listen`, start the workers, and on SIGTERM or Ctrl-C stop
/// claiming, give the calls in hand the grace period and put the rest back in the queue.
/// A worker that cannot load its models stops the process with the reason (exit 2).
fn worker(args: WorkerArgs) -> anyhow::Result<ExitCode> {
    let mut config = args.models.config();
    config.redaction = args.redaction.redaction();
    let jobs = &args.jobs;
    if jobs.workers == 0 || jobs.workers > server::MAX_WORKERS {
        anyhow::bail!(
            "--workers {} must be between 1 and {} for `calltone worker`",
            jobs.workers,
            server::MAX_WORKERS
        );
    }
    if jobs.max_attempts == 0 {
        anyhow::bail!("--max-attempts must be positive");
    }
    config.validate()?;
    let webhook = args.webhook.config()?;
    let _locks = lock_data_dir(&args.store, false, true)?;
    let store = open_store(
        &args.store.store,
        &args.store.data_dir,
        jobs.leases(),
        webhook.is_some(),
    )?;
    let audio = audio_store::open(args.store.audio_store.as_deref(), &args.store.data_dir)
        .context("opening the audio store (--audio-store)")?;
    recover_interrupted(&*store, jobs.max_attempts)?;
    let queue = Arc::new(Queue::new(jobs.workers));
    let grace = std::time::Duration::from_secs(jobs.shutdown_grace_s);
    let runtime = tokio::runtime::Runtime::new()?;
    let listen = args.listen;
    let result = runtime.block_on(async move {
        let port =
            server::health::HealthPort::start(listen, Arc::clone(&store), Arc::clone(&queue))
                .await?;
        let count = queue.workers();
        let deliverer = webhook
            .map(|webhook| Deliverer::start(webhook, Arc::clone(&store)))
            .transpose()?;
        let workers = Workers::start(store, audio, &config, queue);
        // The one line a supervisor or a test reads to find the health port.
        eprintln!(
            "calltone worker health on http://{} ({count} worker(s), store {})",
            port.local_addr(),
            args.store.store
        );
        let waited = port.wait(server::shutdown_signal()).await;
        if waited.is_ok() {
            tracing::info!("shutting down: no more claims, finishing the calls in hand");
        }
        let stopped = tokio::task::spawn_blocking(move || workers.shutdown(grace))
            .await
            .unwrap_or_default();
        port.shutdown().await;
        if let Some(deliverer) = deliverer {
            deliverer.shutdown().await;
        }
        waited?;
        eprintln!(
            "calltone worker stopped ({} call(s) requeued)",
            stopped.requeued
        );
        Ok(ExitCode::SUCCESS)
    });
    // A worker still inside Whisper (no grace left) must not hold up the exit.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    result
}

/// Requeues the calls a crash left in progress (failing those out of attempts): only a
/// process that runs workers does this, as only it can hold calls.
fn recover_interrupted(store: &dyn CallStore, max_attempts: u32) -> anyhow::Result<()> {
    let recovery = store.recover(max_attempts)?;
    if recovery.requeued + recovery.failed > 0 {
        tracing::warn!(
            requeued = recovery.requeued,
            failed = recovery.failed,
            "calls interrupted by the last stop"
        );
    }
    Ok(())
}

/// Creates the data directory and, for the SQLite store, takes its lock files for this
/// process: `lock` for the one process that takes uploads (`serve`), `workers.lock` for the
/// one process that runs workers (`serve` with workers, or `worker`): processes on one
/// machine share the default node name, so a second one with workers starting would give
/// back the first one's calls in progress as its own. A PostgreSQL store takes no lock: each
/// node names its claims (`--node-name`). The locks last as long as the returned files.
fn lock_data_dir(
    store: &StoreArgs,
    intake: bool,
    workers: bool,
) -> anyhow::Result<Vec<std::fs::File>> {
    let data_dir = &store.data_dir;
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating the data directory {}", data_dir.display()))?;
    if store.store != StoreLocation::Sqlite {
        return Ok(Vec::new());
    }
    let mut locks = Vec::new();
    if intake {
        locks.push(lock_file(&data_dir.join("lock")).map_err(|e| {
            e.context(format!(
                "another calltone serve is using the data directory {} (set another with \
                 --data-dir)",
                data_dir.display()
            ))
        })?);
    }
    if workers {
        locks.push(lock_file(&data_dir.join("workers.lock")).map_err(|e| {
            e.context(format!(
                "another calltone process runs workers on the data directory {}: with \
                 --store sqlite one process per data directory may (`serve --workers 0` beside \
                 one `calltone worker`, or one `serve`)",
                data_dir.display()
            ))
        })?);
    }
    Ok(locks)
}

/// Opens (creating) the file at `path` and takes its exclusive lock, without waiting.
fn lock_file(path: &Path) -> anyhow::Result<std::fs::File> {
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    if lock.try_lock().is_err() {
        anyhow::bail!("{} is locked", path.display());
    }
    Ok(lock)
}
