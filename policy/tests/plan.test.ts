// The real program's plan through the pack: what `pulumi up` would register for the dev and prod stacks
// must break no mandatory policy. The plan files come from `trailguard plan --format json` (see planFile.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { policies } from "../policies/all";
import { T } from "../lib/resources";
import { validateAll } from "./harness";
import { cloudResources, readPlan } from "./planFile";

// Policies whose resources the foundation always creates: if one stops applying, the pack lost sight of it.
const ALWAYS_APPLY = [
    "trail-bucket-versioning",
    "trail-bucket-object-lock",
    "trail-bucket-public-access-block",
    "trail-bucket-sse-kms",
    "trail-bucket-tls-only",
    "access-log-bucket-no-object-lock",
    "kms-key-rotation",
    "trail-key-cloudtrail-conditions",
    "org-trail-hardened",
    "log-group-retention",
    "no-unconditional-wildcard-principal",
];

for (const stack of ["dev", "prod", "response", "stackset"]) {
    describe(`plan of the ${stack} stack through the pack`, () => {
        it("breaks no mandatory policy", async () => {
            const resources = cloudResources(readPlan(stack));
            const { violations } = await validateAll(policies.filter(p => p.enforcementLevel === "mandatory"), resources);
            const report = [...violations].flatMap(([policy, vs]) => vs.map(v => `${policy}: ${v.message} (${v.urn})`));
            assert.deepEqual(report, []);
        });
        it("is seen by every policy guarding the foundation", async () => {
            const resources = cloudResources(readPlan(stack));
            assert.ok(resources.some(r => r.type === T.trail), "the plan has the organization trail");
            const { applied } = await validateAll(policies, resources);
            assert.deepEqual(ALWAYS_APPLY.filter(name => !applied.has(name)), []);
            if (stack === "stackset") {
                assert.ok(applied.has("member-stackset-invariants"), "the StackSets of stackset mode are checked");
            }
        });
    });
}
