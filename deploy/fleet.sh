#!/usr/bin/env bash
# Starts, stops and checks the Veil GPU workers listed in an inventory.
#
#   deploy/fleet.sh [-i INVENTORY] start|stop|restart|status [WORKER]
#   deploy/fleet.sh [-i INVENTORY] list            # the parsed inventory, tab-separated
#   deploy/fleet.sh [-i INVENTORY] envfile WORKER  # the systemd EnvironmentFile for a worker
#
# Workers on localhost run directly, with a pid file and a log under $VEIL_RUN_DIR. Workers on
# other hosts are systemd units (deploy/systemd/veil-worker@.service) driven over ssh.
# `status` exits 0 when every worker asked about is up, 3 otherwise.
#
# Environment: VEIL_INVENTORY (default deploy/inventory.yaml), VEIL_RUN_DIR (default
# /tmp/veil-run-$UID), VEIL_WORKER_JAR, VEIL_JAVA (java), VEIL_JAVA_OPTS, VEIL_SSH
# ("ssh -o BatchMode=yes"), VEIL_REMOTE_SYSTEMCTL ("sudo systemctl"), VEIL_START_WAIT (30 s),
# VEIL_STOP_WAIT (10 s).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
# shellcheck source=lib/inventory.sh
source "$here/lib/inventory.sh"

inventory=${VEIL_INVENTORY:-$here/inventory.yaml}
run_dir=${VEIL_RUN_DIR:-/tmp/veil-run-$(id -u)}
worker_jar=${VEIL_WORKER_JAR:-$root/gpu-worker/target/veil-gpu-worker.jar}
java=${VEIL_JAVA:-java}
read -r -a java_opts <<< "${VEIL_JAVA_OPTS:-}"
read -r -a ssh_cmd <<< "${VEIL_SSH:-ssh -o BatchMode=yes -o ConnectTimeout=10}"
read -r -a remote_systemctl <<< "${VEIL_REMOTE_SYSTEMCTL:-sudo systemctl}"
start_wait=${VEIL_START_WAIT:-30}
stop_wait=${VEIL_STOP_WAIT:-10}

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# worker_args NAME ENDPOINT GPU BACKEND MODEL BIND: the worker's command-line arguments.
worker_args() {
  local name=$1 gpu=$3 backend=$4 model=$5 bind=$6
  printf '%s\n' --bind "$bind" --backend "$backend" --name "$name"
  [[ $gpu == - ]] || printf '%s\n' --gpu "$gpu"
  [[ $model == - ]] || printf '%s\n' --model "$model"
}

pid_of() {
  local name=$1 pid
  [[ -r $run_dir/$name.pid ]] || return 1
  pid=$(<"$run_dir/$name.pid")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  # The pid must still be our worker, not a recycled pid of something else.
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--name $name " || return 1
  echo "$pid"
}

start_local() {
  local name=$1 endpoint=$2 gpu=$3 backend=$4 model=$5 pid port args
  if pid=$(pid_of "$name"); then
    echo "$name: already running (pid $pid)"
    return 0
  fi
  if [[ ! -r $worker_jar ]]; then
    echo "$name: worker jar $worker_jar is missing; build with: mvn -B -q -DskipTests package" >&2
    return 1
  fi
  port=$(veil_endpoint_port "$endpoint") || { echo "$name: endpoint has no port" >&2; return 1; }
  mkdir -p "$run_dir"
  mapfile -t args < <(worker_args "$name" "$endpoint" "$gpu" "$backend" "$model" "$endpoint")
  nohup "$java" "${java_opts[@]}" -jar "$worker_jar" "${args[@]}" >>"$run_dir/$name.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" > "$run_dir/$name.pid"
  local deadline=$((SECONDS + start_wait))
  until veil_port_listening "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name: exited during start; see $run_dir/$name.log" >&2
      rm -f "$run_dir/$name.pid"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "$name: not listening on port $port after ${start_wait}s; see $run_dir/$name.log" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "$name: started (pid $pid, $endpoint, log $run_dir/$name.log)"
}

