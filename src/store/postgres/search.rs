//! Transcript search on PostgreSQL ([`crate::store::search`] on SQLite): the `call_turns` rows
//! of each stored report, a `tsvector` over each turn's words, and the phrase condition of
//! the call list.
//!
//! In: a report as it is stored (its `turns`: `text`, `start_ms`, `role`), and a phrase from a
//! user. Out: the calls whose transcript holds the phrase (`matching_calls`, a condition
//! of [`super::queries::list`]) and, per call, the first matching turn (`first_hits`: a
//! [`SearchHit`], its text and `start_ms`, to play from).
//!
//! Both a turn and a phrase become [`words`]: folded by [`crate::store::search::fold`] (the
//! SQLite index's fold: lower case, combining marks removed, Arabic, Hebrew and Greek letter
//! variants unified), Latin letters' accents dropped (`café` is `cafe`, as FTS5's
//! `remove_diacritics` reads it on SQLite), then split in Rust at every character that is not a letter or a digit
//! and joined by single spaces. That string is the column `folded`; the generated column
//! `tsv` is `to_tsvector('simple', folded)` (no stemming, no stop words: every language
//! alike), searched with `tsv @@ phraseto_tsquery('simple', $n)`, the phrase's words always a
//! bound parameter: quotes, `&`, `|`, `!`, `<->` or `:*` in it are separators, never tsquery
//! syntax. The same words in the same order match, as FTS5 phrases do on SQLite.
//!
//! Locale: splitting in Rust means PostgreSQL's parser only sees words of letters and
//! digits, so what matches does not hang on the database's `LC_CTYPE` for Arabic, Hebrew or
//! Greek: under a UTF-8 locale (`C.UTF-8`, `en_US.UTF-8`, …, the recommended setting for a
//! production database) the parser reads their letters as letters; under `C` it reads every
//! non-ASCII character as a letter, which gives the same words here (checked by the tests on
//! a `C` database). Digits of other scripts (Arabic-Indic `٣`) are letters under `C` but not
//! under glibc's UTF-8 locales, where a phrase of them finds nothing.
//!
//! The list collects the calls of a phrase's matching turns through the GIN index first
//! (`matching_call_ids`, up to [`MATCHES_COLLECTED`] turns) and pages over their ids;
//! a phrase held by more turns is looked for call by call, newest first, which then ends
//! early (the plans, and why: `docs/postgres.md`).
//!
//! Rows: `call_turns (call_id, n, start_ms, role, text, folded, tsv)`, `n` the turn's place
//! by start time; at most [`MAX_TURNS`] per call. The GIN index on `tsv` finds the
//! matching turns; the primary key `(call_id, n)` replaces a call's rows and orders its hits.

use std::collections::HashMap;

use postgres::GenericClient;
use serde_json::Value;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::store::search::{fold, snippet, SearchHit};
use crate::store::StoreError;

/// Turns indexed per call (a two-hour call has about 2,000), as on SQLite.
pub const MAX_TURNS: usize = 100_000;

/// Most bytes of one turn's words indexed: PostgreSQL refuses a `tsvector` over 1 MB (about
/// 5 to 10 bytes per distinct word and position over the words' own), and storing a report
/// must not fail on an absurdly long turn (an hour of speech is ~50 KB of words).
pub const MAX_TURN_WORDS_BYTES: usize = 128 * 1024;

/// `text` as the words the index holds and the phrase is matched by: [`fold`]ed, split at
/// every character that is neither a letter nor a digit, joined by one space. `None` when it
/// holds no letter or digit (nothing to search for).
pub fn words(text: &str) -> Option<String> {
    let folded = without_latin_accents(&fold(text));
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// `text` with its precomposed Latin letters (Latin-1 Supplement to Latin Extended-B, Latin
/// Extended Additional) in their base letter, their accents dropped (`é` → `e`, `ñ` → `n`,
/// `ṣ` → `s`), as SQLite's FTS5 tokenizer does (`remove_diacritics`); [`fold`] drops only
/// accents written as combining marks. Other scripts are left as they are.
fn without_latin_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            });
        } else {
            out.push(c);
        }
    }
    out
}

/// The SQL condition on `calls` for "its transcript holds the words of parameter `param`"
/// (a `$n` bound to [`words`] of the phrase).
pub(crate) fn matching_calls(param: &str) -> String {
    format!(
        "id IN (SELECT call_id FROM call_turns \
         WHERE tsv @@ phraseto_tsquery('simple', {param}))"
    )
}

