//! The PostgreSQL queries against the SQLite store's: the same calls, reviews and reports in
//! both (written to SQLite through the store, copied to a fresh PostgreSQL database with
//! their moment and search rows made by this module's `index_report`s), then the same
//! questions asked of both must get the same answers: every page of every list, every trend,
//! the strain, the bands and the moments. And transcript search in Arabic, Hebrew and Greek,
//! with and without diacritics, under a UTF-8 and a `C` locale.

use postgres::{Client, NoTls};
use serde_json::{json, Value};

use super::{bands, moments, queries, search, testing, MIGRATIONS};
use crate::store::bands::BandQuery;
use crate::store::moments::MomentQuery;
use crate::store::query::{
    self, Cursor, GroupBy, ListQuery, Metric, Period, ScoreBound, SortKey, StrainQuery, TrendQuery,
};
use crate::store::review::ReviewRow;
use crate::store::{CallStore, NewCall, Store, SCORE_COLUMNS};

/// 2026-11-16 00:00 UTC, a Monday.
const MONDAY_MS: i64 = 1_794_787_200_000;
const DAY_MS: i64 = 86_400_000;

/// A fresh database with the migrations applied.
fn pg_at(url: &str) -> Client {
    let mut client = Client::connect(url, NoTls).unwrap();
    for (_, sql) in MIGRATIONS {
        client.batch_execute(sql).unwrap();
    }
    client
}

fn pg() -> Client {
    pg_at(&testing::fresh_database_url())
}

fn id(n: u32) -> String {
    format!("{n:024x}")
}

