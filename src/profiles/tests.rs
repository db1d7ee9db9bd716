//! Profiles pooled from the store's rows: over the agent's calls of this extractor, never the
//! call being analysed.

use serde_json::json;

use super::*;
use crate::store::{NewCall, Store};
use crate::tone::features::RAW_FEATURE_NAMES;

/// A one-call summary whose every feature has median `median` and spread 1, over
/// `speech_ms` of speech.
fn voice(median: f64, speech_ms: u64) -> VoiceProfile {
    VoiceProfile {
        extractor: EXTRACTOR_VERSION.into(),
        calls: 1,
        speech_ms,
        features: RAW_FEATURE_NAMES
            .iter()
            .map(|n| {
                (
                    n.to_string(),
                    FeatureNorm {
                        median,
                        spread: 1.0,
                    },
                )
            })
            .collect(),
        envelope: None,
    }
}

/// A succeeded call of `agent` (call `n`, started `n` hours after the epoch's first hour).
fn call(store: &Store, n: u32, agent: &str) -> String {
    let id = format!("{n:024x}");
    let meta = NewCall {
        agent_id: Some(agent.into()),
        started_at_ms: Some(n as i64 * 3_600_000),
        ..NewCall::default()
    };
    store
        .insert_report(&id, &meta, &json!({"duration_ms": 1}))
        .unwrap();
    id
}

fn median_of(profile: &VoiceProfile) -> f64 {
    profile.features[RAW_FEATURE_NAMES[0]].median
}

#[test]
fn the_profile_pools_the_agents_calls_of_this_extractor_leaving_out_the_call_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let ids: Vec<String> = (1..=4).map(|n| call(&store, n, "ann")).collect();
    for (id, median) in ids.iter().zip([1.0, 2.0, 3.0, 100.0]) {
        assert!(record_summary(&store, id, &voice(median, 30_000)).unwrap());
    }
    // bob's call does not count towards ann's profile.
    let bob = call(&store, 5, "bob");
    assert!(record_summary(&store, &bob, &voice(50.0, 30_000)).unwrap());
    // A summary of another extractor (an older build's) is in the store but ignored.
    let old = call(&store, 6, "ann");
    let mut stale = voice(-40.0, 30_000);
    stale.extractor = "calltone-features-0".into();
    assert!(
        !record_summary(&store, &old, &stale).unwrap(),
        "not written by this build"
    );
    store
        .put_voice_summary(
            &old,
            "calltone-features-0",
            30_000,
            &serde_json::to_value(&stale).unwrap(),
        )
        .unwrap();

    let all = agent_profile(&store, "ann", None).unwrap().unwrap();
    assert_eq!((all.calls, all.speech_ms), (4, 120_000));
    assert!(all.usable());
    // The speech-weighted median of 1, 2, 3, 100: one odd call does not move it far.
    assert!(
        (2.0..=3.0).contains(&median_of(&all)),
        "{}",
        median_of(&all)
    );

    // Analysing (or reanalysing) the odd call: it is left out of its own baseline.
    let for_fourth = agent_profile(&store, "ann", Some(&ids[3]))
        .unwrap()
        .unwrap();
    assert_eq!(for_fourth.calls, 3);
    assert_eq!(median_of(&for_fourth), 2.0);

    // Rows as read: the stale row is dropped by combine_rows as well.
    let mut rows = store
        .voice_summaries("ann", EXTRACTOR_VERSION, None, 10)
        .unwrap();
    rows.extend(
        store
            .voice_summaries("ann", "calltone-features-0", None, 10)
            .unwrap(),
    );
    assert_eq!(rows.len(), 5);
    assert_eq!(combine_rows(&rows).unwrap().calls, 4);
    // A row that no longer parses is skipped, not fatal.
    rows[0].summary = json!({"nonsense": true});
    assert_eq!(combine_rows(&rows).unwrap().calls, 3);

    // The view: what the next call uses, and the stale rows counted.
    let view = profile_view(&store, "ann").unwrap().unwrap();
    assert_eq!(
        (view.calls, view.speech_s, view.usable, view.stale_summaries),
        (4, 120.0, true, 1)
    );
    assert_eq!(view.features.len(), RAW_FEATURE_NAMES.len());
    let none = profile_view(&store, "cid").unwrap().unwrap_err();
    assert!(none.0.contains("no voice profile"), "{}", none.0);
}

#[test]
fn a_profile_is_usable_only_from_the_documented_minimum_and_survives_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        for n in 1..MIN_PROFILE_CALLS {
            let id = call(&store, n, "ann");
            record_summary(&store, &id, &voice(1.0, MIN_PROFILE_SPEECH_MS)).unwrap();
        }
        let view = profile_view(&store, "ann").unwrap().unwrap();
        assert!(!view.usable, "{} calls are too few", view.calls);
        let id = call(&store, MIN_PROFILE_CALLS, "ann");
        record_summary(&store, &id, &voice(1.0, MIN_PROFILE_SPEECH_MS)).unwrap();
    }
    // A restart: the store opened again has the profile.
    let store = Store::open(dir.path()).unwrap();
    let view = profile_view(&store, "ann").unwrap().unwrap();
    assert_eq!(view.calls, MIN_PROFILE_CALLS);
    assert!(view.usable);
    // Only the most recent PROFILE_CALLS are pooled.
    for n in 100..100 + PROFILE_CALLS as u32 + 5 {
        let id = call(&store, n, "ann");
        record_summary(&store, &id, &voice(2.0, 10_000)).unwrap();
    }
    let profile = agent_profile(&store, "ann", None).unwrap().unwrap();
    assert_eq!(profile.calls as usize, PROFILE_CALLS);
    assert_eq!(median_of(&profile), 2.0);
}
