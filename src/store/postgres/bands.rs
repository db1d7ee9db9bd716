//! SKELETON (lead): score bands on PostgreSQL ([`crate::store::bands`]).

use postgres::GenericClient;

use crate::store::bands::{BandQuery, ScoreBands};
use crate::store::StoreError;

/// Terciles of each per-call score ([`crate::store::bands::score_bands`]).
pub fn score_bands(_db: &mut impl GenericClient, _q: &BandQuery) -> Result<ScoreBands, StoreError> {
    todo!("PostgreSQL score bands")
}
