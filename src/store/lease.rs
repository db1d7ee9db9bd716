//! Claim leases: which node holds a claimed call, and until when.
//!
//! In: the node's name, the lease's length and the attempts a call may have
//! ([`LeaseSettings`], given to a store when it is opened). Out: nothing stored here; the
//! stores ([`super::Store`], [`super::postgres::PgStore`]) write `claimed_by` and
//! `lease_until_ms` (Unix ms) on each claim and honour them:
//!
//! - a claim records the node and `lease_until_ms = now + lease`;
//!   [`super::CallStore::renew`] extends it while the claim is current;
//! - a claim first takes back the calls whose lease has passed (their worker is taken for
//!   dead): each goes behind the queue with its attempt counted, or fails once it has had
//!   `max_attempts`, as [`super::CallStore::recover`] does after a crash;
//! - `recover` at start-up gives back the calls this node held (its previous incarnation
//!   died) and the calls whose lease has passed, never another live node's.
//!
//! Every node of a deployment needs its own name: two processes that share one would take
//! each other's calls back at start-up.

use std::time::Duration;

/// How long a claim lasts without renewal (the default of `--lease-secs`). Workers renew
/// every third of it, so a worker is taken for dead after two missed renewals at least;
/// a call a dead worker held waits at most this long before another worker takes it.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(60);

/// A store's lease settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseSettings {
    /// This node's name, written into `claimed_by` ([`default_node_name`] by default).
    pub node: String,
    /// How long a claim lasts without renewal.
    pub lease: Duration,
    /// Claims of one call cut short (crash, lost lease) before it is failed.
    pub max_attempts: u32,
}

impl Default for LeaseSettings {
    fn default() -> LeaseSettings {
        LeaseSettings {
            node: default_node_name(),
            lease: DEFAULT_LEASE,
            max_attempts: super::DEFAULT_MAX_ATTEMPTS,
        }
    }
}

impl LeaseSettings {
    /// The lease in milliseconds (at least 1).
    pub fn lease_ms(&self) -> i64 {
        (self.lease.as_millis() as i64).max(1)
    }
}

/// The default node name: the host's name, then the first 8 characters of its machine id
/// (`/etc/machine-id`) when there is one, e.g. `api-1-3f2a9c01`; `calltone` when neither
/// can be read. Stable across restarts of one machine, so that a restarted node finds the
/// calls its previous incarnation held. Two processes on one machine share it: give each
/// its own name then.
pub fn default_node_name() -> String {
    let read = |path: &str| {
        std::fs::read_to_string(path)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let host = read("/proc/sys/kernel/hostname")
        .or_else(|| read("/etc/hostname"))
        .or_else(|| std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty()));
    let machine: Option<String> =
        read("/etc/machine-id").map(|id| id.chars().take(8).collect::<String>());
    match (host, machine) {
        (Some(host), Some(machine)) => format!("{host}-{machine}"),
        (Some(host), None) => host,
        (None, Some(machine)) => format!("calltone-{machine}"),
        (None, None) => "calltone".to_string(),
    }
}

/// The reason stored on a call failed after `max_attempts` interrupted claims (a crash at
/// start-up's recovery, or a lease that passed): SQL that reads the `attempts` column.
pub(crate) const GAVE_UP_REASON_SQL: &str = "'gave up after ' || attempts || ' attempts: the \
    analysis was interrupted each time (the server stopped or crashed while working on this \
    recording)'";

#[cfg(test)]
mod tests {
    #[test]
    fn the_default_node_name_is_stable_and_not_empty() {
        let a = super::default_node_name();
        assert!(!a.is_empty());
        assert_eq!(a, super::default_node_name());
    }
}