/// A small deterministic generator (xorshift), so the fixture is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// In [0, n).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// A score to 3 decimals in [lo, hi).
    fn score(&mut self, lo: f64, hi: f64) -> f64 {
        let u = self.below(1000) as f64 / 1000.0;
        ((lo + u * (hi - lo)) * 1000.0).round() / 1000.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Lines of transcript per language, with diacritics where the language has them.
const LINES: &[(&str, &[&str])] = &[
    (
        "ar",
        &[
            "مَرْحَبًا، كيف أستطيع مساعدتك؟",
            "انتظرت ساعة كاملة على الهاتف",
            "أنت غبي ولا تفهم شيئاً",
            "شكرا جزيلا على المساعدة",
        ],
    ),
    (
        "he",
        &[
            "שָׁלוֹם, איך אפשר לעזור?",
            "חיכיתי שעה שלמה על הקו",
            "אתה טיפש ולא מבין כלום",
            "תודה רבה על העזרה",
        ],
    ),
    (
        "el",
        &[
            "Καλημέρα, πώς μπορώ να βοηθήσω;",
            "Περίμενα μια ώρα στο τηλέφωνο",
            "Είσαι ηλίθιος και δεν καταλαβαίνεις",
            "Ευχαριστώ πολύ για τη βοήθεια",
        ],
    ),
    (
        "en",
        &[
            "Hello, how can I help you today?",
            "I have waited an hour on the phone",
            "You are an idiot and understand nothing",
            "Thank you so much for the help",
        ],
    ),
];

/// A report of `turns` turns in `language`, with scores (some missing), abuse and shouting
/// marks, a tone reference, and moments (some without a stored severity: old reports).
fn report(rng: &mut Rng, language_index: usize, agent_stress: Option<f64>) -> Value {
    let (language, lines) = LINES[language_index];
    let n = 2 + rng.below(5) as usize;
    let mut turns = Vec::new();
    let mut moments = Vec::new();
    for t in 0..n {
        let role = if t % 2 == 0 { "agent" } else { "customer" };
        let start = t as u64 * 5_000;
        let text = *rng.pick(lines);
        let abusive = role == "customer" && text == lines[2];
        let shouting = role == "customer" && rng.below(4) == 0;
        let stress = rng.score(0.0, 1.0);
        let mut turn = json!({"id": t, "role": role, "channel": t % 2, "start_ms": start,
            "end_ms": start + 4_500, "text": text,
            "tone": {"smile": 0.2, "arousal": 0.5, "valence": 0.0, "stress": stress, "confidence": 0.8}});
        if language_index != 3 || rng.below(2) == 0 {
            turn["abusive"] = json!(abusive);
            turn["shouting"] = json!(shouting);
        }
        if abusive {
            let mut m = json!({"kind": "abuse", "role": "customer", "start_ms": start,
                "end_ms": start + 4_500, "why": format!("turn {t}: insult")});
            if rng.below(2) == 0 {
                m["severity"] = json!(if shouting { 1.0 } else { 0.9 });
            }
            moments.push(m);
        }
        if stress >= 0.7 {
            moments.push(
                json!({"kind": "stress_peak", "role": role, "start_ms": start,
                "end_ms": start + 4_500, "why": format!("turn {t}: tone stress {stress}")}),
            );
        }
        turns.push(turn);
    }
    if rng.below(3) == 0 {
        moments.push(
            json!({"kind": "long_silence", "start_ms": 4_500, "end_ms": 4_500 + rng.below(30_000),
            "why": "nobody spoke"}),
        );
    }
    if rng.below(4) == 0 {
        moments.push(
            json!({"kind": "customer_ended_happier", "role": "customer", "start_ms": 5_000,
            "end_ms": 9_500, "why": "customer sentiment −0.4 → +0.5", "severity": 0.0}),
        );
    }
    let mut scores = json!({
        "sentiment": {"agent": rng.score(-1.0, 1.0), "customer": rng.score(-1.0, 1.0)},
        "stress": {"customer": rng.score(0.0, 1.0)},
        "smile": {"agent": rng.score(0.0, 1.0)},
        "tone_reference": {"agent": *rng.pick(&["profile", "population", "call"])},
    });
    if rng.below(5) != 0 {
        scores["smile"]["customer"] = json!(rng.score(0.0, 1.0));
    }
    if let Some(s) = agent_stress {
        scores["stress"]["agent"] = json!(s);
    }
    json!({"duration_ms": n as u64 * 5_000, "language": language, "turns": turns,
        "moments": moments, "scores": scores})
}

/// Teams and agents, with right-to-left and Greek names, capitals (code point order is not
/// a linguistic one), and calls without either.
const TEAMS: &[Option<&str>] = &[Some("north"), Some("South"), Some("צפון"), None];
const AGENTS: &[Option<&str>] = &[
    Some("ann"),
    Some("Bob"),
    Some("أحمد"),
    Some("Δήμητρα"),
    Some("דנה"),
    None,
];

/// `calls` calls over 6 weeks in SQLite, some failed or queued, some reviewed; agent `ann`'s
/// stress rising week on week (a wearing-down agent).
fn sqlite_fixture(calls: u32) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for n in 0..calls {
        let day = rng.below(42) as i64;
        let agent = *rng.pick(AGENTS);
        let agent_stress = match agent {
            Some("ann") => Some(0.1 + 0.1 * (day / 7) as f64 + rng.score(0.0, 0.05)),
            _ if rng.below(5) == 0 => None,
            _ => Some(rng.score(0.0, 1.0)),
        };
        let meta = NewCall {
            agent_id: agent.map(str::to_string),
            team: rng.pick(TEAMS).map(str::to_string),
            // Some calls at the same millisecond: ties are ordered by id.
            started_at_ms: Some(MONDAY_MS + day * DAY_MS + (rng.below(4) as i64) * 3_600_000),
            external_id: (n % 7 == 0).then(|| format!("crm-{}", n % 3)),
            ..NewCall::default()
        };
        let language = rng.below(LINES.len() as u64) as usize;
        let report = report(&mut rng, language, agent_stress);
        store.insert_report(&id(n), &meta, &report).unwrap();
        if rng.below(4) == 0 {
            let pct = rng.score(0.0, 100.0);
            let review = ReviewRow {
                call_id: id(n),
                card_id: "default".into(),
                card_version: 1,
                verdict: rng.pick(&["pass", "fail", "needs_coaching"]).to_string(),
                answers: json!([{"question": "greeted", "value": true}]),
                total_points: pct,
                max_points: 100.0,
                score_pct: pct,
                note: None,
                reviewer: "dana".into(),
                reviewed_at_ms: MONDAY_MS + n as i64,
            };
            assert!(store.put_review(&review).unwrap());
        }
    }
    // A few calls that did not succeed, and received times spread out (insert_report stamps
    // them all with the same few milliseconds).
    let conn = store.connect().unwrap();
    conn.execute_batch(
        "UPDATE calls SET received_at_ms = started_at_ms + 60000 WHERE CAST(substr(id, 24) AS INTEGER) % 3 = 0;
         UPDATE calls SET status = 'failed', reason = 'bad audio' WHERE id LIKE '%5';
         UPDATE calls SET status = 'queued' WHERE id LIKE '%b';",
    )
    .unwrap();
    (dir, store)
}

