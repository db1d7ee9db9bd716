//! Agent voice profiles in the service: each succeeded call with an `agent_id` leaves the
//! agent's voice summary of that call in the store; an agent's profile is those summaries
//! pooled ([`VoiceProfile::combine`]).
//!
//! In: the store's per-call summaries ([`crate::store::VoiceSummary`], the JSON of a one-call
//! [`VoiceProfile`]). Out: the agent's [`VoiceProfile`], which a worker passes to the
//! pipeline as the reference of the agent's call-level tone once it is
//! [`VoiceProfile::usable`], and which `GET /v1/agents/{id}/profile` shows ([`ProfileView`]).
//!
//! Rules:
//! - the profile pools the agent's [`PROFILE_CALLS`] most recent summaries (by call start),
//!   so it follows a voice that changes over months and costs the same for every call;
//! - a call never counts towards its own baseline: the profile used to analyse a call leaves
//!   that call's summary out (a call analysed again would otherwise be measured against
//!   itself);
//! - only summaries made by this build's feature extractor
//!   ([`tone::profile::EXTRACTOR_VERSION`](crate::tone::profile::EXTRACTOR_VERSION)) are
//!   pooled; those of another version are stale and ignored (counted in the view). An idle
//!   worker recomputes them from the stored recordings, one per tick (decode, speech and
//!   features only: `Worker::rebuild_stale_voice`), and calls analysed after the upgrade add
//!   their own, so the profile is usable again once enough of them are;
//! - a summary that no longer parses or checks is skipped (and logged), never fatal.
//!
//! Profiles are not stored as such: they are pooled from the summaries when needed, so that
//! deleting a call (which deletes its summary) takes it out of its agent's profile at once,
//! and they survive restarts because the summaries are in the store.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::store::{CallStore, StoreError, VoiceSummary};
pub use crate::tone::profile::{
    FeatureNorm, VoiceProfile, EXTRACTOR_VERSION, MIN_PROFILE_CALLS, MIN_PROFILE_SPEECH_MS,
};

/// The most recent calls pooled into an agent's profile: enough that a few unusual calls
/// (a cold, a bad headset) move no median, few enough that the profile follows the voice
/// over months and costs little to pool for every call.
pub const PROFILE_CALLS: usize = 50;

/// Pools `rows` (summaries of one agent) into a profile: rows of another extractor, and
/// rows whose JSON does not parse or check, are left out. `None` when nothing is left.
pub fn combine_rows(rows: &[VoiceSummary]) -> Option<VoiceProfile> {
    let parts: Vec<VoiceProfile> = rows
        .iter()
        .filter(|row| row.extractor == EXTRACTOR_VERSION)
        .filter_map(
            |row| match serde_json::from_value::<VoiceProfile>(row.summary.clone()) {
                Ok(p) => match p.check() {
                    Ok(()) => Some(p),
                    Err(e) => {
                        tracing::warn!(call = %row.call_id, "voice summary left out: {e}");
                        None
                    }
                },
                Err(e) => {
                    tracing::warn!(call = %row.call_id, "voice summary left out: {e}");
                    None
                }
            },
        )
        .collect();
    VoiceProfile::combine(&parts)
}

/// The agent's voice profile: their [`PROFILE_CALLS`] most recent summaries by this
/// extractor, pooled, leaving out call `exclude_call` (the call about to be analysed).
pub fn agent_profile(
    store: &dyn CallStore,
    agent_id: &str,
    exclude_call: Option<&str>,
) -> Result<Option<VoiceProfile>, StoreError> {
    let rows = store.voice_summaries(agent_id, EXTRACTOR_VERSION, exclude_call, PROFILE_CALLS)?;
    Ok(combine_rows(&rows))
}

/// Keeps `voice`, the agent's summary of succeeded call `call_id`, in the store (replacing
/// the call's earlier one). False when the call is not `succeeded` with an agent, or the
/// summary is not of this extractor or not of one call.
pub fn record_summary(
    store: &dyn CallStore,
    call_id: &str,
    voice: &VoiceProfile,
) -> Result<bool, StoreError> {
    if voice.extractor != EXTRACTOR_VERSION || voice.calls != 1 {
        return Ok(false);
    }
    let summary = serde_json::to_value(voice)?;
    store.put_voice_summary(
        call_id,
        &voice.extractor,
        voice.speech_ms.min(i64::MAX as u64) as i64,
        &summary,
    )
}

/// What `GET /v1/agents/{id}/profile` answers.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    pub agent_id: String,
    /// The feature extractor that measured it.
    pub extractor: String,
    /// Calls pooled (at most [`PROFILE_CALLS`], the most recent).
    pub calls: u32,
    pub speech_ms: u64,
    /// Seconds of the agent's speech behind it.
    pub speech_s: f64,
    /// True when the next call of this agent is measured against it: at least
    /// `min_calls` calls and `min_speech_ms` of speech.
    pub usable: bool,
    pub min_calls: u32,
    pub min_speech_ms: u64,
    /// Most recent calls pooled.
    pub max_calls: usize,
    /// Per raw feature: median and robust spread over the agent's speech.
    pub features: BTreeMap<String, FeatureNorm>,
    /// Points of the long-term spectral envelope, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envelope_points: Option<usize>,
    /// The agent's summaries made by another extractor version, ignored.
    pub stale_summaries: i64,
}

/// Why an agent has no profile to show: no summary of this extractor (the message says
/// whether stale ones exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoProfile(pub String);

/// The profile of `agent_id` as the next call would use it, or why there is none.
pub fn profile_view(
    store: &dyn CallStore,
    agent_id: &str,
) -> Result<Result<ProfileView, NoProfile>, StoreError> {
    let stale = store.stale_voice_summaries(agent_id, EXTRACTOR_VERSION)?;
    let Some(profile) = agent_profile(store, agent_id, None)? else {
        let why = if stale > 0 {
            format!(
                "agent `{agent_id}` has no voice profile for the current feature extractor \
                 ({EXTRACTOR_VERSION}): their {stale} earlier call summaries were made by another \
                 version: an idle worker is rebuilding them from the recordings, and calls analysed from \
                 now on add theirs"
            )
        } else {
            format!(
                "agent `{agent_id}` has no voice profile: no succeeded call with this agent_id and \
                 agent speech has been analysed"
            )
        };
        return Ok(Err(NoProfile(why)));
    };
    Ok(Ok(ProfileView {
        agent_id: agent_id.to_string(),
        extractor: profile.extractor.clone(),
        calls: profile.calls,
        speech_ms: profile.speech_ms,
        speech_s: (profile.speech_ms as f64 / 100.0).round() / 10.0,
        usable: profile.usable(),
        min_calls: MIN_PROFILE_CALLS,
        min_speech_ms: MIN_PROFILE_SPEECH_MS,
        max_calls: PROFILE_CALLS,
        envelope_points: profile.envelope.as_ref().map(Vec::len),
        features: profile.features,
        stale_summaries: stale,
    }))
}

#[cfg(test)]
mod tests;
