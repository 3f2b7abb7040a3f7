#!/usr/bin/env bash
# Least privilege of the response roles over the response test stack's real plan. Exit 1 on any mismatch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plan="${1:-$here/../target/plan-response.json}"
cd "$here"
if [[ ! -d node_modules/@cloud-copilot/iam-simulate ]]; then
  npm ci --no-audit --no-fund --silent
fi
node response.mjs "$plan"
