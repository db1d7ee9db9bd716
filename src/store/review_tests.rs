//! Scorecards, reviews and transcript search on a temporary database.

use serde_json::json;

use super::backends::{on_both_stores, TestStore};
use super::query::{GroupBy, ListQuery, Metric, Period, SortKey, TrendQuery};
use super::*;

/// 2026-11-16 00:00 UTC, a Monday.
const MONDAY_MS: i64 = 1_794_787_200_000;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

fn id(n: u32) -> String {
    format!("{n:024x}")
}

fn turns_report(turns: &[(&str, u64, &str)]) -> Value {
    let turns: Vec<Value> = turns
        .iter()
        .enumerate()
        .map(|(i, (role, start_ms, text))| {
            json!({"id": i, "role": role, "start_ms": start_ms, "end_ms": start_ms + 1000, "text": text})
        })
        .collect();
    json!({"duration_ms": 60_000, "language": "en", "turns": turns})
}

fn insert(store: &dyn TestStore, n: u32, day: i64, report: Value) {
    let meta = NewCall {
        agent_id: Some("ana".into()),
        team: Some("north".into()),
        started_at_ms: Some(MONDAY_MS + day * 86_400_000 + 3_600_000),
        ..NewCall::default()
    };
    store.insert_report(&id(n), &meta, &report).unwrap();
}

fn review(call: &str, version: i64, pct: f64, verdict: &str) -> ReviewRow {
    ReviewRow {
        call_id: call.into(),
        card_id: "default".into(),
        card_version: version,
        verdict: verdict.into(),
        answers: json!([{"question": "greeted", "value": true, "points": pct}]),
        total_points: pct,
        max_points: 100.0,
        score_pct: pct,
        note: Some("ok".into()),
        reviewer: "dana".into(),
        reviewed_at_ms: MONDAY_MS,
    }
}

fn ids(page: &query::Page) -> Vec<String> {
    page.calls.iter().map(|c| c.id.clone()).collect()
}

fn a_changed_card_gets_a_new_version_and_old_reviews_keep_theirs(store: &dyn TestStore) {
    let v1 = json!({"id": "default", "title": "one"});
    assert_eq!(store.put_scorecard("default", "h1", &v1).unwrap(), 1);
    // The same content again: the same version, nothing rewritten.
    assert_eq!(store.put_scorecard("default", "h1", &v1).unwrap(), 1);
    insert(store, 1, 0, turns_report(&[("agent", 0, "hello")]));
    assert!(store.put_review(&review(&id(1), 1, 80.0, "pass")).unwrap());

    let v2 = json!({"id": "default", "title": "two"});
    assert_eq!(store.put_scorecard("default", "h2", &v2).unwrap(), 2);
    assert_eq!(
        store.put_scorecard("other", "h2", &v2).unwrap(),
        1,
        "versions are per card"
    );
    let kept = store.review(&id(1)).unwrap().unwrap();
    assert_eq!(kept.card_version, 1);
    assert_eq!(
        store.scorecard("default", 1).unwrap().unwrap().definition,
        v1
    );
    assert_eq!(
        store.scorecard("default", 2).unwrap().unwrap().definition,
        v2
    );
    assert!(store.scorecard("default", 3).unwrap().is_none());
    // Going back to the first content finds its version again.
    assert_eq!(store.put_scorecard("default", "h1", &v1).unwrap(), 1);
}

fn a_review_needs_an_analysed_call_and_replaces_the_previous_one(store: &dyn TestStore) {
    let queued = {
        let id = new_call_id();
        store
            .enqueue(&id, &id, &NewCall::default(), usize::MAX)
            .unwrap()
            .id
    };
    assert!(!store.put_review(&review(&queued, 1, 50.0, "pass")).unwrap());
    assert!(
        !store.put_review(&review(&id(9), 1, 50.0, "pass")).unwrap(),
        "no such call"
    );
    assert!(store.review(&queued).unwrap().is_none());

    insert(store, 1, 0, turns_report(&[("agent", 0, "hello")]));
    assert!(store.put_review(&review(&id(1), 1, 50.0, "fail")).unwrap());
    let mut second = review(&id(1), 1, 90.0, "pass");
    second.reviewer = "omar".into();
    assert!(store.put_review(&second).unwrap());
    let stored = store.review(&id(1)).unwrap().unwrap();
    assert_eq!(
        (
            stored.verdict.as_str(),
            stored.score_pct,
            stored.reviewer.as_str()
        ),
        ("pass", 90.0, "omar")
    );
    assert_eq!(stored.answers, second.answers);
    let row = store.get(&id(1)).unwrap().unwrap();
    assert_eq!(row.review.as_ref().map(|r| r.score_pct), Some(90.0));
}

