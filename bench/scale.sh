#!/usr/bin/env bash
# Plan time, peak heap, resources and providers per account for generated organizations of 100, 300 and 1,000
# member accounts (2 allowed regions, full catalogue, every tenth account on the EventBridge feed), and the
# one-account scope against the 1,000-account config; then stackset mode at 1,000 and 10,000 accounts (-Xmx512m). One JVM per run, so each peak heap is its own.
# Figures to bench/results/scale.txt. Not a test: the machine's load shows in the times (see the header).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
jvm=(-Xmx1g -Djava.util.concurrent.ForkJoinPool.common.parallelism=2)
out=bench/results/scale.txt
stackset_jvm=(-Xmx512m -Djava.util.concurrent.ForkJoinPool.common.parallelism=2)
stackset_rows() {
  echo "# stackset rows ($(date -u +%Y-%m-%dT%H:%M:%SZ), load average before: $(cut -d' ' -f1-3 /proc/loadavg)): jvm ${stackset_jvm[*]};"
  echo "# members from an inventory over 100 OUs, 3 profiles, none in config; resources = this stack's state; res/account = resources of one account's stacks"
  for n in 1000 10000; do
    java "${stackset_jvm[@]}" -cp "$cp" io.trailguard.bench.StackSetScaleBench "$n"
  done
}
# `bench/scale.sh stackset`: only the stackset rows, replacing those of the last full run.
if [ "${1:-}" = stackset ]; then
  tmp=$(mktemp)
  grep -v -e '^stackset' -e '^# stackset' -e '^# members from an inventory' "$out" > "$tmp" || true
  stackset_rows >> "$tmp"
  mv "$tmp" "$out"
  cat "$out"
  exit 0
fi
tmp=$(mktemp)
{
  echo "# trailguard scale benchmark: bench/scale.sh ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
  echo "# machine: $(nproc) cores, load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "# jvm: ${jvm[*]}; plan = the whole program under Pulumi's mock harness (PlanRunner), one JVM per row"
  echo "# members = generated member accounts (plus management, log-archive, security); resources = cloud resources; peak heap = heap in use sampled every 50 ms"
  echo "# res/account = member resources per monitored account; providers/account = providers per monitored account"
  printf "scope\tmembers\tresources\tseconds\tres/s\tpeak_heap_MB\tres/account\tproviders\tproviders/account\n"
} > "$tmp"
for n in 100 300 1000; do
  java "${jvm[@]}" -cp "$cp" io.trailguard.bench.ScaleBench "$n" >> "$tmp"
done
java "${jvm[@]}" -cp "$cp" io.trailguard.bench.ScaleBench 1000 one >> "$tmp"
stackset_rows >> "$tmp"
mv "$tmp" "$out"
cat "$out"
