//! The recordings in a local directory (`DATA_DIR/audio` by default): one file per key,
//! staging files (`NAME.part`) next to them so that storing one is an atomic rename.
//!
//! In: keys and local files. Out: the files under the directory. Durability as before the
//! audio store existed: a stored file is fsynced, renamed into place and its directory fsynced
//! before [`AudioStore::put_file`] returns. (`object_store`'s `LocalFileSystem` does not
//! fsync, so it is not used here.)

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{
    checked_key, io_err, is_valid_key, unique_name, AudioError, AudioStore, LocalCopy, StoredAudio,
};

/// Recordings as files of one directory.
#[derive(Debug, Clone)]
pub struct LocalAudio {
    dir: PathBuf,
}

impl LocalAudio {
    /// The store in `dir`, created if needed.
    pub fn open(dir: &Path) -> Result<LocalAudio, AudioError> {
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
        Ok(LocalAudio {
            dir: dir.to_path_buf(),
        })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, key: &str) -> Result<PathBuf, AudioError> {
        checked_key(key)?;
        Ok(self.dir.join(key))
    }
}

impl AudioStore for LocalAudio {
    fn location(&self) -> String {
        self.dir.display().to_string()
    }

    /// `DIR/NAME.part`: in the same directory as the stored files, so that storing it is a
    /// rename.
    fn staging_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.part"))
    }

    /// fsync the file, rename it to `DIR/KEY`, fsync the directory.
    fn put_file(&self, key: &str, local: &Path) -> Result<u64, AudioError> {
        let target = self.path_of(key)?;
        let file = File::open(local).map_err(io_err(local))?;
        file.sync_all().map_err(io_err(local))?;
        let bytes = file.metadata().map_err(io_err(local))?.len();
        drop(file);
        std::fs::rename(local, &target).map_err(io_err(&target))?;
        File::open(&self.dir)
            .and_then(|d| d.sync_all())
            .map_err(io_err(&self.dir))?;
        Ok(bytes)
    }

    /// The stored file itself (not a copy).
    fn fetch(&self, key: &str) -> Result<Option<LocalCopy>, AudioError> {
        let path = self.path_of(key)?;
        match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => Ok(Some(LocalCopy {
                path,
                temporary: false,
            })),
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err(&path)(e)),
        }
    }

    fn exists(&self, key: &str) -> Result<bool, AudioError> {
        Ok(self.fetch(key)?.is_some())
    }

    fn delete(&self, key: &str) -> Result<(), AudioError> {
        let path = self.path_of(key)?;
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_err(&path)(e)),
        }
    }

    fn list(&self) -> Result<Vec<StoredAudio>, AudioError> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&self.dir).map_err(io_err(&self.dir))? {
            let entry = entry.map_err(io_err(&self.dir))?;
            let key = entry.file_name().to_string_lossy().into_owned();
            if !is_valid_key(&key) {
                continue;
            }
            let path = entry.path();
            let meta = match entry.metadata() {
                Ok(m) => m,
                // Removed since the listing was read.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(io_err(&path)(e)),
            };
            if !meta.is_file() {
                continue;
            }
            out.push(StoredAudio {
                key,
                modified: meta.modified().map_err(io_err(&path))?,
            });
        }
        out.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(out)
    }

    fn sweep_staging(&self, grace: std::time::Duration) -> Result<usize, AudioError> {
        sweep_part_files(&self.dir, grace)
    }
}

/// Removes the `*.part` files of `dir` last modified more than `grace` ago; how many.
pub(super) fn sweep_part_files(
    dir: &Path,
    grace: std::time::Duration,
) -> Result<usize, AudioError> {
    let now = SystemTime::now();
    let mut removed = 0;
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(io_err(dir)(e)),
    };
    for entry in entries {
        let entry = entry.map_err(io_err(dir))?;
        if !entry.file_name().to_string_lossy().ends_with(".part") {
            continue;
        }
        let path = entry.path();
        let Ok(modified) = entry.metadata().and_then(|m| m.modified()) else {
            continue;
        };
        if !now.duration_since(modified).is_ok_and(|age| age > grace) {
            continue;
        }
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(&path)(e)),
        }
    }
    Ok(removed)
}

/// A staging path for a temporary copy of `key` in `dir`, unique among those in flight.
pub(super) fn temporary_copy_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{}.part", unique_name(key)))
}
