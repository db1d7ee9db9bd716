//! The PostgreSQL store: the [`CallStore`](super::CallStore) of a deployment on several
//! machines (API nodes and worker nodes on one database), next to the embedded SQLite
//! [`Store`](super::Store).
//!
//! SKELETON (lead): `PgStore` and the `CallStore` implementation are the store core's
//! (calls, queue with leases, reports, voices, enrolments, reviews, labels, calibrations,
//! migrations); the query functions ([`queries`], [`moments`], [`bands`], [`search`]) are
//! the queries' (lists, trends, strain, coach moments, bands, transcript search, and the
//! moment and search rows written with each report). Replace this paragraph.

pub mod bands;
#[cfg(test)]
mod explain;
pub mod moments;
pub mod queries;
#[cfg(test)]
mod query_tests;
mod rows;
pub mod search;
mod sql;
pub mod testing;

pub use rows::{call_from_row, CALL_COLUMNS};

/// The migrations, in order: (version, SQL). Applied each once, in a transaction of its
/// own, recorded in `schema_migrations`.
pub const MIGRATIONS: &[(i32, &str)] = &[
    (1, include_str!("migrations/0001_initial.sql")),
    (2, include_str!("migrations/0002_query_indexes.sql")),
];
