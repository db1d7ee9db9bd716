//! `calltone calibrate` on a store whose reviewers' labels follow a known monotone distortion
//! of the machine's turn scores (with deterministic noise): the installed calibration moves
//! held-out scores towards the labels, a report calibrated with it names the version, and
//! `--rollback` restores the state before. No models are needed.

use std::process::{Command, Output};

use calltone::calibration::{held_out_calls, score_range};
use calltone::report::CallReport;
use calltone::store::labels::{LabelQuery, NewLabel};
use calltone::store::{CallStore, NewCall, Store};
use serde_json::{json, Value};

fn calltone(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(args)
        .output()
        .expect("run calltone")
}

/// A deterministic generator of numbers in [0, 1) (64-bit LCG, fixed seed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// What the reviewers hear, given the machine's score: smile runs high (x²), stress runs
/// low (√x), sentiment is too timid (sign(x)·√|x|).
fn truth(score: &str, x: f32) -> f32 {
    match score {
        "smile" => x * x,
        "stress" => x.sqrt(),
        _ => x.signum() * x.abs().sqrt(),
    }
}

const CALLS: usize = 24;
const TURNS: usize = 8;
const LANGUAGES: [&str; 3] = ["ar", "he", "el"];

fn call_id(c: usize) -> String {
    format!("{c:024x}")
}

/// A report of `TURNS` turns whose smile, stress and sentiment are drawn from `rng`.
fn report(c: usize, rng: &mut Lcg) -> Value {
    let language = LANGUAGES[c % LANGUAGES.len()];
    let turns: Vec<Value> = (0..TURNS)
        .map(|t| {
            json!({
                "id": t, "role": if t % 2 == 0 { "agent" } else { "customer" }, "channel": t % 2,
                "start_ms": t * 2000, "end_ms": t * 2000 + 1500, "language": language,
                "text": "…", "words": [],
                "tone": {"smile": rng.next(), "arousal": 0.5, "valence": 0.0,
                         "stress": rng.next(), "confidence": 0.8},
                "sentiment": rng.next() * 2.0 - 1.0,
            })
        })
        .collect();
    json!({
        "schema_version": 1, "call_id": call_id(c), "duration_ms": TURNS * 2000,
        "language": language,
        "source": {"container": "wav", "codec": "pcm_s16le", "channels": 2, "sample_rate_hz": 8000},
        "channels": [{"index": 0, "role": "agent", "speech_ms": 1}, {"index": 1, "role": "customer", "speech_ms": 1}],
        "turns": turns,
        "models": {"asr": "test", "vad": "test"},
        "timings_ms": {"decode": 0, "vad": 0, "asr": 0, "total": 0},
    })
}

fn machine_value(turn: &Value, score: &str) -> f32 {
    let v = match score {
        "sentiment" => &turn["sentiment"],
        _ => &turn["tone"][score],
    };
    v.as_f64().unwrap() as f32
}

/// A store of `calls` analysed calls, each turn's three scores labelled by a reviewer as
/// [`truth`] plus noise of ±0.05.
fn store_with_labels(dir: &std::path::Path, calls: usize) -> Store {
    let store = Store::open(dir).unwrap();
    let mut rng = Lcg(18);
    for c in 0..calls {
        let report = report(c, &mut rng);
        store
            .insert_report(&call_id(c), &NewCall::default(), &report)
            .unwrap();
        let mut labels = Vec::new();
        for turn in report["turns"].as_array().unwrap() {
            for score in ["smile", "stress", "sentiment"] {
                let x = machine_value(turn, score);
                let (lo, hi) = score_range(score);
                let noise = (rng.next() - 0.5) * 0.1;
                let reviewer = (truth(score, x) + noise).clamp(lo, hi);
                labels.push(NewLabel {
                    call_id: call_id(c),
                    turn_id: turn["id"].as_i64().unwrap(),
                    field: score.into(),
                    machine_value: json!(x),
                    raw_value: json!(x),
                    reviewer_value: json!(reviewer),
                    language: report["language"].as_str().map(Into::into),
                    reviewer: "Ada".into(),
                });
            }
        }
        store.add_labels(&labels).unwrap();
    }
    store
}