fn lists_filter_by_reviewed_and_sort_by_review_score_with_unreviewed_last(store: &dyn TestStore) {
    for n in 1..=5 {
        insert(store, n, 0, turns_report(&[("agent", 0, "hello")]));
    }
    store.put_review(&review(&id(1), 1, 40.0, "fail")).unwrap();
    store.put_review(&review(&id(2), 1, 95.0, "pass")).unwrap();
    store
        .put_review(&review(&id(3), 1, 70.0, "needs_coaching"))
        .unwrap();

    let reviewed = store
        .list(&ListQuery {
            reviewed: Some(true),
            sort: SortKey::ReviewScore,
            ..ListQuery::default()
        })
        .unwrap();
    assert_eq!(ids(&reviewed), [id(2), id(3), id(1)]);
    assert_eq!(reviewed.calls[0].review.as_ref().unwrap().verdict, "pass");
    let not = store
        .list(&ListQuery {
            reviewed: Some(false),
            ..ListQuery::default()
        })
        .unwrap();
    let mut not_ids = ids(&not);
    not_ids.sort();
    assert_eq!(not_ids, [id(4), id(5)]);
    assert!(not.calls.iter().all(|c| c.review.is_none()));

    // Ascending, two at a time: the cursor walks the reviewed calls, then the rest.
    let mut q = ListQuery {
        sort: SortKey::ReviewScore,
        descending: false,
        limit: 2,
        ..ListQuery::default()
    };
    let mut seen = Vec::new();
    loop {
        let page = store.list(&q).unwrap();
        seen.extend(ids(&page));
        match page.next_cursor {
            Some(c) => q.cursor = Some(query::Cursor::decode(&c).unwrap()),
            None => break,
        }
    }
    assert_eq!(&seen[..3], [id(1), id(3), id(2)]);
    assert_eq!(seen.len(), 5);
}

fn review_scores_trend_per_day_with_their_count(store: &dyn TestStore) {
    insert(store, 1, 0, turns_report(&[]));
    insert(store, 2, 0, turns_report(&[]));
    insert(store, 3, 0, turns_report(&[]));
    insert(store, 4, 1, turns_report(&[]));
    store.put_review(&review(&id(1), 1, 40.0, "fail")).unwrap();
    store.put_review(&review(&id(2), 1, 80.0, "pass")).unwrap();
    store.put_review(&review(&id(4), 1, 100.0, "pass")).unwrap();
    let buckets = store
        .trends(&TrendQuery {
            metric: Metric::ReviewScore,
            period: Period::Day,
            group_by: GroupBy::All,
            from_ms: None,
            to_ms: None,
            team: None,
            agent_id: None,
        })
        .unwrap();
    let got: Vec<(String, i64, f64)> = buckets
        .iter()
        .map(|b| (b.period.clone(), b.calls, b.value))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-11-16".to_string(), 2, 60.0),
            ("2026-11-17".to_string(), 1, 100.0)
        ]
    );
}

/// Finds the calls whose transcript holds `phrase`, with their first matching turn's start.
fn search(store: &dyn TestStore, phrase: &str) -> Vec<(String, i64)> {
    let page = store
        .list(&ListQuery {
            text: Some(phrase.into()),
            ..ListQuery::default()
        })
        .unwrap();
    page.calls
        .iter()
        .map(|c| (c.id.clone(), c.search_hit.as_ref().expect("a hit").start_ms))
        .collect()
}

