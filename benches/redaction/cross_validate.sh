#!/usr/bin/env bash
# The name tagger scored on sets it was not trained on: the redaction sets are dealt into
# FOLDS groups (in name order, round robin); for each group a tagger is trained on all the
# other sets (examples/train_name_tagger.rs --leave-out) and each set of the group is scored
# with it (eval.py --name-tagger), and with no tagger at all (the rules alone), side by side.
#
# Usage: benches/redaction/cross_validate.sh [FOLDS]   (default 5; needs `cargo build --release`)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
folds=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '# no tagger: the rules alone\nthreshold\t2\n' > "$work/none.tsv"
cargo build --release --quiet --example train_name_tagger
mapfile -t sets < <(ls data/redaction/)
for ((f = 0; f < folds; f++)); do
  fold=()
  for i in "${!sets[@]}"; do
    (( i % folds == f )) && fold+=("${sets[$i]}")
  done
  target/release/examples/train_name_tagger --leave-out "$(IFS=,; echo "${fold[*]}")" \
    --out "$work/fold$f.tsv" 2>/dev/null
  for set in "${fold[@]}"; do
    for tagger in none "fold$f"; do
      label=$([ "$tagger" = none ] && echo rules || echo tagger)
      { python3 benches/redaction/eval.py --set "$set" --name-tagger "$work/$tagger.tsv" || true; } \
        | grep -E "^(en|ar|he|el) " | sed "s/^/$set $label /"
    done
  done
done
