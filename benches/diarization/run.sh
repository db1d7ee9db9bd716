#!/usr/bin/env bash
# The diarization bench, end to end: venv, synthetic calls (dev, heldout), mixes of the stereo
# samples, the real AMI clips, the scorer's self-test, then eval.py against calltone.
# Everything generated goes to target/diarization/ (git-ignored). Each step's time is printed.
# Usage: benches/diarization/run.sh [--calltone PATH] [eval.py options...]
# Environment: DEV_CALLS (12), HELDOUT_CALLS (24), SEED (1), JOBS (cores).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$root/target/diarization
venv=$work/venv
py=$venv/bin/python
mkdir -p "$work"

step() {  # step NAME COMMAND...: run it and print how long it took
  local name=$1; shift
  local t0=$SECONDS
  echo "== $name" >&2
  "$@"
  echo "== $name: $((SECONDS - t0)) s" >&2
}

for tool in espeak-ng text2wave; do
  command -v "$tool" >/dev/null || {
    echo "run.sh: $tool is missing: WITH_DIARIZATION_TOOLS=1 scripts/install-system-deps.sh" >&2
    exit 2
  }
done

make_venv() {
  [ -x "$py" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
}
step venv make_venv

fresh() { rm -rf "$1"; mkdir -p "$1"; }
calls() {  # calls SET N
  fresh "$work/$1"
  "$py" "$here/make_calls.py" --set "$1" --calls "$2" --seed "${SEED:-1}" --out "$work/$1" \
    --jobs "${JOBS:-$(nproc)}"
}
step "dev calls" calls dev "${DEV_CALLS:-12}"
step "heldout calls" calls heldout "${HELDOUT_CALLS:-24}"
mixes() {
  fresh "$work/mixes"
  "$py" "$here/mix_stereo.py" "$root/samples/call_en_stereo_8k_ulaw.wav" \
    "$root/samples/call_en_stereo_angry_8k_ulaw.wav" --out "$work/mixes"
}
step "stereo mixes" mixes
step "real (AMI clips)" "$here/real.sh" "$venv"
step "scorer self-test (heldout truth)" "$py" "$here/der.py" --selftest "$work/heldout"
step "eval" "$py" "$here/eval.py" "$@"
