//! The audio store on both backends: a local directory, and a real S3-compatible server
//! (moto's, started once for this test binary: [`super::s3_server`]). The same checks run on
//! each: put, fetch, exists, delete, list, and the start-up sweep of orphans.

use std::fs::File;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::s3_server;
use super::*;
use crate::store::{new_call_id, NewCall, Store, ORPHAN_GRACE};

/// Sets a file's mtime `age` in the past.
fn age(path: &Path, age: Duration) {
    let file = File::options().append(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

/// Writes `bytes` to a staging file of `audio` and stores it under `key`.
fn put(audio: &dyn AudioStore, key: &str, bytes: &[u8]) -> u64 {
    let staging = audio.staging_path(key);
    std::fs::write(&staging, bytes).unwrap();
    let stored = audio.put_file(key, &staging).unwrap();
    assert!(!staging.exists(), "the staging file is moved or removed");
    stored
}

/// What every backend does alike.
fn behaves_as_an_audio_store(audio: &dyn AudioStore) {
    let id = new_call_id();
    assert_eq!(put(audio, &id, b"RIFF...."), 8);
    assert!(audio.exists(&id).unwrap());
    let copy = audio.fetch(&id).unwrap().expect("stored");
    assert_eq!(std::fs::read(copy.path()).unwrap(), b"RIFF....");
    drop(copy);
    // Replaced in place (the redacted copy and re-runs write the same key again).
    assert_eq!(put(audio, &id, b"RIFF....more"), 12);
    let copy = audio.fetch(&id).unwrap().unwrap();
    assert_eq!(std::fs::read(copy.path()).unwrap(), b"RIFF....more");
    drop(copy);
    // Other names: an enrolment, a redacted copy; an RTL or non-Latin name is no key.
    let enrol = format!("{id}.enrol");
    put(audio, &enrol, b"voice");
    let redacted = crate::store::redacted::redacted_key(&id);
    put(audio, &redacted, b"masked");
    let keys: Vec<String> = audio.list().unwrap().into_iter().map(|s| s.key).collect();
    assert_eq!(keys, [id.clone(), enrol.clone(), redacted.clone()]);
    for bad in ["", "../x", "a/b", ".hidden", "x.part", "שיחה", "κλήση"] {
        assert!(
            matches!(
                audio.put_file(bad, Path::new("/nonexistent")),
                Err(AudioError::InvalidKey(_))
            ),
            "{bad:?}"
        );
        assert!(matches!(audio.fetch(bad), Err(AudioError::InvalidKey(_))));
    }
    // Removed; removing again, or a key never stored, is no error.
    audio.delete(&id).unwrap();
    audio.delete(&id).unwrap();
    audio.delete(&new_call_id()).unwrap();
    assert!(!audio.exists(&id).unwrap());
    assert!(audio.fetch(&id).unwrap().is_none());
    let keys: Vec<String> = audio.list().unwrap().into_iter().map(|s| s.key).collect();
    assert_eq!(keys, [enrol, redacted]);
}

#[test]
fn the_local_store_puts_fetches_lists_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let audio = LocalAudio::open(&dir.path().join("audio")).unwrap();
    behaves_as_an_audio_store(&audio);
}

#[test]
fn the_local_store_renames_the_staging_file_into_place_and_fetches_the_file_itself() {
    let dir = tempfile::tempdir().unwrap();
    let audio = LocalAudio::open(&dir.path().join("audio")).unwrap();
    let id = new_call_id();
    let staging = audio.staging_path(&id);
    assert_eq!(
        staging.parent(),
        Some(audio.dir()),
        "same directory: an atomic rename"
    );
    std::fs::write(&staging, b"RIFF").unwrap();
    audio.put_file(&id, &staging).unwrap();
    assert_eq!(std::fs::read(audio.dir().join(&id)).unwrap(), b"RIFF");
    let copy = audio.fetch(&id).unwrap().unwrap();
    assert_eq!(copy.path(), audio.dir().join(&id));
    drop(copy);
    assert!(audio.dir().join(&id).exists(), "not a temporary copy");
}

#[test]
fn the_s3_store_puts_fetches_lists_and_deletes() {
    if s3_server::skipped("the_s3_store_puts_fetches_lists_and_deletes") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let audio = s3_server::s3_audio("calls/2026", &dir.path().join("staging"));
    behaves_as_an_audio_store(&audio);
    assert!(audio.location().ends_with("/calls/2026"));
}

#[test]
fn the_s3_store_fetches_into_a_temporary_copy_removed_after_use() {
    if s3_server::skipped("the_s3_store_fetches_into_a_temporary_copy_removed_after_use") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let staging = dir.path().join("staging");
    let audio = s3_server::s3_audio("", &staging);
    let id = new_call_id();
    // Larger than one part of a multipart upload's buffer.
    let bytes: Vec<u8> = (0..12 << 20).map(|i| (i % 251) as u8).collect();
    assert_eq!(put(&audio, &id, &bytes), bytes.len() as u64);
    let (first, second) = (
        audio.fetch(&id).unwrap().unwrap(),
        audio.fetch(&id).unwrap().unwrap(),
    );
    assert_ne!(
        first.path(),
        second.path(),
        "copies in flight do not share a file"
    );
    assert!(first.path().starts_with(&staging));
    assert_eq!(std::fs::read(first.path()).unwrap(), bytes);
    let path = first.path().to_path_buf();
    drop(first);
    assert!(!path.exists());
    drop(second);
    assert_eq!(std::fs::read_dir(&staging).unwrap().count(), 0);
    // Another prefix of the same bucket does not see it.
    let url = audio.location();
    let bucket = url.trim_start_matches("s3://").trim_end_matches('/');
    let other = s3_server::open(&format!("s3://{bucket}/other"), &staging).unwrap();
    assert!(other.list().unwrap().is_empty());
    assert!(!other.exists(&id).unwrap());
}

#[test]
fn a_bucket_that_cannot_be_reached_is_an_error_at_open() {
    let dir = tempfile::tempdir().unwrap();
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let options = [
        ("aws_endpoint", format!("http://127.0.0.1:{port}")),
        ("aws_access_key_id", "test".to_string()),
        ("aws_secret_access_key", "test".to_string()),
        ("aws_region", "us-east-1".to_string()),
        ("allow_http", "true".to_string()),
    ];
    let started = std::time::Instant::now();
    let err = S3Audio::open_with("s3://calls", &dir.path().join("staging"), &options).unwrap_err();
    assert!(err.is_unavailable(), "{err}");
    assert!(err.to_string().contains("s3://calls"), "{err}");
    assert!(started.elapsed() < s3::RETRY_TIMEOUT + Duration::from_secs(10));
    for bad in ["s3://", "ftp://host/x", ""] {
        assert!(
            matches!(
                open(Some(bad), dir.path()),
                Err(AudioError::InvalidLocation(_))
            ),
            "{bad}"
        );
    }
}

/// The sweep on `audio`: of the recordings stored more than an hour ago, the one whose call
/// has a row stays, the one without (a crash between the put and the commit) and the redacted
/// copy of a deleted call go; a recent one (an upload between its put and its commit), an
/// enrolment and other names stay.
fn sweeps_orphans(calls: &Store, audio: &dyn AudioStore, hour_ago: impl Fn(&str)) {
    let kept = new_call_id();
    put(audio, &kept, b"owned");
    calls
        .enqueue(&kept, &kept, &NewCall::default(), usize::MAX)
        .unwrap();
    let orphan = new_call_id();
    put(audio, &orphan, b"orphan");
    let orphan_redacted = crate::store::redacted::redacted_key(&new_call_id());
    put(audio, &orphan_redacted, b"masked");
    let enrol = format!("{}.enrol", new_call_id());
    put(audio, &enrol, b"voice");
    put(audio, "README", b"not a recording");
    for key in [&kept, &orphan, &orphan_redacted, &enrol, "README"] {
        hour_ago(key);
    }
    let recent = new_call_id();
    put(audio, &recent, b"recent");

    let sweep = sweep_orphans(calls, audio, ORPHAN_GRACE).unwrap();
    assert_eq!(sweep.recordings, 2);
    let keys: Vec<String> = audio.list().unwrap().into_iter().map(|s| s.key).collect();
    let mut expected = vec![kept, recent, enrol, "README".to_string()];
    expected.sort();
    assert_eq!(keys, expected);
    assert_eq!(
        sweep_orphans(calls, audio, ORPHAN_GRACE).unwrap(),
        Sweep::default()
    );
}

/// Reported: a `kill -9` between an upload's rename and its row's insert left `audio/ID`
/// with no row, and restarts never removed it.
#[test]
fn a_recording_left_without_a_row_by_a_crash_is_swept_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let calls = Store::open(dir.path()).unwrap();
    let audio = LocalAudio::open(&dir.path().join("audio")).unwrap();
    let hour = Duration::from_secs(3600);
    let stale_part = audio.staging_path(&new_call_id());
    std::fs::write(&stale_part, b"part").unwrap();
    age(&stale_part, hour);
    let recent_part = audio.staging_path(&new_call_id());
    std::fs::write(&recent_part, b"part").unwrap();
    sweeps_orphans(&calls, &audio, |key| age(&audio.dir().join(key), hour));
    assert!(!stale_part.exists() && recent_part.exists());
}

