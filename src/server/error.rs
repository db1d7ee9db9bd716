//! Every error the API answers with, in one table: variant → HTTP status, stable `code`,
//! `type`, and the message. Bodies are `{"message", "code", "type", "link"?}`; clients match
//! on `code`, people read `message`. Internal errors are logged here and answered with a
//! generic message.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::error::DecodeError;
use crate::store::audio::AudioError;
use crate::store::StoreError;

#[derive(Debug)]
pub enum ApiError {
    /// No `Authorization: Bearer` header (or not a bearer one).
    MissingApiKey,
    /// A key that is not configured.
    InvalidApiKey,
    /// A read-only key used for a request that changes something.
    ReadOnlyKey,
    /// Without API keys: a `Host` that is not the server's own loopback address.
    HostNotAllowed(String),
    /// Without API keys: a write from another origin (a browser page elsewhere).
    CrossOriginRequest(String),
    CallNotFound(String),
    /// The agent has no voice profile; the message says why (no calls yet, or only calls
    /// measured by another feature extractor).
    ProfileNotFound(String),
    RouteNotFound(String),
    MethodNotAllowed,
    /// Metadata or query parameters that cannot be used; the message says which and why.
    InvalidRequest {
        code: &'static str,
        message: String,
    },
    /// A change the call's state does not allow (not analysed yet, not a call of several
    /// speakers); the message says why.
    Conflict {
        code: &'static str,
        message: String,
    },
    /// A well-formed request whose content cannot be accepted (a review's answers that do
    /// not fit its scorecard, a correction of a turn the report does not have, a value out of
    /// range); the message says which and why.
    Unprocessable {
        code: &'static str,
        message: String,
    },
    /// Administration (fitting, rolling back a calibration) with a key that may not.
    AdminKeyRequired,
    PayloadTooLarge {
        limit_bytes: u64,
    },
    /// A request head the HTTP parser cannot read.
    MalformedRequest,
    /// A request line whose URI is over the parser's limit.
    UriTooLong,
    /// A request head with too many or too large header fields.
    HeadersTooLarge,
    /// The client sent nothing for this many seconds in the middle of an upload.
    UploadStalled {
        idle_s: u64,
    },
    /// A `Range` header asking for more byte ranges than are served per request.
    TooManyRanges {
        size_bytes: u64,
        max: usize,
    },
    /// The recording is not in a format calltone reads.
    UnsupportedAudio(String),
    /// The recording is in a known format but cannot be used (corrupt, too many channels…).
    UndecodableAudio(String),
    QueueFull {
        queued: i64,
        retry_after_s: u64,
    },
    ShuttingDown,
    /// `--max-connections` connections are open; this one is answered and closed.
    TooManyConnections {
        max_connections: usize,
    },
    /// The server's disk (or quota) is full: the upload could not be stored. The detail is
    /// logged, not shown.
    InsufficientStorage(String),
    NotReady(String),
    /// The audio store (a bucket: `--audio-store s3://…`) could not be reached or refused
    /// the request: nothing was stored; the client may retry. The message names the store;
    /// the detail (the bucket's answer) is logged.
    AudioStoreUnavailable {
        store: String,
        detail: String,
    },
    Internal(String),
}

#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub message: String,
    pub code: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<&'static str>,
}

const INVALID_REQUEST: &str = "invalid_request";
const AUTH: &str = "auth";
const SYSTEM: &str = "system";
const INTERNAL: &str = "internal";

