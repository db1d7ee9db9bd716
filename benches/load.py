#!/usr/bin/env python3
"""Load test for `calltone serve`, loopback only, bounded in calls and time.

Starts the real server (target/release/calltone serve) on 127.0.0.1 with a fresh data
directory, or uses one already running on loopback (--url), then uploads --calls recordings
from --concurrency client threads at once and waits for every analysis to finish.

Reports:
  intake latency   POST /v1/calls until the 202 (the recording is on disk, fsynced and
                   queued by then): p50 / p90 / p99 / max, in milliseconds
  throughput       call-minutes analysed per wall minute, from the first upload to the
                   last call finished (audio minutes of the succeeded calls / wall minutes)
  refusals         429 answers (queue full), retried after Retry-After

Standard library only. Examples:
  python3 benches/load.py                                  # 20 calls, 4 at a time, 1 worker
  python3 benches/load.py --calls 100 --concurrency 16 --workers 2 --threads 1
  python3 benches/load.py --url http://127.0.0.1:8080 --key "$CALLTONE_API_KEYS"
Writes bench-results/load.json (git-ignored) as well as printing the summary.
"""

import argparse
import ipaddress
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FILES = ["samples/call_en_mono_16k.wav", "samples/call_en_stereo_8k_ulaw.wav"]
MAX_CALLS = 1000
MAX_TIME_S = 3600


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


