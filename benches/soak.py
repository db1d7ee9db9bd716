#!/usr/bin/env python3
"""Bounded soak of `calltone serve` under an unlucky operator and hostile clients, loopback only.

Runs the real binary (target/release/calltone) with a fresh data directory and prints what it
tried and what was lost. Three parts, each bounded:

  kills     --uploads recordings uploaded a few at a time while the server is killed with
            SIGKILL at random moments (--kills times: mid-upload, mid-analysis, just after a
            202), spread over the uploads, and restarted; a client whose answer never came
            retries with the same Idempotency-Key. A call killed in its analysis --max-attempts
            times is failed by design (counted apart). Otherwise every upload must be one call,
            succeeded exactly once,
            with its audio byte-identical, and the database must pass `PRAGMA integrity_check`.
  sockets   --idle idle connections and as many half-sent request heads are held open while
            /healthz is asked: it must answer 200 at once (probes have places of their own past
            --max-connections), the server must close the stalled sockets by itself, and then
            answer 200 again.
  disk      where this process may mount (root), a --disk-mb tmpfs is the data directory:
            uploads run until the disk is full (they must get 507, not 500), one analysis is
            in hand while it fills; then space is freed and every accepted call must finish.
            Skipped with the reason when mounting is not allowed.

Standard library only. Example:  python3 benches/soak.py --uploads 40 --kills 8
Exit status 1 when anything was lost or answered wrongly.
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = ["samples/call_en_mono_16k.wav", "samples/call_en_stereo_8k_ulaw.wav"]


def log(*parts):
    print(*parts, flush=True)


class Server:
    def __init__(self, binary, data_dir, extra=()):
        self.binary, self.data_dir, self.extra = binary, data_dir, list(extra)
        self.process, self.base = None, None

    def start(self):
        env = dict(os.environ, CALLTONE_LOG="warn")
        env.pop("RUST_LOG", None)
        self.process = subprocess.Popen(
            [self.binary, "serve", "--listen", "127.0.0.1:0", "--data-dir", self.data_dir,
             "--workers", "1", "--shutdown-grace-s", "2", "--max-queue", "10000"] + self.extra,
            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        for line in self.process.stderr:
            if line.startswith("calltone listening on "):
                self.base = line.split()[-1]
                break
        else:
            raise SystemExit("soak.py: the server exited before listening")
        threading.Thread(target=lambda: [None for _ in self.process.stderr], daemon=True).start()
        return self

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait()

    def call(self, method, path, body=None, headers=None, timeout=30):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()


def json_of(body):
    import json
    return json.loads(body)


def kills(binary, args):
    """Uploads under SIGKILL; returns the list of problems found."""
    data_dir = tempfile.mkdtemp(prefix="calltone-soak-")
    audio = [open(os.path.join(ROOT, f), "rb").read() for f in SAMPLES]
    todo = [(str(uuid.uuid4()), random.randrange(len(audio))) for _ in range(args.uploads)]
    ids = {}
    server = Server(binary, data_dir).start()
    kills_done = 0
    problems = []
    gave_up = []
    started = time.time()
    cycles = max(1, (args.uploads + 2) // 3)
    every = max(1, cycles // max(1, args.kills))
    cycle = 0
    while todo or kills_done < args.kills:
        batch, todo = todo[:3], todo[3:]
        killer = None
        cycle += 1
        if kills_done < args.kills and (cycle % every == 0 or not todo):
            delay = random.uniform(0.0, 3.0)
            killer = threading.Timer(delay, server.kill)
            killer.start()
            kills_done += 1
        for key, which in batch:
            try:
                status, body = server.call("POST", "/v1/calls?language=en", audio[which],
                                           {"Idempotency-Key": key}, timeout=10)
            except (OSError, urllib.error.URLError):
                todo.append((key, which))  # no answer: the client retries with the same key
                continue
            if status in (200, 202):
                call_id = json_of(body)["id"]
                if ids.get(key, call_id) != call_id:
                    problems.append(f"retry of key {key} made a second call")
                ids[key] = call_id
            else:
                problems.append(f"upload answered {status}: {body[:200]!r}")
        if killer:
            killer.join()
        if server.process.poll() is not None:
            server = Server(binary, data_dir).start()
        if time.time() - started > args.max_time_s:
            problems.append("ran out of time")
            break
    deadline = time.time() + args.max_time_s
    for key, call_id in ids.items():
        while True:
            status, body = server.call("GET", f"/v1/calls/{call_id}")
            state = json_of(body)["status"] if status == 200 else f"HTTP {status}"
            if state in ("succeeded", "failed") or time.time() > deadline:
                break
            time.sleep(0.5)
        if state == "failed" and "gave up after" in json_of(body).get("reason", ""):
            # Killed in its analysis --max-attempts times: failed by design, with the reason.
            gave_up.append(call_id)
        elif state != "succeeded":
            problems.append(f"call {call_id} ended {state}: {json_of(body).get('reason')}")
    for key, call_id in ids.items():
        status, body = server.call("GET", f"/v1/calls/{call_id}/audio")
        sent = [a for a in audio if hashlib.sha256(a).digest() == hashlib.sha256(body).digest()]
        if status != 200 or not sent:
            problems.append(f"call {call_id}: its audio is not what was uploaded")
    server.stop()
    with sqlite3.connect(os.path.join(data_dir, "calltone.sqlite3")) as db:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        stored = db.execute("SELECT COUNT(*) FROM calls").fetchone()[0]
    if check != "ok":
        problems.append(f"database integrity: {check}")
    if stored != len(ids):
        problems.append(f"{stored} calls stored for {len(ids)} uploads")
    log(f"kills: {args.uploads} uploads, {kills_done} SIGKILLs spread over the uploads, "
        f"{len(ids)} calls, {len(gave_up)} failed by design after --max-attempts "
        f"interrupted analyses, {len(problems)} problem(s)")
    shutil.rmtree(data_dir, ignore_errors=True)
    return problems


def sockets(binary, args):
    """Idle and half-sent connections; returns the problems found."""
    data_dir = tempfile.mkdtemp(prefix="calltone-soak-")
    server = Server(binary, data_dir).start()
    host, port = server.base.split("//")[1].split(":")
    held = []
    problems = []
    for i in range(args.idle):
        for partial in (b"", b"GET /healthz HTTP/1.1\r\nHost: x\r\n"):
            try:
                s = socket.create_connection((host, int(port)), timeout=5)
                s.sendall(partial)
                held.append(s)
            except OSError as e:
                problems.append(f"connection {i} refused: {e}")
                break
    t = time.time()
    try:
        status, _ = server.call("GET", "/healthz", timeout=10)
    except (OSError, urllib.error.URLError) as e:
        status = str(e)
    took = time.time() - t
    # Past --max-connections a probe is still served (places kept for probes), at once.
    if status != 200 or took > 2.0:
        problems.append(f"/healthz with {len(held)} stalled sockets: {status} in {took:.1f} s")
    # The server must close what stalls: wait for the stalled sockets to be closed.
    deadline = time.time() + args.stall_wait_s
    open_ = list(held)
    while open_ and time.time() < deadline:
        still = []
        for s in open_:
            s.settimeout(0.2)
            try:
                if s.recv(65536) == b"":
                    continue  # closed by the server
                still.append(s)  # answered (e.g. 408/503), closing may follow
            except socket.timeout:
                still.append(s)
            except OSError:
                continue
        open_ = still
    if open_:
        problems.append(f"{len(open_)} of {len(held)} stalled sockets still open after "
                        f"{args.stall_wait_s} s")
    for s in held:
        s.close()
    try:
        after, _ = server.call("GET", "/healthz", timeout=10)
    except (OSError, urllib.error.URLError) as e:
        after = str(e)
    if after != 200:
        problems.append(f"/healthz once the stalled sockets were closed: {after}")
    server.stop()
    shutil.rmtree(data_dir, ignore_errors=True)
    log(f"sockets: {len(held)} stalled sockets (idle and half-sent heads), /healthz {status} in "
        f"{took * 1000:.0f} ms while held, {len(held) - len(open_)} closed by the server within "
        f"{args.stall_wait_s:.0f} s, then /healthz {after}; {len(problems)} problem(s)")
    return problems


def disk(binary, args):
    """A full disk; returns the problems found, or [] with a note when it cannot run."""
    mount_dir = tempfile.mkdtemp(prefix="calltone-soak-disk-")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args.disk_mb}m", "tmpfs",
                              mount_dir], capture_output=True, text=True)
    if mounted.returncode != 0:
        log(f"disk: skipped (cannot mount a tmpfs here: {mounted.stderr.strip()})")
        return []
    problems = []
    try:
        data_dir = os.path.join(mount_dir, "data")
        server = Server(binary, data_dir).start()
        audio = open(os.path.join(ROOT, SAMPLES[0]), "rb").read()
        accepted, answers = [], {}
        for _ in range(10 * args.disk_mb):
            status, body = server.call("POST", "/v1/calls?language=en", audio)
            answers[status] = answers.get(status, 0) + 1
            if status == 202:
                accepted.append(json_of(body)["id"])
            elif status == 507:
                break
            else:
                problems.append(f"upload on a filling disk answered {status}: {body[:200]!r}")
                break
        if 507 not in answers:
            problems.append(f"the disk never filled ({answers})")
        # Free space by deleting the later half of the accepted calls: the others (one of
        # them in hand while the disk filled) must all finish.
        deleted = 0
        for call_id in accepted[len(accepted) // 2:]:
            server.call("DELETE", f"/v1/calls/{call_id}")
            deleted += 1
        deadline = time.time() + args.max_time_s
        for call_id in accepted[: len(accepted) - deleted]:
            while time.time() < deadline:
                status, body = server.call("GET", f"/v1/calls/{call_id}")
                if status == 200 and json_of(body)["status"] in ("succeeded", "failed"):
                    break
                time.sleep(0.5)
            state = json_of(body)["status"] if status == 200 else f"HTTP {status}"
            if state != "succeeded":
                problems.append(f"call {call_id} accepted on a filling disk ended {state}")
        server.stop()
        log(f"disk: {args.disk_mb} MB tmpfs, answers {answers}, {len(accepted)} accepted, "
            f"{deleted} deleted to free space, {len(problems)} problem(s)")
    finally:
        subprocess.run(["umount", mount_dir], capture_output=True)
        shutil.rmtree(mount_dir, ignore_errors=True)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default="target/release/calltone")
    parser.add_argument("--uploads", type=int, default=30)
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--idle", type=int, default=150)
    parser.add_argument("--stall-wait-s", type=float, default=90)
    parser.add_argument("--disk-mb", type=int, default=24)
    parser.add_argument("--max-time-s", type=float, default=900)
    parser.add_argument("--only", choices=["kills", "sockets", "disk"])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random.seed(args.seed)
    binary = os.path.join(ROOT, args.binary)
    if not os.path.exists(binary):
        sys.exit(f"soak.py: no {args.binary}: run 'make build'")
    problems = []
    for part in (kills, sockets, disk):
        if args.only in (None, part.__name__):
            problems += [f"{part.__name__}: {p}" for p in part(binary, args)]
    for p in problems:
        log("LOST/WRONG", p)
    log(f"soak: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
