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

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value;

use super::StoreError;

/// The SQL condition on `calls` for "its transcript holds the phrase `?`" (an FTS5 query made
/// by [`fts_phrase`]).
pub const MATCHING_CALLS_SQL: &str =
    "id IN (SELECT call_id FROM turns_fts WHERE turns_fts MATCH ?)";

/// Longest snippet of a matching turn, in characters.
pub const SNIPPET_CHARS: usize = 160;

/// Longest phrase searched for, in characters.
pub const MAX_PHRASE_CHARS: usize = 200;

/// The first turn of a call that holds the phrase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The turn's text as transcribed, cut to [`SNIPPET_CHARS`].
    pub text: String,
    pub start_ms: i64,
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
            tokenize = 'unicode61 remove_diacritics 2')",
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

/// Replaces call `call_id`'s turns in the index with those of `report`.
pub(super) fn index_report(
    conn: &Connection,
    call_id: &str,
    report: &Value,
) -> Result<(), StoreError> {
    unindex(conn, call_id)?;
    let Some(turns) = report.get("turns").and_then(Value::as_array) else {
        return Ok(());
    };
    let mut stmt = conn.prepare(
        "INSERT INTO turns_fts (body, call_id, start_ms, role, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for turn in turns {
        let text = turn.get("text").and_then(Value::as_str).unwrap_or("");
        if text.trim().is_empty() {
            continue;
        }
        stmt.execute(params![
            fold(text),
            call_id,
            turn.get("start_ms").and_then(Value::as_i64).unwrap_or(0),
            turn.get("role").and_then(Value::as_str),
            text,
        ])?;
    }
    Ok(())
}

/// Removes call `call_id`'s turns from the index.
pub(super) fn unindex(conn: &Connection, call_id: &str) -> Result<(), StoreError> {
    conn.execute("DELETE FROM turns_fts WHERE call_id = ?1", [call_id])?;
    Ok(())
}

/// The first turn of call `call_id` (by time) that matches `fts_query`.
pub(super) fn first_hit(
    conn: &Connection,
    call_id: &str,
    fts_query: &str,
) -> Result<Option<SearchHit>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT text, start_ms, role FROM turns_fts
             WHERE turns_fts MATCH ?1 AND call_id = ?2 ORDER BY start_ms LIMIT 1",
            params![fts_query, call_id],
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

fn snippet(text: &str) -> String {
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

/// Text folded for search (see the module docs): the same for the index and the query.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for c in c.to_lowercase() {
            fold_char(c, &mut out);
        }
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    let plain = match c {
        // Combining marks: Latin and Greek accents (tonos U+0301, dialytika U+0308, …), Arabic
        // harakat, Quranic marks, superscript alef, tatweel, Hebrew niqqud and cantillation,
        // geresh and gershayim.
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'..='\u{05C2}'
        | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{05F3}'..='\u{05F4}' => return,
        // Hebrew maqaf, paseq, sof pasuq, nun hafukha: punctuation.
        '\u{05BE}' | '\u{05C0}' | '\u{05C3}' | '\u{05C6}' => ' ',
        // Arabic letter variants.
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        // Hebrew final letters.
        'ך' => 'כ',
        'ם' => 'מ',
        'ן' => 'נ',
        'ף' => 'פ',
        'ץ' => 'צ',
        // Greek: final sigma, and vowels with tonos or dialytika (lower case by now).
        'ς' => 'σ',
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        other => other,
    };
    out.push(plain);
}