impl ApiError {
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        ApiError::InvalidRequest {
            code,
            message: message.into(),
        }
    }

    /// The table: status, code, type, message.
    pub fn parts(&self) -> (StatusCode, &'static str, &'static str, String) {
        use ApiError::*;
        match self {
            MissingApiKey => (
                StatusCode::UNAUTHORIZED,
                "missing_api_key",
                AUTH,
                "send an API key: `Authorization: Bearer KEY`".into(),
            ),
            InvalidApiKey => (
                StatusCode::UNAUTHORIZED,
                "invalid_api_key",
                AUTH,
                "the API key is not valid".into(),
            ),
            ReadOnlyKey => (
                StatusCode::FORBIDDEN,
                "read_only_key",
                AUTH,
                "this API key may only read; use a read-write key".into(),
            ),
            HostNotAllowed(host) => (
                StatusCode::FORBIDDEN,
                "host_not_allowed",
                AUTH,
                format!(
                    "`Host: {host}` is not this server's address: without API keys it answers only \
                     to localhost, 127.0.0.1 and [::1] on its port (configure API keys to reach it \
                     by another name)"
                ),
            ),
            CrossOriginRequest(origin) => (
                StatusCode::FORBIDDEN,
                "cross_origin_request",
                AUTH,
                format!(
                    "a change requested from {origin} is refused: without API keys the server takes \
                     changes only from its own web page and from programs (configure API keys for \
                     other clients)"
                ),
            ),
            CallNotFound(id) => (
                StatusCode::NOT_FOUND,
                "call_not_found",
                INVALID_REQUEST,
                format!("no call with id `{id}`"),
            ),
            ProfileNotFound(why) => (
                StatusCode::NOT_FOUND,
                "profile_not_found",
                INVALID_REQUEST,
                why.clone(),
            ),
            RouteNotFound(path) => (
                StatusCode::NOT_FOUND,
                "route_not_found",
                INVALID_REQUEST,
                format!("no route {path}; see /v1/openapi.json"),
            ),
            MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                INVALID_REQUEST,
                "this route does not take that method; see /v1/openapi.json".into(),
            ),
            InvalidRequest { code, message } => {
                (StatusCode::BAD_REQUEST, code, INVALID_REQUEST, message.clone())
            }
            Conflict { code, message } => {
                (StatusCode::CONFLICT, code, INVALID_REQUEST, message.clone())
            }
            Unprocessable { code, message } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                code,
                INVALID_REQUEST,
                message.clone(),
            ),
            AdminKeyRequired => (
                StatusCode::FORBIDDEN,
                "admin_key_required",
                AUTH,
                "this route needs an admin key (CALLTONE_ADMIN_KEYS; a read-write key when no \
                 admin keys are configured)"
                    .into(),
            ),
            PayloadTooLarge { limit_bytes } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                INVALID_REQUEST,
                format!(
                    "the upload is larger than the limit of {limit_bytes} bytes (set with --max-upload-mb)"
                ),
            ),
            MalformedRequest => (
                StatusCode::BAD_REQUEST,
                "malformed_request",
                INVALID_REQUEST,
                "the request head is not valid HTTP/1.1".into(),
            ),
            UriTooLong => (
                StatusCode::URI_TOO_LONG,
                "uri_too_long",
                INVALID_REQUEST,
                "the request's URI is too long".into(),
            ),
            HeadersTooLarge => (
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                "headers_too_large",
                INVALID_REQUEST,
                "the request has too many or too large header fields (at most 100)".into(),
            ),
            UploadStalled { idle_s } => (
                StatusCode::REQUEST_TIMEOUT,
                "upload_stalled",
                INVALID_REQUEST,
                format!(
                    "the upload stalled: nothing arrived for {idle_s} s (--upload-idle-timeout-s)"
                ),
            ),
            TooManyRanges { max, .. } => (
                StatusCode::RANGE_NOT_SATISFIABLE,
                "too_many_ranges",
                INVALID_REQUEST,
                format!(
                    "the recording is served {max} byte range per request; ask for the ranges one at a time"
                ),
            ),
            UnsupportedAudio(reason) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_audio",
                INVALID_REQUEST,
                reason.clone(),
            ),
            UndecodableAudio(reason) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "undecodable_audio",
                INVALID_REQUEST,
                reason.clone(),
            ),
            QueueFull { queued, retry_after_s } => (
                StatusCode::TOO_MANY_REQUESTS,
                "queue_full",
                SYSTEM,
                format!("{queued} calls are waiting; retry in about {retry_after_s} s"),
            ),
            ShuttingDown => (
                StatusCode::SERVICE_UNAVAILABLE,
                "shutting_down",
                SYSTEM,
                "the server is shutting down and takes no new calls".into(),
            ),
            TooManyConnections { max_connections } => (
                StatusCode::SERVICE_UNAVAILABLE,
                "too_many_connections",
                SYSTEM,
                format!(
                    "the server has {max_connections} connections open (--max-connections); retry shortly"
                ),
            ),
            InsufficientStorage(_) => (
                StatusCode::INSUFFICIENT_STORAGE,
                "insufficient_storage",
                SYSTEM,
                "the server's disk is full and cannot store the recording; retry later".into(),
            ),
            NotReady(why) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "not_ready",
                SYSTEM,
                why.clone(),
            ),
            AudioStoreUnavailable { store, .. } => (
                StatusCode::SERVICE_UNAVAILABLE,
                "audio_store_unavailable",
                SYSTEM,
                format!(
                    "the recordings' store ({store}) could not be reached or refused the \
                     recording; nothing was stored, retry later"
                ),
            ),
            Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                INTERNAL,
                "internal error; the server log has the details".into(),
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            ApiError::Internal(detail) => tracing::error!("internal error: {detail}"),
            ApiError::InsufficientStorage(detail) => tracing::error!("disk full: {detail}"),
            ApiError::AudioStoreUnavailable { detail, .. } => {
                tracing::error!("audio store unavailable: {detail}")
            }
            _ => {}
        }
        let (status, code, kind, message) = self.parts();
        let body = ErrorBody {
            message,
            code,
            kind,
            link: None,
        };
        let mut response = (status, Json(body)).into_response();
        let headers = response.headers_mut();
        match &self {
            ApiError::MissingApiKey | ApiError::InvalidApiKey => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            ApiError::QueueFull { retry_after_s, .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_s));
            }
            ApiError::ShuttingDown | ApiError::AudioStoreUnavailable { .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(5u64));
            }
            ApiError::TooManyConnections { .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(1u64));
            }
            ApiError::TooManyRanges { size_bytes, .. } => {
                if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size_bytes}")) {
                    headers.insert(header::CONTENT_RANGE, v);
                }
            }
            _ => {}
        }
        response
    }
}