/// Copies every call and review of `store` into `pg`, and writes the moment and search rows
/// of each report with this module's `index_report`s.
fn mirror(store: &Store, pg: &mut Client) {
    let conn = store.connect().unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT id, external_id, agent_id, team, started_at_ms, language_hint, roles,
                received_at_ms, status, reason, attempts, claimed_at_ms, finished_at_ms,
                updated_at_ms, audio_path, audio_bytes, content_type, duration_ms, language,
                report, sentiment_agent, sentiment_customer, stress_agent, stress_customer,
                smile_agent, smile_customer, abusive, queued_at_ms, abusive_turns_customer,
                shouting_turns_customer, tone_reference_agent, speakers, speaker_roles
             FROM calls",
        )
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    let mut tx = pg.transaction().unwrap();
    while let Some(r) = rows.next().unwrap() {
        let text = |i: usize| r.get::<_, Option<String>>(i).unwrap();
        let int = |i: usize| r.get::<_, Option<i64>>(i).unwrap();
        let real = |i: usize| r.get::<_, Option<f64>>(i).unwrap();
        let report: Option<Value> = text(19).map(|t| serde_json::from_str(&t).unwrap());
        let abusive: Option<bool> = int(26).map(|v| v != 0);
        let attempts = int(10).unwrap() as i32;
        let turns_a = int(28).map(|v| v as i32);
        let turns_s = int(29).map(|v| v as i32);
        tx.execute(
            "INSERT INTO calls (id, external_id, agent_id, team, started_at_ms, language_hint,
                roles, received_at_ms, status, reason, attempts, claimed_at_ms, finished_at_ms,
                updated_at_ms, audio_key, audio_bytes, content_type, duration_ms, language,
                report, sentiment_agent, sentiment_customer, stress_agent, stress_customer,
                smile_agent, smile_customer, abusive, queued_at_ms, abusive_turns_customer,
                shouting_turns_customer, tone_reference_agent, speakers, speaker_roles)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32,
                $33)",
            &[
                &text(0),
                &text(1),
                &text(2),
                &text(3),
                &int(4),
                &text(5),
                &text(6),
                &int(7),
                &text(8),
                &text(9),
                &attempts,
                &int(11),
                &int(12),
                &int(13),
                &text(14),
                &int(15),
                &text(16),
                &int(17),
                &text(18),
                &report,
                &real(20),
                &real(21),
                &real(22),
                &real(23),
                &real(24),
                &real(25),
                &abusive,
                &int(27),
                &turns_a,
                &turns_s,
                &text(30),
                &text(31),
                &text(32),
            ],
        )
        .unwrap();
        if let Some(report) = &report {
            let call_id = text(0).unwrap();
            search::index_report(&mut tx, &call_id, report).unwrap();
            moments::index_report(&mut tx, &call_id, report).unwrap();
        }
    }
    let mut stmt = conn
        .prepare(
            "SELECT call_id, card_id, card_version, verdict, answers, total_points, max_points,
                score_pct, note, reviewer, reviewed_at_ms FROM reviews",
        )
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let answers: Value = serde_json::from_str(&r.get::<_, String>(4).unwrap()).unwrap();
        tx.execute(
            "INSERT INTO reviews (call_id, card_id, card_version, verdict, answers,
                total_points, max_points, score_pct, note, reviewer, reviewed_at_ms)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            &[
                &r.get::<_, String>(0).unwrap(),
                &r.get::<_, String>(1).unwrap(),
                &(r.get::<_, i64>(2).unwrap() as i32),
                &r.get::<_, String>(3).unwrap(),
                &answers,
                &r.get::<_, f64>(5).unwrap(),
                &r.get::<_, f64>(6).unwrap(),
                &r.get::<_, f64>(7).unwrap(),
                &r.get::<_, Option<String>>(8).unwrap(),
                &r.get::<_, String>(9).unwrap(),
                &r.get::<_, i64>(10).unwrap(),
            ],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

