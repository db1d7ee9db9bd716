//! The call list, trends and agent strain on PostgreSQL: the same answers as
//! [`crate::store::query`] gives on SQLite, from the same [`ListQuery`], [`TrendQuery`] and
//! [`StrainQuery`] (times in Unix milliseconds UTC; periods are UTC days and ISO weeks from
//! Monday, `YYYY-MM-DD`).
//!
//! In: a query validated by the HTTP layer. Out: a [`Page`] of calls with the same cursor
//! tokens ([`crate::store::query::Cursor`]), each with its review summary and, when searched
//! by transcript, its first matching turn; or [`TrendBucket`]s; or the strain buckets and
//! agents.
//!
//! Every filter, sort and cursor is answered by the database: keyset pagination on
//! `(sort column, id)` (a row comparison on the two columns that are never NULL, so the
//! newest-first list and its next pages are index scans of `calls_received` and of the
//! per-agent, per-team and per-status indexes of migration 2), score columns sorted `NULLS
//! LAST` either way as on SQLite (highest first off each score's index of migration 2), groups ordered by code point (`COLLATE "C"`, SQLite's
//! binary order) whatever the database's collation. The plans of the hot queries on 100,000
//! calls are in `docs/postgres.md`.

use std::collections::{BTreeMap, HashMap};

use postgres::GenericClient;

use super::search;
use super::sql::{Filter, Statement};
use super::{call_from_row, CALL_COLUMNS};
use crate::store::query::{
    round4, strain_agents, AgentStrain, Cursor, GroupBy, ListQuery, Metric, Page, Period, SortKey,
    StrainBucket, StrainQuery, TrendBucket, TrendQuery, MAX_PAGE_SIZE,
};
use crate::store::review::{ReviewSummary, REVIEW_SCORE_SQL};
use crate::store::{CallStatus, StoreError};

/// The UTC day a call started, as days since 1970-01-01 (whole seconds first, as SQLite's
/// `unixepoch`): a number to group and sort by, formatted only per bucket ([`DATE_SQL`]).
const DAY_SQL: &str = "floor((started_at_ms / 1000) / 86400.0::DOUBLE PRECISION)";
/// The Monday of the ISO week (UTC) a call started, as days since 1970-01-01 (a Thursday:
/// the Monday before it is day −3).
const WEEK_SQL: &str =
    "7 * floor((floor((started_at_ms / 1000) / 86400.0::DOUBLE PRECISION) + 3) / 7) - 3";

/// The day `k` (days since 1970-01-01) as `YYYY-MM-DD`.
const DATE_SQL: &str = "to_char(to_timestamp(k * 86400) AT TIME ZONE 'UTC', 'YYYY-MM-DD')";

/// What a list is ordered by, in SQL.
struct Order {
    /// The column or expression.
    expr: &'static str,
    /// A BIGINT column that is never NULL (`started_at_ms`, `received_at_ms`); else a
    /// DOUBLE PRECISION that may be NULL (scores, the review score).
    time: bool,
}

impl Order {
    fn of(key: SortKey) -> Order {
        match key {
            SortKey::StartedAt => Order {
                expr: "started_at_ms",
                time: true,
            },
            SortKey::ReceivedAt => Order {
                expr: "received_at_ms",
                time: true,
            },
            SortKey::Score(column) => Order {
                expr: column,
                time: false,
            },
            SortKey::ReviewScore => Order {
                expr: REVIEW_SCORE_SQL,
                time: false,
            },
        }
    }
}

