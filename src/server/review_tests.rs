//! Scorecards, reviews and transcript search through the router (no socket, no models).

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::{json, Value};

use super::tests::{get, send_json};
use super::*;
use crate::store::{CallStore, NewCall, Store};

fn router_on(store: &Store, settings: ServeConfig) -> Router {
    app(AppState::new(
        Arc::new(store.clone()),
        store.local_audio(),
        Arc::new(Queue::new(0)),
        settings,
    ))
}

fn put_json(uri: &str, body: &Value) -> Request<Body> {
    Request::put(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn call_id(n: u32) -> String {
    format!("{n:024x}")
}

/// A short English call: the agent greets at 1.5 s, interrupts once, no long silence, the
/// customer is not abusive and ends happier.
fn report() -> Value {
    json!({
        "duration_ms": 40_000, "language": "en",
        "turns": [
            {"id": 0, "role": "agent", "start_ms": 1_500, "end_ms": 4_000, "language": "en",
             "text": "Thank you for calling Acme, how can I help you?"},
            {"id": 1, "role": "customer", "start_ms": 4_500, "end_ms": 9_000, "language": "en",
             "text": "I was charged twice for my bill.", "abusive": false},
        ],
        "scores": {"customer_ended_happier": true,
                   "sentiment_by_quarter": {"customer": [-0.3, null, null, 0.4]}},
        "characteristics": {"interruptions": {"agent": 1, "customer": 0}, "non_talk_time_ms": 2_000},
        "moments": []
    })
}

fn answers() -> Value {
    json!({"greeted": true, "verified": true, "no_interruptions": false, "no_long_silence": true,
           "abuse_handled": null, "empathy": 3, "ended_happier": true, "resolution": "resolved"})
}

fn body(answers: Value) -> Value {
    json!({"reviewer": "Dana", "verdict": "pass", "note": "كان جيدًا", "answers": answers})
}

fn assert_error(status: StatusCode, body: &Value, want: StatusCode, code: &str, says: &str) {
    assert_eq!(status, want, "{body}");
    assert_eq!(body["code"], code, "{body}");
    super::tests::assert_readable(body);
    let message = body["message"].as_str().unwrap_or_default();
    assert!(message.contains(says), "`{says}` not in: {message}");
}

#[tokio::test]
async fn a_review_is_drafted_from_the_report_checked_against_the_card_and_stored() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let meta = NewCall {
        team: Some("north".into()),
        ..NewCall::default()
    };
    store.insert_report(&call_id(1), &meta, &report()).unwrap();
    store.insert_report(&call_id(2), &meta, &report()).unwrap();
    let queued = {
        let id = crate::store::new_call_id();
        store.enqueue(&id, &id, &meta, 10).unwrap().id
    };
    let router = router_on(&store, ServeConfig::default());
    let uri = format!("/v1/calls/{}/review", call_id(1));

    // The draft: the current card and the answers the report gives, with their evidence.
    let (status, view) = send_json(&router, get(&uri)).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["review"], Value::Null);
    assert_eq!(view["draft"]["card"]["id"], "default");
    assert_eq!(view["draft"]["card"]["version"], 1);
    let drafted = &view["draft"]["answers"];
    assert_eq!(drafted["greeted"]["value"], true);
    assert_eq!(drafted["greeted"]["at_ms"], 1_500);
    assert!(drafted["greeted"]["evidence"]
        .as_str()
        .unwrap()
        .contains("thank you for calling"));
    assert_eq!(drafted["no_interruptions"]["value"], false);
    assert_eq!(drafted["abuse_handled"]["outcome"], "not_applicable");
    assert_eq!(drafted["abuse_handled"]["value"], Value::Null);
    assert!(
        drafted.get("verified").is_none(),
        "not a question the report answers"
    );

    // What is refused, and why.
    let mut wrong_type = answers();
    wrong_type["greeted"] = json!("yes");
    let mut out_of_range = answers();
    out_of_range["empathy"] = json!(9);
    let mut unknown = answers();
    unknown["mood"] = json!(true);
    let mut missing = answers();
    missing.as_object_mut().unwrap().remove("resolution");
    for (answers, says) in [
        (wrong_type, "`greeted` takes true or false"),
        (out_of_range, "`empathy` takes a whole number from 0 to 4"),
        (unknown, "`mood` is not a question"),
        (missing, "unanswered: resolution"),
    ] {
        let (status, err) = send_json(&router, put_json(&uri, &body(answers))).await;
        assert_error(
            status,
            &err,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_answers",
            says,
        );
    }
    let mut old = body(answers());
    old["card_version"] = json!(7);
    let (status, err) = send_json(&router, put_json(&uri, &old)).await;
    assert_error(
        status,
        &err,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_scorecard",
        "version 7",
    );
    let mut nobody = body(answers());
    nobody["reviewer"] = json!("  ");
    let (status, err) = send_json(&router, put_json(&uri, &nobody)).await;
    assert_error(
        status,
        &err,
        StatusCode::BAD_REQUEST,
        "invalid_review",
        "`reviewer` is required",
    );
    let mut verdict = body(answers());
    verdict["verdict"] = json!("great");
    let (status, err) = send_json(&router, put_json(&uri, &verdict)).await;
    assert_error(
        status,
        &err,
        StatusCode::BAD_REQUEST,
        "invalid_review",
        "pass, fail, needs_coaching",
    );
    let (status, err) = send_json(
        &router,
        put_json(
            &format!("/v1/calls/{}/review", call_id(9)),
            &body(answers()),
        ),
    )
    .await;
    assert_error(
        status,
        &err,
        StatusCode::NOT_FOUND,
        "call_not_found",
        "no call",
    );
    let (status, err) = send_json(
        &router,
        put_json(&format!("/v1/calls/{queued}/review"), &body(answers())),
    )
    .await;
    assert_error(
        status,
        &err,
        StatusCode::CONFLICT,
        "call_not_analysed",
        "queued",
    );
    let (status, err) = send_json(&router, get(&format!("/v1/calls/{queued}/review"))).await;
    assert_error(
        status,
        &err,
        StatusCode::CONFLICT,
        "call_not_analysed",
        "queued",
    );
    assert!(
        store.review(&call_id(1)).unwrap().is_none(),
        "nothing refused was stored"
    );

    // Stored: 10+10+0+10+(n/a)+15+10+20 = 75 of 90.
    let (status, saved) = send_json(&router, put_json(&uri, &body(answers()))).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(
        (saved["total_points"].as_f64(), saved["max_points"].as_f64()),
        (Some(75.0), Some(90.0))
    );
    assert_eq!(saved["score"], 83.33);
    assert_eq!(saved["card_version"], 1);
    assert_eq!(saved["note"], "كان جيدًا");
    let by_question = |q: &str| {
        saved["answers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["question"] == q)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_question("greeted")["auto"],
        true,
        "the machine's answer kept"
    );
    assert_eq!(by_question("no_interruptions")["auto"], true);
    assert_eq!(by_question("verified")["auto"], false, "no machine answer");
    assert_eq!(by_question("greeted")["machine"]["outcome"], "yes");
    let (_, view) = send_json(&router, get(&uri)).await;
    assert_eq!(view["review"]["reviewer"], "Dana");
    assert_eq!(view["review"]["card"]["version"], 1);

    // The list: reviewed or not, sorted by review score, with the review in each item.
    let (_, list) = send_json(&router, get("/v1/calls?reviewed=true")).await;
    let calls = list["calls"].as_array().unwrap();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["id"], call_id(1));
    assert_eq!(calls[0]["review"]["score"], 83.33);
    assert_eq!(calls[0]["review"]["verdict"], "pass");
    let (_, list) = send_json(&router, get("/v1/calls?reviewed=false&status=succeeded")).await;
    let ids: Vec<&Value> = list["calls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["id"])
        .collect();
    assert_eq!(ids, [&json!(call_id(2))]);
    let (status, list) = send_json(&router, get("/v1/calls?sort=review_score&order=desc")).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(
        list["calls"][0]["id"],
        call_id(1),
        "reviewed first, unreviewed last"
    );
    let (status, err) = send_json(&router, get("/v1/calls?reviewed=maybe")).await;
    assert_error(
        status,
        &err,
        StatusCode::BAD_REQUEST,
        "invalid_query",
        "`reviewed`",
    );
    let (status, trend) =
        send_json(&router, get("/v1/trends?metric=review_score&group_by=team")).await;
    assert_eq!(status, StatusCode::OK, "{trend}");
    assert_eq!(trend["buckets"][0]["group"], "north");
    assert_eq!(trend["buckets"][0]["value"], 83.33);
    assert_eq!(trend["buckets"][0]["calls"], 1);

    // Deleting the call deletes its review.
    let delete = Request::delete(format!("/v1/calls/{}", call_id(1)))
        .body(Body::empty())
        .unwrap();
    let (status, _) = send_json(&router, delete).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(store.review(&call_id(1)).unwrap().is_none());
}

#[tokio::test]
async fn a_changed_card_is_a_new_version_and_old_reviews_keep_the_one_they_were_made_with() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .insert_report(&call_id(1), &NewCall::default(), &report())
        .unwrap();
    let uri = format!("/v1/calls/{}/review", call_id(1));
    let first = router_on(&store, ServeConfig::default());
    let (status, _) = send_json(&first, put_json(&uri, &body(answers()))).await;
    assert_eq!(status, StatusCode::OK);

    // The deployment changes its card: a question less, another worth more.
    let mut card = crate::scorecard::Scorecard::builtin();
    card.sections[0].questions.retain(|q| q.id != "verified");
    card.sections[2].questions[0].points = 30.0;
    let second = router_on(
        &store,
        ServeConfig {
            scorecard: card,
            ..ServeConfig::default()
        },
    );
    let (_, cards) = send_json(&second, get("/v1/scorecards")).await;
    assert_eq!(cards["scorecards"][0]["version"], 2);
    assert_eq!(cards["scorecards"][0]["max_points"], 110.0);
    let (_, view) = send_json(&second, get(&uri)).await;
    assert_eq!(
        view["review"]["card_version"], 1,
        "the old review keeps its version"
    );
    assert_eq!(view["review"]["total_points"], 75.0);
    assert!(view["review"]["card"]["definition"]
        .to_string()
        .contains("verified"));
    assert_eq!(view["draft"]["card"]["version"], 2);

    // The old answers do not fit the new card; they do fit the version they were made for.
    let (status, err) = send_json(&second, put_json(&uri, &body(answers()))).await;
    assert_error(
        status,
        &err,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_answers",
        "`verified` is not a question",
    );
    let mut on_v1 = body(answers());
    on_v1["card_id"] = json!("default");
    on_v1["card_version"] = json!(1);
    let (status, saved) = send_json(&second, put_json(&uri, &on_v1)).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["card_version"], 1);
    // The first card, served again, is version 1 again.
    let (_, cards) = send_json(&first, get("/v1/scorecards")).await;
    assert_eq!(cards["scorecards"][0]["version"], 1);
}

