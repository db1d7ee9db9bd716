#!/usr/bin/env bash
# A full disk, for real: the server's data directory on a 4 MiB tmpfs. Checks that an upload
# that does not fit is answered 507 `insufficient_storage` and leaves no file behind, and
# that uploads are accepted again once space is freed. Needs root, or user namespaces
# (it re-runs itself under `unshare -rm`). Not part of the test suite (it mounts a
# filesystem and starts the real server with its models). Usage, from the repository root
# after `make setup`:
#   benches/disk_full.sh [BINARY]
set -euo pipefail
bin=${1:-target/release/calltone}
if [ -z "${CALLTONE_IN_NS:-}" ] && [ "$(id -u)" != 0 ]; then
  exec env CALLTONE_IN_NS=1 unshare -rm "$0" "$@"
fi
d=$(mktemp -d); data=$d/data; mkdir -p "$data"
mount -t tmpfs -o size=4m tmpfs "$data"
cleanup() { kill "${pid:-0}" 2>/dev/null || true; wait 2>/dev/null || true; umount "$data" || true; rm -rf "$d"; }
trap cleanup EXIT
"$bin" serve --listen 127.0.0.1:0 --workers 1 --threads 1 --data-dir "$data" 2>"$d/log" &
pid=$!
for _ in $(seq 100); do grep -q "listening on" "$d/log" && break; sleep 0.1; done
addr=$(grep -o "http://[0-9.:]*" "$d/log" | head -1)
post() { curl -s -o "$d/body" -w '%{http_code}' -X POST --data-binary @"$1" "$addr/v1/calls"; }

# Leave less room than one recording (about 380 KB).
dd if=/dev/zero of="$data/filler" bs=1k count=$(( $(df -k --output=avail "$data" | tail -1) - 200 )) 2>/dev/null
code=$(post samples/call_en_mono_16k.wav)
echo "full disk: $code $(cat "$d/body")"
fail() { echo "FAILED: $*"; tail -5 "$d/log"; exit 1; }
[ "$code" = 507 ] || fail "expected 507"
grep -q insufficient_storage "$d/body" || fail "expected insufficient_storage"
left=$(ls "$data/audio" | wc -l)
echo "files left in audio/: $left"
[ "$left" = 0 ] || fail "a partial upload was left"

rm -f "$data/filler"
code=$(post samples/call_en_mono_16k.wav)
echo "space freed: $code $(cat "$d/body")"
[ "$code" = 202 ] || fail "expected 202"
echo "ok"
