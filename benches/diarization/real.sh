#!/usr/bin/env bash
# Real recorded conversation for the diarization bench: the AMI meeting clips (dev00, dev01:
# 30 s each, 16 kHz mono, 2 speakers MEE009/MEE012, about 1.4 s of overlap each) and their
# RTTM references from the source archive of pyannote.audio 3.1.1 (tests/data/, MIT; the AMI
# corpus is CC BY 4.0). Fetched with pip's ordinary download, checked by SHA-256, placed in
# target/diarization/real/ as <id>.wav + <id>.rttm (+ <id>.uem).
# Usage: benches/diarization/real.sh [VENV]   (VENV: a Python venv, default target/diarization/venv)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${1:-$root/target/diarization/venv}
out=$root/target/diarization/real
dl=$root/target/diarization/download
mkdir -p "$out" "$dl"
archive=$dl/pyannote.audio-3.1.1.tar.gz
archive_sha=b6562d46b5d5d616c1887cafd5aab3f7d19ecf6b3312fc6c4f72f37332fcd408
if ! echo "$archive_sha  $archive" | sha256sum -c --status 2>/dev/null; then
  # pip prepares an sdist's metadata even for a download: its setup.py needs pkg_resources
  # and bdist_wheel, hence setuptools < 70 and wheel, and no build isolation.
  "$venv/bin/pip" install -q 'setuptools<70' wheel
  "$venv/bin/pip" download -q --no-deps --no-binary :all: --no-build-isolation \
    pyannote.audio==3.1.1 -d "$dl"
  echo "$archive_sha  $archive" | sha256sum -c --quiet
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$archive" -C "$tmp" pyannote.audio-3.1.1/tests/data pyannote.audio-3.1.1/LICENSE
d=$tmp/pyannote.audio-3.1.1/tests/data
(cd "$d" && sha256sum -c --quiet) <<'SUMS'
187386cda67317574da5b30068a8b853e52cc6df0d13abfec381912dfa9e7461  dev00.wav
13834217e1bd46a581af1b8040018bfba1e65ce1e0b9ee46cdcefa9334b9ddea  dev01.wav
9667a672072f7d0ad5b647cfaed987d8c52209a4e1ddc252fed06d0b955e7aeb  debug.development.rttm
b7869a1d5057792eac62e6fddcb7a08ac3233bae456b7d8c44bbcbb5181fb228  debug.development.uem
SUMS
for id in dev00 dev01; do
  cp "$d/$id.wav" "$out/$id.wav"
  grep "^SPEAKER $id " "$d/debug.development.rttm" > "$out/$id.rttm"
  grep "^$id " "$d/debug.development.uem" > "$out/$id.uem"
done
cp "$tmp/pyannote.audio-3.1.1/LICENSE" "$out/LICENSE.pyannote.audio"
for id in dev00 dev01; do
  n=$(awk '{print $8}' "$out/$id.rttm" | sort -u | wc -l)
  echo "$out/$id.wav: 30.0 s, $n speakers in the truth ($(wc -l < "$out/$id.rttm") segments)" >&2
done
