//! Scorecards and reviews on PostgreSQL: the same behaviour as the SQLite store's
//! [`crate::store::review`] (versions by content hash, one current review per call).

use postgres::GenericClient;

use super::SCORECARD_LOCK;
use crate::store::review::{ReviewRow, ReviewSummary, StoredCard};
use crate::store::{now_ms, StoreError};

/// The version of card `card_id` with content `hash`: the stored one, or a new one (the
/// highest so far + 1), in one transaction under the card's advisory lock, so two servers
/// registering the same card at once get the same version.
pub(super) fn put_scorecard(
    db: &mut impl GenericClient,
    card_id: &str,
    hash: &str,
    definition: &serde_json::Value,
) -> Result<i64, StoreError> {
    let mut tx = db.transaction()?;
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        &[&SCORECARD_LOCK, &card_id],
    )?;
    let existing = tx.query_opt(
        "SELECT version FROM scorecards WHERE card_id = $1 AND hash = $2",
        &[&card_id, &hash],
    )?;
    let version: i32 = match existing {
        Some(row) => row.try_get(0)?,
        None => {
            let next: i32 = tx
                .query_one(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM scorecards WHERE card_id = $1",
                    &[&card_id],
                )?
                .try_get(0)?;
            tx.execute(
                "INSERT INTO scorecards (card_id, version, hash, definition, created_at_ms)
                 VALUES ($1, $2, $3, $4, $5)",
                &[&card_id, &next, &hash, definition, &now_ms()],
            )?;
            next
        }
    };
    tx.commit()?;
    Ok(i64::from(version))
}

/// Version `version` of card `card_id`.
pub(super) fn scorecard(
    db: &mut impl GenericClient,
    card_id: &str,
    version: i64,
) -> Result<Option<StoredCard>, StoreError> {
    let Ok(version) = i32::try_from(version) else {
        return Ok(None);
    };
    let row = db.query_opt(
        "SELECT card_id, version, hash, definition, created_at_ms FROM scorecards
         WHERE card_id = $1 AND version = $2",
        &[&card_id, &version],
    )?;
    let Some(row) = row else {
        return Ok(None);
    };
    Ok(Some(StoredCard {
        card_id: row.try_get(0)?,
        version: i64::from(row.try_get::<_, i32>(1)?),
        hash: row.try_get(2)?,
        definition: row.try_get(3)?,
        created_at_ms: row.try_get(4)?,
    }))
}

/// Stores `review` as its call's current review (replacing any), if the call is analysed
/// (`succeeded`, with its report); false, writing nothing, otherwise.
pub(super) fn put_review(
    db: &mut impl GenericClient,
    review: &ReviewRow,
) -> Result<bool, StoreError> {
    let Ok(card_version) = i32::try_from(review.card_version) else {
        return Ok(false);
    };
    let n = db.execute(
        "INSERT INTO reviews (call_id, card_id, card_version, verdict, answers, total_points,
            max_points, score_pct, note, reviewer, reviewed_at_ms)
         SELECT id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM calls
         WHERE id = $1 AND report IS NOT NULL AND status = 'succeeded'
         ON CONFLICT (call_id) DO UPDATE SET card_id = EXCLUDED.card_id,
            card_version = EXCLUDED.card_version, verdict = EXCLUDED.verdict,
            answers = EXCLUDED.answers, total_points = EXCLUDED.total_points,
            max_points = EXCLUDED.max_points, score_pct = EXCLUDED.score_pct,
            note = EXCLUDED.note, reviewer = EXCLUDED.reviewer,
            reviewed_at_ms = EXCLUDED.reviewed_at_ms",
        &[
            &review.call_id,
            &review.card_id,
            &card_version,
            &review.verdict,
            &review.answers,
            &review.total_points,
            &review.max_points,
            &review.score_pct,
            &review.note,
            &review.reviewer,
            &review.reviewed_at_ms,
        ],
    )?;
    Ok(n == 1)
}

/// The current review of call `call_id`.
pub(super) fn review(
    db: &mut impl GenericClient,
    call_id: &str,
) -> Result<Option<ReviewRow>, StoreError> {
    let row = db.query_opt(
        "SELECT call_id, card_id, card_version, verdict, answers, total_points, max_points,
            score_pct, note, reviewer, reviewed_at_ms FROM reviews WHERE call_id = $1",
        &[&call_id],
    )?;
    let Some(r) = row else {
        return Ok(None);
    };
    Ok(Some(ReviewRow {
        call_id: r.try_get(0)?,
        card_id: r.try_get(1)?,
        card_version: i64::from(r.try_get::<_, i32>(2)?),
        verdict: r.try_get(3)?,
        answers: r.try_get(4)?,
        total_points: r.try_get(5)?,
        max_points: r.try_get(6)?,
        score_pct: r.try_get(7)?,
        note: r.try_get(8)?,
        reviewer: r.try_get(9)?,
        reviewed_at_ms: r.try_get(10)?,
    }))
}

/// The summary of call `call_id`'s review, for a call's row.
pub(super) fn summary(
    db: &mut impl GenericClient,
    call_id: &str,
) -> Result<Option<ReviewSummary>, StoreError> {
    let row = db.query_opt(
        "SELECT verdict, score_pct, reviewer, reviewed_at_ms FROM reviews WHERE call_id = $1",
        &[&call_id],
    )?;
    let Some(r) = row else {
        return Ok(None);
    };
    Ok(Some(ReviewSummary {
        verdict: r.try_get(0)?,
        score_pct: r.try_get(1)?,
        reviewer: r.try_get(2)?,
        reviewed_at_ms: r.try_get(3)?,
    }))
}