/// Asserts `a` and `b` are the same JSON, numbers equal to 1e-9 (a mean summed in another
/// order may differ in its last bit).
fn assert_same(a: &Value, b: &Value, at: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            assert!((x - y).abs() <= 1e-9 * x.abs().max(1.0), "{at}: {x} ≠ {y}");
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{at}: lengths differ: {a} vs {b}");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                assert_same(x, y, &format!("{at}[{i}]"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys = |o: &serde_json::Map<String, Value>| o.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(x), keys(y), "{at}: fields differ");
            for (k, v) in x {
                assert_same(v, &y[k], &format!("{at}.{k}"));
            }
        }
        _ => assert_eq!(a, b, "{at}"),
    }
}

fn to_json(v: impl serde::Serialize) -> Value {
    serde_json::to_value(v).unwrap()
}

/// Every page of `q` on both stores (following each one's cursors), compared page by page;
/// returns how many calls were listed.
fn same_pages(store: &Store, pg: &mut Client, q: &ListQuery, what: &str) -> usize {
    let conn = store.connect().unwrap();
    let mut q = q.clone();
    let mut listed = 0;
    for page_no in 0.. {
        let lite = query::list(&conn, &q).unwrap();
        let post = queries::list(pg, &q).unwrap();
        assert_same(
            &to_json(&lite),
            &to_json(&post),
            &format!("{what}, page {page_no}"),
        );
        if q.text.is_some() {
            // The matches searched for call by call, as for a phrase held by many turns.
            let walked = queries::list_searching(pg, &q, false).unwrap();
            assert_same(
                &to_json(&lite),
                &to_json(&walked),
                &format!("{what}, page {page_no}, not collected"),
            );
        }
        listed += lite.calls.len();
        match lite.next_cursor {
            Some(token) => q.cursor = Some(Cursor::decode(&token).unwrap()),
            None => break,
        }
    }
    listed
}

#[test]
fn every_list_page_is_the_same_as_on_sqlite() {
    let (_dir, store) = sqlite_fixture(160);
    let mut pg = pg();
    mirror(&store, &mut pg);
    same_lists(&store, &mut pg);
}

#[test]
fn every_answer_is_the_same_under_a_linguistic_collation() {
    // ICU's English order puts "Δ" and "ד" and "a" elsewhere than code points do, and
    // ignores case and punctuation at first: the groups and ties must not follow it.
    let url = testing::fresh_database_url();
    let icu_url = url.replace("/test_", "/icu_test_");
    let name = icu_url.rsplit('/').next().unwrap().to_string();
    Client::connect(&url, NoTls)
        .unwrap()
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' \
             LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
        ))
        .unwrap();
    let (_dir, store) = sqlite_fixture(160);
    let mut pg = pg_at(&icu_url);
    let provider: i8 = pg
        .query_one(
            "SELECT datlocprovider FROM pg_database WHERE datname = current_database()",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(provider as u8, b'i', "an ICU database");
    mirror(&store, &mut pg);
    same_lists(&store, &mut pg);
    same_aggregates(&store, &mut pg);
}

