#!/usr/bin/env python3
"""Scale-out figures: intake latency and throughput with 1, 2 and 3 worker processes on one
PostgreSQL database and one S3-compatible bucket, on this machine, loopback only.

For each worker count N it starts, fresh: a PostgreSQL cluster with real commits
(scripts/test-postgres.sh --durable), moto's S3-compatible server (scripts/s3-test-server.sh)
with a new bucket, one API process (`calltone serve --workers 0`) and N worker processes
(`calltone worker --workers 1 --threads T`), then runs benches/load.py against the API
(--calls uploads, --concurrency at once, every call waited for) and stops everything.

Writes bench-results/scale_out.json and .md (git-ignored) and prints a table:
  workers | intake p50 / p99 ms | call-min per wall min | succeeded

Standard library only. Example (about 10 minutes on 2 cores):
  python3 benches/scale_out.py --calls 24 --concurrency 4 --workers 1 2 3
The machine has 2 cores: with 3 worker processes of 1 thread each, the workers share them,
so the figure shows what a third process costs, not a third machine's gain.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target/release/calltone")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout_s=300):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"scale_out.py: nothing listens on {port}")


def start(command, env, prefix):
    """Starts a calltone process; returns it and the URL it announced after `prefix`."""
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, env=env)
    for line in process.stderr:
        if line.startswith(prefix):
            url = line[len(prefix):].split()[0]
            threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
            return process, url
        sys.stderr.write(line)
    sys.exit(f"scale_out.py: {command[1]} exited before listening")


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()


def run(workers, args, scratch):
    """One deployment with `workers` worker processes; load.py's summary."""
    watch = str(os.getpid())
    cluster = subprocess.run(
        [os.path.join(ROOT, "scripts/test-postgres.sh"), os.path.join(scratch, f"pg{workers}"),
         "--watch", watch, "--durable"],
        capture_output=True, text=True)
    if cluster.returncode != 0:
        sys.exit(f"scale_out.py: scripts/test-postgres.sh failed: {cluster.stderr}")
    database = cluster.stdout.strip()
    s3_port = free_port()
    s3 = subprocess.Popen([os.path.join(ROOT, "scripts/s3-test-server.sh"), "serve"],
                          env=dict(os.environ, PORT=str(s3_port), WATCH_PID=watch),
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(s3_port)
    bucket = f"calltone-bench-{workers}"
    urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{s3_port}/{bucket}", method="PUT"))
    env = dict(os.environ, CALLTONE_LOG="warn", AWS_ENDPOINT_URL=f"http://127.0.0.1:{s3_port}",
               AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1",
               AWS_ALLOW_HTTP="true")
    env.pop("RUST_LOG", None)
    common = ["--store", database, "--audio-store", f"s3://{bucket}/calls"]
    processes = []
    try:
        api, url = start([BINARY, "serve", "--workers", "0", "--listen", "127.0.0.1:0",
                          "--data-dir", os.path.join(scratch, f"api{workers}"),
                          "--max-queue", str(args.calls)] + common,
                         env, "calltone listening on ")
        processes.append(api)
        for i in range(workers):
            worker, _ = start([BINARY, "worker", "--listen", "127.0.0.1:0", "--workers", "1",
                               "--threads", str(args.threads), "--node-name", f"w{i}",
                               "--data-dir", os.path.join(scratch, f"w{workers}-{i}")] + common,
                              env, "calltone worker health on ")
            processes.append(worker)
        out = f"bench-results/scale_out-{workers}.json"
        subprocess.run([sys.executable, os.path.join(ROOT, "benches/load.py"), "--url", url,
                        "--calls", str(args.calls), "--concurrency", str(args.concurrency),
                        "--out", out] + (["--files"] + args.files if args.files else []),
                       cwd=ROOT, check=False)
        with open(os.path.join(ROOT, out)) as f:
            return json.load(f)
    finally:
        for process in reversed(processes):
            stop(process)
        s3.terminate()
        # The database cluster stops when this script exits (test-postgres.sh --watch).


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3], help="worker process counts")
    parser.add_argument("--calls", type=int, default=24)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="--threads of each worker process")
    parser.add_argument("--files", nargs="+", help="recordings (load.py's default: the two samples)")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("scale_out.py: no target/release/calltone: run 'make build'")
    scratch = tempfile.mkdtemp(prefix="calltone-scale-out-")
    # The database cluster runs as the `postgres` user when this runs as root.
    os.chmod(scratch, 0o755)
    rows = []
    try:
        for workers in args.workers:
            summary = run(workers, args, scratch)
            rows.append({**summary, "workers": workers})
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines = ["| worker processes | intake p50 ms | intake p99 ms | call-min per wall min | succeeded |",
             "| --- | --- | --- | --- | --- |"]
    for row in rows:
        lat = row["intake_latency_ms"]
        lines.append(f"| {row['workers']} | {lat['p50']} | {lat['p99']} | "
                     f"{row['call_minutes_per_wall_minute']} | {row['succeeded']}/{row['calls']} |")
    table = "\n".join(lines)
    print(table)
    os.makedirs(os.path.join(ROOT, "bench-results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench-results/scale_out.json"), "w") as f:
        json.dump(rows, f, indent=2)
    with open(os.path.join(ROOT, "bench-results/scale_out.md"), "w") as f:
        f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