#[test]
fn a_recording_left_in_a_bucket_without_a_row_is_swept_at_start_up() {
    if s3_server::skipped("a_recording_left_in_a_bucket_without_a_row_is_swept_at_start_up") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let calls = Store::open(dir.path()).unwrap();
    let audio = s3_server::s3_audio("recordings", &dir.path().join("staging"));
    // A bucket's objects cannot be aged: the sweep's grace is measured against the clock,
    // so the test waits past a short one instead.
    let kept = new_call_id();
    put(&audio, &kept, b"owned");
    calls
        .enqueue(&kept, &kept, &NewCall::default(), usize::MAX)
        .unwrap();
    let orphan = new_call_id();
    put(&audio, &orphan, b"orphan");
    let enrol = format!("{}.enrol", new_call_id());
    put(&audio, &enrol, b"voice");
    let grace = Duration::from_secs(2);
    let sweep = sweep_orphans(&calls, &audio, grace).unwrap();
    assert_eq!(sweep.recordings, 0, "too recent");
    std::thread::sleep(grace + Duration::from_millis(1100));
    let sweep = sweep_orphans(&calls, &audio, grace).unwrap();
    assert_eq!(sweep.recordings, 1);
    let keys: Vec<String> = audio.list().unwrap().into_iter().map(|s| s.key).collect();
    let mut expected = vec![kept, enrol];
    expected.sort();
    assert_eq!(keys, expected);
}