/// The list's statement for `q` (its `LIMIT` one past the page, to tell whether another
/// follows), and the searched words; `None` when `q.text` holds nothing to search for (no
/// call matches). `matching`: the calls that hold the searched phrase, when collected
/// ([`search::matching_call_ids`]); else the condition is the index search itself.
pub(crate) fn list_statement(
    q: &ListQuery,
    matching: Option<Vec<String>>,
) -> Option<(Statement, Option<String>)> {
    let mut filter = Filter::default();
    filter.text_eq("agent_id", &q.agent_id);
    filter.text_eq("team", &q.team);
    filter.text_eq("language", &q.language);
    if let Some(status) = q.status {
        filter.status_is("", status);
    }
    filter.text_eq("external_id", &q.external_id);
    filter.started_within("", q.from_ms, q.to_ms);
    if let Some(abusive) = q.abusive {
        let p = filter.arg(abusive);
        filter.push(format!("abusive = {p}"));
    }
    if let Some(reviewed) = q.reviewed {
        let not = if reviewed { "" } else { "NOT " };
        filter.push(format!(
            "{not}EXISTS (SELECT 1 FROM reviews WHERE reviews.call_id = calls.id)"
        ));
    }
    let words = match &q.text {
        Some(text) => Some(search::words(text)?),
        None => None,
    };
    match (&words, matching) {
        (Some(_), Some(ids)) => {
            let p = filter.arg(ids);
            filter.push(format!("id = ANY({p})"));
        }
        (Some(words), None) => {
            let p = filter.arg(words.clone());
            filter.push(search::matching_calls(&p));
        }
        (None, _) => {}
    }
    for bound in &q.scores {
        // `bound.column` is one of SCORE_COLUMNS (a static name, never user text).
        if let Some(min) = bound.min {
            let p = filter.arg(min);
            filter.push(format!("{} >= {p}", bound.column));
        }
        if let Some(max) = bound.max {
            let p = filter.arg(max);
            filter.push(format!("{} <= {p}", bound.column));
        }
    }

    // Keyset pagination over (sort value, id), NULL sort values last in either direction.
    let order = Order::of(q.sort);
    let column = order.expr;
    let (cmp, dir) = if q.descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(cursor) = &q.cursor {
        let after = cursor_condition(&mut filter, &order, cmp, q.descending, cursor);
        filter.push(after);
    }
    let nulls = if order.time { "" } else { " NULLS LAST" };
    let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
    let sql = format!(
        "SELECT {CALL_COLUMNS}, {column} FROM calls {}
         ORDER BY {column} {dir}{nulls}, id {dir} LIMIT {}",
        filter.where_clause(),
        limit + 1
    );
    Some((Statement { sql, filter }, words))
}

/// The condition "after `cursor`" in the list's order (`cmp`: `<` descending, `>`
/// ascending).
fn cursor_condition(
    filter: &mut Filter,
    order: &Order,
    cmp: &str,
    descending: bool,
    cursor: &Cursor,
) -> String {
    let column = order.expr;
    match cursor.value {
        // A row comparison: an index on (column, id) starts right after the cursor.
        Some(v) if order.time && v.fract() == 0.0 => {
            let p = filter.arg(v as i64);
            let id = filter.arg(cursor.id.clone());
            format!("({column}, id) {cmp} ({p}, {id})")
        }
        // Not a time this store wrote: no row holds it, the rows past it are those past
        // its whole part (ascending: up to it) whatever their id.
        Some(v) if order.time => {
            let whole = if descending { v.floor() } else { v.ceil() };
            let p = filter.arg(whole as i64);
            let or_eq = if descending { "<=" } else { ">=" };
            format!("{column} {or_eq} {p}")
        }
        Some(v) => {
            let p = filter.arg(v);
            let id = filter.arg(cursor.id.clone());
            format!(
                "({column} {cmp} {p} OR ({column} = {p} AND id {cmp} {id}) OR {column} IS NULL)"
            )
        }
        None => {
            let id = filter.arg(cursor.id.clone());
            format!("({column} IS NULL AND id {cmp} {id})")
        }
    }
}

/// One page of calls matching `q` ([`crate::store::query::list`]).
pub fn list(db: &mut impl GenericClient, q: &ListQuery) -> Result<Page, StoreError> {
    list_searching(db, q, true)
}

