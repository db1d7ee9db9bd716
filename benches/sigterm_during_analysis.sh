#!/usr/bin/env bash
# SIGTERM while a call is analysed and the shutdown grace runs out: prints each run's exit
# status (0 is right; 139 is the segfault of a process that exits with a worker inside
# whisper.cpp). Usage, from the repository root after `make setup`:
#   benches/sigterm_during_analysis.sh [BINARY] [RUNS]      (DELAY=seconds after `processing`)
set -uo pipefail
bin=${1:-target/release/calltone}; runs=${2:-10}
for _ in $(seq "$runs"); do
  d=$(mktemp -d); log=$d/log
  "$bin" serve --listen 127.0.0.1:0 --workers 1 --threads 2 --shutdown-grace-s 1 \
    --data-dir "$d/data" 2>"$log" &
  pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
  addr=$(grep -o "http://[0-9.:]*" "$log" | head -1)
  id=$(curl -s -X POST --data-binary @samples/call_en_mono_16k.wav "$addr/v1/calls?language=en" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  for _ in $(seq 200); do curl -s "$addr/v1/calls/$id" | grep -q processing && break; sleep 0.05; done
  sleep "${DELAY:-0.3}"
  kill -TERM "$pid"; wait "$pid"; echo -n "$? "
  rm -rf "$d"
done
echo
