#!/usr/bin/env bash
# The bench's own test: 3 dev calls (one customer-first) in a temporary directory, the scorer's
# self-test on them, make_calls.py's determinism, and eval.py against the test double in each
# FAKE_MODE, with the outcomes checked. Needs the bench venv (run.sh makes it) and the TTS tools.
# Usage: benches/diarization/testing/selftest.sh [VENV]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
py=${1:-$root/target/diarization/venv}/bin/python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fake=$here/testing/fake_calltone.py

"$py" "$here/make_calls.py" --set dev --calls 3 --seed 5 --out "$tmp/a" --jobs 2 2>/dev/null
"$py" "$here/make_calls.py" --set dev --calls 3 --seed 5 --out "$tmp/b" --jobs 1 2>/dev/null
for f in "$tmp"/a/*.wav "$tmp"/a/*.rttm "$tmp"/a/*.json "$tmp"/a/stereo/*.wav; do
  cmp -s "$f" "$tmp/b/${f#"$tmp"/a/}" || { echo "FAIL: not deterministic: $f" >&2; exit 1; }
done
echo "ok: make_calls.py is deterministic" >&2
PYTHONPATH=$here "$py" -W ignore - <<'PY' || { echo "FAIL: u-law fallback differs from audioop" >&2; exit 1; }
import numpy as np, make_calls
try:
    import audioop
except ImportError:
    raise SystemExit(0)  # nothing to compare with
x = np.arange(-32768, 32768, dtype=np.int16)
assert (np.frombuffer(audioop.lin2ulaw(x.tobytes(), 2), np.uint8) == make_calls.ulaw_encode(x)).all()
PY
echo "ok: the u-law fallback equals audioop on every 16-bit value" >&2
"$py" "$here/der.py" --selftest "$tmp/a" >/dev/null || { echo "FAIL: der.py --selftest" >&2; exit 1; }
echo "ok: der.py --selftest" >&2

for mode in truth swapped one nodiarize; do
  FAKE_MODE=$mode "$py" "$here/eval.py" --calltone "$fake" --set "dev=$tmp/a" \
    --json "$tmp/$mode.json" >/dev/null 2>&1
done
if "$py" "$here/eval.py" --calltone "$tmp/none" --set "dev=$tmp/a" --json "$tmp/x.json" 2>/dev/null; then
  echo "FAIL: a missing binary must exit 2" >&2; exit 1
fi
"$py" - "$tmp" <<'PY'
import json, sys
t = sys.argv[1]
r = {m: json.load(open(f"{t}/{m}.json")) for m in ("truth", "swapped", "one", "nodiarize")}
def tot(m, mode="k2"):
    return r[m]["sets"]["dev"]["modes"][mode]["score"]["total"]
checks = [
    ("truth: DER 0", tot("truth")["der"] == 0 and tot("truth", "auto")["der"] == 0),
    ("truth: roles right", r["truth"]["sets"]["dev"]["roles_both_right"] == 1.0),
    ("swapped: DER 0", tot("swapped")["der"] == 0),
    ("swapped: roles wrong", r["swapped"]["sets"]["dev"]["role_right"] == 0.0),
    ("one: confusion > 0.3", tot("one")["confusion"] > 0.3),
    ("one: speaker count wrong", r["one"]["sets"]["dev"]["modes"]["k2"]["speaker_count_right"] == 0),
    ("one: both roles wrong", r["one"]["sets"]["dev"]["roles_both_right"] == 0.0),
    ("nodiarize: stops cleanly", r["nodiarize"].get("status") == "no-diarize"),
]
bad = [n for n, ok in checks if not ok]
for n, ok in checks:
    print(("ok: " if ok else "FAIL: ") + n, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
echo "diarization bench self-test passed" >&2
