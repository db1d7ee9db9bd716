//! The PostgreSQL store: the [`CallStore`] of a deployment on several machines (API nodes
//! and worker nodes on one database), next to the embedded SQLite [`Store`](super::Store),
//! with the same behaviour.
//!
//! In: a database URL (`postgres://user:password@host:port/db`, libpq's key=value form also
//! works) and the node's lease settings
//! ([`LeaseSettings`]). Out: the [`CallStore`] trait over the tables of
//! [`MIGRATIONS`] (times Unix ms, scores in the report's scales, documents JSONB).
//!
//! - **Connections**: a small pool of synchronous clients ([`PgStore`] keeps up to
//!   [`MAX_IDLE`] idle ones, opens more on demand). Every method blocks: call it from worker
//!   threads or the async runtime's blocking pool, never on a runtime thread.
//! - **Migrations**: [`PgStore::open`] applies the files of [`MIGRATIONS`] it has not
//!   applied yet, in order, each in a transaction of its own, recorded in
//!   `schema_migrations`, under an advisory lock (`pg_advisory_xact_lock`), so that two
//!   processes opening one database at once apply each file once.
//! - **Queue**: intake takes an advisory lock around "count the queued calls, insert", so
//!   the queue limit holds under concurrent uploads on any number of API nodes (READ
//!   COMMITTED alone would let two transactions both count room for themselves). Claims
//!   take the first waiting call with `FOR UPDATE SKIP LOCKED` (workers on every node claim
//!   at once without waiting on each other, and no two get one call), record the node and
//!   the lease ([`super::lease`]); a claim also gives back calls whose lease has passed.
//!   `finish` and `fail` check the attempt, so a call's report is written once, by its
//!   current claim only.
//! - **Reports** are written with their score columns ([`ExtractedScores`]), their search
//!   rows ([`search::index_report`]) and their moments ([`moments::index_report`]) in one
//!   transaction.
//! - **Webhook outbox** (migration 3, SQL in `webhooks.rs`): with the outbox on
//!   ([`PgStore::set_webhook_outbox`]), `finish`, `fail` and every call given up write a
//!   [`crate::store::webhooks`] event in the outcome's transaction; deliverers on any node
//!   lease due events with `FOR UPDATE SKIP LOCKED`, so no two send one event at once.
//!
//! The query functions ([`queries`], [`moments`], [`bands`], [`search`]) answer the lists,
//! trends, strain, coach moments, score bands and transcript search.

pub mod bands;
#[cfg(test)]
mod explain;
mod labels;
pub mod moments;
pub mod queries;
#[cfg(test)]
mod query_tests;
mod reviews;
mod rows;
pub mod search;
mod sql;
mod store;
pub mod testing;
mod webhooks;

pub use rows::{call_from_row, CALL_COLUMNS};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use postgres::{Client, NoTls};

use super::lease::LeaseSettings;
use super::StoreError;

/// The migrations, in order: (version, SQL). Applied each once, in a transaction of its
/// own, recorded in `schema_migrations`.
pub const MIGRATIONS: &[(i32, &str)] = &[
    (1, include_str!("migrations/0001_initial.sql")),
    (2, include_str!("migrations/0002_query_indexes.sql")),
    (3, include_str!("migrations/0003_webhook_events.sql")),
    (4, include_str!("migrations/0004_agent_voices_heard.sql")),
    (5, include_str!("migrations/0005_speaker_voices.sql")),
];

/// Idle connections a [`PgStore`] keeps for reuse; past this, a returned connection is
/// closed.
pub const MAX_IDLE: usize = 16;

/// Advisory lock keys (one 64-bit namespace per database; "calltone" in ASCII, plus one):
/// the migrations, the queue's intake, calibrations' versions, scorecards' versions.
pub(crate) const MIGRATION_LOCK: i64 = 0x6361_6c6c_746f_6e65;
pub(crate) const QUEUE_LOCK: i64 = MIGRATION_LOCK + 1;
pub(crate) const CALIBRATION_LOCK: i64 = MIGRATION_LOCK + 2;
/// The first key of a scorecard's lock (`pg_advisory_xact_lock(int, int)` with the card id's
/// hash as the second key).
pub(crate) const SCORECARD_LOCK: i32 = 0x6361_6c6c;

/// The PostgreSQL store: a database (the recordings are in the audio store,
/// [`crate::store::audio`]). Cheap to clone (the clones share one pool of idle connections).
#[derive(Clone)]
pub struct PgStore {
    pub(crate) url: String,
    idle: Arc<Mutex<Vec<Client>>>,
    leases: LeaseSettings,
    /// Whether outcomes queue webhook events ([`PgStore::set_webhook_outbox`]).
    outbox: Arc<AtomicBool>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: it is not shown.
        f.debug_struct("PgStore")
            .field("leases", &self.leases)
            .finish_non_exhaustive()
    }
}

impl PgStore {
    /// Connects to the database at `url` and brings its schema up to date ([`MIGRATIONS`]).
    /// Claims are this node's
    /// as `leases` says ([`LeaseSettings::default`]: the host's name, a 60 s lease).
    pub fn open(url: &str, leases: LeaseSettings) -> Result<PgStore, StoreError> {
        let store = PgStore {
            url: url.to_string(),
            idle: Arc::new(Mutex::new(Vec::new())),
            leases,
            outbox: Arc::new(AtomicBool::new(false)),
        };
        let mut client = store.connect()?;
        migrate(&mut client)?;
        store.put_back(client);
        Ok(store)
    }

    /// This store's lease settings.
    pub fn leases(&self) -> &LeaseSettings {
        &self.leases
    }

    /// Turns the webhook outbox on or off (off at open; the clones share it), as
    /// [`crate::store::Store::set_webhook_outbox`]: when on, `finish`, `fail`, and every call
    /// given up (a claim past an expired lease, or `recover`, after `max_attempts`) queue a
    /// [`crate::store::webhooks`] event in the outcome's own transaction.
    pub fn set_webhook_outbox(&self, on: bool) {
        self.outbox.store(on, Ordering::SeqCst);
    }

    pub(crate) fn outbox_on(&self) -> bool {
        self.outbox.load(Ordering::SeqCst)
    }

    fn connect(&self) -> Result<Client, StoreError> {
        Ok(Client::connect(&self.url, NoTls)?)
    }

    fn put_back(&self, client: Client) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < MAX_IDLE && !client.is_closed() {
            idle.push(client);
        }
    }

    /// Runs `f` with an idle connection of the pool (a new one when none is idle), then
    /// puts the connection back unless it was closed (a server restart, a network failure).
    /// A transaction `f` left open was rolled back when its `Transaction` was dropped.
    pub(crate) fn with_client<T>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut client = match idle {
            Some(client) if !client.is_closed() => client,
            _ => self.connect()?,
        };
        let result = f(&mut client);
        self.put_back(client);
        result
    }
}

/// Applies the migrations `client`'s database lacks, each in its own transaction under the
/// migrations' advisory lock (a second process waits for the first, then finds the file
/// applied).
fn migrate(client: &mut Client) -> Result<(), StoreError> {
    for (version, sql) in MIGRATIONS {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version        INTEGER PRIMARY KEY,
                applied_at_ms  BIGINT NOT NULL
            )",
        )?;
        let applied = tx
            .query_opt(
                "SELECT 1 FROM schema_migrations WHERE version = $1",
                &[version],
            )?
            .is_some();
        if !applied {
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at_ms) VALUES ($1, $2)",
                &[version, &super::now_ms()],
            )?;
        }
        tx.commit()?;
    }
    Ok(())
}
