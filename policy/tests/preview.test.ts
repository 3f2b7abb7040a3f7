// During `pulumi preview` values computed by the cloud are unknown, and reading one throws. These tests
// wrap inputs in @pulumi/policy's own unknown-checking proxy, as the analyzer does.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricFilterHasAlarm } from "../policies/metricFilterHasAlarm";
import { trailBucketSseKms } from "../policies/trailBucketSseKms";
import { trailBucketVersioning } from "../policies/trailBucketVersioning";
import { FakeResource, validateStack } from "./harness";
import { foundation, named } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const proxy = require("@pulumi/policy/proxy");

function inPreview(r: FakeResource, unknownInputs: string[]): void {
    const raw = { ...r.props };
    unknownInputs.forEach(k => { raw[k] = proxy.unknownStringValue; });
    r.props = proxy.unknownCheckingProxy(raw);
}

describe("in preview, with unknown inputs", () => {
    it("joins a companion whose bucket input is unknown through its dependency", async () => {
        const stack = foundation();
        inPreview(named(stack, "trail-bucket-versioning"), ["bucket"]);
        assert.deepEqual(await validateStack(trailBucketVersioning, stack), []);
        named(stack, "trail-bucket-versioning").props.versioningConfiguration.status = "Suspended";
        assert.equal((await validateStack(trailBucketVersioning, stack) as unknown[]).length, 1);
    });
    it("defers a bucket check whose input is unknown instead of reporting it", async () => {
        const stack = foundation();
        const sse = named(stack, "trail-bucket-sse");
        sse.props.rules = [{ applyServerSideEncryptionByDefault: proxy.unknownCheckingProxy({ sseAlgorithm: "aws:kms", kmsMasterKeyId: proxy.unknownStringValue }) }];
        assert.deepEqual(await validateStack(trailBucketSseKms, stack), []);
    });
    it("counts alarm actions whose topic ARN is still unknown", async () => {
        const stack = foundation();
        inPreview(named(stack, "root-usage-alarm"), ["alarmActions"]);
        assert.deepEqual(await validateStack(metricFilterHasAlarm, stack), []);
    });
});
