//! Where a call's redacted recording is kept: next to its upload, as
//! `<audio_path>.redacted.wav` (16-bit PCM WAV at 16 kHz, the upload's channel count).
//!
//! In: the call's stored `audio_path`. Out: the path of its redacted copy. The worker writes
//! the copy before it stores the report; with redaction on, the API serves only this file
//! (never the upload); [`super::CallStore::delete`] removes it with the call. The name is not
//! a call id, so the start-up sweep of orphaned uploads leaves it alone.

use std::path::{Path, PathBuf};

/// The redacted copy of the recording stored at `audio_path`.
pub fn redacted_audio_path(audio_path: &Path) -> PathBuf {
    let mut name = audio_path.as_os_str().to_os_string();
    name.push(".redacted.wav");
    PathBuf::from(name)
}

/// Removes the redacted copy of the recording at `audio_path`, if there is one.
pub fn remove_redacted_audio(audio_path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(redacted_audio_path(audio_path)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redacted_copy_sits_next_to_the_upload_and_is_not_a_call_id() {
        let path = redacted_audio_path(Path::new("/data/audio/0123456789abcdef01234567"));
        assert_eq!(
            path,
            Path::new("/data/audio/0123456789abcdef01234567.redacted.wav")
        );
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(!super::super::is_valid_call_id(name));
    }
}
