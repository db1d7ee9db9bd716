//! The plans of the hot queries on 100,000 generated calls: a measurement, not a check of
//! behaviour, ignored by default. Run it with
//!
//! ```text
//! cargo test --lib store::postgres::explain -- --ignored --nocapture
//! ```
//!
//! It fills a fresh database with SQL (`generate_series`: 100,000 calls over a year, 200
//! agents in 20 teams, 500,000 turns of words in four languages, about 150,000 moments,
//! 10,000 reviews), runs `ANALYZE`, then prints `EXPLAIN (ANALYZE, BUFFERS)` of each hot
//! query exactly as the query functions build it, and the time of the function itself. The
//! gist is in `docs/postgres.md`.

use std::time::Instant;

use postgres::{Client, NoTls};

use super::sql::Statement;
use super::{moments, queries, search, testing, MIGRATIONS};
use crate::store::moments::MomentQuery;
use crate::store::query::{Cursor, GroupBy, ListQuery, Metric, Period, SortKey, TrendQuery};
use crate::store::CallStatus;

/// 2025-12-01 00:00 UTC: the first call; the last is a year later.
const START_MS: i64 = 1_764_547_200_000;
const DAY_MS: i64 = 86_400_000;
const CALLS: i64 = 100_000;

/// The generated data (see the module docs), deterministic (`setseed`).
const FILL: &str = "
SELECT setseed(0.19);
INSERT INTO calls (id, agent_id, team, started_at_ms, received_at_ms, status, attempts,
    updated_at_ms, audio_bytes, language, duration_ms, sentiment_agent, sentiment_customer,
    stress_agent, stress_customer, smile_agent, smile_customer, abusive,
    abusive_turns_customer, shouting_turns_customer, tone_reference_agent, queued_at_ms)
SELECT lpad(to_hex(g), 24, '0'),
       'agent-' || ((g * 7919) % 200),
       'team-' || (((g * 7919) % 200) / 10),
       {start} + g * {step},
       {start} + g * {step} + 60000,
       CASE WHEN g % 50 = 0 THEN 'failed' WHEN g % 997 = 0 THEN 'queued' ELSE 'succeeded' END,
       1, {start} + g * {step}, 100000,
       (ARRAY['ar', 'he', 'el', 'en'])[1 + g % 4], 300000,
       random() * 2 - 1, random() * 2 - 1,
       CASE WHEN random() < 0.9 THEN random() END, random(), random(),
       CASE WHEN random() < 0.8 THEN random() END,
       random() < 0.05, (random() * 2)::INTEGER, (random() * 2)::INTEGER,
       (ARRAY['profile', 'population', 'call'])[1 + g % 3],
       {start} + g * {step}
FROM generate_series(1::BIGINT, {calls}) AS g;
INSERT INTO call_turns (call_id, n, start_ms, role, text, folded)
SELECT c.id, t.n, t.n * 5000, CASE WHEN t.n % 2 = 0 THEN 'agent' ELSE 'customer' END, w.text, w.text
FROM calls AS c CROSS JOIN generate_series(0, 4) AS t(n)
CROSS JOIN LATERAL (
    SELECT string_agg(words[1 + floor(random() * array_length(words, 1))::INTEGER], ' ') AS text
    FROM generate_series(1, 8 + t.n - t.n + length(c.id) - 24),
         (SELECT ARRAY['refund', 'please', 'account', 'waited', 'hour', 'phone', 'thank',
                       'you', 'help', 'order', 'late', 'manager', 'card', 'bill', 'again',
                       'مرحبا', 'شكرا', 'انتظرت', 'ساعة', 'الهاتف', 'حساب', 'فاتورة', 'مدير',
                       'שלום', 'תודה', 'חיכיתי', 'שעה', 'חשבון', 'מנהל', 'הזמנה', 'כרטיס',
                       'καλημερα', 'ευχαριστω', 'περιμενα', 'ωρα', 'λογαριασμος', 'παραγγελια',
                       'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
                       'ten', 'eleven', 'twelve', 'yes', 'no'] AS words) AS pool
) AS w
WHERE c.status = 'succeeded';
INSERT INTO call_moments (call_id, idx, kind, role, start_ms, end_ms, severity, why)
SELECT c.id, m.idx, (ARRAY['abuse', 'stress_peak', 'long_silence', 'interruptions'])[1 + (m.idx + length(c.id)) % 4],
       'customer', 5000 * m.idx, 5000 * m.idx + 4000, round(random()::NUMERIC, 2)::DOUBLE PRECISION,
       'generated'
