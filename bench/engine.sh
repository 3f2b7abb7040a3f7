#!/usr/bin/env bash
# The program under the SDK's own runner, as `pulumi preview` runs it (a child JVM with the language host's
# environment against the engine stand-in on the SDK's gRPC stubs), for dev, prod and dev with 50 and 200 generated
# member accounts (trail feed). One run per row, preview (PULUMI_DRY_RUN=true). Figures to bench/results/engine.txt.
# Not a test: the machine's load shows in the times (see the header). With arguments (e.g. `bench/engine.sh 200`) only
# those rows run, appended to the results file under a header of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
out=bench/results/engine.txt
tmp=$(mktemp)
if [ $# -gt 0 ] && [ -f "$out" ]; then cp "$out" "$tmp"; fi
{
  echo "# trailguard under the SDK's runner: bench/engine.sh ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
  echo "# machine: $(nproc) cores, load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "# child JVM -Xmx768m, PULUMI_PARALLEL=48; seconds = child start to exit; registrations include components and providers"
  printf "stack\tmembers_added\tregistrations\tseconds\treg/s\n"
} > "$tmp"
rows=("$@")
[ ${#rows[@]} -gt 0 ] || rows=(dev prod 50 200)
for one in "${rows[@]}"; do
  java -Xmx512m -Dtrailguard.engineTimeoutSeconds=2400 -Dsurefire.test.class.path="$cp" -cp "$cp" io.trailguard.plan.EngineBench "$one" >> "$tmp"
done
mv "$tmp" "$out"
cat "$out"
