//! Transcript search: a full-text index (SQLite FTS5) over the turns of the stored reports.
//!
//! In: a report as it is stored (its `turns`: `text`, `start_ms`, `role`), and a phrase from a
//! user. Out: the calls whose transcript holds the phrase (a filter of the call list:
//! [`MATCHING_CALLS_SQL`]) and, per call, the first matching turn ([`SearchHit`]: its text
//! and `start_ms`, to play from).
//!
//! Both the index and the phrase go through one [`fold`] before FTS5's `unicode61`
//! tokenizer sees them: lower case; combining marks removed (Latin accents, Arabic harakat
//! and tatweel, Hebrew niqqud and cantillation, Greek tonos and dialytika, precomposed or
//! not), Arabic alef, yeh, teh marbuta, hamza carriers unified, Hebrew final letters and Greek
//! final sigma folded to their plain forms. Folding first matters: `unicode61` treats some
//! combining marks (Hebrew niqqud, Arabic harakat) as separators and would split a word at
//! each mark. The phrase is quoted for FTS5 ([`fts_phrase`]), so quotes, `NEAR`, `AND`, `*`
//! or parentheses in it are words, never query syntax.
//!
//! The index is kept in step with the reports: written with a report (in the same
//! transaction), replaced when a report is replaced, removed with the call, and filled for
//! the reports already stored when the table is first created ([`migrate`]).
//!
//! Each call gets a number of its own (`search_calls.base`, an `INTEGER PRIMARY KEY`, which
//! a `VACUUM` keeps), and its turns the index rows `base × TURN_SLOTS + n` (n: the turn's
//! place by start time): replacing or removing a call's turns, and finding its first match,
//! are rowid ranges, not scans of the index (measured on 400,000 indexed turns: under 1 ms,
//! against 80–200 ms by `call_id`).

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value;

use crate::text::normalize::fold_any_language;

use super::StoreError;

/// The SQL condition on `calls` for "its transcript holds the phrase `?`" (an FTS5 query made
/// by [`fts_phrase`]).
pub const MATCHING_CALLS_SQL: &str =
    "id IN (SELECT call_id FROM turns_fts WHERE turns_fts MATCH ?)";

/// Longest snippet of a matching turn, in characters.
pub const SNIPPET_CHARS: usize = 160;

/// Longest phrase searched for, in characters.
pub const MAX_PHRASE_CHARS: usize = 200;

/// Index rows per call: turns past this many are not indexed (a two-hour call has about
/// 2,000).
const TURN_SLOTS: i64 = 100_000;

/// The first turn of a call that holds the phrase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The turn's text as transcribed, cut to [`SNIPPET_CHARS`].
    pub text: String,
    /// Where the turn starts on the call: play from here.
    pub start_ms: i64,
    /// Whose turn it is (`agent`, `customer`, …).
    pub role: Option<String>,
}

/// Creates the index if it is missing and fills it from the stored reports (once: a database
/// made before transcript search). `unicode61` with `remove_diacritics 2` also folds Latin
/// accents.
pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let exists: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'turns_fts'",
        [],
        |r| r.get(0),
    )?;
    if exists {
        return Ok(());
    }
    conn.execute_batch(
        "CREATE VIRTUAL TABLE turns_fts USING fts5(
            body, call_id UNINDEXED, start_ms UNINDEXED, role UNINDEXED, text UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2');
         DROP TABLE IF EXISTS search_calls;
         CREATE TABLE search_calls (
            base     INTEGER PRIMARY KEY,
            call_id  TEXT NOT NULL UNIQUE);",
    )?;
    let reports: Vec<(String, String)> = {
        let mut stmt = conn.prepare("SELECT id, report FROM calls WHERE report IS NOT NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (id, text) in reports {
        // A report this build cannot read is left out of the index, not a failed start.
        if let Ok(report) = serde_json::from_str::<Value>(&text) {
            index_report(conn, &id, &report)?;
        }
    }
    Ok(())
}

/// The number of call `call_id` in the index (`None`: none yet).
fn base_of(conn: &Connection, call_id: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT base FROM search_calls WHERE call_id = ?1",
            [call_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The index rows of the call numbered `base`, first and last.
fn rows_of(base: i64) -> (i64, i64) {
    (base * TURN_SLOTS, base * TURN_SLOTS + TURN_SLOTS - 1)
}

/// Replaces call `call_id`'s turns in the index with those of `report`.
pub(super) fn index_report(
    conn: &Connection,
    call_id: &str,
    report: &Value,
) -> Result<(), StoreError> {
    unindex(conn, call_id)?;
    let mut turns: Vec<(i64, &str, Option<&str>)> = report
        .get("turns")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| {
            let text = t.get("text").and_then(Value::as_str)?;
            let start_ms = t.get("start_ms").and_then(Value::as_i64).unwrap_or(0);
            let role = t.get("role").and_then(Value::as_str);
            (!text.trim().is_empty()).then_some((start_ms, text, role))
        })
        .collect();
    if turns.is_empty() {
        return Ok(());
    }
    turns.sort_by_key(|t| t.0);
    conn.execute("INSERT INTO search_calls (call_id) VALUES (?1)", [call_id])?;
    let (first, _) = rows_of(conn.last_insert_rowid());
    let mut stmt = conn.prepare(
        "INSERT INTO turns_fts (rowid, body, call_id, start_ms, role, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (n, (start_ms, text, role)) in turns.into_iter().take(TURN_SLOTS as usize).enumerate() {
        stmt.execute(params![
            first + n as i64,
            fold(text),
            call_id,
            start_ms,
            role,
            text
        ])?;
    }
    Ok(())
}

/// Removes call `call_id`'s turns from the index.
pub(super) fn unindex(conn: &Connection, call_id: &str) -> Result<(), StoreError> {
    if let Some(base) = base_of(conn, call_id)? {
        let (first, last) = rows_of(base);
        conn.execute(
            "DELETE FROM turns_fts WHERE rowid BETWEEN ?1 AND ?2",
            params![first, last],
        )?;
        conn.execute("DELETE FROM search_calls WHERE base = ?1", [base])?;
    }
    Ok(())
}

/// The first turn of call `call_id` (by time) that matches `fts_query`.
pub(super) fn first_hit(
    conn: &Connection,
    call_id: &str,
    fts_query: &str,
) -> Result<Option<SearchHit>, StoreError> {
    let Some(base) = base_of(conn, call_id)? else {
        return Ok(None);
    };
    let (first, last) = rows_of(base);
    Ok(conn
        .query_row(
            "SELECT text, start_ms, role FROM turns_fts
             WHERE turns_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid LIMIT 1",
            params![fts_query, first, last],
            |r| {
                let text: String = r.get(0)?;
                Ok(SearchHit {
                    text: snippet(&text),
                    start_ms: r.get(1)?,
                    role: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// `text` trimmed and cut to [`SNIPPET_CHARS`] (with `…` when cut): a hit's text in a list.
pub(super) fn snippet(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= SNIPPET_CHARS {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(SNIPPET_CHARS).collect::<String>())
    }
}

/// `phrase` as an FTS5 query matching it as a phrase: folded, then one double-quoted string
/// (a `"` inside doubled). `None` when it holds no letter or digit (nothing to search for).
pub fn fts_phrase(phrase: &str) -> Option<String> {
    let folded = fold(phrase);
    if !folded.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(format!("\"{}\"", folded.replace('"', "\"\"")))
}

/// Text folded for search (see the module docs): the same for the index and the query, and
/// the same letters as the sentiment lexicons fold ([`fold_any_language`]).
pub fn fold(text: &str) -> String {
    fold_any_language(text)
}
