#!/usr/bin/env bash
# baseline_diarize.py under the bench venv, usable as eval.py --calltone.
here=$(cd "$(dirname "$0")" && pwd)
exec "${DIAR_VENV:-$here/../../../target/diarization/venv}/bin/python" -W ignore "$here/baseline_diarize.py" "$@"
