#!/usr/bin/env bash
# Evaluates every delivery path of delivery-paths.json against the policies of the offline plan, with an
# independent IAM simulator, then flips each condition in turn. Run after `./trailguard plan --stack prod
# --format json > target/plan-prod.json`. Exit 1 on any mismatch or unnoticed flip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plan="$(realpath -m "${1:-$here/../target/plan-prod.json}")"
if [[ ! -f "$plan" ]]; then
  echo "guardrails-sim: $plan not found; run ./trailguard plan --stack prod --format json > target/plan-prod.json first" >&2
  exit 2
fi
cd "$here"
if [[ ! -d node_modules/@cloud-copilot/iam-simulate ]]; then
  npm ci --no-audit --no-fund --silent
fi
node delivery.mjs "$plan" "$here/delivery-paths.json"
