#!/usr/bin/env bash
# Runs Veil on this machine: the embedded workers listed in deploy/inventory.local.yaml plus the
# gateway. Builds first if the jars are missing or older than the sources, waits until the gateway
# is ready, prints where it listens, and stops everything on Ctrl-C or SIGTERM.
#
#   deploy/run-local.sh
#
# Environment: VEIL_HTTP_PORT (8080), VEIL_MANAGEMENT_PORT (8081), VEIL_INVENTORY (the local
# inventory), VEIL_GATEWAY_CONFIG (deploy/gateway.yaml when present), VEIL_RUN_DIR (logs; a new
# temporary directory by default), VEIL_READY_TIMEOUT (120 s), VEIL_SKIP_BUILD=1, VEIL_JAVA,
# VEIL_JAVA_OPTS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
# shellcheck source=lib/inventory.sh
source "$here/lib/inventory.sh"

export VEIL_HTTP_PORT=${VEIL_HTTP_PORT:-8080}
export VEIL_MANAGEMENT_PORT=${VEIL_MANAGEMENT_PORT:-8081}
inventory=${VEIL_INVENTORY:-$here/inventory.local.yaml}
config=${VEIL_GATEWAY_CONFIG:-$here/gateway.yaml}
ready_timeout=${VEIL_READY_TIMEOUT:-120}
java=${VEIL_JAVA:-java}
read -r -a java_opts <<< "${VEIL_JAVA_OPTS:-}"
gateway_jar=$root/gateway/target/veil-gateway.jar
worker_jar=$root/gpu-worker/target/veil-gpu-worker.jar

names=()
pids=()
stopping=0

log() { printf 'run-local: %s\n' "$*" >&2; }

# shellcheck disable=SC2317  # called from the traps below
stop_all() {
  ((stopping)) && return 0
  stopping=1
  trap - INT TERM
  local pid i
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  # The JVMs run their shutdown hooks on TERM; give them 10 s, then KILL what is left.
  for ((i = 0; i < 50; i++)); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.2
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  log "stopped"
}

trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

build_if_needed() {
  [[ ${VEIL_SKIP_BUILD:-0} == 1 ]] && return 0
  local stale=0 jar
  for jar in "$gateway_jar" "$worker_jar"; do
    [[ -f $jar ]] || stale=1
  done
  if ((!stale)); then
    local newer
    newer=$(find "$root"/{worker-protocol,detector,gateway,gpu-worker} \( -name '*.java' -o -name 'pom.xml' \
      -o -path '*/src/main/resources/*' \) -newer "$gateway_jar" -print -quit 2>/dev/null || true)
    [[ -z $newer && ! $root/pom.xml -nt $gateway_jar && ! $root/pom.xml -nt $worker_jar ]] || stale=1
    newer=$(find "$root"/{worker-protocol,detector,gpu-worker} \( -name '*.java' -o -name 'pom.xml' \) \
      -newer "$worker_jar" -print -quit 2>/dev/null || true)
    [[ -z $newer ]] || stale=1
  fi
  if ((stale)); then
    log "building (mvn -B -q -DskipTests package) ..."
    (cd "$root" && mvn -B -q -DskipTests package -pl gateway,gpu-worker -am)
  fi
}

start() {
  local name=$1 logfile=$2
  shift 2
  "$@" >>"$logfile" 2>&1 </dev/null &
  names+=("$name")
  pids+=("$!")
}

start_workers() {
  local name host endpoint gpu backend model listing count=0
  listing=$(veil_inventory_list "$inventory") || exit 2
  while IFS=$'\t' read -r name host endpoint gpu backend model; do
    if ! veil_is_local "$host"; then
      log "skipping $name: host $host is not this machine"
      continue
    fi
    if [[ $backend != embedded ]]; then
      log "note: $name uses backend $backend, which needs a GPU and a model"
    fi
    local args=(--bind "$endpoint" --backend "$backend" --name "$name")
    [[ $gpu == - ]] || args+=(--gpu "$gpu")
    [[ $model == - ]] || args+=(--model "$model")
    start "$name" "$run_dir/$name.log" "$java" "${java_opts[@]}" -jar "$worker_jar" "${args[@]}"
    count=$((count + 1))
  done <<< "$listing"
  log "started $count workers from $inventory"
}

ready() {
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$VEIL_MANAGEMENT_PORT/health/ready" 2>/dev/null
}

wait_ready() {
  local deadline=$((SECONDS + ready_timeout)) i
  until ready; do
    for i in "${!pids[@]}"; do
      if ! kill -0 "${pids[$i]}" 2>/dev/null; then
        log "${names[$i]} exited during start; see $run_dir/${names[$i]}.log"
        exit 1
      fi
    done
    if ((SECONDS >= deadline)); then
      log "gateway not ready after ${ready_timeout}s; see $run_dir/gateway.log"
      exit 1
    fi
    sleep 0.5
  done
}

main() {
  build_if_needed
  run_dir=${VEIL_RUN_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/veil-local.XXXXXX")}
  mkdir -p "$run_dir"
  start_workers
  local gateway_args=(--inventory "$inventory")
  [[ -f $config ]] && gateway_args=(--config "$config" "${gateway_args[@]}")
  start gateway "$run_dir/gateway.log" "$java" "${java_opts[@]}" -jar "$gateway_jar" "${gateway_args[@]}"
  wait_ready
  cat <<MSG
Veil is ready.
  filter API   http://127.0.0.1:$VEIL_HTTP_PORT/v1/filter   (POST one JSON event)
  management   http://127.0.0.1:$VEIL_MANAGEMENT_PORT/health/ready  /health/live  /metrics
  processes    gateway + $((${#pids[@]} - 1)) workers from $inventory (edit it to scale: the gateway reloads it)
  logs         $run_dir
Ctrl-C stops everything.
MSG
  # Wait until a child exits (then stop the rest) or a signal arrives (the traps stop everything).
  local rc=0
  wait -n "${pids[@]}" || rc=$?
  log "a process exited (status $rc); stopping the rest"
  exit 1
}

main "$@"
