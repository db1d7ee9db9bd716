//! The coach's list: report moments across calls, ranked by severity, and the good outcomes
//! of the same calls, apart.
//!
//! In: a [`MomentQuery`] validated by the HTTP layer (times in Unix milliseconds UTC, a
//! severity threshold in [0, 1]). Out: [`RankedMoment`]s, most severe first (ties by time
//! on the call's clock: earlier calls, then earlier moments), each with its call and the
//! turn that holds it; and [`GoodOutcome`]s, newest call first.
//!
//! The moments are read out of the stored reports in SQL (`json_each` over each succeeded
//! call's `moments`, with the turns that span each moment's start): no report is loaded
//! whole, and a moment whose stored severity is under the threshold never leaves SQLite.
//! Reports made before moments carried a `severity` are ranked by the same rule, applied
//! here to the stored moment and its turn ([`crate::report::moment_severity`]). A call with
//! no moment at or above the threshold is not on the list: calm calls are never "hardest".

use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;
use serde::Serialize;

use super::query::MAX_PAGE_SIZE;
use super::{CallStatus, StoreError};
use crate::report::{moment_severity, moment_turn, Moment, Turn};

/// The threshold of [`MomentQuery::min_severity`] when the caller gives none: abuse,
/// shouting and stress peaks are listed; silences, interruption bursts and a customer
/// ending unhappier (all under 0.5) are not.
pub const DEFAULT_MIN_SEVERITY: f32 = 0.5;
/// Moments listed when the caller gives no limit.
pub const DEFAULT_MOMENT_LIMIT: usize = 50;
/// An agent smile (`scores.smile.agent`) at or above this makes a call a good outcome.
pub const GOOD_AGENT_SMILE: f64 = 0.6;

/// What [`moments`] is asked.
#[derive(Debug, Clone)]
pub struct MomentQuery {
    /// Calls that started at or after this time.
    pub from_ms: Option<i64>,
    /// Calls that started before this time.
    pub to_ms: Option<i64>,
    pub team: Option<String>,
    pub agent_id: Option<String>,
    /// Moments under this severity are left out.
    pub min_severity: f32,
    /// Most moments (and, apart, most good outcomes) returned; 1 to [`MAX_PAGE_SIZE`].
    pub limit: usize,
}

impl Default for MomentQuery {
    fn default() -> Self {
        MomentQuery {
            from_ms: None,
            to_ms: None,
            team: None,
            agent_id: None,
            min_severity: DEFAULT_MIN_SEVERITY,
            limit: DEFAULT_MOMENT_LIMIT,
        }
    }
}

/// The call a moment or outcome belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MomentCall {
    pub id: String,
    pub agent_id: Option<String>,
    pub team: Option<String>,
    pub started_at_ms: i64,
}

/// The turn that holds a moment, quoted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotedTurn {
    pub id: usize,
    pub role: String,
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
    /// The turn's language, else the call's (for right-to-left scripts).
    pub language: Option<String>,
}

/// One moment of one call, with its severity (stored, or by the rule for older reports).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedMoment {
    pub call: MomentCall,
    pub moment: Moment,
    pub severity: f32,
    /// The turn that holds the moment (`None`: a silence, between turns).
    pub turn: Option<QuotedTurn>,
}

/// A call that went well: the customer ended happier, or the agent smiled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoodOutcome {
    pub call: MomentCall,
    /// `customer_ended_happier` and/or `agent_smile`, in that order.
    pub kinds: Vec<String>,
    /// Each kind's reason, in words, in the same order.
    pub why: Vec<String>,
    /// Where to start listening: the customer's first turn for `customer_ended_happier`,
    /// else the call's start.
    pub start_ms: u64,
}

/// What [`moments`] returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoachMoments {
    pub moments: Vec<RankedMoment>,
    pub good_outcomes: Vec<GoodOutcome>,
}

/// The conditions on `calls` shared by both queries, with their values.
fn call_filter(q: &MomentQuery) -> (String, Vec<SqlValue>) {
    let mut clauses = vec![
        "c.status = ?".to_string(),
        "c.report IS NOT NULL AND json_valid(c.report)".to_string(),
    ];
    let mut args = vec![SqlValue::Text(CallStatus::Succeeded.as_str().into())];
    if let Some(from) = q.from_ms {
        clauses.push("c.started_at_ms >= ?".into());
        args.push(SqlValue::Integer(from));
    }
    if let Some(to) = q.to_ms {
        clauses.push("c.started_at_ms < ?".into());
        args.push(SqlValue::Integer(to));
    }
    if let Some(team) = &q.team {
        clauses.push("c.team = ?".into());
        args.push(SqlValue::Text(team.clone()));
    }
    if let Some(agent) = &q.agent_id {
        clauses.push("c.agent_id = ?".into());
        args.push(SqlValue::Text(agent.clone()));
    }
    (clauses.join(" AND "), args)
}

