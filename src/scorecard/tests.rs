use serde_json::{json, Map, Value};

use super::*;

fn answers(v: Value) -> Map<String, Value> {
    v.as_object().expect("an object").clone()
}

/// Every question of the built-in card answered, the best way.
fn best() -> Map<String, Value> {
    answers(json!({
        "greeted": true, "verified": true, "no_interruptions": true, "no_long_silence": true,
        "abuse_handled": true, "empathy": 4, "ended_happier": true, "resolution": "resolved"
    }))
}

#[test]
fn the_builtin_card_is_valid_and_worth_100_points() {
    let card = Scorecard::builtin();
    card.validate().unwrap();
    assert_eq!(card.max_points(), 100.0);
    let scored = score(&card, &best()).unwrap();
    assert_eq!(
        (scored.total_points, scored.max_points, scored.score_pct),
        (100.0, 100.0, 100.0)
    );
}

#[test]
fn answers_are_scored_by_type_and_not_applicable_leaves_the_maximum() {
    let card = Scorecard::builtin();
    let mut a = best();
    a.insert("empathy".into(), json!(2)); // 20 × 2/4 = 10
    a.insert("resolution".into(), json!("escalated")); // 10 of 20
    a.insert("verified".into(), json!(false)); // 0 of 10
    a.insert("abuse_handled".into(), Value::Null); // not applicable: out of the maximum
    let scored = score(&card, &a).unwrap();
    assert_eq!(scored.total_points, 60.0);
    assert_eq!(scored.max_points, 90.0);
    assert_eq!(scored.score_pct, 66.67);
    let na = scored
        .answers
        .iter()
        .find(|x| x.question == "abuse_handled")
        .unwrap();
    assert_eq!((na.points, na.max_points), (0.0, 0.0));
}

#[test]
fn bad_answers_are_refused_with_the_reason() {
    let card = Scorecard::builtin();
    let cases = [
        ("nonsense", json!(true), "not a question"),
        ("greeted", json!("yes"), "true or false"),
        ("empathy", json!(5), "0 to 4"),
        ("empathy", json!(-1), "0 to 4"),
        ("empathy", json!(1.5), "0 to 4"),
        (
            "resolution",
            json!("maybe"),
            "resolved, escalated, unresolved",
        ),
        (
            "verified",
            Value::Null,
            "not one that can be not applicable",
        ),
    ];
    for (question, value, why) in cases {
        let mut a = best();
        a.insert(question.into(), value.clone());
        let err = score(&card, &a).unwrap_err();
        assert!(err.0.contains(why), "{question}={value}: {err}");
    }
    let mut a = best();
    a.remove("empathy");
    assert!(score(&card, &a)
        .unwrap_err()
        .0
        .contains("unanswered: empathy"));
}

#[test]
fn the_hash_follows_the_content_not_the_file_format() {
    let card = Scorecard::builtin();
    let dir = tempfile::tempdir().unwrap();
    let json_path = dir.path().join("card.json");
    std::fs::write(
        &json_path,
        serde_json::to_string_pretty(&card.definition()).unwrap(),
    )
    .unwrap();
    let toml_path = dir.path().join("card.toml");
    std::fs::write(&toml_path, toml::to_string(&card).unwrap()).unwrap();
    let from_json = Scorecard::from_file(&json_path).unwrap();
    let from_toml = Scorecard::from_file(&toml_path).unwrap();
    assert_eq!(from_json.content_hash(), card.content_hash());
    assert_eq!(from_toml.content_hash(), card.content_hash());
    let mut changed = card.clone();
    changed.sections[0].questions[0].points = 15.0;
    assert_ne!(changed.content_hash(), card.content_hash());
}

