// Least privilege of the response roles: every runbook step (and EventBridge's own calls) Allowed on the resource it
// touches, the same call on any other resource Denied, every other action Denied, with @cloud-copilot/iam-simulate
// over the policies of a real offline plan and the SCPs above the account.
// Usage: node response.mjs <plan.json> [table.json]. Exit code 1 on any mismatch or simulator error.
import { readFileSync } from 'node:fs'
import { planIndex, cases, evaluate, organization } from './delivery.mjs'

function fill(value, vars) {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (_, k) => {
    if (!(k in vars)) throw new Error(`unknown placeholder {${k}}`)
    return vars[k]
  })
  if (Array.isArray(value)) return value.map((v) => fill(v, vars))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]))
  return value
}

async function main(planFile, tableFile) {
  const plan = JSON.parse(readFileSync(planFile, 'utf8'))
  const table = JSON.parse(readFileSync(tableFile, 'utf8'))
  const index = planIndex(plan)
  const vars = { acct: table.account, home: plan.homeRegion, foreign: table.foreign }
  const rows = table.rows.map((r) => ({ evidence: 'documented', scp: true, resourceAccount: table.account, ...fill(r, vars) }))
  const org = organization(plan, index)
  const policies = (ref) => {
    const [name, field] = ref.split('#')
    const r = index.get(name)
    if (!r) throw new Error(`plan has no resource ${name}`)
    const doc = r.inputs[field]
    return typeof doc === 'string' ? JSON.parse(doc) : doc
  }
  const all = []
  for (const row of rows) {
    all.push(...cases(row))
    for (const other of row.otherActions ?? []) {
      const { action, resource } = typeof other === 'string' ? { action: other, resource: row.resource } : other
      all.push({ row: { ...row, action }, label: `other action ${action}`, principal: row.principal, resource,
        context: row.context ?? {}, expect: 'Denied' })
    }
  }
  let failures = 0
  for (const c of all) {
    const { actual, detail } = await evaluate(c, policies, org, plan.homeRegion)
    const ok = actual === c.expect
    if (!ok) failures++
    console.log([ok ? 'ok  ' : 'FAIL', c.expect.padEnd(7), actual.padEnd(7), c.row.id.padEnd(34), c.row.action.padEnd(30), c.label].join('  ')
      + (detail ? `  ${detail}` : ''))
  }
  console.log(`\n${all.length - failures}/${all.length} cases as expected over ${rows.length} response paths, stack ${plan.stack}`)
  if (failures > 0 || rows.length < 7) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = new URL('.', import.meta.url).pathname
  await main(process.argv[2] ?? `${here}../target/plan-response.json`, process.argv[3] ?? `${here}response-paths.json`)
}