/// The period's moments at or above the threshold, ranked, and its good outcomes.
pub fn moments(conn: &Connection, q: &MomentQuery) -> Result<CoachMoments, StoreError> {
    let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
    let (filter, mut args) = call_filter(q);
    // Each moment with the turns that span its start (their words emptied), as JSON; a stored
    // severity under the threshold is dropped here, a missing one is computed below.
    let sql = format!(
        "SELECT c.id, c.agent_id, c.team, c.started_at_ms, c.language, m.value,
            (SELECT json_group_array(json(json_set(t.value, '$.words', json('[]'))))
               FROM json_each(c.report, '$.turns') AS t
              WHERE json_extract(t.value, '$.start_ms') <= json_extract(m.value, '$.start_ms')
                AND json_extract(t.value, '$.end_ms') >= json_extract(m.value, '$.start_ms'))
         FROM calls AS c, json_each(c.report, '$.moments') AS m
         WHERE {filter}
           AND json_extract(m.value, '$.kind') <> 'customer_ended_happier'
           AND (json_extract(m.value, '$.severity') IS NULL
                OR json_extract(m.value, '$.severity') >= ?)"
    );
    args.push(SqlValue::Real(f64::from(q.min_severity) - 1e-6));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
    let mut ranked = Vec::new();
    while let Some(row) = rows.next()? {
        let moment: String = row.get(5)?;
        // A moment or turn this reader cannot read is skipped, not an error: one odd report
        // must not hide the period's other moments.
        let Ok(moment) = serde_json::from_str::<Moment>(&moment) else {
            continue;
        };
        let turns: Vec<Turn> = row
            .get::<_, Option<String>>(6)?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let turn = moment_turn(&moment, &turns);
        let severity = moment
            .severity
            .unwrap_or_else(|| moment_severity(&moment, turn));
        if severity < q.min_severity {
            continue;
        }
        let call_language: Option<String> = row.get(4)?;
        ranked.push(RankedMoment {
            call: MomentCall {
                id: row.get(0)?,
                agent_id: row.get(1)?,
                team: row.get(2)?,
                started_at_ms: row.get(3)?,
            },
            turn: turn.map(|t| QuotedTurn {
                id: t.id,
                role: t.role.clone(),
                start_ms: t.start_ms,
                end_ms: t.end_ms,
                text: t.text.clone(),
                language: t.language.clone().or(call_language),
            }),
            severity,
            moment,
        });
    }
    ranked.sort_by(|a, b| {
        b.severity
            .total_cmp(&a.severity)
            .then(a.call.started_at_ms.cmp(&b.call.started_at_ms))
            .then(a.call.id.cmp(&b.call.id))
            .then(a.moment.start_ms.cmp(&b.moment.start_ms))
    });
    ranked.truncate(limit);
    let good_outcomes = good_outcomes(conn, q, limit)?;
    Ok(CoachMoments {
        moments: ranked,
        good_outcomes,
    })
}

