#!/usr/bin/env bash
# calltone vs faster-whisper on the same calls, same weights, same 2 threads: speed and WER.
# `make bench` runs this. Arguments go to benches/compare_faster_whisper.py's `run`, e.g.
#   benches/compare.sh --rounds 1                       # one round instead of 3
#   benches/compare.sh --files samples/call_en_mono_16k.wav --rounds 1
# Needs: target/release/calltone (make build), the models (make models), sox, and the venv
#   python3 -m venv .venv && .venv/bin/pip install -r benches/requirements.txt
# Writes bench-results/ (git-ignored): long_call_stereo_8k_ulaw.wav, compare.md, compare.json,
# compare-raw.jsonl, calltone (a copy of the binary measured, so a rebuild during the run
# changes nothing). Takes ~20-30 min on 2 idle cores (3 rounds); see the Python file's doc.
#
#   benches/compare.sh --calls [--rounds 2 ...]
# runs the call set instead: 9 distinct English stereo calls (13.8 min, 8 kHz µ-law) made by
# benches/asr_calls.py from the diarization bench's calls (run benches/diarization/run.sh
# once first), each with the language named and detected, the base-q8_0 model and faster-whisper
# int8 (split and mix); compare.md then opens with the set's sums. ~35 min for 2 rounds.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=bench-results
SAMPLE=samples/call_en_stereo_8k_ulaw.wav
LONG=$OUT/long_call_stereo_8k_ulaw.wav
REPEAT=7           # 7 × 44.5 s = 5 min 12 s
PY=.venv/bin/python

die() { echo "compare.sh: $*" >&2; exit 1; }
[[ -x target/release/calltone ]] || die "no target/release/calltone: run 'make build'"
[[ -x $PY ]] || die "no $PY: python3 -m venv .venv && .venv/bin/pip install -r benches/requirements.txt"
$PY -c 'import faster_whisper' 2>/dev/null || die "faster-whisper missing: .venv/bin/pip install -r benches/requirements.txt"
for f in models/whisper/ggml-base-f16.bin models/whisper/ggml-base-q8_0.bin models/cache/ct2-base/model.bin; do
    [[ -f $f ]] || die "missing $f: run 'make models'"
done
command -v sox >/dev/null || die "sox is needed (apt-get install sox)"

mkdir -p "$OUT"
# A realistic ~5 min stereo call: the sample concatenated, still G.711 µ-law 8 kHz stereo.
if [[ ! -f $LONG || $SAMPLE -nt $LONG ]]; then
    args=()
    for _ in $(seq $REPEAT); do args+=("$SAMPLE"); done
    sox "${args[@]}" -e u-law -b 8 -r 8000 -c 2 "$LONG"
fi
cp target/release/calltone "$OUT/calltone"

if [[ ${1:-} == --calls ]]; then
    shift
    [[ -d target/diarization/heldout ]] || die "no target/diarization: run benches/diarization/run.sh first"
    mapfile -t CALLS < <(python3 benches/asr_calls.py --out "$OUT/calls")
    exec "$PY" benches/compare_faster_whisper.py run \
        --calltone "$OUT/calltone" --out "$OUT" --reference "$OUT/calls/reference.json" \
        --call-set "${CALLS[@]}" --auto-all --calltone-models base-q8_0 --compute-types int8 --variants \
        "$@"
fi

exec "$PY" benches/compare_faster_whisper.py run \
    --calltone "$OUT/calltone" --out "$OUT" --long-repeat $REPEAT --long-source "$(basename $SAMPLE)" \
    --files samples/call_en_stereo_8k_ulaw.wav samples/call_en_mono_16k.wav samples/call_el_mono_16k.wav "$LONG" \
    "$@"
