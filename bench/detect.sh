#!/usr/bin/env bash
# Events/s of the whole detection catalogue over the Panther corpus (JMH); figures to bench/results/detect.txt.
# Short run (about 2 minutes): 1 fork, 2 x 5 s warm-up, 3 x 5 s measurement per benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
out=bench/results/detect.txt
tmp=$(mktemp)
java -cp "$cp" org.openjdk.jmh.Main 'io.trailguard.bench.CatalogueBenchmark' -f 1 -wi 2 -w 5s -i 3 -r 5s -rf text -rff "$tmp"
{
  echo "# trailguard detection benchmark: bench/detect.sh ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
  echo "# machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# one op = one CloudTrail event matched against every catalogue rule (trail feed); corpus = 447 Panther test events"
  echo "# matchCatalogue: events already parsed; parseAndMatch: JSON parsing included"
  cat "$tmp"
} > "$out"
rm -f "$tmp"
cat "$out"
