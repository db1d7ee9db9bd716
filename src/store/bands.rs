//! Score bands: where one call's score sits among comparable calls, as low, medium or high.
//!
//! In: a [`BandQuery`] (the team, if any, and the window of start times in Unix milliseconds
//! UTC). Out: [`ScoreBands`], for each of [`SCORE_COLUMNS`] the terciles (`p33`, `p67`) of
//! that score over the succeeded calls that started in the window, and how many calls they
//! were taken from. A score below `p33` is low for those calls, above `p67` high, between
//! medium.
//!
//! The population is the team's calls when the team has at least [`MIN_TEAM_CALLS`] calls
//! with that score in the window; otherwise (no team asked, or too few of its calls scored)
//! all calls in the window, and the band says so (`population`). Each score falls back on
//! its own: a team may have enough customer-stress scores and too few agent-smile ones.
//!
//! The terciles are computed in SQL, interpolated linearly between the two nearest ranks
//! (the "R-7" rule of spreadsheets and NumPy's default): with the values sorted
//! `v[0] ≤ … ≤ v[n-1]`, the quantile `p` is `v[i] + f·(v[i+1] − v[i])` where `i + f = p·(n−1)`.

use std::collections::BTreeMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;
use serde::Serialize;

use super::{CallStatus, StoreError, SCORE_COLUMNS};

/// Fewest calls with a score the team must have in the window for its own terciles of that
/// score to be used; with fewer, a third of them is two or three calls, and all calls are
/// used instead.
pub const MIN_TEAM_CALLS: i64 = 10;

/// What [`score_bands`] is asked: succeeded calls that started in `[from_ms, to_ms)`, of
/// `team` when given.
#[derive(Debug, Clone, Default)]
pub struct BandQuery {
    pub team: Option<String>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
}

/// Which calls a band was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Population {
    /// The asked team's calls in the window.
    Team,
    /// All calls in the window (no team asked, or the team had too few scored calls).
    All,
}

/// The terciles of one score over a population of calls.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreBand {
    /// Below this, a call's score is low for this population; `None` without calls.
    pub p33: Option<f64>,
    /// Above this, high; `None` without calls.
    pub p67: Option<f64>,
    /// Calls with this score in the population.
    pub n: i64,
    /// Which calls: the team's, or all.
    pub population: Population,
    /// The team's calls with this score in the window, when a team was asked (also when
    /// they were too few and all calls were used).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_n: Option<i64>,
}

/// One [`ScoreBand`] per score column, by column name (`stress_customer`, …).
pub type ScoreBands = BTreeMap<String, ScoreBand>;

/// The count and the terciles of `column` over the succeeded calls in the window, of
/// `team` when given. `column` is one of [`SCORE_COLUMNS`] (checked: anything else is
/// refused, so it is safe in SQL).
fn terciles(
    conn: &Connection,
    column: &str,
    team: Option<&str>,
    q: &BandQuery,
) -> Result<(i64, Option<f64>, Option<f64>), StoreError> {
    assert!(
        SCORE_COLUMNS.contains(&column),
        "{column} is not a score column"
    );
    let mut filters = vec!["status = ?".to_string(), format!("{column} IS NOT NULL")];
    let mut args: Vec<SqlValue> = vec![SqlValue::Text(CallStatus::Succeeded.as_str().into())];
    if let Some(from) = q.from_ms {
        filters.push("started_at_ms >= ?".into());
        args.push(SqlValue::Integer(from));
    }
    if let Some(to) = q.to_ms {
        filters.push("started_at_ms < ?".into());
        args.push(SqlValue::Integer(to));
    }
    if let Some(team) = team {
        filters.push("team = ?".into());
        args.push(SqlValue::Text(team.into()));
    }
    // r: each value with its rank i (0-based) and the count n; then per quantile p the
    // position p·(n−1) split into its whole part lo and fraction f, and the interpolated
    // value summed from the (at most) two rows at lo and lo + 1.
    let sql = format!(
        "WITH r AS (
             SELECT {column} AS v,
                    ROW_NUMBER() OVER (ORDER BY {column}) - 1 AS i,
                    COUNT(*) OVER () AS n
             FROM calls WHERE {}
         ),
         q AS (
             SELECT v, i, n,
                    (n - 1) / 3.0 AS a, CAST((n - 1) / 3.0 AS INTEGER) AS a_lo,
                    2 * (n - 1) / 3.0 AS b, CAST(2 * (n - 1) / 3.0 AS INTEGER) AS b_lo
             FROM r
         )
         SELECT COUNT(*),
                SUM(CASE WHEN i = a_lo THEN v * (1 - (a - a_lo))
                         WHEN i = a_lo + 1 THEN v * (a - a_lo) END),
                SUM(CASE WHEN i = b_lo THEN v * (1 - (b - b_lo))
                         WHEN i = b_lo + 1 THEN v * (b - b_lo) END)
         FROM q",
        filters.join(" AND ")
    );
    // Not rounded: a call whose score is a tercile must compare equal to it (the scores
    // themselves are f32 values widened to f64).
    let (n, p33, p67) = conn.query_row(&sql, rusqlite::params_from_iter(args), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, Option<f64>>(1)?,
            r.get::<_, Option<f64>>(2)?,
        ))
    })?;
    Ok((n, p33, p67))
}

/// The bands of every score column for `q` (see the module docs for the population).
pub fn score_bands(conn: &Connection, q: &BandQuery) -> Result<ScoreBands, StoreError> {
    bands_from(q, |column, team| terciles(conn, column, team, q))
}

/// The count and terciles of one score column's values (`n`, `p33`, `p67`).
pub type Terciles = (i64, Option<f64>, Option<f64>);

/// The bands of every score column for `q` from `terciles(column, team)` (a store's query
/// of one column over the team's calls, or all calls with `None`): the team's bands when it
/// has [`MIN_TEAM_CALLS`] with that score, else everyone's. Shared by both stores.
pub fn bands_from(
    q: &BandQuery,
    mut terciles: impl FnMut(&str, Option<&str>) -> Result<Terciles, StoreError>,
) -> Result<ScoreBands, StoreError> {
    let mut out = ScoreBands::new();
    for column in SCORE_COLUMNS {
        let team = match q.team.as_deref() {
            Some(team) => Some(terciles(column, Some(team))?),
            None => None,
        };
        let band = match team {
            Some((n, p33, p67)) if n >= MIN_TEAM_CALLS => ScoreBand {
                p33,
                p67,
                n,
                population: Population::Team,
                team_n: Some(n),
            },
            _ => {
                let (n, p33, p67) = terciles(column, None)?;
                ScoreBand {
                    p33,
                    p67,
                    n,
                    population: Population::All,
                    team_n: team.map(|t| t.0),
                }
            }
        };
        out.insert(column.to_string(), band);
    }
    Ok(out)
}
