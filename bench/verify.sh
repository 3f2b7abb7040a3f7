#!/usr/bin/env bash
# Verify benchmark (not a test). Generates target/bench-verify (a local copy of a trail bucket: 4 accounts x 2 regions
# x 24 hourly digests, log files totalling ~BYTES of uncompressed JSON, laid out and signed as CloudTrail documents it,
# with its key file and the newest digests' signatures) unless it is there. Then, alternating, RUNS times each:
#   verify    trailguard verify over the copy (every digest signature, the chain, every log file's SHA-256)
#   baseline  the same log files inflated and hashed with SHA-256 on the same threads, nothing else
# CloudTrail's hashValue is the SHA-256 of the *uncompressed* log file (cloudtrail-log-file-custom-validation, "F.
# Validate the Log Files"), so inflating is part of the algorithm: the baseline includes gzip decode. SHA-256 alone over
# the same bytes in memory (Java and coreutils sha256sum) is printed for reference.
#
# Usage: bench/verify.sh            (RUNS=3, BYTES=1.3e9, THREADS=nproc, NO_BUILD=1 to skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
BYTES=${BYTES:-1.3e9}
THREADS=${THREADS:-$(nproc)}
ARCHIVE=${ARCHIVE:-target/bench-verify}
RESULTS=${RESULTS:-bench/results/verify.txt}
BUCKET=trailguard-trail-100000000002-eu-west-1

# NO_BUILD=1 measures the classes already built (e.g. while a test run holds the build folder).
if [ -z "${NO_BUILD:-}" ]; then
  mvn -o -q test-compile
  mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
fi
# A private copy of the classes: a build during the runs (another test run) must not change what is measured.
rm -rf target/bench-verify-classes && mkdir -p target/bench-verify-classes
cp -r target/classes target/test-classes target/bench-verify-classes/
CP="target/bench-verify-classes/classes:target/bench-verify-classes/test-classes:$(cat target/cp.txt)"

if [ ! -f "$ARCHIVE/.complete" ]; then
  rm -rf "$ARCHIVE"
  java -Xmx3g -cp "$CP" io.trailguard.verify.BenchVerifyArchive "$ARCHIVE" "$BYTES"
  touch "$ARCHIVE/.complete"
fi

rm -f target/bench-verify-run-*.json target/bench-verify-base-*.txt
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq 1 "$RUNS"); do
  java -Xmx1g -cp "$CP" io.trailguard.cli.Main verify "$ARCHIVE/bucket" --keys "$ARCHIVE/keys.json" \
    --signatures "$ARCHIVE/signatures.txt" --bucket "$BUCKET" --threads "$THREADS" --format json --no-progress \
    > "target/bench-verify-run-$i.json"
  java -Xmx1g -cp "$CP" io.trailguard.verify.HashBaseline "$ARCHIVE/bucket" "$THREADS" > "target/bench-verify-base-$i.txt"
  echo "run $i: verify $(jq -r '"\(.logBytesHashed) bytes in \(.seconds) s, valid=\(.valid)"' "target/bench-verify-run-$i.json");" \
    "baseline $(head -1 "target/bench-verify-base-$i.txt")"
done
java -Xmx1g -cp "$CP" io.trailguard.verify.BenchVerifyWarm "$ARCHIVE" "$THREADS" > target/bench-verify-warm.txt
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# coreutils sha256sum over the same uncompressed bytes, one stream (one core), for reference
plain="$ARCHIVE-plain.json"  # per archive: another ARCHIVE must not reuse this one
[ -f "$plain" ] || find "$ARCHIVE/bucket" -path '*/CloudTrail/*' -name '*.json.gz' | sort | xargs zcat > "$plain"
coreutils=$( { /usr/bin/time -f '%e' sha256sum "$plain" >/dev/null; } 2>&1 )
plain_bytes=$(stat -c %s "$plain")

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
v_bytes=$(jq -r .logBytesHashed target/bench-verify-run-1.json)
v_secs=$(for f in target/bench-verify-run-*.json; do jq -r .seconds "$f"; done | median)
v_cpu=$(for f in target/bench-verify-run-*.json; do jq -r .cpuSeconds "$f"; done | median)
b_bytes=$(awk '/^gunzip/ { print $2 }' target/bench-verify-base-1.txt)
b_secs=$(awk '/^gunzip/ { print $3 }' target/bench-verify-base-*.txt | median)
b_cpu=$(awk '/^gunzip/ { print $4 }' target/bench-verify-base-*.txt | median)
s_bytes=$(awk '/^sha256/ { print $2 }' target/bench-verify-base-1.txt)
s_secs=$(awk '/^sha256/ { print $3 }' target/bench-verify-base-*.txt | median)
s_cpu=$(awk '/^sha256/ { print $4 }' target/bench-verify-base-*.txt | median)
valid=$(jq -r .valid target/bench-verify-run-1.json)
digests=$(jq '[.accounts[].digests.valid] | add' target/bench-verify-run-1.json)
logs=$(jq '[.accounts[].logFiles.valid] | add' target/bench-verify-run-1.json)

