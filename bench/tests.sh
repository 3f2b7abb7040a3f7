#!/usr/bin/env bash
# Wall time of the Java test suite (`mvn -o -q verify`) in a source tree, with the machine's load before and after.
# Usage: bench/tests.sh <label> <source tree>   appends one result block to bench/results/tests.txt
# Compare two trees in one session, back to back: the machine is shared, so the load line says what it was doing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
label="$1"
tree="$(cd "$2" && pwd)"
out="$here/bench/results/tests.txt"
log="$(mktemp)"
rev="$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"
before="$(uptime)"
start="$(date -u +%FT%TZ)"
set +e
(cd "$tree" && /usr/bin/time -f '%e s elapsed, %U s user, %S s system, %M KB max RSS (maven process)' \
    mvn -o -q -B -Dstyle.color=never verify) > "$log" 2>&1
rc=$?
set -e
after="$(uptime)"
{
  echo "== $label ($tree, measured from $rev) started $start, exit $rc"
  echo "   load before: $before"
  echo "   load after:  $after"
  echo "   $(grep -E 'elapsed' "$log" | tail -1)"
  echo "   test classes: $(ls "$tree"/target/surefire-reports/TEST-*.xml 2>/dev/null | wc -l), tests: $(cat "$tree"/target/surefire-reports/TEST-*.xml 2>/dev/null | grep -o 'tests="[0-9]*"' | head -1000 | sed 's/[^0-9]//g' | paste -sd+ | bc)"
} | tee -a "$out"
rm -f "$log"
exit $rc