stop_local() {
  local name=$1 pid
  if ! pid=$(pid_of "$name"); then
    rm -f "$run_dir/$name.pid"
    echo "$name: not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + stop_wait))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name: still running after ${stop_wait}s, killing" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$run_dir/$name.pid"
  echo "$name: stopped"
}

status_local() {
  local name=$1 endpoint=$2 pid port
  port=$(veil_endpoint_port "$endpoint") || port=0
  if ! pid=$(pid_of "$name"); then
    echo "$name: down"
    return 3
  fi
  if veil_port_listening "$port"; then
    echo "$name: up (pid $pid, $endpoint)"
  else
    echo "$name: starting or stuck (pid $pid, nothing listens on port $port)"
    return 3
  fi
}

remote() {
  local action=$1 name=$2 host=$3
  case $action in
    start|stop|restart) "${ssh_cmd[@]}" "$host" "${remote_systemctl[@]}" "$action" "veil-worker@$name" \
                          && echo "$name: $action on $host done" ;;
    status)
      local state
      state=$("${ssh_cmd[@]}" "$host" systemctl is-active "veil-worker@$name" 2>/dev/null) || true
      if [[ $state == active ]]; then echo "$name: up (systemd on $host)"; else
        echo "$name: down (${state:-unreachable} on $host)"; return 3; fi ;;
  esac
}

envfile() {
  local name=$1 host=$2 endpoint=$3 gpu=$4 backend=$5 model=$6 bind=$3 extra=()
  # A remote worker binds every interface on its port: gateways on other hosts dial it.
  veil_is_local "$host" || bind="tcp://*:$(veil_endpoint_port "$endpoint")"
  [[ $gpu == - ]] || extra+=(--gpu "$gpu")
  [[ $model == - ]] || extra+=(--model "$model")
  echo "# /etc/veil/worker-$name.env for veil-worker@$name.service, made by fleet.sh envfile"
  echo "VEIL_BIND=$bind"
  echo "VEIL_BACKEND=$backend"
  echo "VEIL_WORKER_ARGS=${extra[*]}"
}

act() {
  local action=$1 name=$2 host=$3 endpoint=$4 gpu=$5 backend=$6 model=$7
  if [[ $action == envfile ]]; then
    envfile "$name" "$host" "$endpoint" "$gpu" "$backend" "$model"
  elif ! veil_is_local "$host"; then
    remote "$action" "$name" "$host"
  else
    case $action in
      start) start_local "$name" "$endpoint" "$gpu" "$backend" "$model" ;;
      stop) stop_local "$name" ;;
      restart) stop_local "$name" && start_local "$name" "$endpoint" "$gpu" "$backend" "$model" ;;
      status) status_local "$name" "$endpoint" ;;
    esac
  fi
}

main() {
  while getopts "i:h" opt; do
    case $opt in
      i) inventory=$OPTARG ;;
      *) usage ;;
    esac
  done
  shift $((OPTIND - 1))
  local action=${1:-} only=${2:-} listing
  case $action in
    start|stop|restart|status|list) ;;
    envfile) [[ -n $only ]] || usage ;;
    *) usage ;;
  esac
  listing=$(veil_inventory_list "$inventory") || exit 2
  if [[ $action == list ]]; then
    printf '%s\n' "$listing"
    return 0
  fi
  if [[ -n $only ]] && ! cut -f1 <<< "$listing" | grep -qxF -- "$only"; then
    echo "fleet: no worker named $only in $inventory" >&2
    exit 2
  fi
  local rc=0 name host endpoint gpu backend model
  while IFS=$'\t' read -r name host endpoint gpu backend model; do
    [[ -z $only || $only == "$name" ]] || continue
    act "$action" "$name" "$host" "$endpoint" "$gpu" "$backend" "$model" </dev/null || rc=$?
  done <<< "$listing"
  return "$rc"
}

main "$@"