#[test]
fn a_card_file_is_checked_at_start_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let ok = write(
        "ok.toml",
        r#"
id = "sales"
title = "Sales call"
[[sections]]
title = "Opening"
[[sections.questions]]
id = "greeted"
text = "Greeted within 10 s?"
type = "yes_no"
points = 5
auto = "agent_greeted_within_10s"
[[sections.questions]]
id = "tone"
text = "Tone"
type = "scale"
max = 3
points = 9
"#,
    );
    let card = Scorecard::from_file(&ok).unwrap();
    assert_eq!(card.max_points(), 14.0);

    let cases = [
        (
            "dup.json",
            r#"{"id":"x","title":"X","sections":[{"title":"S","questions":[
            {"id":"a","text":"A","type":"yes_no","points":1},{"id":"a","text":"B","type":"yes_no","points":1}]}]}"#,
            "used twice",
        ),
        (
            "scale.json",
            r#"{"id":"x","title":"X","sections":[{"title":"S","questions":[
            {"id":"a","text":"A","type":"scale","points":1}]}]}"#,
            "needs `max`",
        ),
        (
            "auto.json",
            r#"{"id":"x","title":"X","sections":[{"title":"S","questions":[
            {"id":"a","text":"A","type":"yes_no","points":1,"auto":"made_up"}]}]}"#,
            "made_up",
        ),
        (
            "points.json",
            r#"{"id":"x","title":"X","sections":[{"title":"S","questions":[
            {"id":"a","text":"A","type":"yes_no","points":0}]}]}"#,
            "above 0",
        ),
        (
            "typo.json",
            r#"{"id":"x","title":"X","sections":[{"title":"S","questions":[
            {"id":"a","text":"A","type":"yes_no","points":1,"pionts":2}]}]}"#,
            "pionts",
        ),
        (
            "abuse.json",
            r#"{"id":"x","title":"X","sections":[{"title":"S","questions":[
            {"id":"a","text":"A","type":"yes_no","points":1,"auto":"abusive_customer_handled"}]}]}"#,
            "allow_na",
        ),
    ];
    for (name, text, why) in cases {
        let err = Scorecard::from_file(&write(name, text))
            .unwrap_err()
            .to_string();
        assert!(err.contains(why), "{name}: {err}");
    }
    let missing = Scorecard::from_file(&dir.path().join("absent.json")).unwrap_err();
    assert!(missing.to_string().contains("absent.json"), "{missing}");
}

// ---- pre-fill from small made-up reports ----

fn turn(role: &str, start_ms: u64, text: &str) -> Value {
    json!({"id": 0, "role": role, "channel": 0, "start_ms": start_ms, "end_ms": start_ms + 2000,
           "language": "en", "text": text})
}

fn outcome(check: AutoCheck, report: &Value) -> Outcome {
    prefill(check, report).outcome
}

#[test]
fn greeting_within_10_s_yes_no_unknown_with_the_greeting_words() {
    let early = json!({"turns": [turn("customer", 0, "hello?"),
        turn("agent", 2_500, "Thank you for calling Acme, how can I help you?")]});
    let a = prefill(AutoCheck::AgentGreetedWithin10s, &early);
    assert_eq!(a.outcome, Outcome::Yes);
    assert_eq!(a.at_ms, Some(2_500));
    assert!(
        a.evidence.contains("thank you for calling"),
        "{}",
        a.evidence
    );
    assert!(a.evidence.contains("00:02.5"), "{}", a.evidence);

    let late = json!({"turns": [turn("agent", 12_000, "yes?")]});
    let a = prefill(AutoCheck::AgentGreetedWithin10s, &late);
    assert_eq!(a.outcome, Outcome::No);
    assert!(a.evidence.contains("“yes?”"), "{}", a.evidence);

    let no_agent = json!({"turns": [turn("customer", 0, "hello?")]});
    assert_eq!(
        outcome(AutoCheck::AgentGreetedWithin10s, &no_agent),
        Outcome::Unknown
    );
    assert_eq!(
        outcome(AutoCheck::AgentGreetedWithin10s, &json!({})),
        Outcome::Unknown
    );

    let arabic = json!({"language": "ar", "turns": [{"role": "agent", "start_ms": 1000,
        "text": "مرحبا، شكراً لاتصالك، كيف يمكنني مساعدتك اليوم؟", "language": "ar"}]});
    let a = prefill(AutoCheck::AgentGreetedWithin10s, &arabic);
    assert_eq!(a.outcome, Outcome::Yes);
    assert!(a.evidence.contains("greeting"), "{}", a.evidence);
}

#[test]
fn customer_ended_happier_follows_the_report_with_its_quarters() {
    let happier = json!({"duration_ms": 80_000, "scores": {"customer_ended_happier": true,
        "sentiment_by_quarter": {"customer": [-0.4, null, 0.1, 0.3]}}});
    let a = prefill(AutoCheck::CustomerEndedHappier, &happier);
    assert_eq!(a.outcome, Outcome::Yes);
    assert!(
        a.evidence.contains("Q1 −0.4 → Q3 +0.1 → Q4 +0.3"),
        "{}",
        a.evidence
    );
    assert_eq!(a.at_ms, Some(60_000));
    let not = json!({"scores": {"customer_ended_happier": false}});
    assert_eq!(outcome(AutoCheck::CustomerEndedHappier, &not), Outcome::No);
    let absent = json!({"scores": {"sentiment": {}}});
    assert_eq!(
        outcome(AutoCheck::CustomerEndedHappier, &absent),
        Outcome::Unknown
    );
}

