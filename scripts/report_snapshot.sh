#!/usr/bin/env bash
# Writes the JSON report of every sample call to OUT_DIR, without `timings_ms` (wall times
# differ from run to run), so that two builds can be compared with `diff -r`:
#   scripts/report_snapshot.sh /tmp/before && (rebuild) && scripts/report_snapshot.sh /tmp/after
#   diff -r /tmp/before /tmp/after
# Uses target/release/calltone with the default models and 2 threads (Whisper's output can
# depend on the thread count).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/report_snapshot.sh OUT_DIR}
mkdir -p "$out"
for wav in samples/*.wav; do
  name=$(basename "$wav" .wav)
  target/release/calltone analyze --json --threads 2 "$wav" 2>/dev/null |
    python3 -c 'import json,sys
r = json.load(sys.stdin)
r.pop("timings_ms", None)
json.dump(r, sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)
print()' > "$out/$name.json"
  echo "$out/$name.json"
done
