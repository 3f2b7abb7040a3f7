// Runs the pack's validators the way the Pulumi analyzer does, without the analyzer: resource arguments
// with notApplicable() and getConfig() (schema defaults plus overrides), and stack resources joined by URN.
import {
    Policy,
    PolicyResource,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";

export interface FakeResource {
    type: string;
    name: string;
    props: Record<string, any>;
    /** Provider name: resources with the same provider are in the same account and region. */
    provider?: string;
    /** input name -> names of the resources its value came from (Pulumi's propertyDependencies). */
    dependsOn?: Record<string, string[]>;
    protect?: boolean;
    /** URN when the resource comes from a plan; otherwise one is derived from type and name. */
    urn?: string;
}

export interface Violation {
    message: string;
    urn?: string;
}

export type Outcome = Violation[] | "not applicable";

class NotApplicable extends Error {}

export function urnOf(r: FakeResource): string {
    return r.urn ?? `urn:pulumi:test::trailguard::${r.type}::${r.name}`;
}

function configOf(policy: Policy, overrides: Record<string, unknown>): any {
    const defaults: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
        if (schema.default !== undefined) {
            defaults[key] = schema.default;
        }
    }
    return { ...defaults, ...overrides };
}

function notApplicable(reason?: string): never {
    throw new NotApplicable(reason);
}

function providerOf(r: FakeResource) {
    const name = r.provider ?? "default";
    return { type: "pulumi:providers:aws", name, urn: `urn:pulumi:test::trailguard::pulumi:providers:aws::${name}`, props: {} };
}

function opts(r: FakeResource) {
    return { protect: r.protect ?? false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] };
}

async function collect(run: (report: (message: string, urn?: string) => void) => unknown): Promise<Outcome> {
    const violations: Violation[] = [];
    try {
        await run((message, urn) => violations.push({ message, urn }));
    } catch (e) {
        if (e instanceof NotApplicable) {
            return "not applicable";
        }
        throw e;
    }
    return violations;
}

export async function validateResource(policy: ResourceValidationPolicy, r: FakeResource, config: Record<string, unknown> = {}): Promise<Outcome> {
    const args: ResourceValidationArgs = {
        type: r.type,
        props: r.props,
        urn: urnOf(r),
        name: r.name,
        opts: opts(r) as any,
        provider: providerOf(r) as any,
        stackTags: new Map(),
        isType: () => false,
        asType: () => undefined,
        getConfig: () => configOf(policy, config),
        notApplicable,
    };
    const validations: ResourceValidation[] = Array.isArray(policy.validateResource) ? policy.validateResource : policy.validateResource ? [policy.validateResource] : [];
    return collect(async report => {
        for (const v of validations) {
            await v(args, report);
        }
    });
}

export function toPolicyResources(resources: FakeResource[]): PolicyResource[] {
    const byName = new Map<string, PolicyResource>();
    const out = resources.map(r => {
        const pr: PolicyResource = {
            type: r.type,
            props: r.props,
            urn: urnOf(r),
            name: r.name,
            opts: opts(r) as any,
            provider: providerOf(r) as any,
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        };
        byName.set(r.name, pr);
        return pr;
    });
    resources.forEach((r, i) => {
        for (const [property, names] of Object.entries(r.dependsOn ?? {})) {
            const deps = names.map(n => {
                const d = byName.get(n);
                if (d === undefined) {
                    throw new Error(`${r.name}.${property} depends on unknown resource ${n}`);
                }
                return d;
            });
            out[i].propertyDependencies[property] = deps;
            out[i].dependencies.push(...deps);
        }
    });
    return out;
}

export async function validateStack(policy: StackValidationPolicy, resources: FakeResource[], config: Record<string, unknown> = {}): Promise<Outcome> {
    const args: StackValidationArgs = {
        resources: toPolicyResources(resources),
        stackTags: new Map(),
        getConfig: () => configOf(policy, config),
        notApplicable,
    };
    return collect(report => policy.validateStack(args, report));
}

export function isStackPolicy(p: Policy): p is StackValidationPolicy {
    return "validateStack" in p;
}

export interface PackResult {
    /** policy name -> its violations, only for policies that found any */
    violations: Map<string, Violation[]>;
    /** names of the policies that applied to at least one resource, or to the stack */
    applied: Set<string>;
}

/** Runs every policy of a list over a whole stack: each resource through the resource policies, then the stack policies. */
export async function validateAll(policies: Policy[], resources: FakeResource[]): Promise<PackResult> {
    const result: PackResult = { violations: new Map(), applied: new Set() };
    for (const policy of policies) {
        const violations: Violation[] = [];
        if (isStackPolicy(policy)) {
            const outcome = await validateStack(policy, resources);
            if (outcome !== "not applicable") {
                result.applied.add(policy.name);
                violations.push(...outcome);
            }
        } else {
            for (const r of resources) {
                const outcome = await validateResource(policy as ResourceValidationPolicy, r);
                if (outcome !== "not applicable") {
                    result.applied.add(policy.name);
                    violations.push(...outcome.map(v => ({ ...v, urn: v.urn ?? urnOf(r) })));
                }
            }
        }
        if (violations.length > 0) {
            result.violations.set(policy.name, violations);
        }
    }
    return result;
}
