//! Golden report for a scripted call whose answer is known by construction
//! (`samples/call_en_stereo_angry_8k_ulaw.wav`, made by `samples/make_samples.py`; its turns,
//! times and levels are in `samples/reference.json`): an angry customer shouts, curses and
//! cuts in on the agent twice, then calms down. Runs the real binary (VAD + Whisper) once.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const FILE: &str = "call_en_stereo_angry_8k_ulaw.wav";
/// Overlaps placed at known times are measured to within this.
const OVERLAP_TOLERANCE_MS: i64 = 50;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn reference() -> Value {
    let all: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("samples/reference.json")).unwrap(),
    )
    .unwrap();
    all["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["file"] == FILE)
        .unwrap()
        .clone()
}

fn analyze() -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["analyze", "--json", "--language", "en"])
        .arg(root().join("samples").join(FILE))
        .current_dir(root())
        .env_remove("RUST_LOG")
        .output()
        .expect("run calltone");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON report")
}

/// The `[start, end]` overlaps between the reference's agent and customer turns.
fn reference_overlaps(reference: &Value) -> Vec<(i64, i64)> {
    let turns = reference["turns"].as_array().unwrap();
    let span = |t: &Value| {
        (
            t["start_ms"].as_i64().unwrap(),
            t["end_ms"].as_i64().unwrap(),
        )
    };
    let mut out = Vec::new();
    for a in turns.iter().filter(|t| t["channel"] == 0) {
        for c in turns.iter().filter(|t| t["channel"] == 1) {
            let ((a0, a1), (c0, c1)) = (span(a), span(c));
            if a0.max(c0) < a1.min(c1) {
                out.push((a0.max(c0), a1.min(c1)));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn angry_customer_who_calms_down() {
    let reference = reference();
    let report = analyze();
    let turns = report["turns"].as_array().unwrap();
    assert!(report["models"]["text"].is_string());

    // Customer sentiment by quarter rises; the customer ends happier than they began.
    let quarters: Vec<Option<f64>> = report["scores"]["sentiment_by_quarter"]["customer"]
        .as_array()
        .unwrap()
        .iter()
        .map(Value::as_f64)
        .collect();
    let spoken: Vec<f64> = quarters.iter().flatten().copied().collect();
    assert!(spoken.len() >= 3, "{quarters:?}");
    assert!(spoken[0] < -0.3, "first quarter not negative: {quarters:?}");
    assert!(
        spoken[spoken.len() - 1] > 0.3,
        "last quarter not positive: {quarters:?}"
    );
    assert!(
        spoken.windows(2).all(|w| w[1] >= w[0]),
        "not rising: {quarters:?}"
    );
    assert_eq!(report["scores"]["customer_ended_happier"], true);
    let moments = report["moments"].as_array().unwrap();
    assert!(moments
        .iter()
        .any(|m| m["kind"] == "customer_ended_happier"));

    // The curse is flagged, on the turn that holds it, and nowhere else.
    let abusive: Vec<&Value> = turns.iter().filter(|t| t["abusive"] == true).collect();
    assert_eq!(abusive.len(), 1, "{abusive:#?}");
    let cursed = abusive[0];
    assert_eq!(cursed["role"], "customer");
    assert!(cursed["text"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("crap"));
    let placed = reference["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"].as_str().unwrap().contains("crap"))
        .unwrap();
    let mid = (placed["start_ms"].as_i64().unwrap() + placed["end_ms"].as_i64().unwrap()) / 2;
    assert!(cursed["start_ms"].as_i64().unwrap() < mid && mid < cursed["end_ms"].as_i64().unwrap());
    assert!(cursed["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e == "abuse: curse: 'crap'"));
    let abuse = moments.iter().find(|m| m["kind"] == "abuse").unwrap();
    assert_eq!(abuse["start_ms"], cursed["start_ms"]);
    // Abuse ranks at the top for a coach (report::moment_severity).
    assert!(abuse["severity"].as_f64().unwrap() >= 0.9, "{abuse}");

    // The two loud customer turns shout; the quiet ones do not.
    let customer: Vec<&Value> = turns.iter().filter(|t| t["role"] == "customer").collect();
    let shouting: Vec<bool> = customer.iter().map(|t| t["shouting"] == true).collect();
    assert_eq!(shouting, [true, true, false, false, false], "{customer:#?}");
    // The tone model hears the shouting (about 10 dB louder and 15 % faster) as more aroused
    // and more stressed than every quiet turn of the same speaker, by a clear margin.
    let tone = |t: &Value, key: &str| t["tone"][key].as_f64().unwrap();
    for key in ["arousal", "stress"] {
        let quiet_max = customer[2..]
            .iter()
            .map(|t| tone(t, key))
            .fold(f64::MIN, f64::max);
        for loud in &customer[..2] {
            assert!(
                tone(loud, key) > quiet_max + 0.1,
                "{key}: shouting {} vs quiet at most {quiet_max}",
                tone(loud, key)
            );
        }
    }
    assert!(moments
        .iter()
        .any(|m| m["kind"] == "stress_peak" && m["role"] == "customer"));
    assert!(
        report["scores"]["stress"]["customer"].as_f64().unwrap()
            > report["scores"]["stress"]["agent"].as_f64().unwrap()
    );

    // Overlaps placed at known times, measured within 50 ms; both are the customer's
    // interruptions (the agent stops each time).
    let expected = reference_overlaps(&reference);
    assert_eq!(expected.len(), 2);
    let measured: Vec<(i64, i64)> = report["characteristics"]["overtalk_spans_ms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s[0].as_i64().unwrap(), s[1].as_i64().unwrap()))
        .collect();
    assert_eq!(measured.len(), 2, "{measured:?} vs {expected:?}");
    for (m, e) in measured.iter().zip(&expected) {
        assert!(
            (m.0 - e.0).abs() <= OVERLAP_TOLERANCE_MS && (m.1 - e.1).abs() <= OVERLAP_TOLERANCE_MS,
            "overlap {m:?} vs placed {e:?}"
        );
    }
    let total: i64 = expected.iter().map(|(s, e)| e - s).sum();
    let overtalk = report["characteristics"]["overtalk_ms"].as_i64().unwrap();
    assert!(
        (overtalk - total).abs() <= OVERLAP_TOLERANCE_MS,
        "{overtalk} vs {total}"
    );
    assert_eq!(report["characteristics"]["interruptions"]["customer"], 2);
    assert_eq!(report["characteristics"]["interruptions"]["agent"], 0);
}