/// Most matching turns `matching_call_ids` collects: a phrase held by more turns is common
/// enough that the newest calls hold it, and the list walks them instead.
pub const MATCHES_COLLECTED: i64 = 5_000;

/// The calls whose turns hold `words` (from [`words`]), when at most [`MATCHES_COLLECTED`]
/// turns hold them (through the GIN index: the cost grows with the turns holding every
/// word, not with the calls stored); `None` when more do.
///
/// Why: PostgreSQL estimates a phrase as its words in any order, so for a phrase of common
/// words that are rarely side by side it walks the calls newest first looking for it, and
/// for a phrase nobody said walks them all (a second on 100,000 calls, `docs/postgres.md`).
/// Collected first, the list's condition is this set of ids, and the walk is left for
/// phrases so common that it ends early.
pub(crate) fn matching_call_ids(
    db: &mut impl GenericClient,
    words: &str,
) -> Result<Option<Vec<String>>, StoreError> {
    let rows = db.query(
        "SELECT call_id FROM call_turns WHERE tsv @@ phraseto_tsquery('simple', $1) LIMIT $2",
        &[&words, &(MATCHES_COLLECTED + 1)],
    )?;
    if rows.len() as i64 > MATCHES_COLLECTED {
        return Ok(None);
    }
    let mut ids = rows
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<Vec<String>, _>>()?;
    ids.sort_unstable();
    ids.dedup();
    Ok(Some(ids))
}

/// Replaces call `call_id`'s rows of `call_turns` with the turns of `report` (called in
/// the transaction that stores the report).
pub fn index_report(
    db: &mut impl GenericClient,
    call_id: &str,
    report: &Value,
) -> Result<(), StoreError> {
    db.execute("DELETE FROM call_turns WHERE call_id = $1", &[&call_id])?;
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
    turns.truncate(MAX_TURNS);
    let n: Vec<i32> = (0..turns.len() as i32).collect();
    let start_ms: Vec<i64> = turns.iter().map(|t| t.0).collect();
    let role: Vec<Option<&str>> = turns.iter().map(|t| t.2).collect();
    let text: Vec<&str> = turns.iter().map(|t| t.1).collect();
    let folded: Vec<String> = turns
        .iter()
        .map(|t| {
            let mut words = words(t.1).unwrap_or_default();
            if words.len() > MAX_TURN_WORDS_BYTES {
                // At the last whole word that fits (a space is one byte, on a char boundary).
                let mut end = MAX_TURN_WORDS_BYTES + 1;
                while !words.is_char_boundary(end) {
                    end -= 1;
                }
                let cut = words[..end].rfind(' ').unwrap_or(0);
                words.truncate(cut);
            }
            words
        })
        .collect();
    // One statement for all the turns of the call.
    db.execute(
        "INSERT INTO call_turns (call_id, n, start_ms, role, text, folded)
         SELECT $1, * FROM UNNEST($2::INTEGER[], $3::BIGINT[], $4::TEXT[], $5::TEXT[], $6::TEXT[])",
        &[&call_id, &n, &start_ms, &role, &text, &folded],
    )?;
    Ok(())
}

/// The first turn (by time) of each of `call_ids` that holds `words` (from [`words`]), by
/// call id; calls without a match are absent.
pub(crate) fn first_hits(
    db: &mut impl GenericClient,
    call_ids: &[String],
    words: &str,
) -> Result<HashMap<String, SearchHit>, StoreError> {
    let rows = db.query(
        "SELECT DISTINCT ON (call_id) call_id, text, start_ms, role FROM call_turns
         WHERE call_id = ANY($1) AND tsv @@ phraseto_tsquery('simple', $2)
         ORDER BY call_id, n",
        &[&call_ids, &words],
    )?;
    let mut hits = HashMap::new();
    for row in rows {
        let text: String = row.try_get(1)?;
        hits.insert(
            row.try_get(0)?,
            SearchHit {
                text: snippet(&text),
                start_ms: row.try_get(2)?,
                role: row.try_get(3)?,
            },
        );
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn latin_accents_are_dropped_and_other_scripts_kept() {
        assert_eq!(
            words("Café CRÈME, Ṣabāḥ ñandú!").as_deref(),
            Some("cafe creme sabah nandu")
        );
        // The same with the accents written as combining marks.
        assert_eq!(
            words("Cafe\u{301} cre\u{300}me").as_deref(),
            Some("cafe creme")
        );
        assert_eq!(
            words("אֲנִי רוֹצֶה، أُرِيدُ; Θέλω").as_deref(),
            Some("אני רוצה اريد θελω")
        );
        assert_eq!(words(" ,.!"), None);
    }
}
