//! Where the service's store lives, chosen once for every command that opens it (`serve`,
//! `worker`, `calibrate`): `--store sqlite` (the default: the database file in `--data-dir`,
//! for one machine) or `--store postgres://USER:PASSWORD@HOST:PORT/DATABASE` (one database
//! shared by an API node and worker nodes on several machines).
//!
//! In: the flag's text ([`StoreLocation`], parsed and checked before anything is opened, so
//! a mistyped URL is a usage error) and the data directory. Out: the opened store as the
//! [`CallStore`] the server and the workers use ([`OpenedStore`]), with the concrete SQLite
//! [`Store`] beside it when that is the one, for what only it does (sweeping its audio
//! directory). The URL's password is never shown: [`PostgresUrl`]'s `Display` leaves it out.

use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use super::{CallStore, Store};

/// Where the calls, jobs and reports are kept (`--store`, `CALLTONE_STORE`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// The embedded SQLite file `calltone.sqlite3` in the data directory: one machine (its
    /// processes may share it; see README "Deployment on several machines").
    Sqlite,
    /// A PostgreSQL database shared by several machines.
    Postgres(PostgresUrl),
}

/// A checked `postgres://` (or `postgresql://`) URL: a host, an optional port and a
/// database name; user, password and `?key=value` parameters are passed on as they are.
#[derive(Clone, PartialEq, Eq)]
pub struct PostgresUrl {
    url: String,
    host: String,
    port: Option<u16>,
    database: String,
}

impl PostgresUrl {
    /// The URL as given, password included: for the driver only, never for a message.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// The server's host name or address (an IPv6 address without its brackets).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, when the URL names one (PostgreSQL's default is 5432).
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The database name.
    pub fn database(&self) -> &str {
        &self.database
    }
}

/// `postgres://HOST:PORT/DATABASE`, without the user, the password or the parameters.
impl fmt::Display for PostgresUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        match self.port {
            Some(port) => write!(f, "postgres://{host}:{port}/{}", self.database),
            None => write!(f, "postgres://{host}/{}", self.database),
        }
    }
}

/// As `Display`: a password must not reach a log through `{:?}` either.
impl fmt::Debug for PostgresUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PostgresUrl({self})")
    }
}

impl fmt::Display for StoreLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreLocation::Sqlite => f.write_str("sqlite"),
            StoreLocation::Postgres(url) => url.fmt(f),
        }
    }
}

/// Why a `--store` value is refused. The messages never repeat the password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreLocationError {
    #[error(
        "expected `sqlite` or a PostgreSQL URL `postgres://USER:PASSWORD@HOST:5432/DATABASE`, \
         got {0:?}"
    )]
    Unknown(String),
    #[error("the PostgreSQL URL {shown} {problem}")]
    BadUrl {
        shown: String,
        problem: &'static str,
    },
}

impl FromStr for StoreLocation {
    type Err = StoreLocationError;

