# The two commands of README.md:
#   make demo   set everything up and analyse the bundled sample calls
#   make test   set everything up and run the whole test suite
# Both are idempotent and quick once set up.

CALLTONE := target/release/calltone
SAMPLES  := samples/call_en_stereo_8k_ulaw.wav samples/call_en_mono_16k.wav

.PHONY: demo test test-services test-browser bench-scale-out bench-calls browser-deps setup deps build models bench lint clean-models load features-reference tone-model

demo: setup
	$(CALLTONE) analyze $(SAMPLES)

test: setup test-services
	cargo test --release
	$(MAKE) test-browser

# What the store's tests start for real (never mocked): PostgreSQL's server (each test binary
# starts a throwaway cluster of it, scripts/test-postgres.sh) and moto's S3-compatible server
# (into target/s3-venv; scripts/s3-test-server.sh).
test-services:
	@WITH_POSTGRES=1 scripts/install-system-deps.sh
	@scripts/s3-test-server.sh install

# The web page end to end in headless Chromium, against the real server (tests/browser/).
test-browser: setup browser-deps
	cd tests/browser && node --test --test-reporter=spec

browser-deps:
	@WITH_BROWSER=1 scripts/install-system-deps.sh
	@cd tests/browser && { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; }

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

# The ASR comparison on 9 distinct stereo calls (README, Performance): the diarization bench
# makes the calls (its first run installs its tools' venv, ~3 min), then 2 rounds (~20 min).
bench-calls: setup
	[ -d target/diarization/heldout ] || WITH_DIARIZATION_TOOLS=1 scripts/install-system-deps.sh
	[ -d target/diarization/heldout ] || benches/diarization/run.sh --no-analyze
	benches/compare.sh --calls --rounds 2 --only '^(?!.*mix)'

# Scale-out figures (README, Deployment on several machines): the queue's claim rate at 100
# and 10,000 waiting calls, then intake and throughput with 1, 2 and 3 worker processes on
# PostgreSQL and an S3-compatible bucket.
bench-scale-out: setup test-services
	cargo bench --bench queue_claims
	python3 benches/scale_out.py

# Load test of `calltone serve` on loopback (bounded; see README, Serving).
load: setup
	python3 benches/load.py

# Tone features against Praat and WORLD (docs/features-reference.md); Festival voices are used
# when installed, skipped otherwise.
features-reference: setup
	@WITH_SAMPLE_TOOLS=1 scripts/install-system-deps.sh
	python3 -m venv .venv && .venv/bin/pip install -q praat-parselmouth pyworld numpy soundfile
	.venv/bin/python scripts/features_reference.py --markdown target/features-reference.md

clean-models:
	rm -rf models/cache models/whisper models/onnxruntime models/vad
	rm -f models/speakers/*.onnx models/speakers/LICENSE.*

# Re-create models/tone/tone.onnx (synthetic corpus -> calltone features -> train -> ONNX);
# see models/tone/README.md. Needs espeak-ng, flite, festival and python3-venv.
tone-model: build
	models/tone/build.sh
