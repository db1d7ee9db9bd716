//! SKELETON (lead): the call list, trends and agent strain on PostgreSQL, the same answers as
//! [`crate::store::query`] gives on SQLite. To be written by the queries' engineer.

use postgres::GenericClient;

use crate::store::query::{
    AgentStrain, ListQuery, Page, StrainBucket, StrainQuery, TrendBucket, TrendQuery,
};
use crate::store::StoreError;

/// One page of calls matching `q` ([`crate::store::query::list`]).
pub fn list(_db: &mut impl GenericClient, _q: &ListQuery) -> Result<Page, StoreError> {
    todo!("PostgreSQL list")
}

/// A metric per period and group ([`crate::store::query::trends`]).
pub fn trends(
    _db: &mut impl GenericClient,
    _q: &TrendQuery,
) -> Result<Vec<TrendBucket>, StoreError> {
    todo!("PostgreSQL trends")
}

/// Agents' strain ([`crate::store::query::agent_strain`]).
pub fn agent_strain(
    _db: &mut impl GenericClient,
    _q: &StrainQuery,
) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError> {
    todo!("PostgreSQL agent strain")
}
