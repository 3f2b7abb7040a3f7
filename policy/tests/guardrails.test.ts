import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scpSizeLimit } from "../policies/scpSizeLimit";
import { T } from "../lib/resources";
import { validateResource, Violation } from "./harness";

const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);

function scp(content: string, type?: string) {
    return { type: T.organizationsPolicy, name: "region-deny", props: { name: "trailguard-region-deny", content, ...(type ? { type } : {}) } };
}

function documentOf(length: number): string {
    const head = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Sid":"';
    const tail = '"}]}';
    return head + "x".repeat(length - head.length - tail.length) + tail;
}

describe("scp-size-limit", () => {
    it("passes an SCP of exactly 5,120 characters", async () => {
        assert.deepEqual(await validateResource(scpSizeLimit, scp(documentOf(5120))), []);
    });
    it("flags an SCP of 5,121 characters", async () => {
        assert.deepEqual(messages(await validateResource(scpSizeLimit, scp(documentOf(5121)))),
            ["SCP trailguard-region-deny is 5121 characters, over the limit of 5120"]);
    });
    it("honours a raised maxPolicyChars", async () => {
        assert.deepEqual(await validateResource(scpSizeLimit, scp(documentOf(6000)), { maxPolicyChars: 10240 }), []);
    });
    it("hints at minifying when whitespace alone breaks the limit", async () => {
        const pretty = `{"Version": "2012-10-17",${" ".repeat(5200)}"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}`;
        assert.match(messages(await validateResource(scpSizeLimit, scp(pretty)))[0], /minified it would be \d+/);
    });
    it("does not apply to tag policies", async () => {
        assert.equal(await validateResource(scpSizeLimit, scp(documentOf(9000), "TAG_POLICY")), "not applicable");
    });
});
