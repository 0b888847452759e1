#!/usr/bin/env bash
# Longer Jazzer fuzzing of Veil's four targets (MessageCodec.decode, Normalizer.views, the
# gateway's filter path on any body, planted values in fuzzed JSON):
#
#   reliability/fuzz.sh [ROUNDS]        # default 8 rounds
#
# Jazzer-junit 0.24 takes the fuzzing time from @FuzzTest(maxDuration = "15s") (a libFuzzer
# -max_total_time it appends after any other argument, so no property overrides it), and fuzzes
# one target per JVM. So each round runs the four `fuzz-*` surefire executions, 15 s each, and
# every round starts from the corpus the earlier rounds grew in each module's .cifuzz-corpus/
# (gitignored): ROUNDS x 15 s per target in all. A finding fails the round, stops the script and
# leaves its reproducer (crash-*) in the target's src/test/resources/.../*Inputs/ directory,
# where the default test run replays it from then on.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
rounds=${1:-8}
out=$here/target/fuzz
mkdir -p "$out"
cd "$root"
for ((i = 1; i <= rounds; i++)); do
  echo "fuzz: round $i of $rounds (4 targets x 15 s)"
  if ! mvn -B -o -q test -pl worker-protocol,detector,gateway -am -Dtest=NoSuchTest \
      -Dsurefire.failIfNoSpecifiedTests=false >"$out/round-$i.log" 2>&1; then
    echo "fuzz: round $i FAILED, see $out/round-$i.log and any crash-* file:" >&2
    find worker-protocol detector gateway -name 'crash-*' -print >&2
    exit 1
  fi
  grep -E '^Done [0-9]+ runs' "$out/round-$i.log" | sed 's/^/fuzz:   /' || true
done
total=$(cat "$out"/round-*.log | grep -E '^Done [0-9]+ runs' | awk '{s += $2} END {print s + 0}')
echo "fuzz: $rounds rounds, $total executions in all, no finding"
for d in worker-protocol detector gateway; do
  for c in "$d"/.cifuzz-corpus/*/*; do
    [[ -d $c ]] && echo "fuzz: corpus $(basename "$(dirname "$c")")#$(basename "$c"): $(ls "$c" | wc -l) inputs"
  done
done
