#!/usr/bin/env bash
# Writes a CURVE keypair per NAME into this directory: generate.sh gateway worker-1 [worker-2 ...]
# Existing files are kept (pass FORCE=1 to overwrite). Builds the gateway jar if it is missing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=$root/gateway/target/veil-gateway.jar
[[ $# -ge 1 ]] || { echo "usage: $0 NAME..." >&2; exit 2; }
if [[ ! -f $jar ]]; then
  (cd "$root" && mvn -B -q -DskipTests package -pl gateway -am)
fi
for name in "$@"; do
  java -cp "$jar" io.veil.gateway.dispatch.CurveKeys --dir "$here" --name "$name" \
    ${FORCE:+--force}
done
