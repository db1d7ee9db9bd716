# The two commands of README.md:
#   make demo   set everything up and analyse the bundled sample calls
#   make test   set everything up and run the whole test suite
# Both are idempotent and quick once set up.

CALLTONE := target/release/calltone
SAMPLES  := samples/call_en_stereo_8k_ulaw.wav samples/call_en_mono_16k.wav

.PHONY: demo test setup deps build models bench lint clean-models tone-model

demo: setup
	$(CALLTONE) analyze $(SAMPLES)

test: setup
	cargo test --release

setup: deps build models

deps:
	@scripts/install-system-deps.sh

build:
	cargo build --release

models: build
	@models/provision.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --release --all-targets -- -D warnings

bench: setup
	benches/compare.sh

clean-models:
	rm -rf models/cache models/whisper models/onnxruntime models/vad

# Re-create models/tone/tone.onnx (synthetic corpus -> calltone features -> train -> ONNX);
# see models/tone/README.md. Needs espeak-ng, flite, festival and python3-venv.
tone-model: build
	models/tone/build.sh