/// Rows written before the audio store named their recordings by absolute path; after the
/// migration they name them by key, and the local store finds them where they were.
#[test]
fn old_rows_with_paths_are_migrated_to_keys_the_local_store_finds() {
    let dir = tempfile::tempdir().unwrap();
    let audio = LocalAudio::open(&dir.path().join("audio")).unwrap();
    let id = new_call_id();
    let enrolment = new_call_id();
    {
        let store = Store::open(dir.path()).unwrap();
        store
            .enqueue(&id, "placeholder", &NewCall::default(), usize::MAX)
            .unwrap();
        store
            .enqueue_enrolment(&enrolment, "placeholder", "ann", 0)
            .unwrap();
        let old_path = audio.dir().join(&id).to_string_lossy().into_owned();
        let old_enrol = audio
            .dir()
            .join(format!("{enrolment}.enrol"))
            .to_string_lossy()
            .into_owned();
        store
            .with_conn(|conn| {
                conn.execute("UPDATE calls SET audio_path = ?1", [&old_path])?;
                conn.execute("UPDATE voice_enrolments SET audio_path = ?1", [&old_enrol])?;
                Ok(())
            })
            .unwrap();
    }
    put(&audio, &id, b"RIFF old");
    let store = Store::open(dir.path()).unwrap();
    let row = store.get(&id).unwrap().unwrap();
    assert_eq!(row.audio_key.as_deref(), Some(id.as_str()));
    let copy = audio
        .fetch(row.audio_key.as_deref().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(std::fs::read(copy.path()).unwrap(), b"RIFF old");
    let enrolled = store.claim_enrolment().unwrap().unwrap();
    assert_eq!(enrolled.audio_key, Some(format!("{enrolment}.enrol")));
    // Opening again changes nothing.
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.get(&id).unwrap().unwrap().audio_key, row.audio_key);
}
