//! Where the recordings' bytes live, apart from the rows that name them: a local directory
//! ([`LocalAudio`], the default: `DATA_DIR/audio`) or an S3-compatible bucket shared by
//! several machines ([`S3Audio`], `--audio-store s3://bucket/prefix`).
//!
//! In: a recording written to a local staging file ([`AudioStore::staging_path`]) and its
//! key. Out: the recording stored under its key ([`AudioStore::put_file`], durable when it
//! returns), a local file to read it from ([`AudioStore::fetch`]), whether it is there, its
//! removal, and the list of keys for the start-up sweep of orphans ([`sweep_orphans`]).
//!
//! Keys are plain names ([`is_valid_key`]): `<id>` for a call's recording, `<id>.enrol` for a
//! voice enrolment's, and `<key>.redacted.wav` for a call's redacted copy
//! ([`super::redacted::redacted_key`]). The rows ([`super::CallStore`]) hold the keys, never
//! paths, so that every machine finds the same recording.
//!
//! Order of writes: the bytes are stored before the row that names them is committed, and the
//! row is removed before its bytes ([`super::CallStore::delete`] returns the keys to remove);
//! a crash in between leaves bytes no row names, which [`sweep_orphans`] removes at start-up
//! once they are older than [`super::ORPHAN_GRACE`].
//!
//! The methods block (call them from worker threads or the server's blocking pool, never
//! from an async task); the S3 backend runs its requests on a small runtime of its own.

mod local;
mod s3;

pub use local::LocalAudio;
pub use s3::S3Audio;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use super::{is_valid_call_id, CallStore, StoreError, Sweep};

/// Why the audio store failed.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    /// A file operation on this machine's disk (the local store, or a staging file).
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The bucket refused the request or could not be reached.
    #[error("the audio store {store} failed on `{key}`: {message}")]
    Remote {
        store: String,
        key: String,
        message: String,
    },
    /// A key that is not a plain name ([`is_valid_key`]).
    #[error("`{0}` is not a recording's key")]
    InvalidKey(String),
    /// An `--audio-store` that names no store this build reaches.
    #[error("--audio-store `{0}`: expected s3://BUCKET[/PREFIX] or a local directory")]
    InvalidLocation(String),
}

impl AudioError {
    /// True when this machine's disk (or the user's quota) is full.
    pub fn is_disk_full(&self) -> bool {
        match self {
            AudioError::Io { source, .. } => super::is_disk_full_io(source),
            _ => false,
        }
    }

    /// True when the store is remote and did not answer as it should: a retry later may
    /// pass (the API answers `503`).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, AudioError::Remote { .. })
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> AudioError + '_ {
    move |source| AudioError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A key is a plain name: 1 to 200 ASCII letters, digits, `.`, `_` and `-`, not starting with
/// a dot and not ending in `.part` (the staging files' suffix). It can never climb out of a
/// directory or a bucket prefix.
pub fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 200
        && !key.starts_with('.')
        && !key.ends_with(".part")
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn checked_key(key: &str) -> Result<(), AudioError> {
    if is_valid_key(key) {
        Ok(())
    } else {
        Err(AudioError::InvalidKey(key.chars().take(64).collect()))
    }
}

/// One stored recording, as listed for the sweep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAudio {
    pub key: String,
    /// When it was last written.
    pub modified: SystemTime,
}

/// A recording as a file on this machine's disk, to read from. For a remote store it is a
/// temporary copy, removed when this is dropped; for the local store, the stored file itself.
#[derive(Debug)]
pub struct LocalCopy {
    path: PathBuf,
    temporary: bool,
}

