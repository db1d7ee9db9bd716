//! `calltone redact` (lines of text in, redacted lines or JSON spans out) and the redaction
//! evaluation: recall per kind and language and over-redaction on the sets in
//! `data/redaction/` (made by `benches/redaction/make_set.py`). The held-out set was written
//! before the rules and is not used to tune them; its targets are asserted here (recall ≥ 98 %
//! per language, at most one non-personal span redacted per 25 sentences). No models needed.
//!
//! The table in the README: `cargo test --test redact -- --nocapture --test-threads 1 evaluation`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use calltone::redact::{find_in_conversation, Kind, Span, Utterance};
use serde_json::Value;

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_calltone"))
        .arg("redact")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start calltone");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn redact_writes_one_line_per_line_with_tags() {
    let input = "Hi, my name is Dana Whitfield.\nThanks Dana. Card number?\nfour one one one one one one one one one one one one one one one\nIt costs $49.99 for 30 days.\n\n";
    let (code, out, err) = run(&["--language", "en"], input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "Hi, my name is [NAME].",
            "Thanks [NAME]. Card number?",
            "[CARD]",
            "It costs $49.99 for 30 days.",
            ""
        ]
    );
}

#[test]
fn redact_json_gives_offsets_not_the_personal_text() {
    let input = "رقم جوالي ٠٥٠ ١٢٣ ٤٥٦٧\n";
    let (code, out, err) = run(&["--language", "ar", "--json"], input);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["text"], "رقم جوالي [PHONE]");
    let span = &v["spans"][0];
    assert_eq!(span["kind"], "phone");
    let (s, e) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&input[s..e], "٠٥٠ ١٢٣ ٤٥٦٧");
    assert!(
        !out.contains("٠٥٠"),
        "the personal text is not echoed: {out}"
    );
}

#[test]
fn redact_refuses_a_bad_language_on_stderr() {
    let (code, out, err) = run(&["--language", "english"], "hello\n");
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert!(err.contains("--language"), "{err}");
}

/// `--name-tagger FILE` scores with another tagger (as `examples/train_name_tagger.rs`
/// writes one): one that never says a name leaves the nickname the bundled tagger hears, and
/// a file that is no tagger is refused with its reason.
#[test]
fn redact_takes_another_name_tagger_or_says_why_not() {
    let line = "Yes, I'm Anh, A-N-H, Tran, and I need a new card.\n";
    let (code, out, err) = run(&["--language", "en"], line);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "Yes, I'm [NAME], [NAME], [NAME], and I need a new card.\n"
        ),
        "{err}"
    );

    let dir = std::env::temp_dir().join(format!("calltone-tagger-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let none = dir.join("none.tsv");
    std::fs::write(&none, "# says no name\nthreshold\t2\n").unwrap();
    let (code, out, err) = run(
        &["--language", "en", "--name-tagger", none.to_str().unwrap()],
        line,
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "Yes, I'm [NAME], [NAME], Tran, and I need a new card.\n"),
        "{err}"
    );

    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "w=tran\t3\n").unwrap();
    for file in [bad, dir.join("missing.tsv")] {
        let (code, out, err) = run(
            &["--language", "en", "--name-tagger", file.to_str().unwrap()],
            line,
        );
        assert_eq!(code, 2, "{file:?}: {err}");
        assert!(out.is_empty());
        assert!(err.contains("--name-tagger"), "{err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// One sentence of the evaluation set.
struct Item {
    context: Option<String>,
    text: String,
    spans: Vec<Span>,
}

fn load(set: &str, lang: &str) -> Vec<Item> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/redaction/{set}/{lang}.jsonl"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            Item {
                context: v["context"].as_str().map(str::to_string),
                text: v["text"].as_str().unwrap().to_string(),
                spans: serde_json::from_value(v["spans"].clone()).unwrap(),
            }
        })
        .collect()
}

/// Scores of one language: per kind (found, total), over-redacted spans, sentences.
#[derive(Default)]
struct Score {
    kinds: BTreeMap<Kind, (usize, usize)>,
    over: usize,
    sentences: usize,
    missed: Vec<String>,
    extra: Vec<String>,
}

