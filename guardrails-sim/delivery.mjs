// Evaluates every delivery path of delivery-paths.json against the policies of a real offline plan
// (./trailguard plan --format json) with @cloud-copilot/iam-simulate: resource, trust and key policies, the
// delivery roles' own policies and the SCPs on a role's account. Then flips each condition of each policy the
// table uses, one at a time, and requires that some case notices.
// Usage: node delivery.mjs <plan.json> [table.json]. Exit code 1 on any mismatch, error or unnoticed flip.
import { readFileSync } from 'node:fs'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import { organizationLevels } from './simulate.mjs'

const MUTATED = 'tg-flipped-condition'

export function planIndex(plan) {
  const byName = new Map()
  for (const r of plan.resources) {
    // A component and its main resource may share a name: the cloud resource is what holds inputs.
    if (!byName.has(r.name) || r.type.startsWith('aws:')) byName.set(r.name, r)
  }
  return byName
}

function resource(index, name) {
  const r = index.get(name)
  if (!r) throw new Error(`plan has no resource ${name}`)
  return r
}

/** Values the table's placeholders stand for, read from resources of the plan that are not under test. */
export function variables(plan, index, table) {
  const member = (feed, not) => plan.members.find((m) => m.feed === feed && !not.includes(m.account))
  const mgmt = resource(index, 'organization-trail-delegated-admin').account
  const logArchive = resource(index, 'log-archive-trail-bucket').account
  const security = resource(index, `alert-routing-${plan.homeRegion}-key`).account
  const trail = resource(index, 'organization-trail')
  const trailMember = member('trail', [mgmt, logArchive, security])
  const ebMember = member('eventbridge', [])
  if (!trailMember || !ebMember) throw new Error('the plan needs a trail-feed and an eventbridge-feed member account')
  const readerKey = resource(index, 'log-archive-trail-key')
  const heartbeat = plan.resources.find((r) => r.type === 'aws:cloudwatch/metricAlarm:MetricAlarm' && r.name === 'backstop-heartbeat')
  const memberTrail = plan.resources.find((r) => r.type === 'aws:cloudtrail/trail:Trail' && r.account === trailMember.account)
  const reader = table.reader
  return {
    org: plan.organizationId,
    home: plan.homeRegion,
    mgmt,
    logArchive,
    security,
    trailMember: trailMember.account,
    ebMember: ebMember.account,
    ebRegion: ebMember.providerRegions.find((r) => r !== plan.homeRegion),
    trailBucket: resource(index, 'log-archive-trail-bucket').inputs.bucket,
    accessLogBucket: resource(index, 'log-archive-access-log-bucket').inputs.bucket,
    orgTrailName: trail.inputs.name,
    orgTrailArn: `arn:aws:cloudtrail:${plan.homeRegion}:${mgmt}:trail/${trail.inputs.name}`,
    memberTrailName: memberTrail.inputs.name,
    memberTrailArn: `arn:aws:cloudtrail:${plan.homeRegion}:${trailMember.account}:trail/${memberTrail.inputs.name}`,
    trailKeyArn: `arn:aws:kms:${readerKey.region}:${logArchive}:key/00000000-0000-0000-0000-0000000000aa`,
    centralHeartbeatAlarm: heartbeat ? heartbeat.inputs.name : 'missing-central-heartbeat-alarm',
    reader,
    readerName: reader.split('/').pop(),
    foreignAccount: table.foreign.account,
    foreignOrg: table.foreign.org
  }
}

function fill(value, vars) {
  if (typeof value === 'string') {
    return value.replace(/\{(\w+)\}/g, (_, k) => {
      if (!(k in vars)) throw new Error(`unknown placeholder {${k}}`)
      return vars[k]
    })
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]))
  return value
}

