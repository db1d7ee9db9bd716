//! A throwaway PostgreSQL for tests and benchmarks: one cluster per process, started by
//! `scripts/test-postgres.sh` (which installs PostgreSQL when it is missing, and stops the
//! cluster once this process has exited), and a new empty database for each caller.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The URL of a new, empty database on this process's test cluster (started on first use).
/// Panics when the cluster cannot be started: a test that needs PostgreSQL cannot run
/// without it, and must not pass.
pub fn fresh_database_url() -> String {
    static CLUSTER: OnceLock<String> = OnceLock::new();
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let admin = CLUSTER.get_or_init(start_cluster);
    let name = format!("test_{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let mut client = postgres::Client::connect(admin, postgres::NoTls)
        .unwrap_or_else(|e| panic!("connecting to the test cluster at {admin}: {e}"));
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap_or_else(|e| panic!("creating database {name}: {e}"));
    admin.replace("/postgres", &format!("/{name}"))
}

fn start_cluster() -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test-postgres.sh");
    let dir = std::env::temp_dir().join(format!("calltone-pg-{}", std::process::id()));
    let out = Command::new(script)
        .arg(&dir)
        .args(["--watch", &std::process::id().to_string()])
        .output()
        .unwrap_or_else(|e| panic!("running {script}: {e}"));
    assert!(
        out.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(url.starts_with("postgres://"), "{script} printed {url:?}");
    url
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_caller_gets_an_empty_database_of_its_own() {
        let a = super::fresh_database_url();
        let b = super::fresh_database_url();
        assert_ne!(a, b);
        let mut client = postgres::Client::connect(&a, postgres::NoTls).unwrap();
        client.batch_execute("CREATE TABLE t (x INTEGER)").unwrap();
        let mut other = postgres::Client::connect(&b, postgres::NoTls).unwrap();
        let n: i64 = other
            .query_one(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 't'",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 0);
    }
}