    fn from_str(text: &str) -> Result<StoreLocation, StoreLocationError> {
        if text == "sqlite" {
            return Ok(StoreLocation::Sqlite);
        }
        let lower = text.to_ascii_lowercase();
        let rest = ["postgres://", "postgresql://"]
            .iter()
            .find(|scheme| lower.starts_with(*scheme))
            .map(|scheme| &text[scheme.len()..]);
        let Some(rest) = rest else {
            // Only the scheme is shown: whatever follows may hold a password.
            let shown = match text.split_once("://") {
                Some((scheme, _)) => format!("{scheme}://…"),
                None if text.chars().count() <= 40 && !text.contains('@') => text.to_string(),
                None => "…".to_string(),
            };
            return Err(StoreLocationError::Unknown(shown));
        };
        let bad = |problem: &'static str| StoreLocationError::BadUrl {
            shown: redacted(text),
            problem,
        };
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad(
                "has spaces or control characters (percent-encode them)",
            ));
        }
        // authority / database ? parameters
        let (authority, path) = match rest.split_once('/') {
            Some((authority, path)) => (authority, path),
            None => (rest, ""),
        };
        let database = path.split_once('?').map_or(path, |(db, _)| db);
        if database.is_empty() {
            return Err(bad("names no database (…@HOST:PORT/DATABASE)"));
        }
        if database.contains('/') {
            return Err(bad("has more than one path segment after the host"));
        }
        // The host is after the last `@` (a password may hold `@` only percent-encoded,
        // but be kind to one that does not).
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
        let (host, port) = if let Some(bracketed) = host_port.strip_prefix('[') {
            let Some((host, after)) = bracketed.split_once(']') else {
                return Err(bad("has an IPv6 host without its closing `]`"));
            };
            match after {
                "" => (host, None),
                _ => match after.strip_prefix(':') {
                    Some(port) => (host, Some(port)),
                    None => return Err(bad("has text after the IPv6 host's `]`")),
                },
            }
        } else {
            match host_port.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (host_port, None),
            }
        };
        if host.is_empty() {
            return Err(bad(
                "names no host (postgres://USER:PASSWORD@HOST:5432/DATABASE)",
            ));
        }
        let port = match port {
            None => None,
            Some(port) => match port.parse::<u16>() {
                Ok(port) if port > 0 => Some(port),
                _ => return Err(bad("has a port that is not a number from 1 to 65535")),
            },
        };
        Ok(StoreLocation::Postgres(PostgresUrl {
            url: text.to_string(),
            host: host.to_string(),
            port,
            database: database.to_string(),
        }))
    }
}

/// `text` with the user and password of its authority replaced by `…`.
fn redacted(text: &str) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        return "…".to_string();
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    match authority.rsplit_once('@') {
        Some((_, host)) => format!("{scheme}://…@{host}{tail}"),
        None => format!("{scheme}://{authority}{tail}"),
    }
}

/// A store opened for a process: what its handlers and workers use, and the SQLite store
/// itself when `--store sqlite` (`None` for PostgreSQL).
pub struct OpenedStore {
    /// The store, as the server and the workers see it.
    pub store: Arc<dyn CallStore>,
    /// The embedded store, for what only it does ([`Store::sweep_orphans`] on the data
    /// directory's audio files).
    pub sqlite: Option<Store>,
}

/// How a process opens the embedded store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intake {
    /// The process takes uploads and is the only one that does on this data directory: it
    /// removes the partial uploads a crash left ([`Store::open`]).
    Owner,
    /// A worker process beside an API process: it leaves partial uploads alone, as they
    /// may be the API's uploads in progress ([`Store::open_keeping_uploads`]).
    Shared,
}

