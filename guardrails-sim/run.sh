#!/usr/bin/env bash
# Evaluates the SCPs planned for the prod stack against the scenario table, with an independent IAM
# simulator. Run after `mvn test` (GuardrailSimulationExportTest writes the input). Exit 1 on any mismatch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
input="${1:-$here/../target/guardrails-sim/prod.json}"
if [[ ! -f "$input" ]]; then
  echo "guardrails-sim: $input not found; run mvn test first (GuardrailSimulationExportTest writes it)" >&2
  exit 2
fi
cd "$here"
if [[ ! -d node_modules/@cloud-copilot/iam-simulate ]]; then
  npm ci --no-audit --no-fund --silent
fi
node simulate.mjs "$input"
