#!/bin/sh
# calltone as benches/compare.sh measures it (its copy, bench-results/calltone), run with
# whisper.cpp's own encoder instead of the ONNX one, to compare the two in one run:
#   benches/compare.sh --calls --rounds 2 --calltone-extra ggml-encoder=benches/ggml-encoder.sh
CALLTONE_WHISPER_ENCODER=ggml exec "$(dirname "$0")/../bench-results/calltone" "$@"