{
  echo "# bench/verify.sh: trailguard verify over a local copy of a trail bucket vs the SHA-256 floor"
  echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:  $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $load_before / $load_after (before / after)"
  echo "archive: $(find "$ARCHIVE/bucket" -name '*.json.gz' | wc -l) .json.gz files ($digests digests, $logs log files verified), $(du -sh "$ARCHIVE/bucket" | cut -f1) compressed; every one valid: $valid"
  echo "runs:    $RUNS each, alternating, $THREADS threads; medians of the in-process wall and CPU time taken separately (JVM start"
  echo "         excluded from both; CPU = the whole process meanwhile, JIT and GC included; on a shared machine CPU time is the steadier figure)"
  echo "command: bench/verify.sh  (verify: trailguard verify $ARCHIVE/bucket --keys ... --signatures ... --bucket $BUCKET --threads $THREADS --format json)"
  echo
  printf "%-40s %14s %8s %8s %9s %10s\n" what "bytes (uncompr.)" "wall s" "CPU s" "MB/s" "MB/CPU-s"
  # %.0f, not %d: mawk (Debian's awk) saturates %d at 2,147,483,647.
  row() { awk -v n="$1" -v b="$2" -v s="$3" -v c="$4" 'BEGIN { printf "%-40s %14.0f %8.2f %8s %9.1f %10s\n", n, b, s, (c == "" ? "-" : sprintf("%.2f", c)), b / s / 1e6, (c == "" ? "-" : sprintf("%.1f", b / c / 1e6)) }'; }
  row "verify (every check)" "$v_bytes" "$v_secs" "$v_cpu"
  read -r _ w_bytes w_secs w_cpu < target/bench-verify-warm.txt
  row "verify, 2nd run in one JVM (warm)" "$w_bytes" "$w_secs" "$w_cpu"
  row "baseline: gunzip + SHA-256 (Java)" "$b_bytes" "$b_secs" "$b_cpu"
  row "reference: SHA-256 only, in memory" "$s_bytes" "$s_secs" "$s_cpu"
  row "reference: coreutils sha256sum, 1 core" "$plain_bytes" "$coreutils" ""
  echo
  awk -v vb="$v_bytes" -v vs="$v_secs" -v vc="$v_cpu" -v bb="$b_bytes" -v bs="$b_secs" -v bc="$b_cpu" -v sb="$s_bytes" -v ss="$s_secs" -v sc="$s_cpu" 'BEGIN {
    printf "ratio verify / (gunzip + SHA-256), the algorithm'"'"'s floor: %.2f by wall-time throughput, %.2f by CPU-time throughput (target >= 0.80)\n", (vb / vs) / (bb / bs), (vb / vc) / (bb / bc);
    printf "ratio verify / SHA-256 alone (no inflate; reference only):  %.2f by wall time, %.2f by CPU time\n", (vb / vs) / (sb / ss), (vb / vc) / (sb / sc) }'
  awk -v wb="$w_bytes" -v ws="$w_secs" -v wc="$w_cpu" -v bb="$b_bytes" -v bs="$b_secs" -v bc="$b_cpu" 'BEGIN {
    printf "ratio warm verify / (gunzip + SHA-256):                     %.2f by wall-time throughput, %.2f by CPU-time throughput\n", (wb / ws) / (bb / bs), (wb / wc) / (bb / bc) }'
} | tee "$RESULTS"