#[tokio::test]
async fn the_list_finds_calls_by_a_phrase_of_their_transcript() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store
        .insert_report(&call_id(1), &NewCall::default(), &report())
        .unwrap();
    let mut other = report();
    other["turns"][1]["text"] = json!("Θέλω να ακυρώσω τη συνδρομή μου");
    store
        .insert_report(&call_id(2), &NewCall::default(), &other)
        .unwrap();
    let router = router_on(&store, ServeConfig::default());

    let (status, list) = send_json(&router, get("/v1/calls?q=Charged%20TWICE")).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let calls = list["calls"].as_array().unwrap();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["id"], call_id(1));
    assert_eq!(calls[0]["match"]["start_ms"], 4_500);
    assert_eq!(
        calls[0]["match"]["text"],
        "I was charged twice for my bill."
    );
    let greek = "/v1/calls?q=%CE%B1%CE%BA%CF%85%CF%81%CF%89%CF%83%CF%89"; // ακυρωσω, no tonos
    let (_, list) = send_json(&router, get(greek)).await;
    assert_eq!(list["calls"][0]["id"], call_id(2), "{list}");
    assert!(list["calls"][0].get("match").is_some());
    // Query syntax is words; a phrase with no word is refused.
    let (status, list) = send_json(&router, get("/v1/calls?q=%22charged%22%20NEAR(")).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    for bad in ["", "%22%22", "..."] {
        let (status, err) = send_json(&router, get(&format!("/v1/calls?q={bad}"))).await;
        assert_error(
            status,
            &err,
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "`q`",
        );
    }
    // Without `q` no item carries a match.
    let (_, list) = send_json(&router, get("/v1/calls")).await;
    assert!(list["calls"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c.get("match").is_none()));
}
