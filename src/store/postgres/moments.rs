//! SKELETON (lead): the coach's moments on PostgreSQL ([`crate::store::moments`]).

use postgres::GenericClient;
use serde_json::Value;

use crate::store::moments::{CoachMoments, MomentQuery};
use crate::store::StoreError;

/// Replaces call `call_id`'s rows of `call_moments` with the moments of `report` (called in
/// the transaction that stores the report).
pub fn index_report(
    _db: &mut impl GenericClient,
    _call_id: &str,
    _report: &Value,
) -> Result<(), StoreError> {
    todo!("PostgreSQL moments index")
}

/// Moments ranked by severity, and good outcomes ([`crate::store::moments::moments`]).
pub fn moments(_db: &mut impl GenericClient, _q: &MomentQuery) -> Result<CoachMoments, StoreError> {
    todo!("PostgreSQL moments")
}
