//! Where a call's redacted recording is kept: in the audio store next to its upload, under
//! the key `<audio_key>.redacted.wav` (16-bit PCM WAV at 16 kHz, the upload's channel count).
//!
//! In: the call's stored audio key. Out: the key of its redacted copy. The worker stores the
//! copy before it stores the report; with redaction on, the API serves only this copy (never
//! the upload); [`super::CallStore::delete`] names it among the keys to remove with the call,
//! and the start-up sweep removes one whose call is gone ([`super::audio::sweep_orphans`]).

/// The key of the redacted copy of the recording stored under `audio_key`.
pub fn redacted_key(audio_key: &str) -> String {
    format!("{audio_key}.redacted.wav")
}

/// Every key stored for the recording under `audio_key`: the upload and its redacted copy.
pub fn audio_keys(audio_key: &str) -> Vec<String> {
    vec![audio_key.to_string(), redacted_key(audio_key)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redacted_copy_sits_next_to_the_upload_and_is_not_a_call_id() {
        let key = redacted_key("0123456789abcdef01234567");
        assert_eq!(key, "0123456789abcdef01234567.redacted.wav");
        assert!(!super::super::is_valid_call_id(&key));
        assert!(super::super::audio::is_valid_key(&key));
        assert_eq!(
            audio_keys("0123456789abcdef01234567"),
            ["0123456789abcdef01234567", &key]
        );
    }
}
