//! Where the service's store lives, chosen once for every command that opens it (`serve`,
//! `worker`, `calibrate`): `--store sqlite` (the default: the database file in `--data-dir`,
//! for one machine) or `--store postgres://USER:PASSWORD@HOST:PORT/DATABASE` (one database
//! shared by an API node and worker nodes on several machines).
//!
//! In: the flag's text ([`StoreLocation`], parsed and checked before anything is opened, so
//! a mistyped URL is a usage error) and the data directory. Out: the opened store as the
//! [`CallStore`] the server and the workers use ([`open_store`]). The URL's password is never shown: [`PostgresUrl`]'s `Display` leaves it out.

use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use super::lease::LeaseSettings;
use super::postgres::PgStore;
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

/// Opens the store `location` names: SQLite in `data_dir` (created with its schema if
/// needed), or PostgreSQL (its migrations applied). Its claims are this node's as `leases`
/// says; with `webhook_outbox`, every outcome queues a webhook event in its own transaction
/// (every process that finishes calls needs it on when the deployment has a webhook).
pub fn open_store(
    location: &StoreLocation,
    data_dir: &Path,
    leases: LeaseSettings,
    webhook_outbox: bool,
) -> anyhow::Result<Arc<dyn CallStore>> {
    match location {
        StoreLocation::Sqlite => {
            let store = Store::open(data_dir).map_err(|e| {
                anyhow::anyhow!(
                    "opening the store in {} (--data-dir): {e}",
                    data_dir.display()
                )
            })?;
            store.set_webhook_outbox(webhook_outbox);
            Ok(Arc::new(store.with_leases(leases)))
        }
        StoreLocation::Postgres(url) => {
            // The error names the database by its redacted URL, never the password.
            let store = PgStore::open(url.as_str(), leases)
                .map_err(|e| anyhow::anyhow!("opening the store {url} (--store): {e}"))?;
            store.set_webhook_outbox(webhook_outbox);
            Ok(Arc::new(store))
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
    fn a_postgres_store_that_cannot_be_reached_is_an_error_without_the_password() {
        let dir = tempfile::tempdir().unwrap();
        // Port 1 on loopback: nothing listens there.
        let location: StoreLocation = "postgres://u:pw-secret@127.0.0.1:1/calltone"
            .parse()
            .unwrap();
        let message = match open_store(&location, dir.path(), LeaseSettings::default(), false) {
            Err(e) => format!("{e:#}"),
            Ok(_) => panic!("a store opened with nothing listening"),
        };
        assert!(message.contains("--store"), "{message}");
        assert!(!message.contains("pw-secret"), "{message}");
    }

    #[test]
    fn both_stores_open_by_their_location() {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = open_store(
            &StoreLocation::Sqlite,
            dir.path(),
            LeaseSettings::default(),
            false,
        )
        .unwrap();
        assert_eq!(sqlite.queue_depth().unwrap(), 0);
        assert!(dir.path().join("calltone.sqlite3").is_file());
        let url = super::super::postgres::testing::fresh_database_url();
        let location: StoreLocation = url.parse().unwrap();
        let postgres = open_store(&location, dir.path(), LeaseSettings::default(), true).unwrap();
        assert_eq!(postgres.queue_depth().unwrap(), 0);
        assert_eq!(postgres.webhook_counts().unwrap().pending, 0);
    }
}
