#!/usr/bin/env bash
# Every redaction set's table in one listing (benches/redaction/eval.py per set), then the
# tags that redaction puts on the sentiment sets' sentences (data/eval: sentences with no
# personal data, so every tag there is an over-redaction). Run it before and after a change to
# the rules and diff the two listings: a rule for one set must not move another.
#
# Usage: benches/redaction/all_sets.sh [SET_TO_LEAVE_OUT…]   (needs `cargo build --release`;
#        leave out the new blind sets until their first runs are recorded)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bin=target/release/calltone
[ -x "$bin" ] || { echo "$bin is missing: run 'cargo build --release' first" >&2; exit 2; }
for set in $(ls data/redaction/); do
  case " $* " in *" $set "*) continue ;; esac
  # eval.py exits 1 when a set misses the issue's targets: the table is what is wanted here
  { python3 benches/redaction/eval.py --set "$set" || true; } | grep -E "^(en|ar|he|el|all) " \
    | sed "s/^/$set /"
done
for lang in en ar he el; do
  cat data/eval/dev/$lang.tsv data/eval/test/$lang.tsv | grep -v '^#' | cut -f3 \
    | "$bin" redact --language $lang | grep -o '\[[A-Z_]*\]' || true
done | sort | uniq -c | sed 's/^/sentiment /'
