#!/usr/bin/env bash
# Benchmarks one embedded worker through ZeroMQ. Three processes: the worker under test
# (--backend embedded), a baseline worker (--backend echo-baseline: same transport, codec and
# batching, no detection), and the WorkerBench client, which runs the same traffic against the
# baseline first and prints both and their ratio.
#
#   gpu-worker/bench.sh [WorkerBench options, e.g. --duration-s 7 --warmup-s 3 --outstanding 16]
#
# Build first: mvn -B -o -q -pl gpu-worker -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/veil-gpu-worker.jar
if [[ ! -f "$JAR" ]]; then
  echo "missing $JAR: mvn -B -o -q -pl gpu-worker -am package -DskipTests" >&2
  exit 1
fi
LOGS=$(mktemp -d)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

start_worker() { # name backend extra-args...
  local name=$1 backend=$2
  shift 2
  java -jar "$JAR" --bind 'tcp://127.0.0.1:*' --backend "$backend" --name "$name" "$@" \
    >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!)
}

endpoint_of() { # name; waits up to 30 s for the worker to log its endpoint
  local name=$1
  for _ in $(seq 1 300); do
    if grep -q 'listening on' "$LOGS/$name.log"; then
      grep -o 'listening on [^ ]*' "$LOGS/$name.log" | head -1 | cut -d' ' -f3
      return
    fi
    sleep 0.1
  done
  echo "worker $name did not start; log:" >&2
  cat "$LOGS/$name.log" >&2
  exit 1
}

start_worker bench-embedded embedded
start_worker bench-baseline echo-baseline
EMBEDDED=$(endpoint_of bench-embedded)
BASELINE=$(endpoint_of bench-baseline)
echo "cores $(nproc); embedded worker $EMBEDDED; baseline worker $BASELINE; logs $LOGS"
java -cp "$JAR" io.veil.worker.bench.WorkerBench --endpoint "$EMBEDDED" \
  --baseline-endpoint "$BASELINE" "$@"
