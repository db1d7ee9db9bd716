//! The uploaded recordings in a local audio directory, for both stores ([`super::Store`],
//! [`super::postgres::PgStore`]).
//!
//! In: an upload written to a temporary file in the audio directory. Out: the recording at
//! its final path, fsynced with its directory (so that a committed row never names a file a
//! crash lost), and its size in bytes; removal of a call's recording and its redacted copy.

use std::fs::File;
use std::path::Path;

use super::{io_err, redacted, StoreError};

/// Makes the upload at `upload` durable at `final_path` in directory `dir`: fsync the file,
/// rename it into place, fsync the directory. Returns its size in bytes.
pub(crate) fn make_durable(
    upload: &Path,
    final_path: &Path,
    dir: &Path,
) -> Result<i64, StoreError> {
    let file = File::open(upload).map_err(io_err(upload))?;
    file.sync_all().map_err(io_err(upload))?;
    let bytes = file.metadata().map_err(io_err(upload))?.len() as i64;
    drop(file);
    std::fs::rename(upload, final_path).map_err(io_err(final_path))?;
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))?;
    Ok(bytes)
}

/// Removes an upload that was not stored, wherever it got to (best effort).
pub(crate) fn discard(upload: &Path, final_path: &Path) {
    let _ = std::fs::remove_file(upload);
    let _ = std::fs::remove_file(final_path);
}

/// Removes a call's recording and its redacted copy; a file already gone is fine.
pub(crate) fn remove_recording(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(path)(e)),
    }
    redacted::remove_redacted_audio(path).map_err(io_err(path))?;
    Ok(())
}
