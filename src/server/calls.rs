//! The `/v1/calls` and `/v1/trends` handlers: intake (upload → disk → queue; a retry with
//! the same `Idempotency-Key` gets the first call), status and report, the recording with
//! Range support, listing, trends, deletion.
//!
//! Times in and out are RFC 3339 (UTC out); stored as Unix milliseconds.

use std::collections::BTreeMap;
use std::path::PathBuf;

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use tokio::io::AsyncWriteExt;
use tower::ServiceExt;
use tower_http::services::ServeFile;

use super::error::ApiError;
use super::AppState;
use crate::audio::{self, SourceFormat};
use crate::store::query::{
    self, Cursor, GroupBy, ListQuery, Metric, Period, ScoreBound, SortKey, StrainQuery, TrendQuery,
};
use crate::store::{is_valid_call_id, new_call_id, CallRow, CallStatus, NewCall};

/// Longest metadata value accepted.
const MAX_FIELD_LEN: usize = 256;
/// The multipart part names that carry the recording.
const AUDIO_PARTS: [&str; 2] = ["audio", "file"];
/// Longest `Idempotency-Key` accepted, in bytes.
const MAX_IDEMPOTENCY_KEY_LEN: usize = 255;
/// The header that marks the answer to a retried upload (`Idempotency-Key` already seen).
const IDEMPOTENT_REPLAYED: &str = "idempotent-replayed";
/// The most speakers a mono recording can be split into (the pipeline's
/// `speakers::cluster::MAX_SPEAKERS`, which the API does not reach: a test checks they agree).
pub const MAX_SPEAKERS: usize = 4;
/// Assumed job time before any job has finished, for `Retry-After`.
const DEFAULT_JOB_MS: u64 = 30_000;
/// Byte ranges one `Range` header may ask for. The recording is served one range at a time
/// (a player seeks with one); a header with more is refused before its ranges are parsed, so
/// a header of thousands of tiny ranges costs no more than one.
const MAX_RANGES: usize = 1;

/// The range specs in a `Range` header value, counted up to `max + 1` and no further: the
/// rest of the header is never looked at. Empty list elements (`bytes=0-1,,2-3`) do not count.
fn count_ranges(value: &[u8], max: usize) -> usize {
    value
        .split(|&b| b == b',')
        .filter(|spec| !spec.trim_ascii().is_empty())
        .take(max + 1)
        .count()
}

/// Unix milliseconds → RFC 3339, UTC.
pub fn rfc3339(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

pub(super) fn parse_time(name: &str, value: &str) -> Result<i64, ApiError> {
    OffsetDateTime::parse(value, &Rfc3339)
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
        .map_err(|e| {
            ApiError::invalid(
                "invalid_time",
                format!("`{name}`: `{value}` is not an RFC 3339 time such as 2026-11-22T14:05:00Z ({e})"),
            )
        })
}

pub(super) fn query_pairs(uri: &Uri) -> Result<Vec<(String, String)>, ApiError> {
    Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map(|q| q.0)
        .map_err(|e| {
            ApiError::invalid(
                "invalid_query",
                format!("cannot read the query string: {e}"),
            )
        })
}

/// One metadata field of an upload (query parameter or multipart text part).
fn apply_field(meta: &mut NewCall, name: &str, value: &str) -> Result<(), ApiError> {
    let bad = |why: String| ApiError::invalid("invalid_metadata", why);
    if value.len() > MAX_FIELD_LEN {
        return Err(bad(format!(
            "`{name}` is longer than {MAX_FIELD_LEN} bytes"
        )));
    }
    let text = || (!value.trim().is_empty()).then(|| value.trim().to_string());
    match name {
        "agent_id" => meta.agent_id = text(),
        "team" => meta.team = text(),
        "external_id" => meta.external_id = text(),
        "started_at" => meta.started_at_ms = Some(parse_time(name, value)?),
        "language" => {
            let code = value.trim().to_lowercase();
            let plausible = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            if !plausible || !crate::config::is_whisper_language(&code) {
                return Err(bad(format!(
                    "`language`: `{value}` is not a language Whisper knows (ISO 639-1, e.g. en, ar, he, el)"
                )));
            }
            meta.language_hint = Some(code);
        }
        "speakers" => {
            let given = value.trim().to_ascii_lowercase();
            let count = given.parse::<usize>().ok().filter(|n| (1..=MAX_SPEAKERS).contains(n));
            meta.speakers = match count {
                Some(n) => Some(n.to_string()),
                None if given == "auto" => Some(given),
                None => {
                    return Err(bad(format!(
                        "`speakers`: `{value}` must be a number from 1 to {MAX_SPEAKERS} or `auto` \
                         (how many voices share a mono recording; default 2)"
                    )))
                }
            };
        }
        "roles" => {
            let roles: Vec<String> = value.split(',').map(|r| r.trim().to_lowercase()).collect();
            let valid = |r: &String| {
                !r.is_empty() && r.len() <= 32 && r.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
            };
            if roles.is_empty() || roles.len() > 2 || !roles.iter().all(valid) {
                return Err(bad(format!(
                    "`roles`: `{value}` must be one or two names (letters, digits, _), one per channel, e.g. agent,customer"
                )));
            }
            meta.roles = Some(roles);
        }
        other => {
            return Err(ApiError::invalid(
                "unknown_parameter",
                format!(
                    "unknown field `{other}`; uploads take agent_id, team, external_id, started_at, roles, language, speakers"
                ),
            ))
        }
    }
    Ok(())
}

fn mime_of(source: &SourceFormat) -> &'static str {
    match source.container.as_str() {
        "wav" => "audio/wav",
        "mp3" => "audio/mpeg",
        "flac" => "audio/flac",
        "ogg" | "vorbis" => "audio/ogg",
        _ => "application/octet-stream",
    }
}