#[test]
fn calibrate_installs_a_calibration_that_moves_held_out_scores_towards_the_labels_and_rolls_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_labels(dir.path(), CALLS);
    let data_dir = dir.path().to_str().unwrap();

    // A dry run reports and installs nothing.
    let out = calltone(&["calibrate", "--data-dir", data_dir, "--dry-run"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8_lossy(&out.stdout);
    eprintln!("{table}");
    assert!(table.contains("nothing installed"), "{table}");
    assert_eq!(store.calibration_version().unwrap(), None);

    let out = calltone(&["calibrate", "--data-dir", data_dir, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let outcome: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(outcome["installed"], json!(1), "{outcome}");
    assert_eq!(outcome["in_force"], json!("calibration-1"));
    for score in outcome["fit"]["scores"].as_array().unwrap() {
        let fitted = &score["fitted"];
        assert!(
            fitted.is_object(),
            "{} was not fitted: {score}",
            score["score"]
        );
        assert_eq!(score["n_labels"], json!(CALLS * TURNS));
        let (before, after) = (
            fitted["before"]["mae"].as_f64().unwrap(),
            fitted["after"]["mae"].as_f64().unwrap(),
        );
        assert!(
            after < before * 0.6,
            "{}: held-out MAE {before:.3} → {after:.3}",
            score["score"]
        );
        // 24 calls, 8 of each language: 6 training calls of each, 48 labels ≥ 30.
        let maps = fitted["maps"].as_object().unwrap();
        for key in ["*", "ar", "he", "el"] {
            assert!(
                maps.contains_key(key),
                "{}: no map for {key}",
                score["score"]
            );
        }
    }

    // Applied to a held-out call's report, the turn scores move towards the labels.
    let calibration = calltone::calibrate::current(&store).unwrap().unwrap();
    assert_eq!(calibration.version, 1);
    let held_out = held_out_calls(
        (0..CALLS)
            .map(call_id)
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let labels = store
        .labels(&LabelQuery {
            field: Some("smile".into()),
            ..LabelQuery::default()
        })
        .unwrap();
    let (mut before, mut after, mut n) = (0.0, 0.0, 0);
    for id in &held_out {
        let mut report: CallReport =
            serde_json::from_value(store.report(id).unwrap().unwrap()).unwrap();
        let measured: Vec<f32> = report.turns.iter().map(|t| t.tone.unwrap().smile).collect();
        let language = report.language.clone();
        assert_eq!(
            calibration.apply_turns(&mut report.turns, language.as_deref()),
            TURNS
        );
        for (turn, raw) in report.turns.iter().zip(measured) {
            let label = labels
                .iter()
                .find(|l| &l.call_id == id && l.turn_id == turn.id as i64)
                .unwrap();
            let reviewer = label.reviewer_value.as_f64().unwrap() as f32;
            before += (raw - reviewer).abs();
            after += (turn.tone.unwrap().smile - reviewer).abs();
            n += 1;
            assert_eq!(turn.uncalibrated.as_ref().unwrap()["smile"], raw);
        }
    }
    assert!(n >= TURNS);
    assert!(
        after < before * 0.6,
        "held-out smile MAE {before} → {after} over {n} turns"
    );
    assert_eq!(calibration.name(), "calibration-1");

    // A second install, then rollbacks back to none.
    let out = calltone(&["calibrate", "--data-dir", data_dir]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("installed calibration-2"));
    let out = calltone(&["calibrate", "--data-dir", data_dir, "--rollback"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "rolled back calibration-2; calibration-1 is in force"
    );
    assert_eq!(store.calibration_version().unwrap(), Some(1));
    let out = calltone(&["calibrate", "--data-dir", data_dir, "--rollback"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("no calibration is in force"));
    assert_eq!(store.calibration_version().unwrap(), None);
    let out = calltone(&["calibrate", "--data-dir", data_dir, "--status"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "no calibration is in force"
    );
}

#[test]
fn calibrate_refuses_to_fit_below_the_minimum_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    // 3 calls × 8 turns: 24 labels per score, from 3 calls.
    let store = store_with_labels(dir.path(), 3);
    let out = calltone(&["calibrate", "--data-dir", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains(
            "skipped: 24 labels from 3 calls; at least 30 labels from 5 calls are needed"
        ),
        "{table}"
    );
    assert!(table.contains("nothing installed; no calibration is in force"));
    assert_eq!(store.calibration_version().unwrap(), None);
}

#[test]
fn calibrate_refuses_a_directory_without_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let out = calltone(&["calibrate", "--data-dir", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no calltone store in"), "{stderr}");
    assert!(
        !dir.path().join("calltone.sqlite3").exists(),
        "nothing was created"
    );
}