impl LocalCopy {
    /// The file to read.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for LocalCopy {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Where the recordings' bytes live. Methods block; implementations are shared between
/// threads.
pub trait AudioStore: Send + Sync + std::fmt::Debug {
    /// Where the store is, for logs and errors: a directory, or `s3://bucket/prefix`.
    fn location(&self) -> String;
    /// A file on this machine's disk for a recording being received or written under
    /// `name` (a key, or a call id), before [`AudioStore::put_file`] stores it. Its name ends
    /// in `.part`; one left behind by a crash is removed by [`sweep_orphans`].
    fn staging_path(&self, name: &str) -> PathBuf;
    /// Stores the file at `local` (usually a staging file) under `key`, replacing any, and
    /// returns its size in bytes. Durable when it returns: the local store fsyncs the file,
    /// renames it into place and fsyncs the directory; a bucket has acknowledged the upload.
    /// The local file is gone afterwards (moved, or removed once uploaded); on an error it
    /// may remain, for the caller to remove.
    fn put_file(&self, key: &str, local: &Path) -> Result<u64, AudioError>;
    /// The recording stored under `key` as a local file to read; `None` when there is none.
    fn fetch(&self, key: &str) -> Result<Option<LocalCopy>, AudioError>;
    /// True when a recording is stored under `key`.
    fn exists(&self, key: &str) -> Result<bool, AudioError>;
    /// Removes the recording stored under `key`; one that is not there is no error.
    fn delete(&self, key: &str) -> Result<(), AudioError>;
    /// Every stored recording (keys that are not [`is_valid_key`] are left out).
    fn list(&self) -> Result<Vec<StoredAudio>, AudioError>;
    /// Removes this machine's staging files last modified more than `grace` ago (uploads
    /// and copies a crash left behind); how many.
    fn sweep_staging(&self, grace: std::time::Duration) -> Result<usize, AudioError>;
}

/// Opens the audio store `location` names: `s3://BUCKET[/PREFIX]` (credentials, region and
/// endpoint from the `AWS_*` variables, [`S3Audio::open`]), a local directory, or, when
/// `None`, the local directory `DATA_DIR/audio`. A bucket is asked for a listing at once, so
/// one that cannot be reached is a start-up error. Staging files of a bucket go to
/// `DATA_DIR/staging`.
pub fn open(location: Option<&str>, data_dir: &Path) -> Result<Arc<dyn AudioStore>, AudioError> {
    match location {
        Some(url) if url.starts_with("s3://") => {
            Ok(Arc::new(S3Audio::open(url, &data_dir.join("staging"))?))
        }
        Some(other) if other.contains("://") || other.is_empty() => {
            Err(AudioError::InvalidLocation(other.to_string()))
        }
        Some(dir) => Ok(Arc::new(LocalAudio::open(Path::new(dir))?)),
        None => Ok(Arc::new(LocalAudio::open(&data_dir.join("audio"))?)),
    }
}

/// The call id a stored key belongs to: `<id>` and `<id>.redacted.wav`. `None` for other
/// keys (enrolments, files of other names), which the sweep leaves alone.
fn call_of_key(key: &str) -> Option<&str> {
    let id = key.strip_suffix(".redacted.wav").unwrap_or(key);
    is_valid_call_id(id).then_some(id)
}

/// At start-up, after [`CallStore::recover`]: removes from `audio` the recordings of calls
/// that have no row (a crash between an upload's put and its row's commit, or between a
/// delete's row and its recording) and the staging files a crash left behind, when they were
/// last written more than `grace` ago (so that an upload in progress on another machine is
/// never taken for a leak). Keys that name no call (enrolments, other files) are left alone.
pub fn sweep_orphans(
    calls: &dyn CallStore,
    audio: &dyn AudioStore,
    grace: std::time::Duration,
) -> Result<Sweep, StoreError> {
    let mut sweep = Sweep {
        partial: audio.sweep_staging(grace)?,
        ..Sweep::default()
    };
    let now = SystemTime::now();
    for stored in audio.list()? {
        let Some(id) = call_of_key(&stored.key) else {
            continue;
        };
        let old = now
            .duration_since(stored.modified)
            .is_ok_and(|age| age > grace);
        if !old || calls.get(id)?.is_some() {
            continue;
        }
        audio.delete(&stored.key)?;
        sweep.recordings += 1;
    }
    Ok(sweep)
}

/// A name for a temporary copy that no other copy in flight has.
fn unique_name(key: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!(
        "{key}.{}-{}.fetch",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Test support (also for the integration tests): a real S3-compatible server.
pub mod s3_server;
#[cfg(test)]
mod tests;
