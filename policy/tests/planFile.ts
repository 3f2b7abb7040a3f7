// Reads `trailguard plan --format json` output into the harness's resources, with policy documents turned
// back into the JSON strings pulumi-aws sends (the plan shows them parsed).
import * as fs from "node:fs";
import * as path from "node:path";
import { RESOURCE_POLICY_INPUTS, T } from "../lib/resources";
import { FakeResource } from "./harness";

const STRING_DOCUMENT_INPUTS: Record<string, string> = { ...RESOURCE_POLICY_INPUTS, [T.organizationsPolicy]: "content" };

export interface PlannedResource {
    urn: string;
    type: string;
    name: string;
    account: string;
    region: string;
    provider: string;
    protect: boolean;
    inputs: Record<string, any>;
}

/** The plan file of a stack: $TRAILGUARD_PLAN_DIR or the project's target/ folder. */
export function planPath(stack: string): string {
    const dir = process.env.TRAILGUARD_PLAN_DIR ?? path.resolve(__dirname, "../../../target");
    return path.join(dir, `plan-${stack}.json`);
}

export function readPlan(stack: string): PlannedResource[] {
    const file = planPath(stack);
    if (!fs.existsSync(file)) {
        throw new Error(`${file} is missing: run \`./trailguard plan --stack ${stack} --format json > target/plan-${stack}.json\` in the project folder before npm test (the CI script does)`);
    }
    return JSON.parse(fs.readFileSync(file, "utf8")).resources;
}

export function toFakeResource(r: PlannedResource): FakeResource {
    const props = { ...r.inputs };
    const documentInput = STRING_DOCUMENT_INPUTS[r.type];
    if (documentInput !== undefined && props[documentInput] !== undefined && typeof props[documentInput] !== "string") {
        props[documentInput] = JSON.stringify(props[documentInput]);
    }
    return { type: r.type, name: r.name, urn: r.urn, provider: r.provider, protect: r.protect, props };
}

/** Cloud resources only: the stack, components and providers are not what policies judge. */
export function cloudResources(plan: PlannedResource[]): FakeResource[] {
    return plan.filter(r => !r.type.startsWith("pulumi:") && !r.type.startsWith("trailguard:")).map(toFakeResource);
}
