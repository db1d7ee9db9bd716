//! Score bands on PostgreSQL ([`crate::store::bands`] on SQLite): the terciles of each
//! per-call score over the team's (or all) succeeded calls in a window.
//!
//! In: a [`BandQuery`]. Out: [`ScoreBands`], the same population rule (the team's calls when
//! it has at least [`MIN_TEAM_CALLS`] with that score, else all) and the same interpolation
//! between the two nearest ranks ("R-7"), computed in SQL with the same arithmetic as the
//! SQLite store's, so that a call whose score is a tercile compares equal to it on either.

use postgres::GenericClient;

use super::sql::Filter;
use crate::store::bands::{bands_from, BandQuery, ScoreBands, Terciles};
use crate::store::{CallStatus, StoreError, SCORE_COLUMNS};

/// The count and the terciles of `column` over the succeeded calls in the window, of `team`
/// when given. `column` is one of [`SCORE_COLUMNS`] (checked: anything else is refused, so it
/// is safe in SQL).
fn terciles(
    db: &mut impl GenericClient,
    column: &str,
    team: Option<&str>,
    q: &BandQuery,
) -> Result<Terciles, StoreError> {
    assert!(
        SCORE_COLUMNS.contains(&column),
        "{column} is not a score column"
    );
    let mut filter = Filter::default();
    filter.status_is("", CallStatus::Succeeded);
    filter.push(format!("{column} IS NOT NULL"));
    filter.started_within("", q.from_ms, q.to_ms);
    filter.text_eq("team", &team.map(str::to_string));
    // r: each value with its rank i (0-based) and the count n; then per quantile p the
    // position p·(n−1) split into its whole part lo and fraction f, and the interpolated
    // value summed from the (at most) two rows at lo and lo + 1.
    let sql = format!(
        "WITH r AS (
             SELECT {column} AS v,
                    ROW_NUMBER() OVER (ORDER BY {column}) - 1 AS i,
                    COUNT(*) OVER () AS n
             FROM calls {}
         ),
         q AS (
             SELECT v, i, n,
                    (n - 1) / 3.0::DOUBLE PRECISION AS a,
                    trunc((n - 1) / 3.0::DOUBLE PRECISION) AS a_lo,
                    2 * (n - 1) / 3.0::DOUBLE PRECISION AS b,
                    trunc(2 * (n - 1) / 3.0::DOUBLE PRECISION) AS b_lo
             FROM r
         )
         SELECT COUNT(*),
                SUM(CASE WHEN i = a_lo THEN v * (1 - (a - a_lo))
                         WHEN i = a_lo + 1 THEN v * (a - a_lo) END),
                SUM(CASE WHEN i = b_lo THEN v * (1 - (b - b_lo))
                         WHEN i = b_lo + 1 THEN v * (b - b_lo) END)
         FROM q",
        filter.where_clause()
    );
    let row = db.query_one(&sql, &filter.params())?;
    Ok((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?))
}

/// Terciles of each per-call score ([`crate::store::bands::score_bands`]).
pub fn score_bands(db: &mut impl GenericClient, q: &BandQuery) -> Result<ScoreBands, StoreError> {
    bands_from(q, |column, team| terciles(db, column, team, q))
}