fn transcript_search_in_english_arabic_hebrew_and_greek_ignores_case_and_diacritics(
    store: &dyn TestStore,
) {
    insert(
        store,
        1,
        0,
        turns_report(&[
            ("agent", 0, "Thank you for calling, how can I help?"),
            (
                "customer",
                3_000,
                "I was charged TWICE for the same bill at the café.",
            ),
        ]),
    );
    insert(
        store,
        2,
        0,
        turns_report(&[
            ("agent", 0, "مَرْحَبًا، شُكْرًا لِاتِّصَالِكَ"),
            ("customer", 4_000, "أُرِيدُ إِلْغَاءَ الاشْتِرَاكِ"),
        ]),
    );
    insert(
        store,
        3,
        0,
        turns_report(&[
            ("agent", 0, "שָׁלוֹם, תּוֹדָה שֶׁהִתְקַשַּׁרְתָּ"),
            ("customer", 5_000, "אֲנִי רוֹצֶה לְבַטֵּל אֶת הַמִּנּוּי"),
        ]),
    );
    insert(
        store,
        4,
        0,
        turns_report(&[
            ("agent", 0, "Καλημέρα, ευχαριστούμε που καλέσατε"),
            (
                "customer",
                6_000,
                "Θέλω να ακυρώσω τη συνδρομή μου, ευχαριστώ για την υπομονή σας",
            ),
        ]),
    );

    assert_eq!(search(store, "charged twice"), [(id(1), 3_000)]);
    assert_eq!(search(store, "CAFE"), [(id(1), 3_000)]);
    assert!(
        search(store, "twice charged").is_empty(),
        "a phrase keeps its order"
    );
    // Arabic: without harakat, and bare alef for alef with hamza.
    assert_eq!(search(store, "اريد الغاء الاشتراك"), [(id(2), 4_000)]);
    assert_eq!(search(store, "شكرا لاتصالك"), [(id(2), 0)]);
    // Hebrew: without niqqud, and with it.
    assert_eq!(search(store, "רוצה לבטל את המנוי"), [(id(3), 5_000)]);
    assert_eq!(search(store, "שָׁלוֹם"), [(id(3), 0)]);
    // Greek: capitals without tonos, and the final sigma.
    assert_eq!(search(store, "ΘΕΛΩ ΝΑ ΑΚΥΡΩΣΩ"), [(id(4), 6_000)]);
    assert_eq!(search(store, "ΥΠΟΜΟΝΗ ΣΑΣ"), [(id(4), 6_000)]);
    let hit = store
        .list(&ListQuery {
            text: Some("υπομονή σας".into()),
            ..ListQuery::default()
        })
        .unwrap();
    let hit = hit.calls[0].search_hit.clone().unwrap();
    assert_eq!(hit.role.as_deref(), Some("customer"));
    assert!(
        hit.text.starts_with("Θέλω να ακυρώσω"),
        "the snippet is the turn as transcribed: {}",
        hit.text
    );
}

fn query_syntax_in_a_phrase_is_taken_as_words(store: &dyn TestStore) {
    insert(
        store,
        1,
        0,
        turns_report(&[("customer", 1_000, "he said \"near\" and OR not")]),
    );
    for phrase in [
        "\"",
        "NEAR(a b)",
        "a AND",
        "x*",
        "(",
        "col:umn",
        "'; DROP TABLE calls; --",
        "\"near\" and",
    ] {
        store
            .list(&ListQuery {
                text: Some(phrase.into()),
                ..ListQuery::default()
            })
            .unwrap_or_else(|e| panic!("{phrase}: {e}"));
    }
    assert_eq!(search(store, "\"near\" and OR"), [(id(1), 1_000)]);
    assert!(search(store, "...").is_empty(), "no words: nothing matches");
}

#[test]
fn the_index_follows_replaced_and_deleted_reports_and_is_filled_on_migration() {
    let (dir, store) = store();
    insert(
        &store,
        1,
        0,
        turns_report(&[("customer", 1_000, "my router is broken")]),
    );
    insert(
        &store,
        2,
        0,
        turns_report(&[("customer", 2_000, "my router is broken too")]),
    );
    store.put_review(&review(&id(1), 1, 50.0, "pass")).unwrap();

    // A new analysis replaces the turns in the index.
    let roles = std::collections::BTreeMap::from([("S1".to_string(), "agent".to_string())]);
    assert!(store
        .requeue_with_speaker_roles(&id(2), &roles, 10)
        .unwrap());
    let claim = store.claim().unwrap().unwrap();
    assert!(store
        .finish(
            &claim,
            &turns_report(&[("customer", 500, "the modem lights blink")])
        )
        .unwrap());
    assert_eq!(search(&store, "router is broken"), [(id(1), 1_000)]);
    assert_eq!(search(&store, "modem lights"), [(id(2), 500)]);

    // Deleting a call takes its review and its turns with it.
    assert!(store.delete(&id(1)).unwrap().is_some());
    assert!(store.review(&id(1)).unwrap().is_none());
    assert!(search(&store, "router is broken").is_empty());
    assert_eq!(
        search(&store, "modem lights"),
        [(id(2), 500)],
        "the other call's turns stay"
    );
    let conn = rusqlite::Connection::open(dir.path().join("calltone.sqlite3")).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM turns_fts WHERE call_id = ?1",
            [id(1)],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);

    // A database from before transcript search: the index is built from its reports.
    conn.execute_batch("DROP TABLE turns_fts").unwrap();
    drop(conn);
    drop(store);
    let reopened = Store::open(dir.path()).unwrap();
    assert_eq!(search(&reopened, "modem lights"), [(id(2), 500)]);
}

on_both_stores!(
    a_changed_card_gets_a_new_version_and_old_reviews_keep_theirs,
    a_review_needs_an_analysed_call_and_replaces_the_previous_one,
    lists_filter_by_reviewed_and_sort_by_review_score_with_unreviewed_last,
    review_scores_trend_per_day_with_their_count,
    transcript_search_in_english_arabic_hebrew_and_greek_ignores_case_and_diacritics,
    query_syntax_in_a_phrase_is_taken_as_words,
);
