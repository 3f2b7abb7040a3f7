// IAM policy documents as resource inputs deliver them: a JSON string (pulumi-aws) or, from an offline
// plan, an already parsed object. Everything here is read-only analysis of such documents.

export type Values = string[];

export interface Statement {
    sid?: string;
    effect: "Allow" | "Deny";
    /** "*" for a wildcard principal, else kind (AWS, Service, Federated, CanonicalUser) -> identifiers. */
    principal?: "*" | Record<string, Values>;
    notPrincipal?: "*" | Record<string, Values>;
    actions: Values;
    notActions: Values;
    resources: Values;
    notResources: Values;
    /** operator -> condition key -> values, all as strings (AWS compares booleans as strings). */
    conditions: Record<string, Record<string, Values>>;
}

export interface PolicyDocument {
    statements: Statement[];
}

export class PolicyParseError extends Error {}

export function parsePolicy(raw: unknown): PolicyDocument {
    let doc: any = raw;
    if (typeof raw === "string") {
        try {
            doc = JSON.parse(raw);
        } catch (e) {
            throw new PolicyParseError(`policy is not valid JSON: ${(e as Error).message}`);
        }
    }
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
        throw new PolicyParseError("policy must be a JSON object");
    }
    const raws = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === undefined ? [] : [doc.Statement];
    return { statements: raws.map(toStatement) };
}

function toStatement(s: any): Statement {
    if (s === null || typeof s !== "object") {
        throw new PolicyParseError("each statement must be an object");
    }
    if (s.Effect !== "Allow" && s.Effect !== "Deny") {
        throw new PolicyParseError(`statement ${s.Sid ?? "(no Sid)"} has Effect ${JSON.stringify(s.Effect)}`);
    }
    const conditions: Statement["conditions"] = {};
    for (const [op, byKey] of Object.entries(s.Condition ?? {})) {
        conditions[op] = {};
        for (const [key, v] of Object.entries(byKey as object)) {
            conditions[op][key] = values(v);
        }
    }
    return {
        sid: s.Sid,
        effect: s.Effect,
        principal: principal(s.Principal),
        notPrincipal: principal(s.NotPrincipal),
        actions: values(s.Action),
        notActions: values(s.NotAction),
        resources: values(s.Resource),
        notResources: values(s.NotResource),
        conditions,
    };
}

function principal(p: unknown): Statement["principal"] {
    if (p === undefined || p === null) {
        return undefined;
    }
    if (p === "*") {
        return "*";
    }
    const out: Record<string, Values> = {};
    for (const [kind, ids] of Object.entries(p as object)) {
        out[kind] = values(ids);
    }
    return out;
}

function values(v: unknown): Values {
    if (v === undefined || v === null) {
        return [];
    }
    return (Array.isArray(v) ? v : [v]).map(x => String(x));
}

/** Principal "*" or {"AWS": "*"}: anyone, in any account, authenticated or not. */
export function isWildcardPrincipal(s: Statement): boolean {
    const p = s.principal;
    return p === "*" || (p !== undefined && (p.AWS ?? []).includes("*"));
}

export function hasConditions(s: Statement): boolean {
    return Object.values(s.conditions).some(byKey => Object.keys(byKey).length > 0);
}

export function servicePrincipals(s: Statement): Values {
    return s.principal === undefined || s.principal === "*" ? [] : s.principal.Service ?? [];
}

export function grantsToService(s: Statement, service: string): boolean {
    return s.effect === "Allow" && servicePrincipals(s).includes(service);
}

/** Values of a condition key under an operator; operator and key compare case-insensitively, as AWS does for keys. */
export function conditionValues(s: Statement, operator: string, key: string): Values | undefined {
    for (const [op, byKey] of Object.entries(s.conditions)) {
        if (op.toLowerCase() !== operator.toLowerCase()) {
            continue;
        }
        for (const [k, v] of Object.entries(byKey)) {
            if (k.toLowerCase() === key.toLowerCase()) {
                return v;
            }
        }
    }
    return undefined;
}

/** Every condition key the statement tests, lower-cased, under any operator. */
export function conditionKeys(s: Statement): Set<string> {
    const keys = new Set<string>();
    for (const byKey of Object.values(s.conditions)) {
        Object.keys(byKey).forEach(k => keys.add(k.toLowerCase()));
    }
    return keys;
}

/** True when an action pattern list covers the action, honouring IAM's `*` and `?` wildcards. */
export function coversAction(patterns: Values, action: string): boolean {
    return patterns.some(p => wildcardMatch(p.toLowerCase(), action.toLowerCase()));
}

export function wildcardMatch(pattern: string, value: string): boolean {
    const re = "^" + pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$";
    return new RegExp(re).test(value);
}