/// Every page of many lists (every sort both ways, every filter, cursors this store did not
/// write) on both stores.
fn same_lists(store: &Store, pg: &mut Client) {
    let base = ListQuery {
        limit: 7,
        ..ListQuery::default()
    };
    let total = same_pages(store, pg, &base, "default order");
    assert_eq!(total, 160);
    let mut sorts = vec![
        SortKey::StartedAt,
        SortKey::ReceivedAt,
        SortKey::ReviewScore,
    ];
    sorts.extend(SCORE_COLUMNS.iter().map(|c| SortKey::Score(c)));
    for sort in sorts {
        for descending in [true, false] {
            let q = ListQuery {
                sort,
                descending,
                ..base.clone()
            };
            let n = same_pages(store, pg, &q, &format!("{sort:?} desc={descending}"));
            assert_eq!(n, 160, "{sort:?}: every call once");
        }
    }
    let filters: Vec<(&str, ListQuery)> = vec![
        (
            "agent",
            ListQuery {
                agent_id: Some("أحمد".into()),
                ..base.clone()
            },
        ),
        (
            "team",
            ListQuery {
                team: Some("צפון".into()),
                sort: SortKey::StartedAt,
                ..base.clone()
            },
        ),
        (
            "language",
            ListQuery {
                language: Some("el".into()),
                ..base.clone()
            },
        ),
        (
            "status",
            ListQuery {
                status: Some(crate::store::CallStatus::Failed),
                ..base.clone()
            },
        ),
        (
            "external id",
            ListQuery {
                external_id: Some("crm-1".into()),
                ..base.clone()
            },
        ),
        (
            "window",
            ListQuery {
                from_ms: Some(MONDAY_MS + 7 * DAY_MS),
                to_ms: Some(MONDAY_MS + 14 * DAY_MS),
                sort: SortKey::StartedAt,
                descending: false,
                ..base.clone()
            },
        ),
        (
            "abusive",
            ListQuery {
                abusive: Some(true),
                ..base.clone()
            },
        ),
        (
            "not abusive",
            ListQuery {
                abusive: Some(false),
                ..base.clone()
            },
        ),
        (
            "reviewed",
            ListQuery {
                reviewed: Some(true),
                sort: SortKey::ReviewScore,
                ..base.clone()
            },
        ),
        (
            "not reviewed",
            ListQuery {
                reviewed: Some(false),
                ..base.clone()
            },
        ),
        (
            "scores",
            ListQuery {
                scores: vec![
                    ScoreBound {
                        column: "stress_customer",
                        min: Some(0.3),
                        max: Some(0.8),
                    },
                    ScoreBound {
                        column: "smile_customer",
                        min: None,
                        max: Some(0.5),
                    },
                ],
                sort: SortKey::Score("smile_customer"),
                ..base.clone()
            },
        ),
        (
            "search",
            ListQuery {
                text: Some("انتظرت ساعة".into()),
                ..base.clone()
            },
        ),
        (
            "search, sorted",
            ListQuery {
                text: Some("ΠΕΡΙΜΕΝΑ".into()),
                sort: SortKey::StartedAt,
                ..base.clone()
            },
        ),
        (
            "search, nothing to search",
            ListQuery {
                text: Some("?!".into()),
                ..base.clone()
            },
        ),
    ];
    // Cursors this store did not write (a sort changed under them, a value between two
    // rows): the same rows after them.
    let some_id = id(77);
    for (sort, value) in [
        (
            SortKey::StartedAt,
            Some((MONDAY_MS + 20 * DAY_MS) as f64 + 0.5),
        ),
        (SortKey::StartedAt, None),
        (SortKey::ReceivedAt, Some((MONDAY_MS + 9 * DAY_MS) as f64)),
        (SortKey::Score("smile_customer"), None),
        (SortKey::Score("smile_customer"), Some(0.5)),
        (SortKey::ReviewScore, Some(50.0)),
    ] {
        for descending in [true, false] {
            let q = ListQuery {
                sort,
                descending,
                cursor: Some(Cursor {
                    value,
                    id: some_id.clone(),
                }),
                ..base.clone()
            };
            same_pages(store, pg, &q, &format!("cursor {value:?} on {sort:?}"));
        }
    }
    for (what, q) in filters {
        let n = same_pages(store, pg, &q, what);
        if what != "search, nothing to search" {
            assert!(n > 0, "{what}: the fixture has such calls");
            assert!(
                n < 160 || what == "not reviewed",
                "{what}: the filter filters"
            );
        }
    }
}