/// Seconds a refused upload is told to wait when nothing better is known (the intake
/// handler replaces it with an estimate from the mean job time).
pub const QUEUE_FULL_RETRY_AFTER_S: u64 = 30;

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::QueueFull { queued, .. } => ApiError::QueueFull {
                queued,
                retry_after_s: QUEUE_FULL_RETRY_AFTER_S,
            },
            other if other.is_disk_full() => ApiError::InsufficientStorage(other.to_string()),
            StoreError::Audio(AudioError::Remote { ref store, .. }) => {
                ApiError::AudioStoreUnavailable {
                    store: store.clone(),
                    detail: e.to_string(),
                }
            }
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<AudioError> for ApiError {
    fn from(e: AudioError) -> Self {
        StoreError::Audio(e).into()
    }
}

impl ApiError {
    /// A failed file operation on the server's disk, `context` saying which: `507` when
    /// the disk is full, else an internal error.
    pub fn io(context: &str, e: std::io::Error) -> ApiError {
        if crate::store::is_disk_full_io(&e) {
            ApiError::InsufficientStorage(format!("{context}: {e}"))
        } else {
            ApiError::Internal(format!("{context}: {e}"))
        }
    }
}

/// The decoder's reason, sorted into "not a format we read" (415) and "a format we read,
/// but this file cannot be used" (422).
impl From<DecodeError> for ApiError {
    fn from(e: DecodeError) -> Self {
        match e {
            DecodeError::NotAudio(_) | DecodeError::UnsupportedCodec(_) => {
                ApiError::UnsupportedAudio(e.to_string())
            }
            DecodeError::Io(io) => ApiError::Internal(format!("reading the upload: {io}")),
            other => ApiError::UndecodableAudio(other.to_string()),
        }
    }
}
