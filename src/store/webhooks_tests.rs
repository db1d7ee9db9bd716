//! The webhook outbox on a temporary database: events written with the outcome (and only
//! with the outbox on), claimed under a lease, retried, given up, re-sent and pruned.

use serde_json::json;

use super::webhooks::{WebhookState, CALL_FAILED, CALL_SUCCEEDED};
use super::*;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

/// Uploads a call with right-to-left metadata and claims it.
fn claimed(store: &Store) -> Claim {
    let id = new_call_id();
    let meta = NewCall {
        external_id: Some("שיחה-17".into()),
        agent_id: Some("وكيل-٣".into()),
        team: Some("Ομάδα Α".into()),
        ..NewCall::default()
    };
    store.enqueue(&id, &id, &meta, usize::MAX).unwrap();
    let claim = store.claim().unwrap().unwrap();
    assert_eq!(claim.call.id, id);
    claim
}

fn report() -> Value {
    json!({
        "duration_ms": 61_000, "language": "he",
        "scores": {"sentiment": {"agent": 0.25, "customer": -0.5}, "stress": {"customer": 0.75}},
        "turns": [{"role": "customer", "abusive": true, "text": "אני כועס"}]
    })
}

fn body(event: &webhooks::WebhookEvent) -> Value {
    serde_json::from_str(&event.body).unwrap()
}

#[test]
fn no_event_is_written_without_the_outbox() {
    let (_dir, store) = store();
    let claim = claimed(&store);
    assert!(store.finish(&claim, &report()).unwrap());
    let claim = claimed(&store);
    assert!(store.fail(&claim, "no speech").unwrap());
    assert_eq!(store.webhook_counts().unwrap(), WebhookCounts::default());
    assert!(store
        .claim_webhook_events(i64::MAX / 2, 10, 1000)
        .unwrap()
        .is_empty());
}

#[test]
fn finish_writes_a_succeeded_event_with_the_call_and_its_scores() {
    let (_dir, store) = store();
    store.set_webhook_outbox(true);
    let claim = claimed(&store);
    assert!(store.finish(&claim, &report()).unwrap());
    // A stale claim writes neither the report nor an event.
    assert!(!store.finish(&claim, &report()).unwrap());
    let events = store.claim_webhook_events(now_ms(), 10, 60_000).unwrap();
    assert_eq!(events.len(), 1);
    let event = &events[0];
    assert_eq!(event.kind, CALL_SUCCEEDED);
    assert_eq!(event.call_id, claim.call.id);
    assert!(
        event.id.starts_with("evt_") && event.id.len() == 28,
        "{}",
        event.id
    );
    let b = body(event);
    assert_eq!(b["id"], json!(event.id));
    assert_eq!(b["type"], json!("call.succeeded"));
    assert!(b["created_at"].as_str().unwrap().ends_with('Z'));
    let data = &b["data"];
    assert_eq!(data["call_id"], json!(claim.call.id));
    assert_eq!(data["status"], json!("succeeded"));
    assert_eq!(data["reason"], Value::Null);
    assert_eq!(data["external_id"], json!("שיחה-17"));
    assert_eq!(data["agent_id"], json!("وكيل-٣"));
    assert_eq!(data["team"], json!("Ομάδα Α"));
    assert_eq!(data["duration_ms"], json!(61_000));
    assert_eq!(data["language"], json!("he"));
    assert_eq!(data["scores"]["sentiment"]["customer"], json!(-0.5));
    assert_eq!(data["scores"]["stress"]["customer"], json!(0.75));
    assert_eq!(data["scores"]["stress"].get("agent"), None);
    assert_eq!(data["scores"].get("smile"), None);
    assert_eq!(data["abusive"], json!(true));
}

#[test]
fn fail_and_a_given_up_call_write_failed_events() {
    let (_dir, store) = store();
    store.set_webhook_outbox(true);
    let claim = claimed(&store);
    assert!(store.fail(&claim, "the recording holds no speech").unwrap());
    // A call a crash left in progress past its attempts is failed by recover, with an event.
    let crashed = claimed(&store);
    assert_eq!(store.recover(1).unwrap().failed, 1);
    let events = store.claim_webhook_events(now_ms(), 10, 60_000).unwrap();
    assert_eq!(events.len(), 2);
    let by_call = |id: &str| events.iter().find(|e| e.call_id == id).unwrap();
    let failed = body(by_call(&claim.call.id));
    assert_eq!(failed["type"], json!(CALL_FAILED));
    assert_eq!(failed["data"]["status"], json!("failed"));
    assert_eq!(
        failed["data"]["reason"],
        json!("the recording holds no speech")
    );
    let given_up = body(by_call(&crashed.call.id));
    assert_eq!(given_up["type"], json!(CALL_FAILED));
    assert!(given_up["data"]["reason"]
        .as_str()
        .unwrap()
        .starts_with("gave up after 1 attempts"));
}