/// The `429` for a full queue, with a `Retry-After` from the mean job time so far.
pub(super) fn queue_full(state: &AppState, queued: i64) -> ApiError {
    ApiError::QueueFull {
        queued,
        retry_after_s: retry_after_s(state, queued),
    }
}

fn retry_after_s(state: &AppState, queued: i64) -> u64 {
    let queue = &state.inner.queue;
    let job_ms = queue.metrics.mean_job_ms().unwrap_or(DEFAULT_JOB_MS);
    let over = (queued - state.inner.settings.max_queue as i64 + 1).max(1) as u64;
    let workers = queue.workers().max(1) as u64;
    (job_ms * over / workers / 1000).clamp(1, 300)
}

/// Removes the partial upload when the request ends before it is queued.
struct PartFile(Option<PathBuf>);

impl Drop for PartFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

struct Upload {
    file: tokio::fs::File,
    written: u64,
    limit: u64,
}

impl Upload {
    /// An empty upload of at most `limit` bytes, written to `path`.
    async fn create(path: &std::path::Path, limit: u64) -> Result<Upload, ApiError> {
        let file = tokio::fs::File::create(path)
            .await
            .map_err(|e| ApiError::io(&format!("creating {}", path.display()), e))?;
        Ok(Upload {
            file,
            written: 0,
            limit,
        })
    }

    async fn write(&mut self, chunk: &[u8]) -> Result<(), ApiError> {
        self.written += chunk.len() as u64;
        if self.written > self.limit {
            return Err(ApiError::PayloadTooLarge {
                limit_bytes: self.limit,
            });
        }
        self.file
            .write_all(chunk)
            .await
            .map_err(|e| ApiError::io("writing the upload", e))
    }

    /// Writes a raw request body into the upload, as it arrives.
    async fn write_body(
        &mut self,
        mut body: axum::body::Body,
        idle: std::time::Duration,
    ) -> Result<(), ApiError> {
        while let Some(frame) = stalled(idle, body.frame()).await? {
            let frame = frame.map_err(|e| {
                ApiError::invalid(
                    "upload_interrupted",
                    format!("the upload was interrupted: {e}"),
                )
            })?;
            if let Ok(data) = frame.into_data() {
                self.write(&data).await?;
            }
        }
        Ok(())
    }

    /// Ends the upload stored at `path`: refuses an empty one (`missing_audio`, saying
    /// `missing`), flushes it, and reads what its header says the audio is.
    async fn finish(
        mut self,
        path: &std::path::Path,
        missing: &'static str,
    ) -> Result<audio::SourceFormat, ApiError> {
        if self.written == 0 {
            return Err(ApiError::invalid("missing_audio", missing));
        }
        self.file
            .flush()
            .await
            .map_err(|e| ApiError::io("writing the upload", e))?;
        drop(self);
        let path = path.to_owned();
        Ok(tokio::task::spawn_blocking(move || audio::probe(&path))
            .await
            .map_err(|e| ApiError::Internal(format!("probe task: {e}")))??)
    }
}

/// Awaits the next piece of an upload, giving up when nothing arrives for `idle` (a stalled
/// or malicious client must not hold a connection and a partial file forever; a slow one
/// still gets through).
async fn stalled<T>(
    idle: std::time::Duration,
    next: impl std::future::Future<Output = T>,
) -> Result<T, ApiError> {
    tokio::time::timeout(idle, next)
        .await
        .map_err(|_| ApiError::UploadStalled {
            idle_s: idle.as_secs(),
        })
}

