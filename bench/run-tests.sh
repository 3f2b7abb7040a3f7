#!/usr/bin/env bash
# Wall time of `./run-tests` on a fresh clone of each given commit, one after the other, with the machine's load.
# Usage: bench/run-tests.sh <commit>...   appends one line per commit to bench/results/run-tests.txt
# Compare commits in one session, back to back: the machine may be shared, so each line says what its load was.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/bench/results/run-tests.txt"
[ -f "$out" ] || echo "# commit  exit  wall_s  user_s  sys_s  load_before  load_after  started (bench/run-tests.sh; fresh clone each)" > "$out"
for rev in "$@"; do
  tree="$(mktemp -d)"
  git clone -q "$here" "$tree/tg"
  git -C "$tree/tg" checkout -q "$rev"
  short="$(git -C "$tree/tg" rev-parse --short HEAD)"
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  start="$(date -u +%FT%TZ)"
  set +e
  (cd "$tree/tg" && /usr/bin/time -f '%e %U %S' -o "$tree/time" ./run-tests > "$tree/log" 2>&1)
  rc=$?
  set -e
  read -r wall user sys < <(tail -1 "$tree/time")
  printf '%s  %s  %s  %s  %s  %s  %s  %s\n' "$short" "$rc" "$wall" "$user" "$sys" "$before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$start" | tee -a "$out"
  [ "$rc" -eq 0 ] || tail -20 "$tree/log"
  rm -rf "$tree"
done