FROM calls AS c CROSS JOIN generate_series(0, 1) AS m(idx)
WHERE c.status = 'succeeded' AND (m.idx = 0 OR random() < 0.5);
INSERT INTO reviews (call_id, card_id, card_version, verdict, answers, total_points,
    max_points, score_pct, reviewer, reviewed_at_ms)
SELECT id, 'default', 1, 'pass', '[]', 80, 100, random() * 100, 'dana', started_at_ms + 86400000
FROM calls WHERE status = 'succeeded' AND random() < 0.1;
ANALYZE;
";

/// Prints `EXPLAIN (ANALYZE, BUFFERS)` of `statement`.
fn explain(db: &mut Client, what: &str, statement: &Statement) {
    let rows = db
        .query(
            &format!("EXPLAIN (ANALYZE, BUFFERS) {}", statement.sql),
            &statement.filter.params(),
        )
        .unwrap();
    println!("\n=== {what}\n{}", statement.sql);
    for row in rows {
        println!("  {}", row.get::<_, String>(0));
    }
}

/// Runs `f` 5 times and prints the best time.
fn time<T>(what: &str, mut f: impl FnMut() -> T) -> T {
    let mut best = std::time::Duration::MAX;
    let mut out = None;
    for _ in 0..5 {
        let t = Instant::now();
        out = Some(f());
        best = best.min(t.elapsed());
    }
    println!("--- {what}: best of 5 calls of the function {best:?}");
    out.unwrap()
}

