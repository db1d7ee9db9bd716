//! SKELETON (lead): transcript search on PostgreSQL ([`crate::store::search`]): the
//! `call_turns` rows of each report, folded as [`crate::store::search::fold`] folds.

use postgres::GenericClient;
use serde_json::Value;

use crate::store::StoreError;

/// Replaces call `call_id`'s rows of `call_turns` with the turns of `report` (called in the
/// transaction that stores the report).
pub fn index_report(
    _db: &mut impl GenericClient,
    _call_id: &str,
    _report: &Value,
) -> Result<(), StoreError> {
    todo!("PostgreSQL search index")
}
