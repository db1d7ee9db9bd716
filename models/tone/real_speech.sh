#!/usr/bin/env bash
# Fetch real recorded human speech that ships inside registry packages and score it with calltone.
# Sources (pinned):
#   PyPI  pyannote.audio==3.1.1 sdist   tests/data/dev00.wav, tst00.wav  (AMI Meeting Corpus excerpts,
#                                        30 s, 16 kHz mono float; dev00 = 2 speakers, tst00 = 4 speakers)
#   PyPI  speechbrain==1.0.2 sdist      tests/samples/TTS/LJ050-0131.wav (LJ Speech: one reader, calm read speech)
#   apt   asterisk-core-sounds-en-wav   usr/share/asterisk/sounds/en_US_f_Allison/basic-pbx-ivr-main.wav
#                                        (recorded voice of Allison Smith, 8 kHz telephone band, CC-BY-SA-3.0)
#   apt   codec2-examples               usr/share/codec2/wav/ve9qrp.wav (amateur-radio speech, 8 kHz, 112 s)
# Derived: dev00 resampled to 8 kHz G.711 mu-law (telephone band) with sox.
# Usage: models/tone/real_speech.sh [WORKDIR] [CALLTONE_BIN]   (REPORT.md: what the models say on them)
set -euo pipefail
WORK=${1:-models/tone/work/real_speech}
CALLTONE=${2:-${CALLTONE:-calltone}}
[ -x "$CALLTONE" ] && CALLTONE=$(readlink -f "$CALLTONE")   # a relative path, before the cd
mkdir -p "$WORK"/{dl,x,audio,out}
cd "$WORK"

# Source archives with pip itself: a throwaway venv whose setuptools still has pkg_resources
# (pyannote.audio's setup.py needs it to report its metadata).
[ -x venv/bin/pip ] || { python3 -m venv venv && venv/bin/pip install -q "setuptools<70" wheel; }
sdist() {  # sdist PKG VERSION -> prints the path of the downloaded source archive
  [ -s "dl/$1-$2.tar.gz" ] || venv/bin/pip download -q --no-deps --no-binary :all: --no-build-isolation "$1==$2" -d dl >&2
  [ -s "dl/$1-$2.tar.gz" ] || { echo "no source archive dl/$1-$2.tar.gz" >&2; return 1; }
  echo "dl/$1-$2.tar.gz"
}

# --- PyPI ---
pa=$(sdist pyannote.audio 3.1.1)      # ~15 MB
sb=$(sdist speechbrain 1.0.2)         # ~22 MB
tar xzf "$pa" -C x pyannote.audio-3.1.1/tests/data
tar xzf "$sb" -C x speechbrain-1.0.2/tests/samples/TTS/LJ050-0131.wav
cp x/pyannote.audio-3.1.1/tests/data/dev00.wav audio/ami_dev00_2spk.wav
cp x/pyannote.audio-3.1.1/tests/data/tst00.wav audio/ami_tst00_4spk.wav
cp x/speechbrain-1.0.2/tests/samples/TTS/LJ050-0131.wav audio/ljspeech_LJ050-0131.wav
cat x/pyannote.audio-3.1.1/tests/data/debug.*.rttm > audio/ami_reference.rttm   # who speaks when

# --- Debian ---
command -v apt-get >/dev/null && {
  [ -n "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -v -e lock -e partial)" ] || apt-get update -qq
  (cd dl && apt-get download -qq asterisk-core-sounds-en-wav codec2-examples)   # ~18 MB + ~11 MB
  dpkg-deb -x dl/asterisk-core-sounds-en-wav_*.deb x/ast
  dpkg-deb -x dl/codec2-examples_*.deb x/c2
  cp x/ast/usr/share/asterisk/sounds/en_US_f_Allison/basic-pbx-ivr-main.wav audio/asterisk_ivr_8k.wav
  cp x/c2/usr/share/codec2/wav/ve9qrp.wav audio/codec2_ve9qrp_8k.wav
}

# --- telephone-band variant of the AMI conversation (derived) ---
command -v sox >/dev/null && sox -R audio/ami_dev00_2spk.wav -r 8000 -e u-law -b 8 audio/ami_dev00_2spk_8k_ulaw.wav

# --- score ---
for f in audio/*.wav; do
  n=$(basename "$f" .wav)
  "$CALLTONE" analyze --json --language en "$f" > "out/$n.json"
done
python3 - out/*.json <<'PY'
import json, sys
for path in sys.argv[1:]:
    d = json.load(open(path)); s = d["scores"]; src = d["source"]
    print(f"## {d['call_id']}  {src['codec']} {src['channels']}ch {src['sample_rate_hz']}Hz {d['duration_ms']/1000:.1f}s")
    print(f"  scores: smile={s.get('smile')} stress={s.get('stress')} tone_reference={s.get('tone_reference')}")
    for t in d["turns"]:
        tn = t.get("tone") or {}
        print(f"  turn {t['id']:>2} {t['start_ms']/1000:6.1f}-{t['end_ms']/1000:6.1f}s smile={tn.get('smile')} "
              f"stress={tn.get('stress')} arousal={tn.get('arousal')} valence={tn.get('valence')} "
              f"conf={tn.get('confidence')} | {t['text'][:70]}")
        if (tn.get('stress') or 0) > 0.5 or (tn.get('smile') or 0) > 0.5:
            print("    ^ FLAG: stress or smile > 0.5")
    print()
PY