#[test]
fn every_trend_strain_band_and_moment_answer_is_the_same_as_on_sqlite() {
    let (_dir, store) = sqlite_fixture(160);
    let mut pg = pg();
    mirror(&store, &mut pg);
    same_aggregates(&store, &mut pg);
}

/// Every trend, strain, band and moment answer of many queries on both stores.
fn same_aggregates(store: &Store, pg: &mut Client) {
    let conn = store.connect().unwrap();
    let mut metrics = vec![Metric::Abusive, Metric::Calls, Metric::ReviewScore];
    metrics.extend(SCORE_COLUMNS.iter().map(|c| Metric::Mean(c)));
    for metric in metrics {
        for period in [Period::Day, Period::Week] {
            for group_by in [GroupBy::Team, GroupBy::Agent, GroupBy::All] {
                for (team, from_ms) in
                    [(None, None), (Some("north"), Some(MONDAY_MS + 10 * DAY_MS))]
                {
                    let q = TrendQuery {
                        metric,
                        period,
                        group_by,
                        from_ms,
                        to_ms: None,
                        team: team.map(str::to_string),
                        agent_id: None,
                    };
                    let lite = query::trends(&conn, &q).unwrap();
                    assert!(!lite.is_empty(), "{q:?}");
                    let post = queries::trends(pg, &q).unwrap();
                    assert_same(&to_json(&lite), &to_json(&post), &format!("{q:?}"));
                }
            }
        }
    }

    for q in [
        StrainQuery::default(),
        StrainQuery {
            team: Some("South".into()),
            ..StrainQuery::default()
        },
        StrainQuery {
            from_ms: Some(MONDAY_MS + 14 * DAY_MS),
            ..StrainQuery::default()
        },
    ] {
        let lite = query::agent_strain(&conn, &q).unwrap();
        let post = queries::agent_strain(pg, &q).unwrap();
        assert_same(&to_json(&lite), &to_json(&post), &format!("{q:?}"));
    }
    // The fixture's rising agent is found on both.
    let (_, agents) = queries::agent_strain(pg, &StrainQuery::default()).unwrap();
    assert_eq!(agents[0].agent_id, "ann");
    assert!(agents[0].wearing_down, "{:?}", agents[0]);

    for team in [None, Some("north"), Some("nobody")] {
        let q = BandQuery {
            team: team.map(str::to_string),
            from_ms: Some(MONDAY_MS),
            to_ms: Some(MONDAY_MS + 30 * DAY_MS),
        };
        let lite = crate::store::bands::score_bands(&conn, &q).unwrap();
        let post = bands::score_bands(pg, &q).unwrap();
        // Exactly equal: a call whose score is a tercile compares equal to it on either.
        assert_eq!(lite, post, "{q:?}");
    }

    let moment_queries = [
        MomentQuery::default(),
        MomentQuery {
            min_severity: 0.3,
            limit: 500,
            ..MomentQuery::default()
        },
        MomentQuery {
            team: Some("צפון".into()),
            ..MomentQuery::default()
        },
        MomentQuery {
            agent_id: Some("Δήμητρα".into()),
            min_severity: 0.0,
            ..MomentQuery::default()
        },
        MomentQuery {
            from_ms: Some(MONDAY_MS + 7 * DAY_MS),
            to_ms: Some(MONDAY_MS + 21 * DAY_MS),
            limit: 3,
            ..MomentQuery::default()
        },
    ];
    for q in moment_queries {
        let lite = crate::store::moments::moments(&conn, &q).unwrap();
        assert!(!lite.moments.is_empty(), "{q:?}");
        let post = moments::moments(pg, &q).unwrap();
        assert_eq!(lite, post, "{q:?}");
    }
}

/// One call per line of transcript, in `pg`, indexed.
fn index_lines(pg: &mut Client, lines: &[&str]) {
    for (n, line) in lines.iter().enumerate() {
        pg.execute(
            "INSERT INTO calls (id, started_at_ms, received_at_ms, status, updated_at_ms, audio_bytes)
             VALUES ($1, $2, $2, 'succeeded', 0, 0)",
            &[&id(n as u32), &(MONDAY_MS + n as i64)],
        )
        .unwrap();
        let report = json!({"turns": [
            {"role": "agent", "start_ms": 0, "text": "—"},
            {"role": "customer", "start_ms": 2_000, "text": line},
        ]});
        search::index_report(pg, &id(n as u32), &report).unwrap();
    }
}