class Client:
    def __init__(self, base, key):
        self.base = base.rstrip("/")
        self.key = key

    def call(self, method, path, body=None, headers=None, timeout=120):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        if self.key:
            request.add_header("Authorization", "Bearer " + self.key)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def start_server(args, data_dir):
    binary = os.path.join(ROOT, args.binary)
    if not os.path.exists(binary):
        sys.exit(f"load.py: no {args.binary}: run 'make build'")
    command = [binary, "serve", "--listen", "127.0.0.1:0", "--data-dir", data_dir,
               "--workers", str(args.workers), "--max-queue", str(max(args.calls, 1)),
               "--shutdown-grace-s", "5"]
    if args.threads:
        command += ["--threads", str(args.threads)]
    env = dict(os.environ, CALLTONE_LOG="warn")
    env.pop("RUST_LOG", None)
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, env=env)
    for line in process.stderr:
        if line.startswith("calltone listening on "):
            url = line.split()[-1]
            threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
            return process, url
        sys.stderr.write(line)
    sys.exit("load.py: the server exited before listening")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=20, help=f"uploads in all (at most {MAX_CALLS})")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads uploading at once")
    parser.add_argument("--files", nargs="+", default=DEFAULT_FILES, help="recordings, used in turn")
    parser.add_argument("--workers", type=int, default=1, help="server workers (when started here)")
    parser.add_argument("--threads", type=int, default=0, help="--threads per worker (0: server default)")
    parser.add_argument("--binary", default="target/release/calltone")
    parser.add_argument("--url", help="use this running server instead (loopback only)")
    parser.add_argument("--key", default=os.environ.get("CALLTONE_LOAD_KEY", ""), help="API key for --url")
    parser.add_argument("--max-time-s", type=int, default=900, help=f"give up after this long (at most {MAX_TIME_S})")
    parser.add_argument("--out", default="bench-results/load.json")
    args = parser.parse_args()
    if not 1 <= args.calls <= MAX_CALLS:
        sys.exit(f"load.py: --calls must be 1..{MAX_CALLS}")
    if not 1 <= args.max_time_s <= MAX_TIME_S:
        sys.exit(f"load.py: --max-time-s must be 1..{MAX_TIME_S}")
    if args.concurrency < 1:
        sys.exit("load.py: --concurrency must be positive")

    process, data_dir = None, None
    if args.url:
        host = urllib.parse.urlparse(args.url).hostname or ""
        loopback = host == "localhost"
        try:
            loopback = loopback or ipaddress.ip_address(host).is_loopback
        except ValueError:
            pass
        if not loopback:
            sys.exit("load.py: --url must be a loopback address (127.0.0.1, ::1, localhost)")
        url = args.url
    else:
        data_dir = tempfile.mkdtemp(prefix="calltone-load-")
        process, url = start_server(args, data_dir)
    client = Client(url, args.key)
    deadline = time.monotonic() + args.max_time_s
    try:
        while client.call("GET", "/readyz")[0] != 200:
            if time.monotonic() > deadline:
                sys.exit("load.py: the server never became ready")
            time.sleep(0.2)
        recordings = []
        for name in args.files:
            with open(os.path.join(ROOT, name), "rb") as f:
                recordings.append((name, f.read()))

        latencies_ms, ids, refusals, errors = [], [], [0], []
        lock = threading.Lock()
        next_index = [0]

        def uploader():
            while True:
                with lock:
                    i = next_index[0]
                    if i >= args.calls:
                        return
                    next_index[0] += 1
                name, audio = recordings[i % len(recordings)]
                while time.monotonic() < deadline:
                    started = time.monotonic()
                    status, headers, body = client.call(
                        "POST", "/v1/calls?external_id=load-%d" % i, audio, {"Content-Type": "application/octet-stream"})
                    took = (time.monotonic() - started) * 1000
                    if status == 202:
                        with lock:
                            latencies_ms.append(took)
                            ids.append(json.loads(body)["id"])
                        break
                    if status == 429:
                        with lock:
                            refusals[0] += 1
                        time.sleep(float(headers.get("Retry-After", "1")))
                        continue
                    with lock:
                        errors.append(f"{name}: {status} {body[:200]!r}")
                    break

        wall_started = time.monotonic()
        threads = [threading.Thread(target=uploader) for _ in range(args.concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        intake_s = time.monotonic() - wall_started

        pending, audio_ms, failed = set(ids), 0, []
        while pending and time.monotonic() < deadline:
            for call_id in list(pending):
                status, _, body = client.call("GET", "/v1/calls/" + call_id)
                call = json.loads(body)
                if call.get("status") == "succeeded":
                    audio_ms += call.get("duration_ms") or 0
                    pending.discard(call_id)
                elif call.get("status") == "failed":
                    failed.append(call.get("reason"))
                    pending.discard(call_id)
            if pending:
                time.sleep(0.5)
        wall_s = time.monotonic() - wall_started

        summary = {
            "calls": args.calls,
            "concurrency": args.concurrency,
            "workers": args.workers if process else None,
            "threads_per_worker": args.threads or None,
            "files": args.files,
            "accepted": len(ids),
            "upload_errors": errors,
            "refusals_429": refusals[0],
            "succeeded": len(ids) - len(pending) - len(failed),
            "failed": failed,
            "unfinished": len(pending),
            "intake_latency_ms": {
                "p50": round(percentile(latencies_ms, 50), 1),
                "p90": round(percentile(latencies_ms, 90), 1),
                "p99": round(percentile(latencies_ms, 99), 1),
                "max": round(max(latencies_ms), 1) if latencies_ms else None,
            },
            "intake_wall_s": round(intake_s, 2),
            "wall_s": round(wall_s, 2),
            "audio_min": round(audio_ms / 60000, 2),
            "call_minutes_per_wall_minute": round((audio_ms / 60000) / (wall_s / 60), 2) if wall_s else None,
        }
        os.makedirs(os.path.dirname(os.path.join(ROOT, args.out)), exist_ok=True)
        with open(os.path.join(ROOT, args.out), "w") as f:
            json.dump(summary, f, indent=2)
        lat = summary["intake_latency_ms"]
        print(f"{summary['accepted']}/{args.calls} accepted ({refusals[0]} × 429), "
              f"{summary['succeeded']} succeeded, {len(failed)} failed, {len(pending)} unfinished")
        print(f"intake latency ms: p50 {lat['p50']}  p90 {lat['p90']}  p99 {lat['p99']}  max {lat['max']}")
        print(f"throughput: {summary['audio_min']} call-min in {summary['wall_s']} s = "
              f"{summary['call_minutes_per_wall_minute']} call-min per wall min")
        print(f"written {args.out}")
        return 0 if not errors and not failed and not pending else 1
    finally:
        if process:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
        if data_dir:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
