//! Reading a call row of the `calls` table.

use std::collections::BTreeMap;

use postgres::Row;

use crate::store::{CallRow, CallStatus, StoreError, SCORE_COLUMNS};

/// The columns [`call_from_row`] reads, in its order (for `SELECT {CALL_COLUMNS} FROM calls`;
/// prefix them yourself when the query joins other tables).
pub const CALL_COLUMNS: &str = "id, external_id, agent_id, team, started_at_ms, language_hint, \
    roles, received_at_ms, status, reason, attempts, claimed_at_ms, finished_at_ms, \
    updated_at_ms, audio_key, audio_bytes, content_type, duration_ms, language, \
    sentiment_agent, sentiment_customer, stress_agent, stress_customer, smile_agent, \
    smile_customer, abusive, speakers, speaker_roles";

/// A call from a row whose first columns are [`CALL_COLUMNS`].
pub fn call_from_row(row: &Row) -> Result<CallRow, StoreError> {
    let roles: Option<String> = row.try_get(6)?;
    let status: String = row.try_get(8)?;
    let mut scores = BTreeMap::new();
    for (i, column) in SCORE_COLUMNS.iter().enumerate() {
        if let Some(v) = row.try_get::<_, Option<f64>>(19 + i)? {
            scores.insert(column.to_string(), v);
        }
    }
    Ok(CallRow {
        id: row.try_get(0)?,
        external_id: row.try_get(1)?,
        agent_id: row.try_get(2)?,
        team: row.try_get(3)?,
        started_at_ms: row.try_get(4)?,
        language_hint: row.try_get(5)?,
        roles: roles.map(|r| r.split(',').map(str::to_string).collect()),
        received_at_ms: row.try_get(7)?,
        // The CHECK constraint admits only the statuses this build knows.
        status: status.parse().unwrap_or(CallStatus::Failed),
        reason: row.try_get(9)?,
        attempts: i64::from(row.try_get::<_, i32>(10)?),
        claimed_at_ms: row.try_get(11)?,
        finished_at_ms: row.try_get(12)?,
        updated_at_ms: row.try_get(13)?,
        audio_key: row.try_get(14)?,
        audio_bytes: row.try_get(15)?,
        content_type: row.try_get(16)?,
        duration_ms: row.try_get(17)?,
        language: row.try_get(18)?,
        scores,
        abusive: row.try_get(25)?,
        speakers: row.try_get(26)?,
        // A value this build cannot read is shown as none rather than hiding the call.
        speaker_roles: row
            .try_get::<_, Option<String>>(27)?
            .and_then(|text| serde_json::from_str(&text).ok()),
        review: None,
        search_hit: None,
    })
}
