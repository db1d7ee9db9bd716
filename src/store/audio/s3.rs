//! The recordings in an S3-compatible bucket (`--audio-store s3://bucket/prefix`), shared by
//! every machine of the service, through the `object_store` crate.
//!
//! In: keys and local files. Out: objects `PREFIX/KEY` in the bucket, and local temporary
//! copies to read. Credentials, region and endpoint come from the usual variables
//! (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION`,
//! `AWS_ENDPOINT_URL` for an S3-compatible server, `AWS_ALLOW_HTTP=true` for one on plain
//! HTTP). Staging files and temporary copies live on this machine's disk
//! (`DATA_DIR/staging`).
//!
//! `object_store` is async: each request runs on a small runtime owned by this store, and the
//! calling thread waits for its answer on a channel, so the blocking methods may be called
//! from any thread that may block (worker threads, the server's blocking pool). A request
//! that does not get through is retried a few times within [`RETRY_TIMEOUT`], then fails
//! with [`AudioError::Remote`].

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::StreamExt;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::buffered::BufWriter;
use object_store::path::Path as ObjectPath;
use object_store::{ClientConfigKey, ObjectStore, ObjectStoreExt, RetryConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::local::{sweep_part_files, temporary_copy_path};
use super::{checked_key, io_err, is_valid_key, AudioError, AudioStore, LocalCopy, StoredAudio};

/// How long a request is retried before it fails (a bucket that cannot be reached answers
/// an upload with `503` after about this long, not minutes later).
pub const RETRY_TIMEOUT: Duration = Duration::from_secs(15);

/// How long connecting to the bucket may take, unless `AWS_CONNECT_TIMEOUT` says otherwise.
const CONNECT_TIMEOUT: &str = "5s";

/// Bytes read from a local file per write to the upload.
const CHUNK_BYTES: usize = 1 << 20;

/// Recordings as objects of a bucket, under a prefix.
pub struct S3Audio {
    store: Arc<dyn ObjectStore>,
    /// `s3://bucket/prefix`, as given.
    url: String,
    prefix: ObjectPath,
    staging: PathBuf,
    /// Runs the requests; shut down in the background when the store is dropped (dropping a
    /// runtime may not block on an async thread).
    runtime: Option<tokio::runtime::Runtime>,
}

impl std::fmt::Debug for S3Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Audio")
            .field("url", &self.url)
            .field("staging", &self.staging)
            .finish()
    }
}

impl Drop for S3Audio {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl S3Audio {
    /// The bucket and prefix of `url` (`s3://BUCKET[/PREFIX]`), with its staging files in
    /// `staging` (created if needed). Lists the prefix once, so that a bucket that cannot be
    /// reached (or refuses the credentials) is an error here, at start-up.
    pub fn open(url: &str, staging: &Path) -> Result<S3Audio, AudioError> {
        S3Audio::open_with(url, staging, &[])
    }

    /// [`S3Audio::open`] with `options` over the `AWS_*` variables: `object_store`'s S3
    /// settings by name (`aws_endpoint`, `aws_access_key_id`, `allow_http`, …).
    pub fn open_with(
        url: &str,
        staging: &Path,
        options: &[(&str, String)],
    ) -> Result<S3Audio, AudioError> {
        let invalid = || AudioError::InvalidLocation(url.to_string());
        let rest = url.strip_prefix("s3://").ok_or_else(invalid)?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(invalid());
        }
        let prefix = prefix.trim_matches('/');
        std::fs::create_dir_all(staging).map_err(io_err(staging))?;
        let remote = |message: String| AudioError::Remote {
            store: url.to_string(),
            key: prefix.to_string(),
            message,
        };
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .with_retry(RetryConfig {
                max_retries: 3,
                retry_timeout: RETRY_TIMEOUT,
                ..RetryConfig::default()
            });
        if std::env::var_os("AWS_CONNECT_TIMEOUT").is_none() {
            builder = builder.with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::ConnectTimeout),
                CONNECT_TIMEOUT,
            );
        }
        for (name, value) in options {
            let key: AmazonS3ConfigKey = name
                .parse()
                .map_err(|e| remote(format!("setting `{name}`: {e}")))?;
            builder = builder.with_config(key, value);
        }
        let store = builder.build().map_err(|e| remote(e.to_string()))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("calltone-audio-store")
            .enable_all()
            .build()
            .map_err(|e| remote(format!("cannot start its runtime: {e}")))?;
        let audio = S3Audio {
            store: Arc::new(store),
            url: url.to_string(),
            prefix: ObjectPath::from(prefix),
            staging: staging.to_path_buf(),
            runtime: Some(runtime),
        };
        // Reachable, and the credentials may list the prefix.
        let store = Arc::clone(&audio.store);
        let listed = audio.prefix.clone();
        audio
            .run(async move { store.list_with_delimiter(Some(&listed)).await })
            .map_err(|e| remote(format!("cannot list the bucket: {e}")))?;
        Ok(audio)
    }

    /// Runs `request` on the store's runtime and waits for its answer.
    fn run<T: Send + 'static>(&self, request: impl Future<Output = T> + Send + 'static) -> T {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.runtime
            .as_ref()
            .expect("the runtime lives as long as the store")
            .spawn(async move {
                let _ = tx.send(request.await);
            });
        rx.recv().expect("the request's task answers")
    }

    fn object(&self, key: &str) -> Result<ObjectPath, AudioError> {
        checked_key(key)?;
        Ok(self.prefix.clone().join(key))
    }

    fn remote(&self, key: &str, e: impl std::fmt::Display) -> AudioError {
        AudioError::Remote {
            store: self.url.clone(),
            key: key.to_string(),
            message: e.to_string(),
        }
    }
}