impl Score {
    fn recall(&self) -> f64 {
        let (f, t) = self
            .kinds
            .values()
            .fold((0, 0), |(f, t), &(a, b)| (f + a, t + b));
        f as f64 / t.max(1) as f64
    }
    fn over_per_25(&self) -> f64 {
        self.over as f64 * 25.0 / self.sentences.max(1) as f64
    }
}

/// A personal span counts as found when every letter and digit of it is inside a redacted
/// span and one of those has its kind (a leftover digit would leak). A redacted span that
/// touches no personal span is over-redaction.
fn score(set: &str, lang: &str) -> Score {
    let mut s = Score::default();
    for item in load(set, lang) {
        let mut utts = Vec::new();
        if let Some(c) = &item.context {
            utts.push(Utterance {
                text: c,
                language: Some(lang),
                speaker: 1,
            });
        }
        utts.push(Utterance {
            text: &item.text,
            language: Some(lang),
            speaker: 0,
        });
        let got = find_in_conversation(&utts).pop().unwrap();
        s.sentences += 1;
        for gold in &item.spans {
            let covered = item.text[gold.start..gold.end]
                .char_indices()
                .filter(|(_, c)| c.is_alphanumeric())
                .all(|(i, _)| {
                    got.iter()
                        .any(|g| g.start <= gold.start + i && gold.start + i < g.end)
                });
            let kind = got
                .iter()
                .any(|g| g.kind == gold.kind && g.start < gold.end && gold.start < g.end);
            let e = s.kinds.entry(gold.kind).or_default();
            e.1 += 1;
            if covered && kind {
                e.0 += 1;
            } else {
                s.missed.push(format!(
                    "{:?} in {:?} → {:?}",
                    gold.kind,
                    item.text,
                    calltone::redact::apply(&item.text, &got)
                ));
            }
        }
        for g in &got {
            if !item
                .spans
                .iter()
                .any(|p| g.start < p.end && p.start < g.end)
            {
                s.over += 1;
                s.extra.push(format!(
                    "{:?} {:?} in {:?}",
                    g.kind,
                    &item.text[g.start..g.end],
                    item.text
                ));
            }
        }
    }
    s
}

fn table(set: &str) -> BTreeMap<&'static str, Score> {
    let mut all = BTreeMap::new();
    println!(
        "\n{set}: recall per kind (found/total), overall recall, over-redaction per 25 sentences"
    );
    println!("lang  sentences  card    phone   email   id      iban    name    dob     address  recall   over/25");
    for lang in ["en", "ar", "he", "el"] {
        let s = score(set, lang);
        let mut row = format!("{lang:<5} {:>9}  ", s.sentences);
        for k in Kind::ALL {
            let (f, t) = s.kinds.get(&k).copied().unwrap_or((0, 0));
            row.push_str(&format!("{:<8}", format!("{f}/{t}")));
        }
        println!(
            "{row}  {:>5.1} %  {:>6.2}",
            s.recall() * 100.0,
            s.over_per_25()
        );
        for m in &s.missed {
            println!("      missed {m}");
        }
        for x in &s.extra {
            println!("      over   {x}");
        }
        all.insert(lang, s);
    }
    all
}

#[test]
fn evaluation_dev() {
    // Printed, not asserted: the rules are developed on this set.
    table("dev");
}

#[test]
fn evaluation_wild() {
    // Printed, not asserted: hand-written after the rules and scored once before any change;
    // the misses they showed were then fixed, so they are no longer held out.
    table("wild");
    table("wild2");
    // Written by the lead, who had read the README's kinds and cues but not the rules; its one
    // miss became a cue (README).
    table("blind");
}

