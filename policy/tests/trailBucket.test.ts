import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { trailBucketObjectLock } from "../policies/trailBucketObjectLock";
import { trailBucketPublicAccessBlock } from "../policies/trailBucketPublicAccessBlock";
import { trailBucketSseKms } from "../policies/trailBucketSseKms";
import { trailBucketTlsOnly } from "../policies/trailBucketTlsOnly";
import { trailBucketVersioning } from "../policies/trailBucketVersioning";
import { T } from "../lib/resources";
import { FakeResource, validateStack, Violation } from "./harness";
import { foundation, named, TRAIL_BUCKET, withPolicy } from "./fixtures";

function messages(outcome: Violation[] | "not applicable"): string[] {
    assert.notEqual(outcome, "not applicable");
    return (outcome as Violation[]).map(v => v.message);
}

function without(resources: FakeResource[], name: string): FakeResource[] {
    return resources.filter(r => r.name !== name);
}

describe("trail-bucket-versioning", () => {
    it("passes a bucket with versioning Enabled", async () => {
        assert.deepEqual(await validateStack(trailBucketVersioning, foundation()), []);
    });
    it("flags a trail bucket without BucketVersioningV2", async () => {
        const found = messages(await validateStack(trailBucketVersioning, without(foundation(), "trail-bucket-versioning")));
        assert.deepEqual(found, [`trail bucket ${TRAIL_BUCKET}: no BucketVersioningV2 for it`]);
    });
    it("flags Suspended versioning", async () => {
        const stack = foundation();
        named(stack, "trail-bucket-versioning").props.versioningConfiguration.status = "Suspended";
        assert.match(messages(await validateStack(trailBucketVersioning, stack))[0], /Suspended \(must be Enabled\)/);
    });
    it("joins the companion through its dependency when the bucket name is not known yet", async () => {
        const stack = foundation();
        delete named(stack, "trail-bucket-versioning").props.bucket;
        assert.deepEqual(await validateStack(trailBucketVersioning, stack), []);
    });
    it("finds the trail bucket by the organization trail even under another name", async () => {
        const stack = foundation().filter(r => r.type !== T.bucketVersioning);
        named(stack, "trail-bucket").props.bucket = "acme-cloudtrail";
        named(stack, "organization-trail").props.s3BucketName = "acme-cloudtrail";
        assert.deepEqual(messages(await validateStack(trailBucketVersioning, stack)), ["trail bucket acme-cloudtrail: no BucketVersioningV2 for it"]);
    });
    it("is not applicable to a stack without a trail bucket", async () => {
        const members = foundation().filter(r => !r.type.startsWith("aws:s3/") && r.type !== T.trail);
        assert.equal(await validateStack(trailBucketVersioning, members), "not applicable");
    });
});

describe("trail-bucket-object-lock", () => {
    it("passes Object Lock with a GOVERNANCE default retention of 30 days", async () => {
        assert.deepEqual(await validateStack(trailBucketObjectLock, foundation()), []);
    });
    it("flags a bucket without an Object Lock configuration", async () => {
        assert.match(messages(await validateStack(trailBucketObjectLock, without(foundation(), "trail-bucket-lock")))[0], /no BucketObjectLockConfigurationV2/);
    });
    it("flags a configuration without default retention", async () => {
        const stack = foundation();
        delete named(stack, "trail-bucket-lock").props.rule;
        assert.match(messages(await validateStack(trailBucketObjectLock, stack))[0], /no default retention/);
    });
    it("flags a retention of zero days", async () => {
        const stack = foundation();
        named(stack, "trail-bucket-lock").props.rule.defaultRetention.days = 0;
        assert.match(messages(await validateStack(trailBucketObjectLock, stack))[0], /neither days nor years/);
    });
    it("flags an unknown retention mode", async () => {
        const stack = foundation();
        named(stack, "trail-bucket-lock").props.rule.defaultRetention.mode = "LEGAL_HOLD";
        assert.match(messages(await validateStack(trailBucketObjectLock, stack))[0], /mode "LEGAL_HOLD"/);
    });
});

describe("trail-bucket-public-access-block", () => {
    it("passes all four flags true", async () => {
        assert.deepEqual(await validateStack(trailBucketPublicAccessBlock, foundation()), []);
    });
    it("names the flag that is off", async () => {
        const stack = foundation();
        named(stack, "trail-bucket-pab").props.restrictPublicBuckets = false;
        assert.deepEqual(messages(await validateStack(trailBucketPublicAccessBlock, stack)),
            [`trail bucket ${TRAIL_BUCKET}: public access block does not set restrictPublicBuckets to true`]);
    });
    it("flags a bucket without a public access block", async () => {
        assert.match(messages(await validateStack(trailBucketPublicAccessBlock, without(foundation(), "trail-bucket-pab")))[0], /no BucketPublicAccessBlock/);
    });
});

describe("trail-bucket-sse-kms", () => {
    it("passes SSE-KMS with a named key", async () => {
        assert.deepEqual(await validateStack(trailBucketSseKms, foundation()), []);
    });
    it("flags SSE-S3 (AES256)", async () => {
        const stack = foundation();
        named(stack, "trail-bucket-sse").props.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }];
        assert.match(messages(await validateStack(trailBucketSseKms, stack))[0], /"AES256" \(must be aws:kms/);
    });
    it("flags SSE-KMS without a customer key", async () => {
        const stack = foundation();
        delete named(stack, "trail-bucket-sse").props.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId;
        assert.match(messages(await validateStack(trailBucketSseKms, stack))[0], /aws\/s3 key/);
    });
});

describe("trail-bucket-tls-only", () => {
    it("passes a Deny of s3:* on bucket and objects when aws:SecureTransport is false", async () => {
        assert.deepEqual(await validateStack(trailBucketTlsOnly, foundation()), []);
    });
    it("flags a policy without the TLS deny", async () => {
        const stack = foundation();
        withPolicy(named(stack, "trail-bucket-policy"), doc => doc.Statement.shift());
        assert.match(messages(await validateStack(trailBucketTlsOnly, stack))[0], /no Deny of s3:\*/);
    });
    it("flags a TLS deny that covers only the objects, not the bucket", async () => {
        const stack = foundation();
        withPolicy(named(stack, "trail-bucket-policy"), doc => { doc.Statement[0].Resource = `arn:aws:s3:::${TRAIL_BUCKET}/*`; });
        assert.equal(messages(await validateStack(trailBucketTlsOnly, stack)).length, 1);
    });
    it("flags a deny conditioned on SecureTransport true", async () => {
        const stack = foundation();
        withPolicy(named(stack, "trail-bucket-policy"), doc => { doc.Statement[0].Condition.Bool["aws:SecureTransport"] = "true"; });
        assert.equal(messages(await validateStack(trailBucketTlsOnly, stack)).length, 1);
    });
    it("flags a bucket with no policy at all", async () => {
        assert.match(messages(await validateStack(trailBucketTlsOnly, without(foundation(), "trail-bucket-policy")))[0], /no bucket policy/);
    });
    it("reports a policy that is not JSON", async () => {
        const stack = foundation();
        named(stack, "trail-bucket-policy").props.policy = "{not json";
        assert.match(messages(await validateStack(trailBucketTlsOnly, stack))[0], /not valid JSON/);
    });
});