/// What can go wrong moving bytes between a local file and the bucket.
enum Transfer {
    Local(std::io::Error),
    Remote(object_store::Error),
    NotFound,
}

impl AudioStore for S3Audio {
    fn location(&self) -> String {
        self.url.clone()
    }

    /// `DATA_DIR/staging/NAME.part`.
    fn staging_path(&self, name: &str) -> PathBuf {
        self.staging.join(format!("{name}.part"))
    }

    /// Uploads the file (in parts when it is large) and removes it once the bucket has it.
    fn put_file(&self, key: &str, local: &Path) -> Result<u64, AudioError> {
        let object = self.object(key)?;
        let store = Arc::clone(&self.store);
        let path = local.to_path_buf();
        let uploaded = self.run(async move {
            let mut file = tokio::fs::File::open(&path)
                .await
                .map_err(Transfer::Local)?;
            let mut writer = BufWriter::new(store, object);
            let mut buf = vec![0u8; CHUNK_BYTES];
            let mut bytes = 0u64;
            loop {
                let n = match file.read(&mut buf).await {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) => {
                        let _ = writer.abort().await;
                        return Err(Transfer::Local(e));
                    }
                };
                bytes += n as u64;
                if let Err(e) = writer.write_all(&buf[..n]).await {
                    let _ = writer.abort().await;
                    return Err(Transfer::Remote(object_store::Error::Generic {
                        store: "S3",
                        source: Box::new(e),
                    }));
                }
            }
            writer.shutdown().await.map_err(|e| {
                Transfer::Remote(object_store::Error::Generic {
                    store: "S3",
                    source: Box::new(e),
                })
            })?;
            Ok(bytes)
        });
        match uploaded {
            Ok(bytes) => {
                // Stored: a staging file that will not go is swept at the next start.
                if let Err(e) = std::fs::remove_file(local) {
                    tracing::warn!("cannot remove {}: {e}", local.display());
                }
                Ok(bytes)
            }
            Err(Transfer::Local(e)) => Err(io_err(local)(e)),
            Err(Transfer::Remote(e)) => Err(self.remote(key, e)),
            Err(Transfer::NotFound) => Err(self.remote(key, "not found")),
        }
    }

    /// Downloads the object into a temporary file of the staging directory.
    fn fetch(&self, key: &str) -> Result<Option<LocalCopy>, AudioError> {
        let object = self.object(key)?;
        let copy = LocalCopy {
            path: temporary_copy_path(&self.staging, key),
            temporary: true,
        };
        let store = Arc::clone(&self.store);
        let path = copy.path.clone();
        let fetched = self.run(async move {
            let got = match store.get(&object).await {
                Ok(got) => got,
                Err(object_store::Error::NotFound { .. }) => return Err(Transfer::NotFound),
                Err(e) => return Err(Transfer::Remote(e)),
            };
            let mut file = tokio::fs::File::create(&path)
                .await
                .map_err(Transfer::Local)?;
            let mut stream = got.into_stream();
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(Transfer::Remote)?;
                file.write_all(&chunk).await.map_err(Transfer::Local)?;
            }
            file.flush().await.map_err(Transfer::Local)?;
            Ok(())
        });
        match fetched {
            Ok(()) => Ok(Some(copy)),
            Err(Transfer::NotFound) => Ok(None),
            Err(Transfer::Local(e)) => Err(io_err(&copy.path)(e)),
            Err(Transfer::Remote(e)) => Err(self.remote(key, e)),
        }
    }

    fn exists(&self, key: &str) -> Result<bool, AudioError> {
        let object = self.object(key)?;
        let store = Arc::clone(&self.store);
        match self.run(async move { store.head(&object).await }) {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(self.remote(key, e)),
        }
    }

    fn delete(&self, key: &str) -> Result<(), AudioError> {
        let object = self.object(key)?;
        let store = Arc::clone(&self.store);
        match self.run(async move { store.delete(&object).await }) {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(self.remote(key, e)),
        }
    }

    fn list(&self) -> Result<Vec<StoredAudio>, AudioError> {
        let store = Arc::clone(&self.store);
        let prefix = self.prefix.clone();
        let listed = self.run(async move {
            let mut out = Vec::new();
            let mut objects = store.list(Some(&prefix));
            while let Some(meta) = objects.next().await {
                let meta = meta?;
                // Only the objects right under the prefix are recordings.
                let key = match meta.location.prefix_match(&prefix) {
                    Some(mut parts) => match (parts.next(), parts.next()) {
                        (Some(name), None) => name.as_ref().to_string(),
                        _ => continue,
                    },
                    None => continue,
                };
                out.push((key, SystemTime::from(meta.last_modified)));
            }
            Ok::<_, object_store::Error>(out)
        });
        let mut out: Vec<StoredAudio> = listed
            .map_err(|e| self.remote("", e))?
            .into_iter()
            .filter(|(key, _)| is_valid_key(key))
            .map(|(key, modified)| StoredAudio { key, modified })
            .collect();
        out.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(out)
    }

    fn sweep_staging(&self, grace: Duration) -> Result<usize, AudioError> {
        sweep_part_files(&self.staging, grace)
    }
}