fn multipart_error(e: axum::extract::multipart::MultipartError, limit: u64) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::PayloadTooLarge { limit_bytes: limit }
    } else {
        ApiError::invalid(
            "invalid_multipart",
            format!("cannot read the multipart body: {}", e.body_text()),
        )
    }
}

/// The upload's `Idempotency-Key` header, if any: 1 to 255 printable ASCII characters
/// (letters, digits, punctuation, spaces), sent once.
fn idempotency_key(headers: &header::HeaderMap) -> Result<Option<String>, ApiError> {
    let mut values = headers.get_all("idempotency-key").iter();
    let Some(value) = values.next() else {
        return Ok(None);
    };
    let bad = |why: &str| {
        ApiError::invalid(
            "invalid_idempotency_key",
            format!("`Idempotency-Key`: {why}"),
        )
    };
    if values.next().is_some() {
        return Err(bad("send it once"));
    }
    let bytes = value.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_IDEMPOTENCY_KEY_LEN {
        return Err(bad(&format!(
            "must be 1 to {MAX_IDEMPOTENCY_KEY_LEN} characters long (it has {})",
            bytes.len()
        )));
    }
    if !bytes.iter().all(|&b| b.is_ascii_graphic() || b == b' ') {
        return Err(bad(
            "must be printable ASCII (letters, digits, punctuation, spaces), such as a UUID",
        ));
    }
    Ok(Some(String::from_utf8_lossy(bytes).into_owned()))
}

