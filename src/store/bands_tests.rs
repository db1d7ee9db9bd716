//! Score bands on a temporary database: terciles per score, the team's or all calls.

use serde_json::json;

use super::backends::{on_both_stores, TestStore};
use super::bands::{BandQuery, Population};
use super::*;

const DAY_MS: i64 = 86_400_000;
/// 2026-11-16 00:00 UTC.
const NOW_MS: i64 = 1_794_787_200_000;

fn insert(store: &dyn TestStore, n: u32, team: &str, days_ago: i64, stress_customer: f64) {
    let meta = NewCall {
        team: Some(team.into()),
        started_at_ms: Some(NOW_MS - days_ago * DAY_MS),
        ..NewCall::default()
    };
    let report = json!({
        "duration_ms": 1000, "language": "en", "turns": [],
        "scores": {"stress": {"customer": stress_customer}, "smile": {"agent": 0.5}},
    });
    store
        .insert_report(&format!("{n:024x}"), &meta, &report)
        .unwrap();
}

/// A band's terciles to 3 decimals.
fn terciles(band: &bands::ScoreBand) -> (Option<f64>, Option<f64>) {
    let round = |v: Option<f64>| v.map(|v| (v * 1000.0).round() / 1000.0);
    (round(band.p33), round(band.p67))
}

fn bands(store: &dyn TestStore, team: Option<&str>, days: i64) -> bands::ScoreBands {
    store
        .score_bands(&BandQuery {
            team: team.map(str::to_string),
            from_ms: Some(NOW_MS - days * DAY_MS),
            to_ms: Some(NOW_MS + 1),
        })
        .unwrap()
}

fn terciles_are_interpolated_over_the_teams_calls(store: &dyn TestStore) {
    // north: 0.0, 0.1, …, 0.9 (10 calls); p33 at rank 3 → 0.3, p67 at rank 6 → 0.6.
    for i in 0..10 {
        insert(store, i, "north", 1, i as f64 / 10.0);
    }
    // south: 4 calls, all high: too few for its own bands.
    for i in 0..4 {
        insert(store, 100 + i, "south", 1, 0.9 + i as f64 / 100.0);
    }
    // An old north call, outside a 90-day window.
    insert(store, 200, "north", 120, 1.0);

    let north = bands(store, Some("north"), 90);
    let stress = &north["stress_customer"];
    assert_eq!(stress.population, Population::Team);
    assert_eq!((stress.n, stress.team_n), (10, Some(10)));
    assert_eq!(terciles(stress), (Some(0.3), Some(0.6)));

    // south falls back on all 14 calls: sorted 0.0 … 0.9, 0.9, 0.91, 0.92, 0.93;
    // p33 at 13/3 = 4.33 → 0.4 + 0.33·0.1 = 0.433; p67 at 8.67 → 0.8 + 0.67·0.1 = 0.867.
    let south = &bands(store, Some("south"), 90)["stress_customer"];
    assert_eq!(south.population, Population::All);
    assert_eq!((south.n, south.team_n), (14, Some(4)));
    assert_eq!(terciles(south), (Some(0.433), Some(0.867)));

    // No team asked: all calls, no team count. A longer window takes the old call in.
    let all = &bands(store, None, 90)["stress_customer"];
    assert_eq!(
        (all.population, all.n, all.team_n),
        (Population::All, 14, None)
    );
    assert_eq!(bands(store, None, 365)["stress_customer"].n, 15);

    // A score no call has: no bands; every score column is answered.
    let none = &north["stress_agent"];
    assert_eq!((none.n, none.p33, none.p67), (0, None, None));
    assert_eq!(north.len(), SCORE_COLUMNS.len());
}

fn one_call_is_its_own_terciles_and_unsucceeded_calls_do_not_count(store: &dyn TestStore) {
    insert(store, 1, "north", 0, 0.25);
    let id = new_call_id();
    store
        .enqueue(&id, &id, &NewCall::default(), usize::MAX)
        .unwrap();
    let b = &bands(store, Some("north"), 90)["stress_customer"];
    assert_eq!((b.n, b.p33, b.p67), (1, Some(0.25), Some(0.25)));
    assert_eq!(b.population, Population::All);
}

on_both_stores!(
    terciles_are_interpolated_over_the_teams_calls,
    one_call_is_its_own_terciles_and_unsucceeded_calls_do_not_count,
);
