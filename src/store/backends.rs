//! The store's behaviour tests on both backends: each test is a function over a
//! [`TestStore`], run once on the SQLite [`Store`] and once on the PostgreSQL [`PgStore`]
//! by [`on_both_stores!`] (a module per test with the tests `sqlite` and `postgres`).
//! PostgreSQL's run needs the throwaway cluster of [`super::postgres::testing`].

use std::time::Duration;

use super::lease::LeaseSettings;
use super::postgres::{testing, PgStore};
use super::{CallStore, NewCall, Store, StoreError, Value};

/// A store under test: the [`CallStore`] and what the tests need besides.
pub(crate) trait TestStore: CallStore {
    /// Inserts a finished call with `report` ([`Store::insert_report`]).
    fn insert_report(&self, id: &str, meta: &NewCall, report: &Value) -> Result<(), StoreError>;
    /// Another node on the same database, with its own lease settings
    /// (a second process of the deployment).
    fn node(&self, leases: LeaseSettings) -> Box<dyn TestStore>;
    /// Turns the webhook outbox on or off ([`Store::set_webhook_outbox`]).
    fn set_webhook_outbox(&self, on: bool);
    /// Sets call `id`'s recording key behind the store's back (a recording kept).
    fn set_audio_key(&self, id: &str, key: &str);
}

impl TestStore for Store {
    fn insert_report(&self, id: &str, meta: &NewCall, report: &Value) -> Result<(), StoreError> {
        Store::insert_report(self, id, meta, report)
    }
    fn node(&self, leases: LeaseSettings) -> Box<dyn TestStore> {
        let dir = self.db_path.parent().expect("data dir");
        Box::new(Store::open(dir).unwrap().with_leases(leases))
    }
    fn set_webhook_outbox(&self, on: bool) {
        Store::set_webhook_outbox(self, on)
    }
    fn set_audio_key(&self, id: &str, key: &str) {
        self.with_conn(|conn| {
            conn.execute(
                "UPDATE calls SET audio_path = ?2 WHERE id = ?1",
                rusqlite::params![id, key],
            )?;
            Ok(())
        })
        .unwrap();
    }
}

impl TestStore for PgStore {
    fn insert_report(&self, id: &str, meta: &NewCall, report: &Value) -> Result<(), StoreError> {
        PgStore::insert_report(self, id, meta, report)
    }
    fn node(&self, leases: LeaseSettings) -> Box<dyn TestStore> {
        Box::new(PgStore::open(&self.url, leases).unwrap())
    }
    fn set_webhook_outbox(&self, on: bool) {
        PgStore::set_webhook_outbox(self, on)
    }
    fn set_audio_key(&self, id: &str, key: &str) {
        self.with_client(|db| {
            db.execute(
                "UPDATE calls SET audio_key = $2 WHERE id = $1",
                &[&id, &key],
            )?;
            Ok(())
        })
        .unwrap();
    }
}

/// A fresh store of one backend, and the directory it lives in (removed when dropped).
pub(crate) struct Fresh {
    pub store: Box<dyn TestStore>,
    _dir: tempfile::TempDir,
}

/// Lease settings of a test node named `node`, with a lease of `lease`.
pub(crate) fn leases(node: &str, lease: Duration) -> LeaseSettings {
    LeaseSettings {
        node: node.into(),
        lease,
        ..LeaseSettings::default()
    }
}

/// A new SQLite store in a temporary directory.
pub(crate) fn sqlite() -> Fresh {
    let dir = tempfile::tempdir().unwrap();
    Fresh {
        store: Box::new(Store::open(dir.path()).unwrap()),
        _dir: dir,
    }
}

/// A new PostgreSQL store on a new database of the test cluster.
pub(crate) fn postgres() -> Fresh {
    let dir = tempfile::tempdir().unwrap();
    let url = testing::fresh_database_url();
    Fresh {
        store: Box::new(PgStore::open(&url, LeaseSettings::default()).unwrap()),
        _dir: dir,
    }
}

/// For each test function `name(store: &dyn TestStore)`, a module `name` with the tests
/// `sqlite` and `postgres`.
macro_rules! on_both_stores {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() {
                    super::$name(&*crate::store::backends::sqlite().store);
                }
                #[test]
                fn postgres() {
                    super::$name(&*crate::store::backends::postgres().store);
                }
            }
        )*
    };
}
pub(crate) use on_both_stores;
