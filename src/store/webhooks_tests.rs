//! The webhook outbox on a temporary database, on both backends ([`super::backends`]):
//! events written with the outcome (and only with the outbox on), claimed under a lease,
//! retried, given up, re-sent and pruned; and PostgreSQL's deliverers on two nodes claiming
//! at once.

use std::collections::HashSet;
use std::time::Duration;

use serde_json::json;

use super::backends::{leases, on_both_stores, TestStore};
use super::lease::LeaseSettings;
use super::postgres::{testing, PgStore};
use super::webhooks::{WebhookState, CALL_FAILED, CALL_SUCCEEDED};
use super::*;

/// Uploads a call with right-to-left metadata and claims it.
fn claimed(store: &dyn TestStore) -> Claim {
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

fn no_event_is_written_without_the_outbox(store: &dyn TestStore) {
    let claim = claimed(store);
    assert!(store.finish(&claim, &report()).unwrap());
    let claim = claimed(store);
    assert!(store.fail(&claim, "no speech").unwrap());
    assert_eq!(store.webhook_counts().unwrap(), WebhookCounts::default());
    assert!(store
        .claim_webhook_events(i64::MAX / 2, 10, 1000)
        .unwrap()
        .is_empty());
}

fn finish_writes_a_succeeded_event_with_the_call_and_its_scores(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    let claim = claimed(store);
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

fn fail_and_a_given_up_call_write_failed_events(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    let claim = claimed(store);
    assert!(store.fail(&claim, "the recording holds no speech").unwrap());
    // A call a crash left in progress past its attempts is failed by recover, with an event.
    let crashed = claimed(store);
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

fn a_leased_event_is_not_claimed_again_until_its_lease_ends(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    let claim = claimed(store);
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

fn a_failed_attempt_is_retried_when_due_then_delivered_once(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    let claim = claimed(store);
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

fn a_dead_event_waits_until_resent_then_is_due_now(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    let claim = claimed(store);
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

fn pruning_deletes_only_delivered_events_older_than_asked(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    for _ in 0..3 {
        let claim = claimed(store);
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

fn events_survive_reopening_the_store(store: &dyn TestStore) {
    store.set_webhook_outbox(true);
    let claim = claimed(store);
    store.finish(&claim, &report()).unwrap();
    // Another process on the same database (its own outbox switch off) sees the event.
    let reopened = store.node(LeaseSettings::default());
    let events = reopened.claim_webhook_events(now_ms(), 10, 1000).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].call_id, claim.call.id);
}

/// A call whose lease expires past its attempts is failed by the next claim (on any node)
/// with a `call.failed` event, written by the node that gave it up.
fn a_call_given_up_after_an_expired_lease_writes_a_failed_event(store: &dyn TestStore) {
    let dead = store.node(LeaseSettings {
        max_attempts: 1,
        ..leases("node-a", Duration::from_millis(100))
    });
    let live = store.node(LeaseSettings {
        max_attempts: 1,
        ..leases("node-b", Duration::from_secs(60))
    });
    live.set_webhook_outbox(true);
    let crashed = claimed(&*dead);
    // Node a dies holding the call; once its lease has passed, node b's claim gives it up.
    std::thread::sleep(Duration::from_millis(200));
    assert!(live.claim().unwrap().is_none());
    let row = store.get(&crashed.call.id).unwrap().unwrap();
    assert_eq!(row.status, CallStatus::Failed);
    let events = store.claim_webhook_events(now_ms(), 10, 60_000).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].call_id, crashed.call.id);
    let b = body(&events[0]);
    assert_eq!(b["type"], json!(CALL_FAILED));
    assert_eq!(b["data"]["agent_id"], json!("وكيل-٣"));
    assert_eq!(b["data"]["reason"], json!(row.reason.unwrap()));
}

on_both_stores!(
    no_event_is_written_without_the_outbox,
    finish_writes_a_succeeded_event_with_the_call_and_its_scores,
    fail_and_a_given_up_call_write_failed_events,
    a_leased_event_is_not_claimed_again_until_its_lease_ends,
    a_failed_attempt_is_retried_when_due_then_delivered_once,
    a_dead_event_waits_until_resent_then_is_due_now,
    pruning_deletes_only_delivered_events_older_than_asked,
    events_survive_reopening_the_store,
    a_call_given_up_after_an_expired_lease_writes_a_failed_event,
);

/// Deliverers on two PostgreSQL nodes (two stores, two pools) claiming at once, several
/// threads each, never get one event twice while its lease runs; together they get every
/// event.
#[test]
fn postgres_two_nodes_claiming_events_at_once_never_get_one_twice() {
    let url = testing::fresh_database_url();
    let a = PgStore::open(&url, leases("a", Duration::from_secs(60))).unwrap();
    let b = PgStore::open(&url, leases("b", Duration::from_secs(60))).unwrap();
    a.set_webhook_outbox(true);
    let calls = 120;
    for _ in 0..calls {
        a.insert_report(&new_call_id(), &NewCall::default(), &report())
            .unwrap();
    }
    assert_eq!(b.webhook_counts().unwrap().pending, calls);
    let now = now_ms();
    let barrier = std::sync::Barrier::new(8);
    let claimed: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let store = if t % 2 == 0 { &a } else { &b };
                let barrier = &barrier;
                s.spawn(move || {
                    barrier.wait();
                    let mut ids = Vec::new();
                    loop {
                        let events = store.claim_webhook_events(now, 3, 600_000).unwrap();
                        if events.is_empty() {
                            break ids;
                        }
                        ids.extend(events.into_iter().map(|e| e.id));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let unique: HashSet<&String> = claimed.iter().collect();
    assert_eq!(unique.len(), claimed.len(), "an event was claimed twice");
    assert_eq!(claimed.len() as i64, calls);
    // Still leased: neither node gets any of them again before the lease ends.
    assert!(a.claim_webhook_events(now + 1, 10, 1).unwrap().is_empty());
    assert!(b
        .claim_webhook_events(now + 599_999, 10, 1)
        .unwrap()
        .is_empty());
    assert_eq!(
        b.claim_webhook_events(now + 600_000, 1000, 1)
            .unwrap()
            .len() as i64,
        calls
    );
}