#[test]
#[ignore]
fn explain_the_hot_queries_on_100k_calls() {
    let mut db = Client::connect(&testing::fresh_database_url(), NoTls).unwrap();
    for (_, sql) in MIGRATIONS {
        db.batch_execute(sql).unwrap();
    }
    let t = Instant::now();
    db.batch_execute(
        &FILL
            .replace("{start}", &START_MS.to_string())
            .replace("{step}", &(365 * DAY_MS / CALLS).to_string())
            .replace("{calls}", &CALLS.to_string()),
    )
    .unwrap();
    let count = |db: &mut Client, table: &str| -> i64 {
        db.query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .unwrap()
            .get(0)
    };
    println!(
        "filled in {:?}: {} calls, {} turns, {} moments, {} reviews",
        t.elapsed(),
        count(&mut db, "calls"),
        count(&mut db, "call_turns"),
        count(&mut db, "call_moments"),
        count(&mut db, "reviews")
    );

    let lists = [
        ("list: newest first (the default)", ListQuery::default()),
        (
            "list: one agent",
            ListQuery {
                agent_id: Some("agent-7".into()),
                ..ListQuery::default()
            },
        ),
        (
            "list: one team",
            ListQuery {
                team: Some("team-3".into()),
                ..ListQuery::default()
            },
        ),
        (
            "list: failed calls",
            ListQuery {
                status: Some(CallStatus::Failed),
                ..ListQuery::default()
            },
        ),
        (
            "list: one week, by start time",
            ListQuery {
                from_ms: Some(START_MS + 200 * DAY_MS),
                to_ms: Some(START_MS + 207 * DAY_MS),
                sort: SortKey::StartedAt,
                ..ListQuery::default()
            },
        ),
        (
            "list: by customer stress, highest first",
            ListQuery {
                sort: SortKey::Score("stress_customer"),
                ..ListQuery::default()
            },
        ),
        (
            "list: by customer sentiment, lowest first",
            ListQuery {
                sort: SortKey::Score("sentiment_customer"),
                descending: false,
                ..ListQuery::default()
            },
        ),
        (
            "list: one agent, by customer stress",
            ListQuery {
                agent_id: Some("agent-7".into()),
                sort: SortKey::Score("stress_customer"),
                ..ListQuery::default()
            },
        ),
        (
            "list: transcript search, a rare phrase",
            ListQuery {
                text: Some("refund please".into()),
                ..ListQuery::default()
            },
        ),
        (
            "list: transcript search, common words rarely side by side",
            ListQuery {
                text: Some("refund manager please".into()),
                ..ListQuery::default()
            },
        ),
        (
            "list: transcript search, one common word",
            ListQuery {
                text: Some("refund".into()),
                ..ListQuery::default()
            },
        ),
        (
            "list: transcript search, Arabic two words",
            ListQuery {
                text: Some("انتظرت الهاتف".into()),
                ..ListQuery::default()
            },
        ),
    ];
    for (what, q) in lists {
        // As the list runs it: a phrase held by few turns is collected first.
        let matching = match q.text.as_deref().and_then(search::words) {
            Some(words) => {
                let collect = Statement {
                    sql: "SELECT call_id FROM call_turns \
                          WHERE tsv @@ phraseto_tsquery('simple', $1) LIMIT $2"
                        .to_string(),
                    filter: {
                        let mut f = super::sql::Filter::default();
                        f.arg(words.clone());
                        f.arg(search::MATCHES_COLLECTED + 1);
                        f
                    },
                };
                explain(
                    &mut db,
                    &format!("{what}: collecting the matches"),
                    &collect,
                );
                search::matching_call_ids(&mut db, &words).unwrap()
            }
            None => None,
        };
        let (statement, _) = queries::list_statement(&q, matching).unwrap();
        explain(&mut db, what, &statement);
        let page = time(what, || queries::list(&mut db, &q).unwrap());
        println!("--- {} calls listed", page.calls.len());
        if what.contains("default") || what.contains("highest first") {
            // The next page, from the cursor.
            let next = ListQuery {
                cursor: Cursor::decode(page.next_cursor.as_deref().unwrap()),
                ..q.clone()
            };
            let (statement, _) = queries::list_statement(&next, None).unwrap();
            explain(&mut db, &format!("{what}, page 2"), &statement);
        }
    }

    let trends = [
        (
            "trend: agent stress per week per agent, 90 days",
            TrendQuery {
                metric: Metric::Mean("stress_agent"),
                period: Period::Week,
                group_by: GroupBy::Agent,
                from_ms: Some(START_MS + 275 * DAY_MS),
                to_ms: Some(START_MS + 365 * DAY_MS),
                team: None,
                agent_id: None,
            },
        ),
        (
            "trend: agent stress per week per agent, one team, the whole year",
            TrendQuery {
                metric: Metric::Mean("stress_agent"),
                period: Period::Week,
                group_by: GroupBy::Agent,
                from_ms: None,
                to_ms: None,
                team: Some("team-3".into()),
                agent_id: None,
            },
        ),
    ];
    for (what, q) in trends {
        explain(&mut db, what, &queries::trends_statement(&q));
        let buckets = time(what, || queries::trends(&mut db, &q).unwrap());
        println!("--- {} buckets", buckets.len());
    }

    let q = MomentQuery {
        from_ms: Some(START_MS + 335 * DAY_MS),
        to_ms: Some(START_MS + 365 * DAY_MS),
        ..MomentQuery::default()
    };
    let what = "moments: the 50 most severe of 30 days";
    explain(&mut db, what, &moments::moments_statement(&q));
    let answer = time(what, || moments::moments(&mut db, &q).unwrap());
    println!("--- {} moments", answer.moments.len());
}