/// The calls (by line number) whose transcript holds `phrase`, with the hit's start.
fn found(pg: &mut Client, phrase: &str) -> Vec<(String, i64)> {
    let q = ListQuery {
        text: Some(phrase.into()),
        sort: SortKey::StartedAt,
        descending: false,
        ..ListQuery::default()
    };
    let page = queries::list(pg, &q).unwrap();
    let walked = queries::list_searching(pg, &q, false).unwrap();
    assert_eq!(to_json(&page), to_json(&walked), "{phrase}");
    page.calls
        .into_iter()
        .map(|c| {
            let hit = c.search_hit.expect("a listed call has its hit");
            (c.id, hit.start_ms)
        })
        .collect()
}

const SEARCH_LINES: &[&str] = &[
    // Arabic with harakat and tatweel, then without.
    "مَرْحَبًا بِكُمْ، انتظرتُ ســاعة",
    "مرحبا بكم",
    // Hebrew with niqqud, and a final letter.
    "שָׁלוֹם, חִכִּיתִי שָׁעָה",
    // Greek with tonos and final sigma, in capitals.
    "ΚΑΛΗΜΈΡΑ ΣΑΣ, περίμενα πολύ",
    "Hello, I waited an hour",
];

/// Searches that must find the same lines under any locale.
fn check_searches(pg: &mut Client) {
    let lines = |found: Vec<(String, i64)>| -> Vec<String> {
        found
            .into_iter()
            .map(|(call, start)| {
                assert_eq!(start, 2_000, "the customer's turn is the hit");
                call
            })
            .collect()
    };
    // Without diacritics, the Arabic phrase finds the line written with them, and the plain one.
    assert_eq!(lines(found(pg, "مرحبا بكم")), vec![id(0), id(1)]);
    assert_eq!(lines(found(pg, "مَرْحَبًا")), vec![id(0), id(1)]);
    assert_eq!(lines(found(pg, "انتظرت ساعة")), vec![id(0)]);
    assert_eq!(lines(found(pg, "שלום")), vec![id(2)]);
    assert_eq!(lines(found(pg, "חכיתי שעה")), vec![id(2)]);
    assert_eq!(lines(found(pg, "καλημέρα σας")), vec![id(3)]);
    assert_eq!(lines(found(pg, "καλημερα σασ")), vec![id(3)]);
    assert_eq!(lines(found(pg, "ΠΕΡΊΜΕΝΑ")), vec![id(3)]);
    assert_eq!(lines(found(pg, "waited an hour")), vec![id(4)]);
    // A phrase is its words in order, next to each other.
    assert!(found(pg, "hour waited").is_empty());
    assert!(found(pg, "بكم مرحبا").is_empty());
    assert!(found(pg, "שעה חכיתי").is_empty());
}

#[test]
fn arabic_hebrew_and_greek_phrases_match_with_and_without_diacritics() {
    let mut pg = pg();
    index_lines(&mut pg, SEARCH_LINES);
    check_searches(&mut pg);
    // The same lines on SQLite find the same calls.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    for (n, line) in SEARCH_LINES.iter().enumerate() {
        let meta = NewCall {
            started_at_ms: Some(MONDAY_MS + n as i64),
            ..NewCall::default()
        };
        let report = json!({"turns": [
            {"role": "agent", "start_ms": 0, "text": "—"},
            {"role": "customer", "start_ms": 2_000, "text": line},
        ]});
        store.insert_report(&id(n as u32), &meta, &report).unwrap();
    }
    for phrase in [
        "مرحبا بكم",
        "שלום",
        "καλημερα σασ",
        "waited an hour",
        "hour waited",
    ] {
        let q = ListQuery {
            text: Some(phrase.into()),
            sort: SortKey::StartedAt,
            descending: false,
            ..ListQuery::default()
        };
        let lite: Vec<String> = store
            .list(&q)
            .unwrap()
            .calls
            .into_iter()
            .map(|c| c.id)
            .collect();
        let post: Vec<String> = found(&mut pg, phrase).into_iter().map(|c| c.0).collect();
        assert_eq!(lite, post, "{phrase}");
    }
}