/// [`list`], with the calls matching a searched phrase collected first when
/// `collect_matches` (and when few enough turns hold it); else searched for call by call.
/// The same page either way.
pub(crate) fn list_searching(
    db: &mut impl GenericClient,
    q: &ListQuery,
    collect_matches: bool,
) -> Result<Page, StoreError> {
    let matching = match q.text.as_deref().map(search::words) {
        Some(Some(words)) if collect_matches => search::matching_call_ids(db, &words)?,
        _ => None,
    };
    let Some((statement, words)) = list_statement(q, matching) else {
        return Ok(Page {
            calls: Vec::new(),
            next_cursor: None,
        });
    };
    let time = Order::of(q.sort).time;
    let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
    let rows = db.query(&statement.sql, &statement.filter.params())?;
    let more = rows.len() > limit;
    let mut calls = Vec::with_capacity(limit);
    let mut last_value: Option<f64> = None;
    // The sort value follows the call's columns.
    let sort_index = CALL_COLUMNS.split(',').count();
    for row in rows.iter().take(limit) {
        last_value = if time {
            Some(row.try_get::<_, i64>(sort_index)? as f64)
        } else {
            row.try_get::<_, Option<f64>>(sort_index)?
        };
        calls.push(call_from_row(row)?);
    }
    let ids: Vec<String> = calls.iter().map(|c| c.id.clone()).collect();
    let mut reviews = review_summaries(db, &ids)?;
    let mut hits = match &words {
        Some(words) if !ids.is_empty() => search::first_hits(db, &ids, words)?,
        _ => HashMap::new(),
    };
    for call in &mut calls {
        call.review = reviews.remove(&call.id);
        call.search_hit = hits.remove(&call.id);
    }
    Ok(Page::new(calls, more, last_value))
}

/// The review summaries of the calls `ids` that have a review, by call id.
fn review_summaries(
    db: &mut impl GenericClient,
    ids: &[String],
) -> Result<HashMap<String, ReviewSummary>, StoreError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = db.query(
        "SELECT call_id, verdict, score_pct, reviewer, reviewed_at_ms FROM reviews
         WHERE call_id = ANY($1)",
        &[&ids],
    )?;
    let mut out = HashMap::with_capacity(rows.len());
    for row in rows {
        out.insert(
            row.try_get(0)?,
            ReviewSummary {
                verdict: row.try_get(1)?,
                score_pct: row.try_get(2)?,
                reviewer: row.try_get(3)?,
                reviewed_at_ms: row.try_get(4)?,
            },
        );
    }
    Ok(out)
}

/// The trend's statement for `q`: per period and group, the calls counted, the value, and
/// the calls marked abusive.
pub(crate) fn trends_statement(q: &TrendQuery) -> Statement {
    let period = match q.period {
        Period::Day => DAY_SQL,
        Period::Week => WEEK_SQL,
    };
    // Groups in code point order, NULL first, as SQLite orders them.
    let group = match q.group_by {
        GroupBy::Team => "team COLLATE \"C\"",
        GroupBy::Agent => "agent_id COLLATE \"C\"",
        GroupBy::All => "NULL::TEXT",
    };
    let mut from = "calls";
    let mut filter = Filter::default();
    filter.status_is("", CallStatus::Succeeded);
    let value = match q.metric {
        Metric::Mean(column) => {
            filter.push(format!("{column} IS NOT NULL"));
            format!("AVG({column})")
        }
        Metric::Abusive => {
            filter.push("abusive IS NOT NULL");
            "AVG(abusive::INTEGER)".to_string()
        }
        Metric::Calls => "COUNT(*)".to_string(),
        Metric::ReviewScore => {
            from = "calls JOIN reviews ON reviews.call_id = calls.id";
            "AVG(reviews.score_pct)".to_string()
        }
    };
    filter.started_within("", q.from_ms, q.to_ms);
    filter.text_eq("team", &q.team);
    filter.text_eq("agent_id", &q.agent_id);
    // Grouped by the day number, formatted once per bucket.
    let sql = format!(
        "SELECT {DATE_SQL}, g, n, v, a FROM (
             SELECT {period} AS k, {group} AS g, COUNT(*) AS n,
                    CAST({value} AS DOUBLE PRECISION) AS v, SUM(abusive::INTEGER) AS a
             FROM {from} {} GROUP BY k, g
         ) AS buckets ORDER BY k, g NULLS FIRST",
        filter.where_clause()
    );
    Statement { sql, filter }
}

/// A metric per period and group ([`crate::store::query::trends`]).
pub fn trends(db: &mut impl GenericClient, q: &TrendQuery) -> Result<Vec<TrendBucket>, StoreError> {
    let statement = trends_statement(q);
    let rows = db.query(&statement.sql, &statement.filter.params())?;
    rows.iter()
        .map(|r| {
            Ok(TrendBucket {
                period: r.try_get(0)?,
                group: r.try_get(1)?,
                calls: r.try_get(2)?,
                value: r.try_get::<_, Option<f64>>(3)?.unwrap_or(0.0),
                count: if q.metric == Metric::Abusive {
                    r.try_get::<_, Option<i64>>(4)?
                } else {
                    None
                },
            })
        })
        .collect()
}