/// Every set's lines, each changed once the way recognisers and speakers change lines (cut
/// short, a comma, apostrophe, hyphen or Arabic comma put in, a character dropped, a word said
/// twice, lower case, a piece of another line inside), go through the redactor without a
/// panic: a rule that slices a line at the wrong place would fail a call. The changes come
/// from a fixed seed, so a failure names its line every time.
#[test]
fn changed_lines_never_make_the_redactor_panic() {
    let mut seed: u64 = 0x5eed_0047;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let sets = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/redaction"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect::<Vec<_>>();
    let mut lines = 0;
    for set in &sets {
        for lang in ["en", "ar", "he", "el"] {
            let texts: Vec<String> = load(set, lang).into_iter().map(|i| i.text).collect();
            for (k, text) in texts.iter().enumerate() {
                let chars: Vec<char> = text.chars().collect();
                let at = next(chars.len() + 1);
                let (head, tail) = (
                    chars[..at].iter().collect::<String>(),
                    chars[at..].iter().collect::<String>(),
                );
                let other = &texts[next(texts.len())];
                let changed = match next(7) {
                    0 => head,
                    1 => format!("{head}{}{tail}", [", ", "'", "-", "،", " , "][next(5)]),
                    2 => format!("{head}{}", tail.chars().skip(1).collect::<String>()),
                    3 => text.to_lowercase(),
                    4 => {
                        let words: Vec<&str> = text.split(' ').collect();
                        let w = next(words.len());
                        let mut twice = words.clone();
                        twice.insert(w, words[w]);
                        twice.join(" ")
                    }
                    5 => {
                        let half = other.chars().count() / 2;
                        let piece: String = other.chars().take(half).collect();
                        format!("{head} {piece} {tail}")
                    }
                    _ => text.replace(' ', ", "),
                };
                let previous = &texts[k.saturating_sub(1)];
                let utts = [previous.as_str(), changed.as_str()].map(|t| Utterance {
                    text: t,
                    language: Some(lang),
                    speaker: 0,
                });
                let got =
                    std::panic::catch_unwind(|| find_in_conversation(&utts)).unwrap_or_else(|_| {
                        panic!("{set} {lang}: the redactor panicked on {changed:?}")
                    });
                assert_eq!(got.len(), 2, "{set} {lang}: {changed:?}");
                lines += 1;
            }
        }
    }
    assert!(lines > 10_000, "{lines} lines");
}

