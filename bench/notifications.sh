#!/usr/bin/env bash
# Notifications per incident on the fixture corpus (before and after supersession), metric filters per log group in
# prod, and Sigma coverage; figures to bench/results/notifications.txt. Counts, not timings: any machine gives the same.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test -Dtest='NotificationsPerIncidentTest,LogGroupLimitsTest,SigmaCoverageTest' -Dsurefire.failIfNoSpecifiedTests=false
out=bench/results/notifications.txt
{
  echo "# trailguard notification and limit figures: bench/notifications.sh ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(git rev-parse --short HEAD))"
  echo "# incident = one alarming fixture set of any rule, seen by a member account (cis, seed, insider) and the backstop;"
  echo "# per route = local topic, central topic per severity; CIS alarms keep their own actions and are not counted"
  cat target/surefire-reports/io.trailguard.detect.NotificationsPerIncidentTest-output.txt \
      target/surefire-reports/io.trailguard.detect.LogGroupLimitsTest-output.txt \
      target/surefire-reports/io.trailguard.detect.SigmaCoverageTest-output.txt
} > "$out"
cat "$out"
