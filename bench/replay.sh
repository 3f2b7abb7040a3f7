#!/usr/bin/env bash
# Replay benchmark (not a test). Generates target/bench-archive (>= 1 GB of CloudTrail JSON in .json.gz delivery
# files, from the shared corpus) unless it is there, then replays it on the prod stack with `--rules none` (read,
# parse, count: the physical baseline) and `--rules deployed` (every rule the stack deploys), alternating, RUNS times
# each, and writes the figures to bench/results/replay.txt.
#
# Usage: bench/replay.sh            (RUNS=3 by default; ARCHIVE_BYTES=1.1e9 of JSON)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
ARCHIVE=${ARCHIVE:-target/bench-archive}
ARCHIVE_BYTES=${ARCHIVE_BYTES:-1.1e9}
RESULTS=${RESULTS:-bench/results/replay.txt}

mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/cp.txt)"

if [ ! -f "$ARCHIVE/.complete" ]; then
  rm -rf "$ARCHIVE"
  java -Xmx1g -cp "$CP" io.trailguard.replay.BenchArchiveGenerator "$ARCHIVE" "$ARCHIVE_BYTES"
  touch "$ARCHIVE/.complete"
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq 1 "$RUNS"); do
  for mode in none deployed; do
    java -Xmx2g -cp "$CP" io.trailguard.cli.Main replay --stack prod --rules "$mode" \
      --summary "target/bench-$mode-$i.txt" "$ARCHIVE" >/dev/null
    grep ' rules: ' "target/bench-$mode-$i.txt" | sed "s/^ */run $i: /"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# From "rules: MODE; 1100.0 MB of JSON in 30.1 s (55.0 s CPU): 123,456 records/s, 36.5 MB/s", the best run per mode
# by wall time, and the JSON MB per CPU second (less disturbed by other work on a shared machine).
summarise() {
  local mode=$1
  for f in target/bench-"$mode"-*.txt; do
    awk -v mode="$mode" '
      /^replay:/ { if (match($0, /[0-9,]+ records,/)) { r = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", r); records = r } }
      / rules: / { mb = $3; wall = $8; cpu = substr($10, 2) }
      END { printf "%s %s %s %s %s\n", mode, records, mb, wall, cpu }' "$f"
  done | sort -k4 -g | head -1
}
best_none=$(summarise none)
best_deployed=$(summarise deployed)

{
  echo "# bench/replay.sh: replay of a generated CloudTrail archive on the prod stack"
  echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:  $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $load_before (before) / $load_after (after)"
  echo "archive: $(find "$ARCHIVE" -name '*.json.gz' | wc -l) .json.gz files, $(du -sh "$ARCHIVE" | cut -f1) compressed"
  echo "runs:    $RUNS per mode, alternating; best run by wall time below"
  echo
  printf "%-9s %12s %10s %8s %8s %12s %9s %12s\n" mode records "JSON MB" "wall s" "CPU s" "records/s" "MB/s" "MB/CPU-s"
  for line in "$best_none" "$best_deployed"; do
    echo "$line" | awk '{ printf "%-9s %12d %10.1f %8.1f %8.1f %12.0f %9.1f %12.1f\n", $1, $2, $3, $4, $5, $2 / $4, $3 / $4, $3 / $5 }'
  done
  echo
  echo "$best_none $best_deployed" | awk '{ printf "ratio deployed/none: %.2f by wall-time throughput, %.2f by CPU-time throughput (target >= 0.80)\n", $4 / $9, $5 / $10 }'
} | tee "$RESULTS"
