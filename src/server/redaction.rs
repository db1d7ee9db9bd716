//! Which recording `GET /v1/calls/{id}/audio` may serve when the service redacts calls.
//!
//! In: the call's row, the service's redaction setting ([`crate::config::Redaction`]) and
//! the audio store. Out: the key of the recording to serve and its media type, or why none
//! may be served. Blocks (asks the audio store): call it on the blocking pool. With redaction on,
//! only the redacted copy ([`crate::store::redacted`]) is ever served: while a call is
//! queued or being analysed (or failed) there is none, and the upload, which may hold a card
//! number, is refused with `409 audio_not_redacted_yet`; a call analysed before redaction was
//! turned on has none either (`409 audio_not_redacted`). Without redaction the upload is
//! served as it was uploaded, or the redacted copy when the upload was deleted after a
//! redacted analysis.

use crate::config::Redaction;
use crate::store::audio::AudioStore;
use crate::store::redacted::redacted_key;
use crate::store::{CallRow, CallStatus};

use super::ApiError;

/// The recording to serve for `row`: its key in `audio` and media type (`None`: the
/// upload's own).
pub fn audio_to_serve(
    row: &CallRow,
    redaction: Option<&Redaction>,
    audio: &dyn AudioStore,
) -> Result<(String, Option<mime::Mime>), ApiError> {
    let Some(upload) = row.audio_key.as_deref() else {
        return Err(ApiError::CallNotFound(row.id.clone()));
    };
    let redacted = redacted_key(upload);
    let wav: mime::Mime = "audio/wav".parse().expect("a media type");
    if redaction.is_none() {
        return Ok(if !audio.exists(upload)? && audio.exists(&redacted)? {
            (redacted, Some(wav))
        } else {
            (upload.to_string(), None)
        });
    }
    if row.status != CallStatus::Succeeded {
        return Err(ApiError::Conflict {
            code: "audio_not_redacted_yet",
            message: format!(
                "the call is {}: with redaction on, its recording is served only once it is \
                 analysed and the personal data in it masked",
                row.status
            ),
        });
    }
    if !audio.exists(&redacted)? {
        return Err(ApiError::Conflict {
            code: "audio_not_redacted",
            message: "the call was analysed before redaction was turned on: it has no redacted \
                      recording, and the original is not served while redacting"
                .into(),
        });
    }
    Ok((redacted, Some(wav)))
}

#[cfg(test)]
mod tests;
