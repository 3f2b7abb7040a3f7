import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { accessLogBucketNoObjectLock } from "../policies/accessLogBucketNoObjectLock";
import { T } from "../lib/resources";
import { validateStack } from "./harness";
import { ACCESS_LOG_BUCKET, foundation, named } from "./fixtures";

describe("access-log-bucket-no-object-lock", () => {
    it("passes an access-log bucket without Object Lock", async () => {
        assert.deepEqual(await validateStack(accessLogBucketNoObjectLock, foundation()), []);
    });
    it("flags objectLockEnabled on the access-log bucket", async () => {
        const stack = foundation();
        named(stack, "access-log-bucket").props.objectLockEnabled = true;
        assert.deepEqual((await validateStack(accessLogBucketNoObjectLock, stack) as any[]).map(v => v.message),
            [`access-log bucket ${ACCESS_LOG_BUCKET}: objectLockEnabled is true`]);
    });
    it("flags an Object Lock configuration on a logging target with a custom name", async () => {
        const stack = foundation();
        named(stack, "access-log-bucket").props.bucket = "acme-s3-access";
        named(stack, "trail-bucket-logging").props.targetBucket = "acme-s3-access";
        stack.push({ type: T.bucketObjectLock, name: "access-lock", props: { bucket: "acme-s3-access", rule: { defaultRetention: { mode: "GOVERNANCE", days: 1 } } } });
        const found = await validateStack(accessLogBucketNoObjectLock, stack) as any[];
        assert.equal(found.length, 1);
        assert.match(found[0].message, /acme-s3-access: Object Lock configured by access-lock/);
    });
    it("is not applicable without an access-log bucket", async () => {
        const stack = foundation().filter(r => r.name !== "access-log-bucket" && r.name !== "trail-bucket-logging");
        assert.equal(await validateStack(accessLogBucketNoObjectLock, stack), "not applicable");
    });
});