/// Opens the store `location` names: SQLite in `data_dir` (created with its schema if
/// needed), or PostgreSQL.
pub fn open_store(
    location: &StoreLocation,
    data_dir: &Path,
    intake: Intake,
) -> anyhow::Result<OpenedStore> {
    match location {
        StoreLocation::Sqlite => {
            let store = match intake {
                Intake::Owner => Store::open(data_dir),
                Intake::Shared => Store::open_keeping_uploads(data_dir),
            }
            .map_err(|e| {
                anyhow::anyhow!(
                    "opening the store in {} (--data-dir): {e}",
                    data_dir.display()
                )
            })?;
            Ok(OpenedStore {
                store: Arc::new(store.clone()),
                sqlite: Some(store),
            })
        }
        StoreLocation::Postgres(url) => {
            // lead: wire PgStore::open(url) here, e.g.
            // `let store = super::postgres::PgStore::open(url.as_str())?;`
            // `Ok(OpenedStore { store: Arc::new(store), sqlite: None })`
            anyhow::bail!(
                "--store {url}: this build of calltone has no PostgreSQL store yet; use \
                 --store sqlite"
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(text: &str) -> PostgresUrl {
        match text.parse::<StoreLocation>() {
            Ok(StoreLocation::Postgres(url)) => url,
            other => panic!("{text}: {other:?}"),
        }
    }

    fn refused(text: &str) -> String {
        match text.parse::<StoreLocation>() {
            Err(e) => e.to_string(),
            Ok(location) => panic!("{text} was accepted as {location:?}"),
        }
    }

    #[test]
    fn sqlite_is_the_word_sqlite() {
        assert_eq!("sqlite".parse(), Ok(StoreLocation::Sqlite));
        assert!(refused("sqlite3").contains("expected `sqlite`"));
        assert!(refused("").contains("expected `sqlite`"));
    }

    #[test]
    fn a_postgres_url_is_split_into_host_port_and_database() {
        let url = pg("postgres://calltone:s3cret@db.internal:5433/calltone?sslmode=require");
        assert_eq!(
            (url.host(), url.port(), url.database()),
            ("db.internal", Some(5433), "calltone")
        );
        assert_eq!(
            url.as_str(),
            "postgres://calltone:s3cret@db.internal:5433/calltone?sslmode=require"
        );
        let url = pg("postgresql://db/calls");
        assert_eq!(
            (url.host(), url.port(), url.database()),
            ("db", None, "calls")
        );
        let url = pg("POSTGRES://u@[::1]:5432/calltone");
        assert_eq!((url.host(), url.port()), ("::1", Some(5432)));
        assert_eq!(url.to_string(), "postgres://[::1]:5432/calltone");
    }

    #[test]
    fn the_password_is_in_no_message_and_no_debug_output() {
        let url = pg("postgres://calltone:hunter2-pw@db:5432/calltone");
        assert!(!url.to_string().contains("hunter2"));
        assert!(!format!("{url:?}").contains("hunter2"));
        assert!(!StoreLocation::Postgres(url).to_string().contains("hunter2"));
        for bad in [
            "postgres://calltone:hunter2-pw@db:99999/calltone",
            "postgres://calltone:hunter2-pw@db:5432",
            "postgres://calltone:hunter2-pw@:5432/calltone",
            "postgres://calltone:hunter2 pw@db/calltone",
            "mysql://calltone:hunter2-pw@db/calltone",
            "calltone:hunter2-pw@db/calltone",
        ] {
            let message = refused(bad);
            assert!(!message.contains("hunter2"), "{bad}: {message}");
        }
    }

    #[test]
    fn a_broken_url_says_what_is_wrong_with_it() {
        assert!(refused("postgres://db:5432").contains("names no database"));
        assert!(refused("postgres://db:5432/").contains("names no database"));
        assert!(refused("postgres:///calltone").contains("names no host"));
        assert!(refused("postgres://db:port/calltone").contains("port"));
        assert!(refused("postgres://db:0/calltone").contains("port"));
        assert!(refused("postgres://db/a/b").contains("more than one path segment"));
        assert!(refused("postgres://[::1/calltone").contains("IPv6"));
        assert!(refused("postgres://db/cal tone").contains("spaces"));
        assert!(refused("mysql://db/calltone").contains("mysql://…"));
    }

    #[test]
    fn postgres_is_refused_until_this_build_has_its_store() {
        let dir = tempfile::tempdir().unwrap();
        let location: StoreLocation = "postgres://u:pw-secret@db/calltone".parse().unwrap();
        let message = match open_store(&location, dir.path(), Intake::Owner) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("a PostgreSQL store opened in a build without one"),
        };
        assert!(message.contains("no PostgreSQL store"), "{message}");
        assert!(!message.contains("pw-secret"), "{message}");
    }

    #[test]
    fn a_shared_sqlite_open_keeps_the_partial_uploads_an_owner_removes() {
        let dir = tempfile::tempdir().unwrap();
        open_store(&StoreLocation::Sqlite, dir.path(), Intake::Owner).unwrap();
        let part = dir.path().join("audio").join("0123456789abcdef.part");
        std::fs::write(&part, b"RIFF").unwrap();
        let opened = open_store(&StoreLocation::Sqlite, dir.path(), Intake::Shared).unwrap();
        assert!(opened.sqlite.is_some());
        assert!(
            part.exists(),
            "a worker's open removed an upload in progress"
        );
        open_store(&StoreLocation::Sqlite, dir.path(), Intake::Owner).unwrap();
        assert!(!part.exists(), "the intake's open left a crashed upload");
        assert_eq!(opened.store.queue_depth().unwrap(), 0);
    }
}