/// Calls whose customer ended happier (a `customer_ended_happier` moment) or whose agent
/// smiled (`scores.smile.agent` ≥ [`GOOD_AGENT_SMILE`]), newest first.
fn good_outcomes(
    conn: &Connection,
    q: &MomentQuery,
    limit: usize,
) -> Result<Vec<GoodOutcome>, StoreError> {
    let (filter, args) = call_filter(q);
    let sql = format!(
        "SELECT id, agent_id, team, started_at_ms, smile_agent, happier FROM (
            SELECT c.id, c.agent_id, c.team, c.started_at_ms, c.smile_agent,
                (SELECT m.value FROM json_each(c.report, '$.moments') AS m
                  WHERE json_extract(m.value, '$.kind') = 'customer_ended_happier' LIMIT 1)
                AS happier
            FROM calls AS c WHERE {filter})
         WHERE happier IS NOT NULL OR smile_agent >= {GOOD_AGENT_SMILE:?}
         ORDER BY started_at_ms DESC, id DESC LIMIT {limit}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
        let smile: Option<f64> = r.get(4)?;
        let happier: Option<Moment> = r
            .get::<_, Option<String>>(5)?
            .and_then(|m| serde_json::from_str(&m).ok());
        let (mut kinds, mut why) = (Vec::new(), Vec::new());
        if let Some(m) = &happier {
            kinds.push("customer_ended_happier".to_string());
            why.push(m.why.clone());
        }
        if let Some(smile) = smile.filter(|s| *s >= GOOD_AGENT_SMILE) {
            kinds.push("agent_smile".to_string());
            why.push(format!("agent smile {smile:.2} (≥ {GOOD_AGENT_SMILE:.1})"));
        }
        Ok(GoodOutcome {
            call: MomentCall {
                id: r.get(0)?,
                agent_id: r.get(1)?,
                team: r.get(2)?,
                started_at_ms: r.get(3)?,
            },
            kinds,
            why,
            start_ms: happier.map_or(0, |m| m.start_ms),
        })
    })?;
    Ok(rows
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|g| !g.kinds.is_empty())
        .collect())
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::store::{NewCall, Store};

    /// 2026-11-16 00:00 UTC.
    const DAY0_MS: i64 = 1_794_787_200_000;
    const DAY_MS: i64 = 86_400_000;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        (dir, store)
    }

    fn insert(store: &Store, id: &str, team: &str, agent: &str, day: i64, report: Value) {
        let meta = NewCall {
            agent_id: Some(agent.into()),
            team: Some(team.into()),
            started_at_ms: Some(DAY0_MS + day * DAY_MS),
            ..NewCall::default()
        };
        store.insert_report(id, &meta, &report).unwrap();
    }

    fn turn(id: usize, role: &str, start: u64, end: u64, text: &str, extra: Value) -> Value {
        let mut t = json!({"id": id, "role": role, "channel": 0, "start_ms": start,
            "end_ms": end, "text": text, "words": [{"text": "w", "start_ms": start, "end_ms": end, "p": 0.9}]});
        for (k, v) in extra.as_object().unwrap() {
            t[k] = v.clone();
        }
        t
    }

    fn report(language: &str, turns: Vec<Value>, moments: Vec<Value>, smile_agent: f64) -> Value {
        json!({"duration_ms": 60_000, "language": language, "turns": turns, "moments": moments,
            "scores": {"sentiment": {}, "sentiment_by_quarter": {}, "stress": {},
                       "smile": {"agent": smile_agent}}})
    }

    fn id(n: u32) -> String {
        format!("{n:024x}")
    }

    /// Four calls: an abusive shouted one (Arabic), a stress peak in an old report without
    /// severities, a calm call (a silence only) that ended happier, and one of another team.
    fn fixture() -> (tempfile::TempDir, Store) {
        let (dir, store) = store();
        insert(
            &store,
            &id(1),
            "north",
            "ann",
            0,
            report(
                "ar",
                vec![
                    turn(0, "agent", 0, 3_000, "مرحبا", json!({})),
                    turn(
                        1,
                        "customer",
                        3_000,
                        8_000,
                        "أنت غبي",
                        json!({"abusive": true, "shouting": true}),
                    ),
                ],
                vec![
                    json!({"kind": "abuse", "role": "customer", "start_ms": 3_000, "end_ms": 8_000, "why": "turn 1: insult", "severity": 1.0}),
                    json!({"kind": "stress_peak", "role": "customer", "start_ms": 3_000, "end_ms": 8_000, "why": "turn 1: shouting", "severity": 0.8}),
                ],
                0.3,
            ),
        );
        // Made before severities: the rule ranks it (tone stress 0.94 → 0.74).
        insert(
            &store,
            &id(2),
            "north",
            "bob",
            1,
            report(
                "en",
                vec![
                    turn(0, "agent", 0, 2_000, "Hello", json!({})),
                    turn(
                        1,
                        "customer",
                        2_000,
                        9_000,
                        "I have waited an hour",
                        json!({"tone": {"smile": 0.1, "arousal": 0.9, "valence": -0.5, "stress": 0.94, "confidence": 0.8}}),
                    ),
                ],
                vec![
                    json!({"kind": "stress_peak", "role": "customer", "start_ms": 2_000, "end_ms": 9_000, "why": "turn 1: tone stress 0.94"}),
                ],
                0.3,
            ),
        );
        // Calm: a silence (0.3 by the rule) and a happy ending; the agent smiled.
        insert(
            &store,
            &id(3),
            "north",
            "ann",
            2,
            report(
                "he",
                vec![
                    turn(0, "agent", 0, 2_000, "שלום", json!({})),
                    turn(1, "customer", 8_000, 12_000, "תודה רבה", json!({})),
                ],
                vec![
                    json!({"kind": "long_silence", "start_ms": 2_000, "end_ms": 8_000, "why": "nobody spoke for 6.0 s"}),
                    json!({"kind": "customer_ended_happier", "role": "customer", "start_ms": 8_000, "end_ms": 12_000, "why": "customer sentiment −0.4 → +0.5", "severity": 0.0}),
                ],
                0.72,
            ),
        );
        insert(
            &store,
            &id(4),
            "south",
            "cat",
            1,
            report(
                "el",
                vec![turn(
                    0,
                    "customer",
                    0,
                    4_000,
                    "Είσαι ηλίθιος",
                    json!({"abusive": true}),
                )],
                vec![
                    json!({"kind": "abuse", "role": "customer", "start_ms": 0, "end_ms": 4_000, "why": "turn 0: insult", "severity": 0.9}),
                ],
                0.2,
            ),
        );
        (dir, store)
    }

    fn listed(answer: &CoachMoments) -> Vec<(String, String, f32)> {
        answer
            .moments
            .iter()
            .map(|m| (m.call.id.clone(), m.moment.kind.clone(), m.severity))
            .collect()
    }

    #[test]
    fn moments_are_ranked_by_severity_and_old_reports_by_the_same_rule() {
        let (_dir, store) = fixture();
        let answer = moments(&store.connect().unwrap(), &MomentQuery::default()).unwrap();
        assert_eq!(
            listed(&answer),
            vec![
                (id(1), "abuse".into(), 1.0),
                (id(4), "abuse".into(), 0.9),
                (id(1), "stress_peak".into(), 0.8),
                (id(2), "stress_peak".into(), 0.74),
            ]
        );
        // The quoted turn, with its language for right-to-left text.
        let first = answer.moments[0].turn.as_ref().unwrap();
        assert_eq!((first.id, first.text.as_str()), (1, "أنت غبي"));
        assert_eq!(first.language.as_deref(), Some("ar"));
        assert_eq!(answer.moments[0].call.agent_id.as_deref(), Some("ann"));
    }

    #[test]
    fn a_calm_call_is_not_among_the_hardest_but_its_good_outcome_is_kept_apart() {
        let (_dir, store) = fixture();
        let answer = moments(&store.connect().unwrap(), &MomentQuery::default()).unwrap();
        assert!(answer.moments.iter().all(|m| m.call.id != id(3)));
        assert!(answer
            .moments
            .iter()
            .all(|m| m.moment.kind != "customer_ended_happier"));
        assert_eq!(answer.good_outcomes.len(), 1);
        let good = &answer.good_outcomes[0];
        assert_eq!(good.call.id, id(3));
        assert_eq!(good.kinds, ["customer_ended_happier", "agent_smile"]);
        assert_eq!(good.start_ms, 8_000);
    }

    #[test]
    fn the_threshold_and_limit_cut_the_list() {
        let (_dir, store) = fixture();
        let conn = store.connect().unwrap();
        let q = |min_severity, limit| MomentQuery {
            min_severity,
            limit,
            ..MomentQuery::default()
        };
        let high = moments(&conn, &q(0.85, 50)).unwrap();
        assert_eq!(listed(&high).len(), 2);
        // At 0.3 the calm call's silence (6 s: 0.3 by the rule, no turn holds it) is listed.
        let low = moments(&conn, &q(0.3, 50)).unwrap();
        let silence = low.moments.last().unwrap();
        assert_eq!(
            (silence.call.id.clone(), silence.moment.kind.as_str()),
            (id(3), "long_silence")
        );
        assert_eq!(silence.turn, None);
        assert_eq!(listed(&moments(&conn, &q(0.3, 2)).unwrap()).len(), 2);
    }

    #[test]
    fn team_agent_and_period_filter_the_calls() {
        let (_dir, store) = fixture();
        let conn = store.connect().unwrap();
        let south = MomentQuery {
            team: Some("south".into()),
            ..MomentQuery::default()
        };
        assert_eq!(
            listed(&moments(&conn, &south).unwrap()),
            vec![(id(4), "abuse".into(), 0.9)]
        );
        let bob = MomentQuery {
            agent_id: Some("bob".into()),
            ..MomentQuery::default()
        };
        assert_eq!(
            listed(&moments(&conn, &bob).unwrap()),
            vec![(id(2), "stress_peak".into(), 0.74)]
        );
        let day1 = MomentQuery {
            from_ms: Some(DAY0_MS + DAY_MS),
            to_ms: Some(DAY0_MS + 2 * DAY_MS),
            ..MomentQuery::default()
        };
        let ids: Vec<String> = moments(&conn, &day1)
            .unwrap()
            .moments
            .into_iter()
            .map(|m| m.call.id)
            .collect();
        assert_eq!(ids, vec![id(4), id(2)]);
        assert!(moments(&conn, &day1).unwrap().good_outcomes.is_empty());
    }
}
