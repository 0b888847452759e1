#!/usr/bin/env bash
# Load-tests a running Veil gateway and writes a report.
#
#   loadtest/run.sh --target http://127.0.0.1:8080 --rate 200 --duration 60s \
#       [--corpus FILE] [--slo-rate 100 --slo-p99 1s] [--find-max] [--baseline] [--out DIR]
#
# Builds the load tester if its jar is missing or older than its sources, makes an event corpus
# with the training generator when --corpus is not given (cached under loadtest/target/corpus),
# then runs it. Every other option goes to the load tester (`--help` lists them). Exit status:
# 0 the SLO held, 1 missed, 2 bad usage, 3 a planted value leaked, 4 the test could not run.
#
# Environment: VEIL_CORPUS_SEED (7), VEIL_CORPUS_COUNT (2000), VEIL_CORPUS_SENSITIVE_SHARE (0.3),
# VEIL_JAVA (java), VEIL_LOADTEST_JAVA_OPTS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
java=${VEIL_JAVA:-java}
read -r -a java_opts <<< "${VEIL_LOADTEST_JAVA_OPTS:--Xms256m -Xmx1g}"
jar=$here/target/veil-loadtest.jar
training_jar=$root/training/target/veil-training.jar

log() { printf 'loadtest: %s\n' "$*" >&2; }

stale() { # stale JAR MODULE...: true when JAR is missing or older than a source of MODULE
  local jar=$1
  shift
  [[ -f $jar ]] || return 0
  [[ -n $(find "$@" \( -name '*.java' -o -name pom.xml \) -newer "$jar" -print -quit 2>/dev/null) ]]
}

build() { # build MODULE...
  local modules
  modules=$(IFS=,; echo "$*")
  log "building $modules (mvn -B -q -DskipTests package) ..."
  (cd "$root" && mvn -B -q -DskipTests package -pl "$modules" -am)
}

args=("$@")
corpus=
out=
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[$i]} in
    --corpus) corpus=${args[$((i + 1))]:-} ;;
    --corpus=*) corpus=${args[$i]#--corpus=} ;;
    --out) out=${args[$((i + 1))]:-} ;;
    --out=*) out=${args[$i]#--out=} ;;
    -h|--help|-V|--version) stale "$jar" "$here" && build loadtest; exec "$java" -jar "$jar" "${args[@]}" ;;
  esac
done

if stale "$jar" "$here"; then
  build loadtest
fi

if [[ -z $corpus ]]; then
  seed=${VEIL_CORPUS_SEED:-7}
  count=${VEIL_CORPUS_COUNT:-2000}
  share=${VEIL_CORPUS_SENSITIVE_SHARE:-0.3}
  corpus=$here/target/corpus/events-seed$seed-n$count-s$share.jsonl
  if [[ ! -s $corpus ]]; then
    if stale "$training_jar" "$root/training" "$root/detector" "$root/worker-protocol"; then
      build training
    fi
    mkdir -p "$(dirname "$corpus")"
    log "generating $count events (seed $seed, sensitive share $share) into $corpus"
    "$java" -jar "$training_jar" events --seed "$seed" --count "$count" --sensitive-share "$share" \
      --out "$corpus.tmp"
    mv "$corpus.tmp" "$corpus"
  fi
  args+=(--corpus "$corpus")
fi

if [[ -z $out ]]; then
  out=$here/target/reports/$(date -u +%Y%m%dT%H%M%SZ)
  args+=(--out "$out")
fi

exec "$java" "${java_opts[@]}" -jar "$jar" "${args[@]}"