#[test]
fn interruptions_by_the_agent() {
    let none = json!({"characteristics": {"interruptions": {"agent": 0, "customer": 3}}});
    assert_eq!(
        outcome(AutoCheck::NoAgentInterruptions, &none),
        Outcome::Yes
    );
    let two = json!({"characteristics": {"interruptions": {"agent": 2}, "overtalk_spans_ms": [[4000, 4500]]}});
    let a = prefill(AutoCheck::NoAgentInterruptions, &two);
    assert_eq!((a.outcome, a.at_ms), (Outcome::No, Some(4000)));
    assert!(a.evidence.contains("2 times"));
    assert_eq!(
        outcome(AutoCheck::NoAgentInterruptions, &json!({})),
        Outcome::Unknown
    );
}

#[test]
fn long_silences_from_the_moments() {
    let quiet = json!({"characteristics": {"non_talk_time_ms": 3000},
        "moments": [{"kind": "long_silence", "start_ms": 30_000, "end_ms": 37_000, "why": "nobody spoke for 7.0 s"}]});
    let a = prefill(AutoCheck::NoLongSilence, &quiet);
    assert_eq!((a.outcome, a.at_ms), (Outcome::No, Some(30_000)));
    assert!(a.evidence.contains("7.0 s"), "{}", a.evidence);
    let fine = json!({"characteristics": {"non_talk_time_ms": 3000}, "moments": [{"kind": "stress_peak", "start_ms": 1}]});
    assert_eq!(outcome(AutoCheck::NoLongSilence, &fine), Outcome::Yes);
    assert_eq!(
        outcome(AutoCheck::NoLongSilence, &json!({"turns": []})),
        Outcome::Unknown
    );
}

#[test]
fn abuse_handled_calm_shouting_stressed_not_applicable_unknown() {
    let mut abusive = turn("customer", 5_000, "you idiot");
    abusive["abusive"] = json!(true);
    let mut calm = turn("agent", 8_000, "I understand");
    calm["shouting"] = json!(false);
    calm["tone"] =
        json!({"stress": 0.3, "smile": 0.1, "arousal": 0.2, "valence": 0.0, "confidence": 0.8});
    let report = json!({"turns": [abusive.clone(), calm.clone()]});
    let a = prefill(AutoCheck::AbusiveCustomerHandled, &report);
    assert_eq!((a.outcome, a.at_ms), (Outcome::Yes, Some(5_000)));
    assert!(a.evidence.contains("0.30"), "{}", a.evidence);

    let mut shouting = calm.clone();
    shouting["shouting"] = json!(true);
    let a = prefill(
        AutoCheck::AbusiveCustomerHandled,
        &json!({"turns": [abusive.clone(), shouting]}),
    );
    assert_eq!((a.outcome, a.at_ms), (Outcome::No, Some(8_000)));

    let mut stressed = calm.clone();
    stressed["tone"]["stress"] = json!(0.85);
    assert_eq!(
        outcome(
            AutoCheck::AbusiveCustomerHandled,
            &json!({"turns": [abusive.clone(), stressed]})
        ),
        Outcome::No
    );

    // An agent turn before the abuse does not count.
    let mut before = calm.clone();
    before["start_ms"] = json!(1_000);
    before["shouting"] = json!(true);
    assert_eq!(
        outcome(
            AutoCheck::AbusiveCustomerHandled,
            &json!({"turns": [before, abusive.clone(), calm.clone()]})
        ),
        Outcome::Yes
    );

    let mut polite = turn("customer", 5_000, "thanks");
    polite["abusive"] = json!(false);
    assert_eq!(
        outcome(
            AutoCheck::AbusiveCustomerHandled,
            &json!({"turns": [polite, calm.clone()]})
        ),
        Outcome::NotApplicable
    );
    // Not assessed, or the agent's tone not measured: unknown, never a guess.
    assert_eq!(
        outcome(
            AutoCheck::AbusiveCustomerHandled,
            &json!({"turns": [turn("customer", 0, "x"), calm]})
        ),
        Outcome::Unknown
    );
    assert_eq!(
        outcome(
            AutoCheck::AbusiveCustomerHandled,
            &json!({"turns": [abusive, turn("agent", 9_000, "ok")]})
        ),
        Outcome::Unknown
    );
}

#[test]
fn draft_answers_cover_the_auto_questions_of_the_card() {
    let card = Scorecard::builtin();
    let draft = draft_answers(&card, &json!({"turns": []}));
    let ids: Vec<&str> = draft.keys().map(String::as_str).collect();
    assert_eq!(
        ids,
        [
            "abuse_handled",
            "ended_happier",
            "greeted",
            "no_interruptions",
            "no_long_silence"
        ]
    );
    assert_eq!(AutoCheck::ALL.len(), draft.len());
}
