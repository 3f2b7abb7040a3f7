import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { policies } from "../policies/all";
import { validateAll } from "./harness";
import { foundation } from "./fixtures";

describe("the pack", () => {
    it("finds nothing wrong with a compliant foundation", async () => {
        const result = await validateAll(policies, foundation());
        assert.deepEqual(Object.fromEntries(result.violations), {});
        // The fixture is a stacks-mode foundation: no StackSet.
        assert.deepEqual(policies.map(p => p.name).filter(n => !result.applied.has(n)), ["scp-size-limit", "member-stackset-invariants"]);
    });
    it("makes every policy mandatory, with a unique name", () => {
        assert.deepEqual(policies.filter(p => p.enforcementLevel !== "mandatory").map(p => p.name), []);
        assert.equal(new Set(policies.map(p => p.name)).size, policies.length);
    });
    it("reports a broken foundation under the policy that guards it", async () => {
        const stack = foundation();
        stack.find(r => r.name === "trail-key")!.props.enableKeyRotation = false;
        assert.deepEqual([...(await validateAll(policies, stack)).violations.keys()], ["kms-key-rotation"]);
    });
});
