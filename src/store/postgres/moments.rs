//! The coach's moments on PostgreSQL ([`crate::store::moments`] on SQLite): the
//! `call_moments` rows written with each report, and the ranking read from them.
//!
//! In: a stored report (its `moments` and `turns`), or a [`MomentQuery`] validated by the
//! HTTP layer. Out: one row per moment of the report, with its severity (the stored one,
//! else the report's own rule, [`moment_severity`] on the moment and the turn that holds it,
//! [`moment_turn`]) and that turn quoted (JSONB); and [`CoachMoments`]: the moments at or
//! above the threshold, most severe first (ties: earlier calls, then earlier moments), and
//! the good outcomes, newest call first, as SQLite answers them.

use postgres::{GenericClient, Row};
use serde_json::Value;

use super::sql::{Filter, Statement};
use crate::report::{moment_severity, moment_turn, Moment, Turn};
use crate::store::moments::{
    CoachMoments, GoodOutcome, MomentCall, MomentQuery, QuotedTurn, RankedMoment, GOOD_AGENT_SMILE,
};
use crate::store::query::MAX_PAGE_SIZE;
use crate::store::{CallStatus, StoreError};

/// Replaces call `call_id`'s rows of `call_moments` with the moments of `report` (called in
/// the transaction that stores the report). Moments or turns this reader cannot read are
/// left out rather than failing the report's storing.
pub fn index_report(
    db: &mut impl GenericClient,
    call_id: &str,
    report: &Value,
) -> Result<(), StoreError> {
    db.execute("DELETE FROM call_moments WHERE call_id = $1", &[&call_id])?;
    let items = |key: &str| {
        report
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let moments = items("moments");
    if moments.is_empty() {
        return Ok(());
    }
    let turns: Vec<Turn> = items("turns")
        .into_iter()
        .filter_map(|t| serde_json::from_value(t).ok())
        .collect();
    let language = report.get("language").and_then(Value::as_str);
    let insert = db.prepare(
        "INSERT INTO call_moments (call_id, idx, kind, role, start_ms, end_ms, severity, why, turn)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )?;
    for (idx, moment) in moments.into_iter().enumerate() {
        let Ok(moment) = serde_json::from_value::<Moment>(moment) else {
            continue;
        };
        let turn = moment_turn(&moment, &turns);
        let severity = moment
            .severity
            .unwrap_or_else(|| moment_severity(&moment, turn));
        let quoted = turn
            .map(|t| {
                serde_json::to_value(QuotedTurn {
                    id: t.id,
                    role: t.role.clone(),
                    start_ms: t.start_ms,
                    end_ms: t.end_ms,
                    text: t.text.clone(),
                    language: t.language.clone().or(language.map(str::to_string)),
                })
            })
            .transpose()?;
        db.execute(
            &insert,
            &[
                &call_id,
                &(idx as i32),
                &moment.kind,
                &moment.role,
                &(moment.start_ms as i64),
                &(moment.end_ms as i64),
                &f64::from(severity),
                &moment.why,
                &quoted,
            ],
        )?;
    }
    Ok(())
}

/// The conditions on `calls` (as `c`) shared by both queries.
fn call_filter(q: &MomentQuery) -> Filter {
    let mut filter = Filter::default();
    filter.status_is("c.", CallStatus::Succeeded);
    filter.started_within("c.", q.from_ms, q.to_ms);
    filter.text_eq("c.team", &q.team);
    filter.text_eq("c.agent_id", &q.agent_id);
    filter
}

/// The ranking's statement for `q`.
pub(crate) fn moments_statement(q: &MomentQuery) -> Statement {
    let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
    let mut filter = call_filter(q);
    // The stored severities are f32 widened: compare with the threshold as an f32 would.
    let min = filter.arg(f64::from(q.min_severity) - 1e-6);
    // `customer_ended_happier` is a good outcome (severity 0), never a hard moment.
    let sql = format!(
        "SELECT c.id, c.agent_id, c.team, c.started_at_ms,
                m.kind, m.role, m.start_ms, m.end_ms, m.why, m.turn, m.severity
         FROM call_moments AS m JOIN calls AS c ON c.id = m.call_id
         {} AND m.kind <> 'customer_ended_happier' AND m.severity >= {min}
         ORDER BY m.severity DESC, c.started_at_ms, c.id, m.start_ms, m.idx
         LIMIT {limit}",
        filter.where_clause()
    );
    Statement { sql, filter }
}

/// A `call_moments` row with its call, as selected by [`moments_statement`].
fn ranked_moment(r: &Row) -> Result<RankedMoment, StoreError> {
    let severity: f64 = r.try_get(10)?;
    Ok(RankedMoment {
        call: MomentCall {
            id: r.try_get(0)?,
            agent_id: r.try_get(1)?,
            team: r.try_get(2)?,
            started_at_ms: r.try_get(3)?,
        },
        moment: Moment {
            kind: r.try_get(4)?,
            role: r.try_get(5)?,
            start_ms: r.try_get::<_, i64>(6)?.max(0) as u64,
            end_ms: r.try_get::<_, i64>(7)?.max(0) as u64,
            why: r.try_get(8)?,
            severity: Some(severity as f32),
        },
        severity: severity as f32,
        turn: r
            .try_get::<_, Option<Value>>(9)?
            .and_then(|t| serde_json::from_value(t).ok()),
    })
}

/// Moments ranked by severity, and good outcomes ([`crate::store::moments::moments`]).
pub fn moments(db: &mut impl GenericClient, q: &MomentQuery) -> Result<CoachMoments, StoreError> {
    let statement = moments_statement(q);
    let ranked = db
        .query(&statement.sql, &statement.filter.params())?
        .iter()
        .map(ranked_moment)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CoachMoments {
        moments: ranked,
        good_outcomes: good_outcomes(db, q)?,
    })
}

/// Calls whose customer ended happier (a `customer_ended_happier` moment: its first) or whose
/// agent smiled (`scores.smile.agent` ≥ [`GOOD_AGENT_SMILE`]), newest first.
fn good_outcomes(
    db: &mut impl GenericClient,
    q: &MomentQuery,
) -> Result<Vec<GoodOutcome>, StoreError> {
    let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
    let filter = call_filter(q);
    let sql = format!(
        "SELECT c.id, c.agent_id, c.team, c.started_at_ms, c.smile_agent, h.why, h.start_ms
         FROM calls AS c
         LEFT JOIN LATERAL (
             SELECT why, start_ms FROM call_moments
             WHERE call_id = c.id AND kind = 'customer_ended_happier' ORDER BY idx LIMIT 1
         ) AS h ON TRUE
         {} AND (h.why IS NOT NULL OR c.smile_agent >= {GOOD_AGENT_SMILE:?})
         ORDER BY c.started_at_ms DESC, c.id DESC LIMIT {limit}",
        filter.where_clause()
    );
    let rows = db.query(&sql, &filter.params())?;
    rows.iter()
        .map(|r| {
            let smile: Option<f64> = r.try_get(4)?;
            let happier: Option<String> = r.try_get(5)?;
            let (mut kinds, mut why) = (Vec::new(), Vec::new());
            if let Some(reason) = happier {
                kinds.push("customer_ended_happier".to_string());
                why.push(reason);
            }
            if let Some(smile) = smile.filter(|s| *s >= GOOD_AGENT_SMILE) {
                kinds.push("agent_smile".to_string());
                why.push(format!("agent smile {smile:.2} (≥ {GOOD_AGENT_SMILE:.1})"));
            }
            Ok(GoodOutcome {
                call: MomentCall {
                    id: r.try_get(0)?,
                    agent_id: r.try_get(1)?,
                    team: r.try_get(2)?,
                    started_at_ms: r.try_get(3)?,
                },
                kinds,
                why,
                start_ms: r.try_get::<_, Option<i64>>(6)?.unwrap_or(0).max(0) as u64,
            })
        })
        .collect()
}
