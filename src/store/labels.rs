//! Reviewers' corrections (labels) and the versioned calibrations fitted from them.
//!
//! In: corrections of one turn's field of an analysed call ([`NewLabel`]: `smile`, `stress`
//! in [0, 1], `sentiment` in [-1, 1], `abusive` a boolean, `speaker` and `role` strings;
//! checked by the caller against the stored report), and calibration bodies (JSON).
//! Out: labels with their id, reviewer and time ([`Label`]), newest last; calibration
//! versions ([`CalibrationRow`]).
//!
//! Every label is kept for the audit and the export: a newer label of the same call, turn
//! and field supersedes the older ones only for fitting ([`LabelQuery::latest_only`]).
//! Deleting a call deletes its labels ([`CallStore::delete`]).
//!
//! Calibrations are numbered 1, 2, … by the store (the number is written into the body's
//! `version`); the current one is the newest not rolled back. Installing and rolling back
//! are one transaction each, in the database the workers share, so every worker (on this
//! machine or another) sees the change at its next claimed call.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::Value;

use super::{now_ms, StoreError};

/// The fields a label may correct.
pub const LABEL_FIELDS: [&str; 6] = ["smile", "stress", "sentiment", "abusive", "speaker", "role"];

/// Most labels one page of [`LabelQuery`] returns.
pub const MAX_LABEL_PAGE: usize = 1000;

/// The tables of labels and calibrations (created by [`super::Store::open`]).
pub(super) const LABELS_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT NOT NULL,
    turn_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    machine_value TEXT,
    raw_value TEXT,
    reviewer_value TEXT NOT NULL,
    language TEXT,
    reviewer TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS labels_call ON labels (call_id, turn_id, field, id);
CREATE INDEX IF NOT EXISTS labels_field ON labels (field, created_at_ms);
CREATE TABLE IF NOT EXISTS calibrations (
    version INTEGER PRIMARY KEY,
    created_at_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    rolled_back_at_ms INTEGER
);
";

/// A correction to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLabel {
    pub call_id: String,
    pub turn_id: i64,
    /// One of [`LABEL_FIELDS`].
    pub field: String,
    /// The value the report showed (`null` when it had none).
    pub machine_value: Value,
    /// The value before any calibration (what a calibration maps from); the shown value when
    /// the report was not calibrated.
    pub raw_value: Value,
    /// The reviewer's value.
    pub reviewer_value: Value,
    /// The turn's language, or the call's.
    pub language: Option<String>,
    pub reviewer: String,
}

/// A stored correction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub id: i64,
    pub call_id: String,
    pub turn_id: i64,
    pub field: String,
    pub machine_value: Value,
    pub raw_value: Value,
    pub reviewer_value: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub reviewer: String,
    /// Unix milliseconds (UTC).
    pub created_at_ms: i64,
}

/// Which labels to read, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelQuery {
    pub call_id: Option<String>,
    pub field: Option<String>,
    /// Made at or after (Unix ms).
    pub since_ms: Option<i64>,
    /// With an id above this (the last id of the previous page).
    pub after_id: Option<i64>,
    /// Only the newest label of each call, turn and field (what a fit uses).
    pub latest_only: bool,
    /// At most this many (`None`: all).
    pub limit: Option<usize>,
}

/// One installed calibration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalibrationRow {
    pub version: u32,
    pub created_at_ms: i64,
    /// When it was rolled back; `None` while it is installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rolled_back_at_ms: Option<i64>,
}

fn to_json(value: &Value) -> Result<String, StoreError> {
    Ok(serde_json::to_string(value)?)
}

fn from_json(text: Option<String>) -> Value {
    text.and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null)
}

/// Stores `labels` in one transaction; returns them as stored.
pub(super) fn add(conn: &Connection, labels: &[NewLabel]) -> Result<Vec<Label>, StoreError> {
    let tx = conn.unchecked_transaction()?;
    let now = now_ms();
    let mut out = Vec::with_capacity(labels.len());
    for l in labels {
        tx.execute(
            "INSERT INTO labels (call_id, turn_id, field, machine_value, raw_value,
                reviewer_value, language, reviewer, created_at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                l.call_id,
                l.turn_id,
                l.field,
                to_json(&l.machine_value)?,
                to_json(&l.raw_value)?,
                to_json(&l.reviewer_value)?,
                l.language,
                l.reviewer,
                now
            ],
        )?;
        out.push(Label {
            id: tx.last_insert_rowid(),
            call_id: l.call_id.clone(),
            turn_id: l.turn_id,
            field: l.field.clone(),
            machine_value: l.machine_value.clone(),
            raw_value: l.raw_value.clone(),
            reviewer_value: l.reviewer_value.clone(),
            language: l.language.clone(),
            reviewer: l.reviewer.clone(),
            created_at_ms: now,
        });
    }
    tx.commit()?;
    Ok(out)
}