#[test]
fn a_leased_event_is_not_claimed_again_until_its_lease_ends() {
    let (_dir, store) = store();
    store.set_webhook_outbox(true);
    let claim = claimed(&store);
    store.finish(&claim, &report()).unwrap();
    let now = now_ms();
    let first = store.claim_webhook_events(now, 10, 5_000).unwrap();
    assert_eq!(first.len(), 1);
    assert!(store
        .claim_webhook_events(now + 4_999, 10, 5_000)
        .unwrap()
        .is_empty());
    // The lease ended (its holder died): another process takes the same event, same id.
    let again = store.claim_webhook_events(now + 5_000, 10, 5_000).unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].id, first[0].id);
    assert_eq!(again[0].body, first[0].body);
}

#[test]
fn a_failed_attempt_is_retried_when_due_then_delivered_once() {
    let (_dir, store) = store();
    store.set_webhook_outbox(true);
    let claim = claimed(&store);
    store.finish(&claim, &report()).unwrap();
    let now = now_ms();
    let event = store
        .claim_webhook_events(now, 10, 60_000)
        .unwrap()
        .remove(0);
    assert!(store
        .webhook_attempt_failed(&event.id, Some(now + 10_000), "HTTP 500")
        .unwrap());
    // Not due yet, whatever the lease.
    assert!(store
        .claim_webhook_events(now + 9_999, 10, 60_000)
        .unwrap()
        .is_empty());
    let retry = store
        .claim_webhook_events(now + 10_000, 10, 60_000)
        .unwrap();
    assert_eq!(retry.len(), 1);
    assert_eq!(retry[0].id, event.id);
    assert_eq!(retry[0].attempts, 1);
    assert_eq!(retry[0].last_error.as_deref(), Some("HTTP 500"));
    assert!(store.webhook_delivered(&event.id).unwrap());
    assert!(!store.webhook_delivered(&event.id).unwrap());
    assert!(store
        .claim_webhook_events(i64::MAX / 2, 10, 1)
        .unwrap()
        .is_empty());
    let counts = store.webhook_counts().unwrap();
    assert_eq!((counts.pending, counts.delivered, counts.dead), (0, 1, 0));
    let delivered = store.webhook_events(WebhookState::Delivered, 10).unwrap();
    assert_eq!(delivered[0].attempts, 2);
    assert_eq!(delivered[0].state(), WebhookState::Delivered);
}

#[test]
fn a_dead_event_waits_until_resent_then_is_due_now() {
    let (_dir, store) = store();
    store.set_webhook_outbox(true);
    let claim = claimed(&store);
    store.fail(&claim, "decode error").unwrap();
    let event = store
        .claim_webhook_events(now_ms(), 10, 60_000)
        .unwrap()
        .remove(0);
    assert!(store
        .webhook_attempt_failed(&event.id, None, "timed out")
        .unwrap());
    assert!(store
        .claim_webhook_events(i64::MAX / 2, 10, 1)
        .unwrap()
        .is_empty());
    assert_eq!(store.webhook_counts().unwrap().dead, 1);
    let dead = store.webhook_events(WebhookState::Dead, 10).unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].last_error.as_deref(), Some("timed out"));
    assert!(store
        .webhook_events(WebhookState::Pending, 10)
        .unwrap()
        .is_empty());
    // Only a dead event can be re-sent.
    assert_eq!(store.resend_webhook_event("evt_nope").unwrap(), None);
    let resent = store.resend_webhook_event(&event.id).unwrap().unwrap();
    assert_eq!(resent.state(), WebhookState::Pending);
    assert!(resent.retry_since_ms >= event.created_at_ms);
    assert_eq!(store.resend_webhook_event(&event.id).unwrap(), None);
    let due = store.claim_webhook_events(now_ms(), 10, 60_000).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].id, event.id);
}

#[test]
fn pruning_deletes_only_delivered_events_older_than_asked() {
    let (_dir, store) = store();
    store.set_webhook_outbox(true);
    for _ in 0..3 {
        let claim = claimed(&store);
        store.finish(&claim, &report()).unwrap();
    }
    let events = store.claim_webhook_events(now_ms(), 10, 60_000).unwrap();
    assert_eq!(events.len(), 3);
    store.webhook_delivered(&events[0].id).unwrap();
    store
        .webhook_attempt_failed(&events[1].id, None, "HTTP 410")
        .unwrap();
    assert_eq!(store.prune_webhook_events(now_ms() - 60_000).unwrap(), 0);
    assert_eq!(store.prune_webhook_events(now_ms() + 1).unwrap(), 1);
    let counts = store.webhook_counts().unwrap();
    assert_eq!((counts.pending, counts.delivered, counts.dead), (1, 0, 1));
}

#[test]
fn events_survive_reopening_the_store() {
    let (dir, store) = store();
    store.set_webhook_outbox(true);
    let claim = claimed(&store);
    store.finish(&claim, &report()).unwrap();
    drop(store);
    let reopened = Store::open(dir.path()).unwrap();
    let events = reopened.claim_webhook_events(now_ms(), 10, 1000).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].call_id, claim.call.id);
}
