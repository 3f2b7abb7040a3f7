// Evaluates trailguard's planned SCPs against the scenario table written by
// GuardrailSimulationExportTest, using @cloud-copilot/iam-simulate as an independent IAM evaluator.
// Usage: node simulate.mjs <prod.json>. Exit code 1 on any mismatch or simulator error.
import { readFileSync } from 'node:fs'
import { runSimulation } from '@cloud-copilot/iam-simulate'

const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
// AWS attaches FullAWSAccess at every level by default; without it nothing would be allowed.
const FULL_AWS_ACCESS = { name: 'FullAWSAccess', policy: ALLOW_ALL }

export function organizationLevels(plan, account) {
  const levels = [plan.rootId]
  const parent = plan.accounts[account]
  if (!parent) throw new Error(`account ${account} is not in the plan's accounts`)
  if (parent !== plan.rootId) levels.push(parent)
  levels.push(account)
  return levels.map((target) => ({
    orgIdentifier: target,
    policies: [FULL_AWS_ACCESS, ...(plan.attachments[target] ?? []).map((name) => ({ name, policy: plan.policies[name] }))]
  }))
}

// KMS only honours IAM (and so only lets SCPs decide) when the key policy delegates to the account:
// AWS's default key policy does exactly that.
function defaultKeyPolicy(scenario) {
  if (!/^arn:aws:kms:[^:]+:\d{12}:key\//.test(scenario.resource)) return undefined
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${scenario.account}:root` }, Action: 'kms:*', Resource: '*' }]
  }
}

export async function evaluate(plan, scenario) {
  const simulation = {
    request: {
      principal: scenario.principal,
      action: scenario.action,
      // Requests are simulated as same-account: a delegated administrator acts on the organization
      // trail without a resource policy, and only the SCPs on the caller's account are under test.
      resource: { resource: scenario.resource, accountId: scenario.account },
      contextVariables: {
        'aws:PrincipalArn': scenario.principal,
        'aws:RequestedRegion': scenario.region,
        ...scenario.context
      }
    },
    identityPolicies: [{ name: 'AllowAll', policy: ALLOW_ALL }],
    serviceControlPolicies: organizationLevels(plan, scenario.account),
    resourceControlPolicies: [],
    resourcePolicy: defaultKeyPolicy(scenario)
  }
  const response = await runSimulation(simulation, {})
  if (response.resultType === 'error') return { actual: 'Error', detail: JSON.stringify(response.errors) }
  const actual = { Allowed: 'Allowed', ExplicitlyDenied: 'Denied' }[response.overallResult] ?? response.overallResult
  return { actual, detail: '' }
}

async function main(file) {
  const plan = JSON.parse(readFileSync(file, 'utf8'))
  let failures = 0
  const lines = []
  for (const [i, s] of plan.scenarios.entries()) {
    const { actual, detail } = await evaluate(plan, s)
    const ok = actual === s.expect
    if (!ok) failures++
    const who = s.principal.replace(/^arn:aws:iam::/, '')
    lines.push(
      [String(i + 1).padStart(3), ok ? 'ok  ' : 'FAIL', s.expect.padEnd(7), actual.padEnd(7), who.padEnd(40), s.action.padEnd(38), s.region.padEnd(14), s.why]
        .join('  ') + (detail ? `  ${detail}` : '')
    )
  }
  console.log(['  #', 'res ', 'expect ', 'actual ', 'principal'.padEnd(40), 'action'.padEnd(38), 'region'.padEnd(14), 'requirement'].join('  '))
  lines.forEach((l) => console.log(l))
  console.log(`\n${plan.scenarios.length - failures}/${plan.scenarios.length} scenarios as expected against ${Object.keys(plan.policies).length} SCPs (${plan.stack})`)
  if (failures > 0 || plan.scenarios.length < 30) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main(process.argv[2] ?? new URL('../target/guardrails-sim/prod.json', import.meta.url).pathname)
}