/// The labels `q` asks for, by id (oldest first).
pub(super) fn query(conn: &Connection, q: &LabelQuery) -> Result<Vec<Label>, StoreError> {
    let mut sql = String::from(
        "SELECT id, call_id, turn_id, field, machine_value, raw_value, reviewer_value, language,
                reviewer, created_at_ms
         FROM labels l WHERE 1 = 1",
    );
    let mut args: Vec<SqlValue> = Vec::new();
    if let Some(call) = &q.call_id {
        args.push(SqlValue::Text(call.clone()));
        sql.push_str(&format!(" AND call_id = ?{}", args.len()));
    }
    if let Some(field) = &q.field {
        args.push(SqlValue::Text(field.clone()));
        sql.push_str(&format!(" AND field = ?{}", args.len()));
    }
    if let Some(since) = q.since_ms {
        args.push(SqlValue::Integer(since));
        sql.push_str(&format!(" AND created_at_ms >= ?{}", args.len()));
    }
    if let Some(after) = q.after_id {
        args.push(SqlValue::Integer(after));
        sql.push_str(&format!(" AND id > ?{}", args.len()));
    }
    if q.latest_only {
        sql.push_str(
            " AND id = (SELECT MAX(n.id) FROM labels n WHERE n.call_id = l.call_id
                        AND n.turn_id = l.turn_id AND n.field = l.field)",
        );
    }
    sql.push_str(" ORDER BY id");
    if let Some(limit) = q.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
        Ok(Label {
            id: r.get(0)?,
            call_id: r.get(1)?,
            turn_id: r.get(2)?,
            field: r.get(3)?,
            machine_value: from_json(r.get(4)?),
            raw_value: from_json(r.get(5)?),
            reviewer_value: from_json(r.get(6)?),
            language: r.get(7)?,
            reviewer: r.get(8)?,
            created_at_ms: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Installs `body` as the next version (its `version` set to it); returns the version.
pub(super) fn install(conn: &Connection, body: &Value) -> Result<u32, StoreError> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let last: Option<u32> =
        tx.query_row("SELECT MAX(version) FROM calibrations", [], |r| r.get(0))?;
    let version = last.unwrap_or(0) + 1;
    let mut body = body.clone();
    if let Some(object) = body.as_object_mut() {
        object.insert("version".into(), Value::from(version));
    }
    tx.execute(
        "INSERT INTO calibrations (version, created_at_ms, body) VALUES (?1, ?2, ?3)",
        params![version, now_ms(), to_json(&body)?],
    )?;
    tx.commit()?;
    Ok(version)
}

/// The version in force: the newest not rolled back.
pub(super) fn current_version(conn: &Connection) -> Result<Option<u32>, StoreError> {
    Ok(conn.query_row(
        "SELECT MAX(version) FROM calibrations WHERE rolled_back_at_ms IS NULL",
        [],
        |r| r.get(0),
    )?)
}

/// The calibration in force, with its version.
pub(super) fn current(conn: &Connection) -> Result<Option<(u32, Value)>, StoreError> {
    let row: Option<(u32, String)> = conn
        .query_row(
            "SELECT version, body FROM calibrations WHERE rolled_back_at_ms IS NULL
             ORDER BY version DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        Some((version, body)) => Ok(Some((version, serde_json::from_str(&body)?))),
        None => Ok(None),
    }
}

/// Rolls the current calibration back: the one before it (or none) is in force again.
/// Returns the version rolled back, `None` when none was installed.
pub(super) fn roll_back(conn: &Connection) -> Result<Option<u32>, StoreError> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let Some(version) = current_version(&tx)? else {
        return Ok(None);
    };
    tx.execute(
        "UPDATE calibrations SET rolled_back_at_ms = ?1 WHERE version = ?2",
        params![now_ms(), version],
    )?;
    tx.commit()?;
    Ok(Some(version))
}

/// Every calibration installed, newest first.
pub(super) fn history(conn: &Connection) -> Result<Vec<CalibrationRow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT version, created_at_ms, rolled_back_at_ms FROM calibrations
         ORDER BY version DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(CalibrationRow {
            version: r.get(0)?,
            created_at_ms: r.get(1)?,
            rolled_back_at_ms: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