/** Every simulated request of a row: each subset of its uncertain keys, then each denied variant. */
export function cases(row) {
  const out = []
  const uncertain = Object.entries(row.uncertain ?? {})
  for (let mask = 0; mask < 1 << uncertain.length; mask++) {
    const context = { ...row.context }
    const sent = []
    uncertain.forEach(([k, v], i) => {
      if (mask & (1 << i)) {
        context[k] = v
        sent.push(k)
      }
    })
    const absent = uncertain.map(([k]) => k).filter((k) => !sent.includes(k))
    const label = absent.length ? `without ${absent.join(', ')}` : uncertain.length ? 'with every uncertain key' : 'as sent'
    out.push({ row, label, principal: row.principal, resource: row.resource, context, expect: row.expect })
  }
  for (const d of row.denied ?? []) {
    const context = { ...row.context, ...Object.fromEntries(uncertain), ...(d.context ?? {}) }
    for (const [k, v] of Object.entries(context)) if (v === null) delete context[k]
    out.push({ row, label: d.why, principal: d.principal ?? row.principal, resource: d.resource ?? row.resource, context, expect: 'Denied' })
  }
  return out
}

// iam-simulate 0.1.173 normalises `kms:EncryptionContext:<key>` to its template name and so loses <key> (its
// variable handling expects a `/`, context_keys/contextKeys.js replaceVariableInContextKey): no policy condition on
// an encryption-context pair could ever match. Both sides are renamed alike to a slash-variable key it does
// handle (`aws:RequestTag/<...>`, a single-valued String like the original), which leaves every operator's
// meaning unchanged.
const ENCRYPTION_CONTEXT = /^kms:EncryptionContext:(.+)$/i
const STAND_IN = 'aws:RequestTag/kms-encryption-context.'
export const standIn = (key) => key.replace(ENCRYPTION_CONTEXT, (_, k) => STAND_IN + k)

function renameConditionKeys(policy) {
  const copy = structuredClone(policy)
  const list = Array.isArray(copy.Statement) ? copy.Statement : [copy.Statement]
  for (const st of list) {
    for (const op of Object.keys(st.Condition ?? {})) {
      st.Condition[op] = Object.fromEntries(Object.entries(st.Condition[op]).map(([k, v]) => [standIn(k), v]))
    }
  }
  return copy
}

function policyAt(index, ref) {
  const [name, field] = ref.split('#')
  const doc = resource(index, name).inputs[field]
  if (!doc) throw new Error(`${name} has no input ${field}`)
  return typeof doc === 'string' ? JSON.parse(doc) : doc
}

export function organization(plan, index) {
  const policies = {}
  const names = {}
  for (const r of plan.resources.filter((x) => x.type === 'aws:organizations/policy:Policy')) {
    policies[r.inputs.name] = r.inputs.content
    names[r.name] = r.inputs.name
  }
  const attachments = {}
  for (const r of plan.resources.filter((x) => x.type === 'aws:organizations/policyAttachment:PolicyAttachment')) {
    const name = names[r.inputs.policyId] ?? r.inputs.policyId
    ;(attachments[r.inputs.targetId] ??= []).push(name)
  }
  const mgmt = resource(index, 'organization-trail-delegated-admin').account
  return { policies, attachments, accounts: plan.accountOus, rootId: plan.accountOus[mgmt] }
}

const iamAccount = (arn) => (/^arn:aws:iam::(\d{12}):/.exec(arn) ?? [])[1]

export async function evaluate(c, policies, org, region) {
  const principalAccount = iamAccount(c.principal)
  const identity = c.row.identityPolicy === 'allow'
    ? [{ name: 'OwnAccountGrants', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: c.row.action, Resource: '*' }] } }]
    : c.row.identityPolicy ? [{ name: 'RolePolicy', policy: renameConditionKeys(policies(c.row.identityPolicy)) }] : []
  const inOrg = principalAccount && org.accounts[principalAccount]
  const simulation = {
    request: {
      principal: c.principal,
      action: c.row.action,
      resource: { resource: c.resource, accountId: c.row.resourceAccount },
      contextVariables: {
        'aws:RequestedRegion': region,
        ...(principalAccount ? { 'aws:PrincipalArn': c.principal, 'aws:PrincipalAccount': principalAccount } : {}),
        ...Object.fromEntries(Object.entries(c.context).map(([k, v]) => [standIn(k), v]))
      }
    },
    identityPolicies: identity,
    serviceControlPolicies: c.row.scp && inOrg ? organizationLevels(org, principalAccount) : [],
    resourceControlPolicies: [],
    resourcePolicy: c.row.resourcePolicy ? renameConditionKeys(policies(c.row.resourcePolicy)) : undefined
  }
  const response = await runSimulation(simulation, {})
  if (response.resultType === 'error') return { actual: 'Error', detail: JSON.stringify(response.errors).slice(0, 400) }
  return { actual: response.overallResult === 'Allowed' ? 'Allowed' : 'Denied', detail: '' }
}

