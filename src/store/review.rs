//! Reviewers' scorecards and reviews in the SQLite store.
//!
//! In: a scorecard's definition (JSON, made and checked by `crate::scorecard`; the store does
//! not read it) with its content hash, and a review of a call (verdict, answers JSON, points).
//! Out: the card's version ([`put_scorecard`]: the same (id, hash) keeps its version, a new
//! hash under the same id gets the next one), stored cards by (id, version), and the current
//! review of a call ([`ReviewRow`]), or its summary for lists ([`ReviewSummary`]).
//!
//! Tables: `scorecards (card_id, version, hash, definition, created_at_ms)`, one row per
//! version, never rewritten; `reviews (call_id PRIMARY KEY, card_id, card_version, verdict,
//! answers, total_points, max_points, score_pct, note, reviewer, reviewed_at_ms)`: one current
//! review per call, replaced by the next, deleted with the call. `score_pct` is
//! `total_points / max_points` × 100, what lists sort by and trends average.

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::Value;

use super::{now_ms, CallStatus, StoreError};

/// The review tables; [`migrate`] creates them where they are missing.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS scorecards (
    card_id        TEXT NOT NULL,
    version        INTEGER NOT NULL,
    hash           TEXT NOT NULL,
    definition     TEXT NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (card_id, version),
    UNIQUE (card_id, hash)
);
CREATE TABLE IF NOT EXISTS reviews (
    call_id        TEXT PRIMARY KEY,
    card_id        TEXT NOT NULL,
    card_version   INTEGER NOT NULL,
    verdict        TEXT NOT NULL,
    answers        TEXT NOT NULL,
    total_points   REAL NOT NULL,
    max_points     REAL NOT NULL,
    score_pct      REAL NOT NULL,
    note           TEXT,
    reviewer       TEXT NOT NULL,
    reviewed_at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_score ON reviews (score_pct);
";

/// The SQL expression of a call's review score (percentage), `NULL` when not reviewed:
/// what lists sort by and trends average (in a query over `calls`).
pub const REVIEW_SCORE_SQL: &str =
    "(SELECT score_pct FROM reviews WHERE reviews.call_id = calls.id)";

/// Creates the review tables where missing (part of the store's migration).
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(SCHEMA)?;
    Ok(())
}

/// One version of a scorecard as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredCard {
    /// The card's `id`.
    pub card_id: String,
    /// 1, 2, … per card id, in the order the contents were first seen.
    pub version: i64,
    /// The content hash that tells versions apart.
    pub hash: String,
    /// The card as JSON (`crate::scorecard::Scorecard::definition`).
    pub definition: Value,
    /// When this version was first stored.
    pub created_at_ms: i64,
}

/// A call's current review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewRow {
    /// The call reviewed.
    pub call_id: String,
    /// The card's `id`.
    pub card_id: String,
    /// The card version the review was made with (kept when the card changes).
    pub card_version: i64,
    /// `pass`, `fail` or `needs_coaching` (checked by the API).
    pub verdict: String,
    /// The scored answers, as the API made them.
    pub answers: Value,
    /// Points earned.
    pub total_points: f64,
    /// Points of the questions that apply.
    pub max_points: f64,
    /// `total_points / max_points` × 100.
    pub score_pct: f64,
    /// The reviewer's note.
    pub note: Option<String>,
    /// Who reviewed (their name, as they gave it).
    pub reviewer: String,
    /// When (Unix ms).
    pub reviewed_at_ms: i64,
}

/// What a list shows of a call's review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSummary {
    /// `pass`, `fail` or `needs_coaching`.
    pub verdict: String,
    /// The review's score, a percentage.
    pub score_pct: f64,
    /// Who reviewed.
    pub reviewer: String,
    /// When (Unix ms).
    pub reviewed_at_ms: i64,
}