/// The conditions of [`agent_strain`]: succeeded calls with an agent, in the window.
fn strain_filter(q: &StrainQuery) -> Filter {
    let mut filter = Filter::default();
    filter.status_is("", CallStatus::Succeeded);
    filter.push("agent_id IS NOT NULL");
    filter.started_within("", q.from_ms, q.to_ms);
    filter.text_eq("team", &q.team);
    filter.text_eq("agent_id", &q.agent_id);
    filter
}

/// Agents' strain ([`crate::store::query::agent_strain`]): the baselines (each agent's
/// median stress over the window) and the weekly buckets computed in SQL, the runs and
/// flags by the SQLite store's own rules.
pub fn agent_strain(
    db: &mut impl GenericClient,
    q: &StrainQuery,
) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError> {
    let filter = strain_filter(q);
    let rows = db.query(
        &format!(
            "SELECT agent_id,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY stress_agent),
                    COUNT(*)
             FROM calls {} AND stress_agent IS NOT NULL GROUP BY agent_id",
            filter.where_clause()
        ),
        &filter.params(),
    )?;
    let mut baselines: BTreeMap<String, (f64, i64)> = BTreeMap::new();
    for row in rows {
        let median: f64 = row.try_get(1)?;
        baselines.insert(row.try_get(0)?, (round4(median), row.try_get(2)?));
    }

    let sql = format!(
        "SELECT g, {DATE_SQL}, n, stress, stress_n, abusive_turns, with_abuse, shouting,
                assessed, profile, population, call, unknown
         FROM (
             SELECT agent_id AS g, {WEEK_SQL} AS k, COUNT(*) AS n, AVG(stress_agent) AS stress,
                    COUNT(stress_agent) AS stress_n,
                    COALESCE(SUM(abusive_turns_customer), 0) AS abusive_turns,
                    COUNT(*) FILTER (WHERE abusive_turns_customer > 0) AS with_abuse,
                    COALESCE(SUM(shouting_turns_customer), 0) AS shouting,
                    COUNT(abusive_turns_customer) AS assessed,
                    COUNT(stress_agent) FILTER (WHERE tone_reference_agent = 'profile') AS profile,
                    COUNT(stress_agent) FILTER (WHERE tone_reference_agent = 'population')
                        AS population,
                    COUNT(stress_agent) FILTER (WHERE tone_reference_agent = 'call') AS call,
                    COUNT(stress_agent) FILTER (WHERE tone_reference_agent IS NULL) AS unknown
             FROM calls {} GROUP BY g, k
         ) AS weeks ORDER BY g COLLATE \"C\", k",
        filter.where_clause()
    );
    let rows = db.query(&sql, &filter.params())?;
    let mut buckets = Vec::with_capacity(rows.len());
    for r in rows {
        let agent: String = r.try_get(0)?;
        let stress: Option<f64> = r.try_get::<_, Option<f64>>(3)?.map(round4);
        let mut tone_reference = BTreeMap::new();
        for (i, name) in ["profile", "population", "call", "unknown"]
            .iter()
            .enumerate()
        {
            let n: i64 = r.try_get(9 + i)?;
            if n > 0 {
                tone_reference.insert(name.to_string(), n);
            }
        }
        let baseline = baselines.get(&agent).map(|b| b.0);
        buckets.push(StrainBucket {
            period: r.try_get(1)?,
            calls: r.try_get(2)?,
            value: stress.zip(baseline).map(|(s, b)| round4(s - b)),
            stress,
            stress_calls: r.try_get(4)?,
            abusive_turns: r.try_get(5)?,
            calls_with_abuse: r.try_get(6)?,
            shouting_turns: r.try_get(7)?,
            abuse_assessed_calls: r.try_get(8)?,
            tone_reference,
            group: agent,
        });
    }
    let agents = strain_agents(&buckets, &baselines);
    Ok((buckets, agents))
}