async function runAll(allCases, policies, org, region) {
  const results = []
  for (const c of allCases) results.push({ c, ...(await evaluate(c, policies, org, region)) })
  return results
}

/** Each condition value of each policy the table uses, flipped in turn: some case must change its answer. */
async function flips(table, passing, index, org, region) {
  const refs = [...new Set(table.rows.flatMap((r) => [r.resourcePolicy, r.identityPolicy]).filter((x) => x && x !== 'allow'))]
  const report = []
  for (const ref of refs) {
    const original = policyAt(index, ref)
    const statements = Array.isArray(original.Statement) ? original.Statement : [original.Statement]
    statements.forEach((st, si) => {
      for (const [op, keys] of Object.entries(st.Condition ?? {})) {
        for (const key of Object.keys(keys)) report.push({ ref, si, sid: st.Sid ?? `#${si}`, op, key })
      }
    })
  }
  const users = (ref) => passing.filter((c) => c.row.resourcePolicy === ref || c.row.identityPolicy === ref)
  for (const f of report) {
    const mutated = structuredClone(policyAt(index, f.ref))
    const list = Array.isArray(mutated.Statement) ? mutated.Statement : [mutated.Statement]
    const v = list[f.si].Condition[f.op][f.key]
    const flip = (x) => (x === 'true' ? 'false' : x === 'false' ? 'true' : MUTATED)
    list[f.si].Condition[f.op][f.key] = Array.isArray(v) ? v.map(flip) : flip(v)
    const policies = (ref) => (ref === f.ref ? mutated : policyAt(index, ref))
    const caught = []
    for (const c of users(f.ref)) {
      const { actual } = await evaluate(c, policies, org, region)
      if (actual !== c.expect) caught.push(`${c.row.id} (${c.label})`)
    }
    f.caught = caught
  }
  return report
}

async function main(planFile, tableFile) {
  const plan = JSON.parse(readFileSync(planFile, 'utf8'))
  const table = JSON.parse(readFileSync(tableFile, 'utf8'))
  const index = planIndex(plan)
  const vars = variables(plan, index, table)
  const rows = table.rows.map((r) => fill(r, vars))
  const filled = { ...table, rows }
  const org = organization(plan, index)
  const allCases = rows.flatMap(cases)
  const policies = (ref) => policyAt(index, ref)
  const results = await runAll(allCases, policies, org, plan.homeRegion)
  let failures = 0
  for (const r of results) {
    const ok = r.actual === r.c.expect
    if (!ok) failures++
    console.log([ok ? 'ok  ' : 'FAIL', r.c.expect.padEnd(7), r.actual.padEnd(7), r.c.row.evidence.padEnd(12), r.c.row.id.padEnd(36), r.c.label].join('  ')
      + (r.detail ? `  ${r.detail}` : ''))
  }
  const documented = rows.filter((r) => r.evidence === 'documented').length
  console.log(`\n${results.length - failures}/${results.length} cases as expected over ${rows.length} paths`
    + ` (${documented} on documented context keys, ${rows.length - documented} on practitioner reports), stack ${plan.stack}`)

  const passing = results.filter((r) => r.actual === r.c.expect).map((r) => r.c)
  const report = await flips(filled, passing, index, org, plan.homeRegion)
  const unnoticed = report.filter((f) => f.caught.length === 0)
  for (const f of report) {
    console.log(`${f.caught.length ? 'caught  ' : 'UNNOTICED'}  flip ${f.ref} ${f.sid} ${f.op} ${f.key}${f.caught.length ? ` -> ${f.caught[0]}` : ''}`)
  }
  console.log(`\n${report.length - unnoticed.length}/${report.length} condition flips make at least one case fail`)
  if (failures > 0 || unnoticed.length > 0 || rows.length < 25) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = new URL('.', import.meta.url).pathname
  await main(process.argv[2] ?? `${here}../target/plan-prod.json`, process.argv[3] ?? `${here}delivery-paths.json`)
}