/// The answer to an upload: `202` with the new call's id, status and links, or, for a retry
/// with an `Idempotency-Key` already used, `200` with the first call's, marked
/// `Idempotent-Replayed: true`.
fn intake_response(row: &CallRow, replayed: bool) -> Response {
    let location = format!("/v1/calls/{}", row.id);
    let status = if replayed {
        StatusCode::OK
    } else {
        StatusCode::ACCEPTED
    };
    let mut response = (
        status,
        Json(json!({
            "id": row.id,
            "status": row.status,
            "links": {"self": location, "audio": format!("{location}/audio")},
        })),
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    if replayed {
        response
            .headers_mut()
            .insert(IDEMPOTENT_REPLAYED, HeaderValue::from_static("true"));
    }
    response
}

/// `POST /v1/calls`: the recording as the raw body or a multipart part named `audio`,
/// metadata as query parameters or multipart text parts. The recording is received into a
/// staging file, checked, stored in the audio store (fsynced, or acknowledged by the bucket)
/// and then queued before the `202` ([`store_and_enqueue`]). With an `Idempotency-Key`
/// already used, the body is not read and the first call is answered with `200`
/// ([`intake_response`]).
pub async fn create_call(
    State(state): State<AppState>,
    request: Request,
) -> Result<Response, ApiError> {
    if !state.accepting() {
        return Err(ApiError::ShuttingDown);
    }
    let limit = state.inner.settings.max_upload_bytes;
    let idle = state.inner.settings.upload_idle_timeout;
    let mut meta = NewCall::default();
    for (name, value) in query_pairs(request.uri())? {
        apply_field(&mut meta, &name, &value)?;
    }
    // A retry of an upload already stored gets its call, and its body is not read.
    if let Some(key) = idempotency_key(request.headers())? {
        let lookup = key.clone();
        let found = state
            .db(move |store| Ok(store.find_by_idempotency_key(&lookup)?))
            .await?;
        if let Some(row) = found {
            tracing::info!(id = %row.id, "upload retried with its idempotency key");
            return Ok(intake_response(&row, true));
        }
        meta.idempotency_key = Some(key);
    }
    // A cheap early refusal before the body is read; the store has the final say.
    let queued = state.db(|store| Ok(store.queue_depth()?)).await?;
    if queued >= state.inner.settings.max_queue as i64 {
        return Err(queue_full(&state, queued));
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    // Multipart bodies also carry the field headers and metadata: allow for them.
    let allowance = if is_multipart { 1 << 20 } else { 0 };
    if declared.is_some_and(|n| n > limit + allowance) {
        return Err(ApiError::PayloadTooLarge { limit_bytes: limit });
    }

    let id = new_call_id();
    let part_path = state.inner.audio.staging_path(&id);
    let mut guard = PartFile(Some(part_path.clone()));
    let mut upload = Upload::create(&part_path, limit).await?;
    if is_multipart {
        let mut multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|e| ApiError::invalid("invalid_multipart", e.body_text()))?;
        let mut audio_parts = 0;
        // Every read of the body, between parts as within them, gets the same idle timeout
        // as a raw upload.
        while let Some(mut field) = stalled(idle, multipart.next_field())
            .await?
            .map_err(|e| multipart_error(e, limit))?
        {
            let name = field.name().unwrap_or_default().to_string();
            if AUDIO_PARTS.contains(&name.as_str()) {
                audio_parts += 1;
                if audio_parts > 1 {
                    return Err(ApiError::invalid(
                        "invalid_multipart",
                        "send one recording per upload",
                    ));
                }
                while let Some(chunk) = stalled(idle, field.chunk())
                    .await?
                    .map_err(|e| multipart_error(e, limit))?
                {
                    upload.write(&chunk).await?;
                }
            } else {
                let value = stalled(idle, field.text())
                    .await?
                    .map_err(|e| multipart_error(e, limit))?;
                apply_field(&mut meta, &name, &value)?;
            }
        }
    } else {
        upload.write_body(request.into_body(), idle).await?;
    }
    // The cheap part of decoding: the header says what the audio is, before it is queued.
    let source = upload
        .finish(
            &part_path,
            "the request has no recording: send it as the body, or as a multipart part named `audio`",
        )
        .await?;
    if let Some(roles) = &meta.roles {
        if roles.len() != source.channels as usize {
            return Err(ApiError::invalid(
                "invalid_metadata",
                format!(
                    "`roles` names {} channel(s) ({}) but the recording has {}",
                    roles.len(),
                    roles.join(","),
                    source.channels
                ),
            ));
        }
    }
    meta.content_type = Some(mime_of(&source).to_string());

    let call_id = id.clone();
    let max_queued = state.inner.settings.max_queue;
    let row = state
        .db_audio(move |store, audio| {
            store_and_enqueue(store, audio, &call_id, &part_path, meta, max_queued)
        })
        .await
        .map_err(|e| match e {
            ApiError::QueueFull { queued, .. } => queue_full(&state, queued),
            other => other,
        })?;
    guard.0 = None;
    // Another upload with the same key was stored meanwhile: this one was not.
    if row.id != id {
        tracing::info!(id = %row.id, "upload retried with its idempotency key");
        return Ok(intake_response(&row, true));
    }
    state.inner.queue.wake();
    tracing::info!(id = %row.id, bytes = row.audio_bytes, codec = %source.codec, "call queued");
    Ok(intake_response(&row, false))
}

/// Stores the upload at `part_path` in the audio store under the call's id, then commits its
/// row ("the bytes before the row"). When the store refuses the call (the queue is full) or
/// answers with the call stored earlier under the same `Idempotency-Key`, the recording just
/// stored is removed again. A bucket that cannot be reached is `503 audio_store_unavailable`,
/// and nothing is queued.
fn store_and_enqueue(
    store: &dyn crate::store::CallStore,
    audio: &dyn crate::store::audio::AudioStore,
    id: &str,
    part_path: &std::path::Path,
    mut meta: NewCall,
    max_queued: usize,
) -> Result<CallRow, ApiError> {
    meta.audio_bytes = audio.put_file(id, part_path)? as i64;
    let queued = store.enqueue(id, id, &meta, max_queued);
    if !matches!(&queued, Ok(row) if row.id == id) {
        if let Err(e) = audio.delete(id) {
            // The start-up sweep removes it (no row names it).
            tracing::warn!(id, "cannot remove the recording of a call not queued: {e}");
        }
    }
    Ok(queued?)
}

/// A call as the API shows it.
fn view(row: &CallRow, report: Option<Value>) -> Value {
    let opt_time = |ms: Option<i64>| ms.map(rfc3339);
    let mut v = json!({
        "id": row.id,
        "status": row.status,
        "reason": row.reason,
        "attempts": row.attempts,
        "external_id": row.external_id,
        "agent_id": row.agent_id,
        "team": row.team,
        "started_at": rfc3339(row.started_at_ms),
        "received_at": rfc3339(row.received_at_ms),
        "processing_started_at": opt_time(row.claimed_at_ms),
        "finished_at": opt_time(row.finished_at_ms),
        "updated_at": rfc3339(row.updated_at_ms),
        "language_hint": row.language_hint,
        "roles": row.roles,
        "language": row.language,
        "duration_ms": row.duration_ms,
        "audio": {
            "bytes": row.audio_bytes,
            "content_type": row.content_type,
            "url": format!("/v1/calls/{}/audio", row.id),
        },
        "scores": row.scores,
        "abusive": row.abusive,
        "speakers": row.speakers,
        "speaker_roles": row.speaker_roles,
        "review": row.review.as_ref().map(|r| json!({
            "verdict": r.verdict,
            "score": r.score_pct,
            "reviewer": r.reviewer,
            "reviewed_at": rfc3339(r.reviewed_at_ms),
        })),
    });
    if let Some(hit) = &row.search_hit {
        v["match"] = json!(hit);
    }
    if let Some(report) = report {
        v["report"] = report;
        // A call being analysed again (a reviewer set its speakers' roles) keeps showing the
        // report it had until the new one replaces it.
        if row.status != CallStatus::Succeeded {
            v["report_stale"] = json!(true);
        }
    }
    v
}

pub(super) fn checked_id(id: &str) -> Result<(), ApiError> {
    if is_valid_call_id(id) {
        Ok(())
    } else {
        Err(ApiError::CallNotFound(id.chars().take(64).collect()))
    }
}

/// `GET /v1/calls/{id}`: status, timestamps, reason, and the report once succeeded (or the
/// previous report, marked `report_stale`, while the call is analysed again).
pub async fn get_call(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    checked_id(&id)?;
    let found = state
        .db(move |store| {
            let Some(row) = store.get(&id)? else {
                return Err(ApiError::CallNotFound(id));
            };
            Ok(view(&row, store.report(&id)?))
        })
        .await?;
    Ok(Json(found))
}

/// `GET /v1/calls/{id}/audio`: the recording as uploaded (with redaction on, only its
/// redacted copy: [`super::redaction`]), with Range support (one range per request).
pub async fn get_audio(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    checked_id(&id)?;
    let row = state
        .db(move |store| store.get(&id)?.ok_or(ApiError::CallNotFound(id)))
        .await?;
    // With redaction on, only the redacted copy, once there is one.
    let redaction = state.inner.settings.redaction;
    let served = row.clone();
    let (copy, media_type) = state
        .db_audio(move |_, audio| {
            let (key, media_type) =
                super::redaction::audio_to_serve(&served, redaction.as_ref(), audio)?;
            match audio.fetch(&key)? {
                Some(copy) => Ok((copy, media_type)),
                None => Err(ApiError::CallNotFound(served.id)),
            }
        })
        .await?;
    if let Some(range) = request.headers().get(header::RANGE) {
        if count_ranges(range.as_bytes(), MAX_RANGES) > MAX_RANGES {
            return Err(ApiError::TooManyRanges {
                size_bytes: row.audio_bytes.max(0) as u64,
                max: MAX_RANGES,
            });
        }
    }
    let mime: mime::Mime = media_type
        .or_else(|| row.content_type.as_deref().and_then(|m| m.parse().ok()))
        .unwrap_or(mime::APPLICATION_OCTET_STREAM);
    // The file is open once the response is made: a temporary copy may go after that.
    let response = ServeFile::new_with_mime(copy.path(), &mime)
        .oneshot(request)
        .await
        .map_err(|e| ApiError::Internal(format!("serving the recording: {e}")))?;
    drop(copy);
    if response.status() == StatusCode::NOT_FOUND {
        return Err(ApiError::CallNotFound(row.id));
    }
    Ok(response.map(Body::new))
}

/// `DELETE /v1/calls/{id}`: removes the row and the report, then the recordings (a failure
/// there is logged: the start-up sweep removes recordings no row names).
pub async fn delete_call(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    checked_id(&id)?;
    state
        .db_audio(move |store, audio| {
            let Some(keys) = store.delete(&id)? else {
                return Err(ApiError::CallNotFound(id));
            };
            for key in keys {
                if let Err(e) = audio.delete(&key) {
                    tracing::warn!(id, key, "cannot remove a deleted call's recording: {e}");
                }
            }
            tracing::info!(id, "call deleted");
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

fn parse_f64(name: &str, value: &str) -> Result<f64, ApiError> {
    value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| {
            ApiError::invalid(
                "invalid_query",
                format!("`{name}`: `{value}` is not a number"),
            )
        })
}

fn score_names() -> String {
    crate::store::SCORE_COLUMNS.join(", ")
}

/// `GET /v1/calls`: filters, sort by a score, cursor pagination.
pub async fn list_calls(State(state): State<AppState>, uri: Uri) -> Result<Json<Value>, ApiError> {
    let mut q = ListQuery::default();
    let mut cursor_token = None;
    let bad = |code: &'static str, m: String| ApiError::invalid(code, m);
    for (name, value) in query_pairs(&uri)? {
        let some = || Some(value.clone());
        match name.as_str() {
            "agent_id" => q.agent_id = some(),
            "team" => q.team = some(),
            "language" => q.language = some(),
            "external_id" => q.external_id = some(),
            "status" => {
                q.status = Some(
                    value
                        .parse::<CallStatus>()
                        .map_err(|e| bad("invalid_query", format!("`status`: {e}")))?,
                );
            }
            "from" => q.from_ms = Some(parse_time(&name, &value)?),
            "to" => q.to_ms = Some(parse_time(&name, &value)?),
            "abusive" => {
                q.abusive = Some(value.parse::<bool>().map_err(|_| {
                    bad(
                        "invalid_query",
                        format!("`abusive`: `{value}` is not true or false"),
                    )
                })?)
            }
            "sort" => {
                q.sort = SortKey::parse(&value).ok_or_else(|| {
                    bad(
                        "invalid_query",
                        format!(
                            "`sort`: `{value}` is not started_at, received_at, review_score or a score ({})",
                            score_names()
                        ),
                    )
                })?
            }
            "order" => {
                q.descending = match value.as_str() {
                    "desc" => true,
                    "asc" => false,
                    _ => {
                        return Err(bad(
                            "invalid_query",
                            format!("`order`: `{value}` is not asc or desc"),
                        ))
                    }
                }
            }
            "limit" => {
                q.limit = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=query::MAX_PAGE_SIZE).contains(n))
                    .ok_or_else(|| {
                        bad(
                            "invalid_query",
                            format!(
                                "`limit`: `{value}` is not a number from 1 to {}",
                                query::MAX_PAGE_SIZE
                            ),
                        )
                    })?
            }
            "cursor" => cursor_token = some(),
            "reviewed" => {
                q.reviewed = Some(value.parse::<bool>().map_err(|_| {
                    bad(
                        "invalid_query",
                        format!("`reviewed`: `{value}` is not true or false"),
                    )
                })?)
            }
            "q" => {
                let phrase = value.trim();
                if phrase.chars().count() > crate::store::search::MAX_PHRASE_CHARS
                    || crate::store::search::fts_phrase(phrase).is_none()
                {
                    return Err(bad(
                        "invalid_query",
                        format!(
                            "`q`: a phrase of the transcript to find, with at least one letter or \
                             digit and at most {} characters",
                            crate::store::search::MAX_PHRASE_CHARS
                        ),
                    ));
                }
                q.text = Some(phrase.to_string());
            }
            other => {
                let bound = other
                    .strip_prefix("min_")
                    .map(|c| (c, true))
                    .or_else(|| other.strip_prefix("max_").map(|c| (c, false)));
                let Some((column, is_min)) =
                    bound.and_then(|(c, m)| query::score_column(c).map(|c| (c, m)))
                else {
                    return Err(bad("unknown_parameter", format!(
                        "unknown parameter `{other}`; see /v1/openapi.json (score bounds are min_SCORE / max_SCORE with SCORE one of {})",
                        score_names()
                    )));
                };
                let v = parse_f64(other, &value)?;
                let entry = match q.scores.iter_mut().find(|b| b.column == column) {
                    Some(b) => b,
                    None => {
                        q.scores.push(ScoreBound {
                            column,
                            min: None,
                            max: None,
                        });
                        q.scores.last_mut().expect("just pushed")
                    }
                };
                if is_min {
                    entry.min = Some(v);
                } else {
                    entry.max = Some(v);
                }
            }
        }
    }
    if let Some(token) = cursor_token {
        q.cursor = Some(Cursor::decode(&token).ok_or_else(|| {
            bad(
                "invalid_cursor",
                "`cursor` is not a cursor this server gave out".into(),
            )
        })?);
    }
    let page = state.db(move |store| Ok(store.list(&q)?)).await?;
    let calls: Vec<Value> = page.calls.iter().map(|row| view(row, None)).collect();
    Ok(Json(
        json!({"calls": calls, "next_cursor": page.next_cursor}),
    ))
}

/// `GET /v1/agents/{id}/profile`: the agent's voice profile as their next call would use
/// it ([`crate::profiles::profile_view`]), or `404 profile_not_found` with the reason.
pub async fn agent_profile(
    State(state): State<AppState>,
    Path(agent_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    if agent_id.is_empty() || agent_id.len() > MAX_FIELD_LEN {
        return Err(ApiError::invalid(
            "invalid_query",
            format!("an agent id is 1 to {MAX_FIELD_LEN} bytes"),
        ));
    }
    let view = state
        .db(move |store| Ok(crate::profiles::profile_view(store, &agent_id)?))
        .await?;
    match view {
        Ok(view) => Ok(Json(json!(view))),
        Err(none) => Err(ApiError::ProfileNotFound(none.0)),
    }
}

fn checked_agent(agent_id: &str) -> Result<(), ApiError> {
    if agent_id.trim().is_empty() || agent_id.len() > MAX_FIELD_LEN {
        return Err(ApiError::invalid(
            "invalid_query",
            format!("an agent id is 1 to {MAX_FIELD_LEN} bytes"),
        ));
    }
    Ok(())
}

/// An enrolment as the API shows it.
fn enrolment_view(e: &crate::store::Enrolment) -> Value {
    json!({
        "id": e.id,
        "agent_id": e.agent_id,
        "channel": e.channel,
        "status": e.status,
        "reason": e.reason,
        "received_at": rfc3339(e.received_at_ms),
        "finished_at": e.finished_at_ms.map(rfc3339),
    })
}

/// `POST /v1/agents/{id}/voice?channel=N`: a recording of the agent (the raw body; `channel`,
/// default 0, the channel that holds their voice) queued to become their enrolled voice.
/// The API loads no model: a worker embeds it when the queue of calls is empty
/// ([`crate::store::CallStore::enqueue_enrolment`]). `202` with the enrolment.
pub async fn enrol_voice(
    State(state): State<AppState>,
    Path(agent_id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    if !state.accepting() {
        return Err(ApiError::ShuttingDown);
    }
    checked_agent(&agent_id)?;
    let mut channel = 0u32;
    for (name, value) in query_pairs(request.uri())? {
        match name.as_str() {
            "channel" => {
                channel = value.parse().ok().filter(|c| *c < 2).ok_or_else(|| {
                    ApiError::invalid(
                        "invalid_metadata",
                        format!(
                            "`channel`: `{value}` is not 0 or 1 (the channel of the agent's voice)"
                        ),
                    )
                })?
            }
            other => {
                return Err(ApiError::invalid(
                    "unknown_parameter",
                    format!("unknown parameter `{other}`; an enrolment takes channel"),
                ))
            }
        }
    }
    let limit = state.inner.settings.max_upload_bytes;
    let idle = state.inner.settings.upload_idle_timeout;
    let id = new_call_id();
    // Not a call id: the start-up sweep of orphaned recordings leaves it alone.
    let key = format!("{id}.enrol");
    let part_path = state.inner.audio.staging_path(&key);
    let mut guard = PartFile(Some(part_path.clone()));
    let mut upload = Upload::create(&part_path, limit).await?;
    upload.write_body(request.into_body(), idle).await?;
    let source = upload
        .finish(
            &part_path,
            "the request has no recording: send a recording of the agent as the body",
        )
        .await?;
    if channel >= source.channels as u32 {
        return Err(ApiError::invalid(
            "invalid_metadata",
            format!(
                "`channel` {channel}: the recording has {} channel(s)",
                source.channels
            ),
        ));
    }
    let enrolment = state
        .db_audio(move |store, audio| {
            audio.put_file(&key, &part_path)?;
            let queued = store.enqueue_enrolment(&id, &key, &agent_id, channel);
            if queued.is_err() {
                let _ = audio.delete(&key);
            }
            Ok(queued?)
        })
        .await?;
    guard.0 = None;
    state.inner.queue.wake();
    tracing::info!(id = %enrolment.id, agent = %enrolment.agent_id, "voice enrolment queued");
    let location = format!("/v1/agents/{}/voice", enrolment.agent_id);
    let mut response = (StatusCode::ACCEPTED, Json(enrolment_view(&enrolment))).into_response();
    if let Ok(v) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    Ok(response)
}

/// `GET /v1/agents/{id}/voice`: the agent's stored voices (learned from their calls, and
/// enrolled) and their most recent enrolments.
pub async fn agent_voice(
    State(state): State<AppState>,
    Path(agent_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    checked_agent(&agent_id)?;
    let view = state
        .db(move |store| {
            let voices = store.agent_voices(&agent_id, 1000)?;
            let mono_calls = store.agent_speaker_voices(&agent_id, 1000)?.len();
            let enrolments = store.enrolments(&agent_id, 20)?;
            let learned = voices.iter().filter(|v| v.call_id.is_some()).count();
            let mut heard: BTreeMap<&str, usize> = BTreeMap::new();
            for voice in &voices {
                *heard.entry(voice.heard.as_str()).or_default() += 1;
            }
            Ok(json!({
                "agent_id": agent_id,
                "voices": voices.len(),
                "learned": learned,
                "enrolled": voices.len() - learned,
                "heard": heard,
                "mono_calls": mono_calls,
                "enrolments": enrolments.iter().map(enrolment_view).collect::<Vec<_>>(),
            }))
        })
        .await?;
    Ok(Json(view))
}

/// The `metric` of `GET /v1/trends` that answers per agent and week with the agent's
/// stress against their own baseline and the abuse they absorbed
/// ([`crate::store::query::agent_strain`]).
const AGENT_STRAIN: &str = "agent_strain";

/// `GET /v1/trends`: a metric per day or week, per team or agent; with
/// `metric=agent_strain`, per agent and week, each agent's strain ([`agent_strain`]).
pub async fn trends(State(state): State<AppState>, uri: Uri) -> Result<Json<Value>, ApiError> {
    let bad = |m: String| ApiError::invalid("invalid_query", m);
    let metrics = || {
        format!(
            "{}, abusive, calls, review_score, {AGENT_STRAIN}",
            score_names()
        )
    };
    let mut metric = None;
    let mut metric_name = String::new();
    let mut q = TrendQuery {
        metric: Metric::Calls,
        period: Period::Day,
        group_by: GroupBy::Team,
        from_ms: None,
        to_ms: None,
        team: None,
        agent_id: None,
    };
    let (mut period_name, mut group_name) = (None::<String>, None::<String>);
    for (name, value) in query_pairs(&uri)? {
        match name.as_str() {
            "metric" => {
                metric = if value == AGENT_STRAIN {
                    None
                } else {
                    Some(Metric::parse(&value).ok_or_else(|| {
                        bad(format!("`metric`: `{value}` is not one of {}", metrics()))
                    })?)
                };
                metric_name = value;
            }
            "period" => {
                q.period = match value.as_str() {
                    "day" => Period::Day,
                    "week" => Period::Week,
                    _ => return Err(bad(format!("`period`: `{value}` is not day or week"))),
                };
                period_name = Some(value);
            }
            "group_by" => {
                q.group_by = match value.as_str() {
                    "team" => GroupBy::Team,
                    "agent" => GroupBy::Agent,
                    "all" => GroupBy::All,
                    _ => return Err(bad(format!("`group_by`: `{value}` is not team, agent or all"))),
                };
                group_name = Some(value);
            }
            "from" => q.from_ms = Some(parse_time(&name, &value)?),
            "to" => q.to_ms = Some(parse_time(&name, &value)?),
            "team" => q.team = Some(value),
            "agent_id" => q.agent_id = Some(value),
            other => {
                return Err(ApiError::invalid(
                    "unknown_parameter",
                    format!("unknown parameter `{other}`; trends take metric, period, group_by, from, to, team, agent_id"),
                ))
            }
        }
    }
    if metric_name == AGENT_STRAIN {
        if period_name.as_deref().is_some_and(|p| p != "week") {
            return Err(bad(format!(
                "`period`: {AGENT_STRAIN} is measured per week (period=week)"
            )));
        }
        if group_name.as_deref().is_some_and(|g| g != "agent") {
            return Err(bad(format!(
                "`group_by`: {AGENT_STRAIN} is measured per agent (group_by=agent)"
            )));
        }
        return agent_strain(state, q).await;
    }
    let Some(metric) = metric else {
        return Err(bad(format!("`metric` is required: one of {}", metrics())));
    };
    q.metric = metric;
    let buckets = state.db(move |store| Ok(store.trends(&q)?)).await?;
    Ok(Json(json!({
        "metric": metric_name,
        "period": period_name.unwrap_or_else(|| "day".into()),
        "group_by": group_name.unwrap_or_else(|| "team".into()),
        "buckets": buckets,
    })))
}

/// `GET /v1/trends?metric=agent_strain`: per agent and week, the week's mean agent stress
/// against the agent's own baseline (`value`) and the abuse absorbed from customers, with
/// one summary per agent (`agents`: the baseline, and `wearing_down` when the strain rose
/// over consecutive weeks).
async fn agent_strain(state: AppState, q: TrendQuery) -> Result<Json<Value>, ApiError> {
    let strain = StrainQuery {
        from_ms: q.from_ms,
        to_ms: q.to_ms,
        team: q.team,
        agent_id: q.agent_id,
    };
    let (buckets, agents) = state
        .db(move |store| Ok(store.agent_strain(&strain)?))
        .await?;
    Ok(Json(json!({
        "metric": AGENT_STRAIN,
        "period": "week",
        "group_by": "agent",
        "baseline": "the median scores.stress.agent of the agent's calls in the window",
        "min_week_calls": query::MIN_STRAIN_WEEK_CALLS,
        "wearing_down_weeks": query::WEARING_DOWN_WEEKS,
        "buckets": buckets,
        "agents": agents,
    })))
}

#[cfg(test)]
mod range_tests {
    use super::*;

    #[test]
    fn a_range_header_of_40000_ranges_is_counted_only_up_to_the_cap() {
        let header = format!(
            "bytes={}",
            (0..40_000)
                .map(|i| format!("{i}-{i}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        // The count stops at the first range past the cap: the other 39,998 are never parsed.
        assert_eq!(count_ranges(header.as_bytes(), MAX_RANGES), MAX_RANGES + 1);
        assert_eq!(count_ranges(b"bytes=0-3", MAX_RANGES), 1);
        assert_eq!(count_ranges(b"bytes=0-3, ,", MAX_RANGES), 1);
        assert_eq!(count_ranges(b"bytes=0-3,5-9", MAX_RANGES), 2);
    }
}
