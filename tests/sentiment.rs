//! `calltone sentiment` (lines of text in, JSON lines out) and a regression floor on the
//! held-out evaluation sentences (`data/eval/test`; the figures are in docs/text-sentiment.md,
//! made by scripts/eval_sentiment.py). No models needed.

use std::io::Write;
use std::process::{Command, Stdio};

use calltone::text::{label, score_text};
use serde_json::Value;

fn sentiment(language: &str, input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .args(["sentiment", "--language", language])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run calltone");
    // The command may refuse (and close stdin) before reading: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn one_json_line_per_input_line_with_the_cues() {
    let (code, stdout, _) = sentiment(
        "en",
        "Thank you so much, that's brilliant\nI am not happy, you idiot\n\n",
    );
    assert_eq!(code, 0);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["language"], "en");
    assert!(lines[0]["sentiment"].as_f64().unwrap() > 0.5);
    assert_eq!(lines[0]["abusive"], false);
    assert!(lines[1]["sentiment"].as_f64().unwrap() < -0.2);
    assert_eq!(lines[1]["abusive"], true);
    let cues: Vec<&str> = lines[1]["cues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(
        cues.iter().any(|c| c.starts_with("negated 'happy'")),
        "{cues:?}"
    );
    assert!(cues.contains(&"insult: 'idiot'"), "{cues:?}");
    assert_eq!(lines[2]["text"], "");
    assert_eq!(lines[2]["sentiment"], 0.0);
}

#[test]
fn arabic_hebrew_greek_lines() {
    for (language, text, positive) in [
        ("ar", "شكراً جزيلاً، الخدمة ممتازة", true),
        ("he", "אני מאוד מאוכזב מהשירות", false),
        ("el", "Είμαι πολύ ευχαριστημένος, ευχαριστώ!", true),
    ] {
        let (code, stdout, _) = sentiment(language, text);
        assert_eq!(code, 0);
        let line: Value = serde_json::from_str(stdout.trim()).unwrap();
        let s = line["sentiment"].as_f64().unwrap();
        assert_eq!(s > 0.2, positive, "{language}: {line}");
    }
}

#[test]
fn an_unknown_language_is_a_clear_error() {
    let (code, stdout, stderr) = sentiment("xx", "hello\n");
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("no sentiment lexicon for language `xx`"),
        "{stderr}"
    );
}

/// Regression floor, not a target: the test split was never tuned on, and the measured
/// figures (docs/text-sentiment.md) are 78–87%; a change that drops a language below 70%
/// or flags non-abusive sentences has broken something.
#[test]
fn held_out_sentences_stay_above_the_floor() {
    for language in ["ar", "he", "el", "en"] {
        let path = format!(
            "{}/data/eval/test/{language}.tsv",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let (mut n, mut correct, mut false_abuse) = (0, 0, 0);
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut parts = line.splitn(3, '\t');
            let (want, abusive, sentence) = (
                parts.next().unwrap(),
                parts.next().unwrap() == "1",
                parts.next().unwrap(),
            );
            let score = score_text(language, sentence).unwrap();
            n += 1;
            correct += usize::from(label(score.sentiment) == want);
            false_abuse += usize::from(score.abusive == Some(true) && !abusive);
        }
        let accuracy = correct as f64 / n as f64;
        assert!(
            accuracy >= 0.70,
            "{language}: {accuracy:.3} ({correct}/{n})"
        );
        assert_eq!(false_abuse, 0, "{language}");
    }
}
