#!/usr/bin/env bash
# A real S3-compatible server for the tests of the audio store (`--audio-store s3://…`):
# moto's server (PyPI `moto[server]`), installed into a virtual environment under
# target/s3-venv on first use, listening on 127.0.0.1:$PORT.
#
#   scripts/s3-test-server.sh install          install it (once; needs the Python registry)
#   PORT=9000 scripts/s3-test-server.sh serve  run it in the foreground
#
# With WATCH_PID set, `serve` stops the server when that process is gone: the Rust tests
# (src/store/audio/s3_server.rs) start it once per test binary and leave no server behind.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${CALLTONE_S3_VENV:-$root/target/s3-venv}"
moto="$venv/bin/moto_server"

install() {
    if [ ! -x "$moto" ]; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check 'moto[server]>=5,<6'
    fi
}

case "${1:-serve}" in
install)
    install
    ;;
serve)
    install
    : "${PORT:?set PORT to the port to listen on}"
    if [ -z "${WATCH_PID:-}" ]; then
        exec "$moto" -H 127.0.0.1 -p "$PORT"
    fi
    "$moto" -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
    server=$!
    trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT INT TERM
    while kill -0 "$WATCH_PID" 2>/dev/null && kill -0 "$server" 2>/dev/null; do
        sleep 0.5
    done
    ;;
*)
    echo "usage: $0 [install|serve]" >&2
    exit 2
    ;;
esac