#[test]
fn evaluation_blind_sets_keep_their_floor() {
    // blind2 to blind88 (about 110 sentences a language each) were written by helpers who
    // never read the rules or the README, and scored once before any change (README: first
    // runs); their misses were then fixed, so they are no longer held out. Asserted as a floor
    // so that later rules do not undo what they taught. blind5 is written as a recogniser
    // without capitals writes: its floor is lower. Names the given-name list lacks ("Kwame",
    // "Bron", nicknames after the full name) and Hebrew streets with no street word or town
    // list are most of the misses left (README).
    for (set, floor) in [
        ("blind2", 0.95),
        ("blind3", 0.95),
        ("blind4", 0.95),
        ("blind5", 0.93),
        ("blind6", 0.95),
        ("blind7", 0.95),
        ("blind8", 0.95),
        ("blind9", 0.95),
        ("blind10", 0.94),
        // four of its Greek IBANs have 26 characters where Greece's have 27 (README)
        ("blind11", 0.88),
        ("blind12", 0.91),
        ("blind13", 0.89),
        ("blind14", 0.92),
        ("blind15", 0.91),
        ("blind16", 0.92),
        ("blind17", 0.92),
        ("blind18", 0.96),
        ("blind19", 0.96),
        ("blind20", 0.93),
        ("blind21", 0.98),
        ("blind22", 0.95),
        ("blind23", 0.91),
        ("blind24", 0.95),
        ("blind25", 0.92),
        ("blind26", 0.92),
        // blind27 and blind28 were scored before any rule was made from them (2026-12-06:
        // e-mails and dates of birth were, from forms made up, and then scored on them), and
        // blind29 and blind30 likewise: their first runs, less a point
        ("blind27", 0.89),
        ("blind28", 0.86),
        ("blind29", 0.91),
        ("blind30", 0.85),
        // blind31 and blind32: first runs with the name tagger, which was not trained on them
        ("blind31", 0.88),
        ("blind32", 0.89),
        // blind33-36: after their first runs (README), read and their misses fixed; less a point
        // (ar: the tagger retrained with blind37-40 lost two of its Arabic names, 89.9 to 87.3 %)
        ("blind33", 0.87),
        ("blind34", 0.91),
        ("blind35", 0.95),
        ("blind36", 0.93),
        // blind37-40: read after blind41-48 were written, and their misses fixed; less a point
        ("blind37", 0.94),
        ("blind38", 0.92),
        ("blind39", 0.94),
        ("blind40", 0.85),
        // blind41-44: read after blind49-56 were written, and their misses fixed; less a point
        ("blind41", 0.92),
        ("blind42", 0.89),
        ("blind43", 0.93),
        ("blind44", 0.94),
        // blind45-48: read after blind49-56 were written, and their misses fixed; less a point
        ("blind45", 0.90),
        ("blind46", 0.94),
        ("blind47", 0.93),
        ("blind48", 0.95),
        // blind49-52: read after blind57-64 were written, and their misses fixed; less a point
        ("blind49", 0.90),
        ("blind50", 0.92),
        ("blind51", 0.95),
        ("blind52", 0.92),
        // blind53-56: read after blind65-72 were written, and their misses fixed; less a point
        ("blind53", 0.94),
        ("blind54", 0.96),
        ("blind55", 0.95),
        ("blind56", 0.92),
        // blind57-60: read after blind73-80 were written, and their misses fixed; less a point
        ("blind57", 0.93),
        ("blind58", 0.91),
        ("blind59", 0.93),
        ("blind60", 0.95),
        // blind61-64: scored unread after the changes made from blind49-52, less a point (read
        // at stop 60, and their misses fixed)
        ("blind61", 0.96),
        ("blind62", 0.96),
        ("blind63", 0.93),
        ("blind64", 0.90),
        // blind65-72: scored unread after the changes made from blind53-56, less a point (read
        // at stop 60)
        ("blind65", 0.90),
        ("blind66", 0.91),
        ("blind67", 0.94),
        ("blind68", 0.92),
        ("blind69", 0.90),
        ("blind70", 0.89),
        ("blind71", 0.91),
        ("blind72", 0.95),
        // blind73-80: unread, their first runs (stop 56's rules and tagger), less a point
        ("blind73", 0.85),
        ("blind74", 0.90),
        ("blind75", 0.92),
        ("blind76", 0.96),
        ("blind77", 0.94),
        ("blind78", 0.95),
        ("blind79", 0.94),
        ("blind80", 0.94),
        // blind81-88: unread, their first runs (stop 59's rules and tagger), less a point
        ("blind81", 0.94),
        ("blind82", 0.95),
        ("blind83", 0.93),
        ("blind84", 0.95),
        ("blind85", 0.94),
        ("blind86", 0.94),
        ("blind87", 0.94),
        ("blind88", 0.95),
    ] {
        // some sets over-redact more than the target allows, in one language each (README):
        // held where they are, not let worse
        let over_limit = match set {
            "blind37" => 1.2,
            "blind40" => 1.6,
            "blind42" | "blind45" => 1.1,
            "blind46" | "blind59" => 1.3,
            "blind64" => 1.5,
            "blind75" => 1.3,
            "blind79" => 1.4,
            "blind84" => 1.1,
            "blind47" => 1.8,
            _ => 1.0,
        };
        for (lang, s) in &table(set) {
            assert!(
                s.recall() >= floor,
                "{set} {lang}: recall {:.3}",
                s.recall()
            );
            assert!(
                s.over_per_25() <= over_limit,
                "{set} {lang}: {:.2} over-redactions per 25 sentences",
                s.over_per_25()
            );
        }
    }
}

#[test]
fn evaluation_heldout_meets_the_targets() {
    let started = std::time::Instant::now();
    let all = table("heldout");
    for (lang, s) in &all {
        assert!(
            s.recall() >= 0.98,
            "{lang}: recall {:.3} below 98 %",
            s.recall()
        );
        assert!(
            s.over_per_25() <= 1.0,
            "{lang}: {:.2} over-redactions per 25 sentences",
            s.over_per_25()
        );
    }
    assert!(started.elapsed().as_secs() < 10);
}
