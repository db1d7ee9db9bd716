//! The queue's claim rate as the queue grows: claims (each claim and the `finish` of its
//! call, as a worker does them, one after the other on one connection) per second with 100
//! calls waiting and with 10,000 waiting, on PostgreSQL (a throwaway cluster with real,
//! fsynced commits: `scripts/test-postgres.sh --durable`) and on the embedded SQLite store.
//! The queue must not slow down as it grows: a claim reads the first waiting call through an
//! index of the waiting calls alone.
//!
//!     cargo bench --bench queue_claims                  # about a minute on 2 cores
//!     CALLTONE_BENCH_CLAIMS=200 cargo bench --bench queue_claims
//!
//! Prints a table (claims per second, and the median and 99th percentile of one claim) and
//! writes it to `bench-results/queue_claims.md`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use calltone::store::lease::LeaseSettings;
use calltone::store::postgres::PgStore;
use calltone::store::{new_call_id, CallStore, NewCall, Store};
use serde_json::json;

/// Calls waiting when the timed claims start.
const DEPTHS: [usize; 2] = [100, 10_000];

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this once, as a smoke test.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let claims: usize = std::env::var("CALLTONE_BENCH_CLAIMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if smoke { 5 } else { 500 });
    let depths: Vec<usize> = if smoke { vec![10] } else { DEPTHS.to_vec() };
    let scratch = tempfile::tempdir().expect("a temporary directory");
    let cluster = start_cluster(&scratch.path().join("pg"));

    let mut rows = Vec::new();
    for &depth in &depths {
        let database = new_database(&cluster, &format!("claims_{depth}"));
        let postgres = PgStore::open(&database, LeaseSettings::default()).expect("PostgreSQL");
        rows.push(("PostgreSQL", depth, measure(&postgres, depth, claims)));
        let dir = scratch.path().join(format!("sqlite-{depth}"));
        let sqlite = Store::open(&dir).expect("SQLite");
        rows.push(("SQLite", depth, measure(&sqlite, depth, claims)));
    }

    let mut table = String::from(
        "| store | calls waiting | claims/s | median ms | p99 ms |\n| --- | --- | --- | --- | --- |\n",
    );
    for (store, depth, times) in &rows {
        let total: Duration = times.iter().sum();
        table.push_str(&format!(
            "| {store} | {depth} | {:.0} | {:.2} | {:.2} |\n",
            times.len() as f64 / total.as_secs_f64(),
            percentile(times, 50.0),
            percentile(times, 99.0),
        ));
    }
    print!("{table}");
    if !smoke {
        std::fs::create_dir_all("bench-results").expect("bench-results/");
        std::fs::write("bench-results/queue_claims.md", &table).expect("the table");
    }
}

/// Queues `depth + claims` calls, then times `claims` claims, each followed by the `finish`
/// of its call (so the queue ends `depth` long): the time of each claim and finish.
fn measure(store: &dyn CallStore, depth: usize, claims: usize) -> Vec<Duration> {
    for _ in 0..depth + claims {
        let id = new_call_id();
        store
            .enqueue(&id, &id, &NewCall::default(), usize::MAX)
            .expect("enqueue");
    }
    let report = json!({"duration_ms": 1000, "turns": []});
    (0..claims)
        .map(|_| {
            let started = Instant::now();
            let claim = store.claim().expect("claim").expect("a waiting call");
            assert!(store.finish(&claim, &report).expect("finish"));
            started.elapsed()
        })
        .collect()
}

fn percentile(times: &[Duration], p: f64) -> f64 {
    let mut ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let k = ((ms.len() - 1) as f64 * p / 100.0).round() as usize;
    ms[k]
}

/// A durable throwaway cluster, stopped when this process exits; its admin URL.
fn start_cluster(dir: &Path) -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/test-postgres.sh");
    let out = Command::new(script)
        .arg(dir)
        .args(["--watch", &std::process::id().to_string(), "--durable"])
        .output()
        .expect("scripts/test-postgres.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn new_database(admin: &str, name: &str) -> String {
    let mut client = postgres::Client::connect(admin, postgres::NoTls).expect("the cluster");
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("a database");
    admin.replace("/postgres", &format!("/{name}"))
}