/// The version of card `card_id` with content `hash`: the stored one, or a new one (the
/// highest so far + 1) holding `definition`. One write transaction, so two servers
/// registering the same card at once get the same version.
pub(super) fn put_scorecard(
    conn: &Connection,
    card_id: &str,
    hash: &str,
    definition: &Value,
) -> Result<i64, StoreError> {
    let text = serde_json::to_string(definition)?;
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let existing: Option<i64> = tx
        .query_row(
            "SELECT version FROM scorecards WHERE card_id = ?1 AND hash = ?2",
            params![card_id, hash],
            |r| r.get(0),
        )
        .optional()?;
    let version = match existing {
        Some(v) => v,
        None => {
            let next: i64 = tx.query_row(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM scorecards WHERE card_id = ?1",
                [card_id],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO scorecards (card_id, version, hash, definition, created_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![card_id, next, hash, text, now_ms()],
            )?;
            next
        }
    };
    tx.commit()?;
    Ok(version)
}

/// Version `version` of card `card_id`.
pub(super) fn scorecard(
    conn: &Connection,
    card_id: &str,
    version: i64,
) -> Result<Option<StoredCard>, StoreError> {
    let row = conn
        .query_row(
            "SELECT card_id, version, hash, definition, created_at_ms FROM scorecards
             WHERE card_id = ?1 AND version = ?2",
            params![card_id, version],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((card_id, version, hash, text, created_at_ms)) = row else {
        return Ok(None);
    };
    Ok(Some(StoredCard {
        card_id,
        version,
        hash,
        definition: serde_json::from_str(&text)?,
        created_at_ms,
    }))
}

/// Stores `review` as its call's current review (replacing any), if the call is analysed
/// (`succeeded`, with its report); false, writing nothing, otherwise.
pub(super) fn put_review(conn: &Connection, review: &ReviewRow) -> Result<bool, StoreError> {
    let answers = serde_json::to_string(&review.answers)?;
    let n = conn.execute(
        "INSERT OR REPLACE INTO reviews (call_id, card_id, card_version, verdict, answers,
            total_points, max_points, score_pct, note, reviewer, reviewed_at_ms)
         SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 FROM calls
         WHERE id = ?1 AND report IS NOT NULL AND status = ?12",
        params![
            review.call_id,
            review.card_id,
            review.card_version,
            review.verdict,
            answers,
            review.total_points,
            review.max_points,
            review.score_pct,
            review.note,
            review.reviewer,
            review.reviewed_at_ms,
            CallStatus::Succeeded,
        ],
    )?;
    Ok(n == 1)
}

/// The current review of call `call_id`.
pub(super) fn review(conn: &Connection, call_id: &str) -> Result<Option<ReviewRow>, StoreError> {
    let row = conn
        .query_row(
            "SELECT call_id, card_id, card_version, verdict, answers, total_points, max_points,
                score_pct, note, reviewer, reviewed_at_ms FROM reviews WHERE call_id = ?1",
            [call_id],
            |r| {
                Ok((
                    ReviewRow {
                        call_id: r.get(0)?,
                        card_id: r.get(1)?,
                        card_version: r.get(2)?,
                        verdict: r.get(3)?,
                        answers: Value::Null,
                        total_points: r.get(5)?,
                        max_points: r.get(6)?,
                        score_pct: r.get(7)?,
                        note: r.get(8)?,
                        reviewer: r.get(9)?,
                        reviewed_at_ms: r.get(10)?,
                    },
                    r.get::<_, String>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((mut review, answers)) = row else {
        return Ok(None);
    };
    review.answers = serde_json::from_str(&answers)?;
    Ok(Some(review))
}

/// The summary of call `call_id`'s review, for lists.
pub(super) fn summary(
    conn: &Connection,
    call_id: &str,
) -> Result<Option<ReviewSummary>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT verdict, score_pct, reviewer, reviewed_at_ms FROM reviews WHERE call_id = ?1",
            [call_id],
            |r| {
                Ok(ReviewSummary {
                    verdict: r.get(0)?,
                    score_pct: r.get(1)?,
                    reviewer: r.get(2)?,
                    reviewed_at_ms: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// Removes call `call_id`'s review (with the call).
pub(super) fn delete(conn: &Connection, call_id: &str) -> Result<(), StoreError> {
    conn.execute("DELETE FROM reviews WHERE call_id = ?1", [call_id])?;
    Ok(())
}
