#!/usr/bin/env bash
# Replay benchmark (not a test). Generates target/bench-archive (>= 1 GB of CloudTrail JSON in .json.gz delivery
# files, from the shared corpus) unless it is there, then replays it on the prod stack with `--rules none` (read,
# parse, count: the physical baseline), `--rules deployed` (every rule the stack deploys) and `--rules all` (the full
# catalogue on every account), alternating, RUNS times each, and writes the figures to bench/results/replay.txt,
# with the peak heap of each mode's last run (the memory bound is --max-record-bytes, not the file size).
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

# SUMMARY_ONLY=1 rewrites the results from the last runs' summaries without running again.
if [ -z "${SUMMARY_ONLY:-}" ]; then
  rm -f target/bench-none-*.txt target/bench-deployed-*.txt target/bench-all-*.txt target/bench-heap-*.txt
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for i in $(seq 1 "$RUNS"); do
    for mode in none deployed all; do
      java -Xmx2g -Xlog:gc:file=target/bench-heap-$mode.txt -cp "$CP" io.trailguard.cli.Main replay --stack prod --rules "$mode" \
        --summary "target/bench-$mode-$i.txt" "$ARCHIVE" >/dev/null
      grep ' rules: ' "target/bench-$mode-$i.txt" | sed "s/^ */run $i: /"
    done
  done
  echo "$load_before / $(cut -d' ' -f1-3 /proc/loadavg)" > target/bench-load.txt
fi

# From each run's "rules: MODE; 1100.0 MB of JSON in 30.1 s (55.0 s CPU): ..." the median wall time and the median
# CPU time per mode, taken separately: other work on a shared machine moves both, and the median resists one
# disturbed run better than the best or the mean.
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
summarise() {
  local mode=$1 records mb wall cpu
  records=$(sed -n 's/.* \([0-9,]*\) records,.*/\1/p' target/bench-"$mode"-1.txt | tr -d ,)
  mb=$(awk '/ rules: / { print $3 }' target/bench-"$mode"-1.txt)
  wall=$(awk '/ rules: / { print $8 }' target/bench-"$mode"-*.txt | median)
  cpu=$(awk '/ rules: / { print substr($10, 2) }' target/bench-"$mode"-*.txt | median)
  echo "$mode $records $mb $wall $cpu"
}
runs=$(ls target/bench-none-*.txt | wc -l)
best_none=$(summarise none)
best_deployed=$(summarise deployed)
best_all=$(summarise all)
# The largest heap in use after any collection of the last run of each mode (unified GC log: "...M->...M(...M)").
peak_after_gc() { grep -o '[0-9]*M->[0-9]*M' "target/bench-heap-$1.txt" | sed 's/.*->//; s/M//' | sort -n | tail -1; }

{
  echo "# bench/replay.sh: replay of a generated CloudTrail archive on the prod stack"
  echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:  $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cat target/bench-load.txt) (before / after)"
  echo "archive: $(find "$ARCHIVE" -name '*.json.gz' | wc -l) .json.gz files, $(du -sh "$ARCHIVE" | cut -f1) compressed"
  echo "runs:    $runs per mode, alternating; medians below (wall and CPU each)"
  echo "command: bench/replay.sh  (each run: trailguard replay --stack prod --rules none|deployed --summary FILE $ARCHIVE >/dev/null)"
  echo
  printf "%-9s %12s %10s %8s %8s %12s %9s %12s\n" mode records "JSON MB" "wall s" "CPU s" "records/s" "MB/s" "MB/CPU-s"
  for line in "$best_none" "$best_deployed" "$best_all"; do
    echo "$line" | awk '{ printf "%-9s %12d %10.1f %8.1f %8.1f %12.0f %9.1f %12.1f\n", $1, $2, $3, $4, $5, $2 / $4, $3 / $4, $3 / $5 }'
  done
  echo
  echo "$best_none $best_deployed" | awk '{ printf "ratio deployed/none: %.2f by wall-time throughput, %.2f by CPU-time throughput (target >= 0.80)\n", $4 / $9, $5 / $10 }'
  echo "$best_none $best_all" | awk '{ printf "ratio all/none:      %.2f by wall-time throughput, %.2f by CPU-time throughput (target >= 0.80)\n", $4 / $9, $5 / $10 }'
  echo "heap in use after GC, peak of the last run: none $(peak_after_gc none) MB, deployed $(peak_after_gc deployed) MB, all $(peak_after_gc all) MB (-Xmx2g, --max-record-bytes 8 MiB, --threads $(nproc))"
} | tee "$RESULTS"
