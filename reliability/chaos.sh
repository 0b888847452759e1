#!/usr/bin/env bash
# The longer fault-injection run: the same FaultInjectionIT as `mvn verify`, for longer and at a
# chosen rate, against the packaged gateway and workers (built by the reactor):
#
#   reliability/chaos.sh [SECONDS] [RATE]     # default 120 s at 40 events/s
#
# Prints the figures (sent, answered, degraded, leaked, per-second degraded, recovery) that it
# also writes to reliability/target/reliability/fault-injection.txt; exits non-zero when a request
# went unanswered, a planted value leaked, or the fleet did not recover.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
seconds=${1:-120}
rate=${2:-40}
cd "$root"
mkdir -p "$here/target"
status=0
mvn -B -o -q verify -pl reliability -am -DskipFuzz -Dtest=NoSuchTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultInjectionIT \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dveil.chaos.seconds="$seconds" \
  -Dveil.chaos.rate="$rate" >"$here/target/chaos.log" 2>&1 || status=$?
cat "$here/target/reliability/fault-injection.txt" 2>/dev/null || true
if [[ $status -ne 0 ]]; then
  echo "chaos: FAILED (exit $status); Maven output in $here/target/chaos.log," \
    "process logs in $here/target/reliability/logs/fault-injection/" >&2
fi
exit $status