#[test]
fn search_finds_the_same_under_the_c_locale() {
    let url = testing::fresh_database_url();
    let c_url = url.replace("/test_", "/c_test_");
    let name = c_url.rsplit('/').next().unwrap().to_string();
    let mut admin = Client::connect(&url, NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap();
    let mut pg = pg_at(&c_url);
    let ctype: String = pg.query_one("SHOW lc_ctype", &[]).unwrap().get(0);
    assert_eq!(ctype, "C");
    index_lines(&mut pg, SEARCH_LINES);
    check_searches(&mut pg);
}

#[test]
fn a_phrase_is_only_ever_words_never_sql_or_tsquery_syntax() {
    let mut pg = pg();
    index_lines(
        &mut pg,
        &[
            "it's a & b | c !d",
            "x'); DROP TABLE calls; --",
            "one two three",
        ],
    );
    assert_eq!(found(&mut pg, "a & b | c").len(), 1);
    assert_eq!(found(&mut pg, "it's a").len(), 1);
    assert_eq!(found(&mut pg, "'); DROP TABLE calls; --").len(), 1);
    assert!(found(&mut pg, "one <-> three").is_empty());
    assert!(found(&mut pg, "thr:*").is_empty());
    assert!(
        found(&mut pg, "!one").len() == 1,
        "`!` is a separator, not a negation"
    );
    // Nothing to search for: no call, and no query.
    assert!(found(&mut pg, "\"&|!<->()'").is_empty());
    let calls: i64 = pg
        .query_one("SELECT COUNT(*) FROM calls", &[])
        .unwrap()
        .get(0);
    assert_eq!(calls, 3);
}

#[test]
fn a_reindexed_report_replaces_its_rows() {
    let mut pg = pg();
    index_lines(&mut pg, &["first words"]);
    let report = json!({
        "turns": [{"role": "agent", "start_ms": 0, "text": "second words"},
                  {"role": "agent", "start_ms": 100, "text": "   "}],
        "moments": [{"kind": "abuse", "role": "agent", "start_ms": 0, "end_ms": 10, "why": "w"}],
    });
    search::index_report(&mut pg, &id(0), &report).unwrap();
    moments::index_report(&mut pg, &id(0), &report).unwrap();
    moments::index_report(&mut pg, &id(0), &report).unwrap();
    assert!(found(&mut pg, "first").is_empty());
    assert_eq!(found(&mut pg, "second words").len(), 1);
    let turns: i64 = pg
        .query_one("SELECT COUNT(*) FROM call_turns", &[])
        .unwrap()
        .get(0);
    let rows: i64 = pg
        .query_one("SELECT COUNT(*) FROM call_moments", &[])
        .unwrap()
        .get(0);
    assert_eq!(
        (turns, rows),
        (1, 1),
        "blank turns are not indexed; moments replaced"
    );
}

#[test]
fn an_absurdly_long_turn_is_stored_with_its_first_words_indexed() {
    let mut pg = pg();
    index_lines(&mut pg, &["short"]);
    // 200,000 different words: a tsvector of 3.5 MB, over PostgreSQL's limit of 1 MB.
    let many: Vec<String> = (0..200_000).map(|i| format!("λέξη{i}")).collect();
    let long = format!("first words {}", many.join(" "));
    let report = json!({"turns": [{"role": "agent", "start_ms": 0, "text": long}]});
    search::index_report(&mut pg, &id(0), &report).unwrap();
    assert_eq!(found(&mut pg, "first words").len(), 1);
    let stored: i32 = pg
        .query_one("SELECT octet_length(folded) FROM call_turns", &[])
        .unwrap()
        .get(0);
    assert!(stored as usize <= search::MAX_TURN_WORDS_BYTES, "{stored}");
}
