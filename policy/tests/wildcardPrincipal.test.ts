import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { noUnconditionalWildcardPrincipal } from "../policies/noUnconditionalWildcardPrincipal";
import { T } from "../lib/resources";
import { validateResource, Violation } from "./harness";
import { foundation } from "./fixtures";

const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);
const openRead = { Sid: "Open", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" };
const doc = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

describe("no-unconditional-wildcard-principal", () => {
    it("passes every resource policy of the foundation (the TLS deny has Principal * but is a Deny)", async () => {
        for (const r of foundation()) {
            const outcome = await validateResource(noUnconditionalWildcardPrincipal, r);
            assert.ok(outcome === "not applicable" || outcome.length === 0, `${r.name}: ${JSON.stringify(outcome)}`);
        }
    });
    it("flags Allow to Principal * without a condition in a bucket policy", async () => {
        const r = { type: T.bucketPolicy, name: "bp", props: { bucket: "b", policy: doc(openRead) } };
        assert.deepEqual(messages(await validateResource(noUnconditionalWildcardPrincipal, r)), ["policy: statement Open allows Principal * without a condition"]);
    });
    it("flags {AWS: *} in a key policy", async () => {
        const r = { type: T.kmsKey, name: "k", props: { policy: doc({ Effect: "Allow", Principal: { AWS: ["*"] }, Action: "kms:Decrypt", Resource: "*" }) } };
        assert.equal(messages(await validateResource(noUnconditionalWildcardPrincipal, r)).length, 1);
    });
    it("flags an Allow with NotPrincipal", async () => {
        const r = { type: T.topicPolicy, name: "tp", props: { arn: "a", policy: doc({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::1:root" }, Action: "sns:Publish", Resource: "*" }) } };
        assert.match(messages(await validateResource(noUnconditionalWildcardPrincipal, r))[0], /NotPrincipal/);
    });
    it("reads policyDocument of a CloudWatch Logs resource policy", async () => {
        const r = { type: T.logResourcePolicy, name: "lrp", props: { policyName: "p", policyDocument: doc({ ...openRead, Action: "logs:PutLogEvents" }) } };
        assert.equal(messages(await validateResource(noUnconditionalWildcardPrincipal, r)).length, 1);
    });
    it("accepts Principal * with a condition", async () => {
        const r = { type: T.bucketPolicy, name: "bp", props: { bucket: "b", policy: doc({ ...openRead, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-x" } } }) } };
        assert.deepEqual(await validateResource(noUnconditionalWildcardPrincipal, r), []);
    });
    it("does not apply to resources without a policy document", async () => {
        assert.equal(await validateResource(noUnconditionalWildcardPrincipal, { type: T.kmsKey, name: "k", props: { enableKeyRotation: true } }), "not applicable");
        assert.equal(await validateResource(noUnconditionalWildcardPrincipal, { type: T.logGroup, name: "g", props: {} }), "not applicable");
    });
});
