import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kmsKeyRotation } from "../policies/kmsKeyRotation";
import { trailKeyCloudTrailConditions } from "../policies/trailKeyCloudTrailConditions";
import { T } from "../lib/resources";
import { validateResource, Violation } from "./harness";
import { foundation, named, withPolicy } from "./fixtures";

const trailKey = () => named(foundation(), "trail-key");
const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);

describe("kms-key-rotation", () => {
    it("passes a key with rotation on", async () => {
        assert.deepEqual(await validateResource(kmsKeyRotation, trailKey()), []);
    });
    it("flags a key without rotation", async () => {
        const key = trailKey();
        key.props.enableKeyRotation = false;
        assert.deepEqual(messages(await validateResource(kmsKeyRotation, key)), ["enableKeyRotation must be true"]);
    });
    it("does not apply to asymmetric signing keys, which cannot rotate", async () => {
        const key = { type: T.kmsKey, name: "signing", props: { customerMasterKeySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" } };
        assert.equal(await validateResource(kmsKeyRotation, key), "not applicable");
    });
    it("does not apply to other types", async () => {
        assert.equal(await validateResource(kmsKeyRotation, named(foundation(), "trail-bucket")), "not applicable");
    });
});

describe("trail-key-cloudtrail-conditions", () => {
    it("passes AWS's CloudTrail template: encryption context and SourceArn", async () => {
        assert.deepEqual(await validateResource(trailKeyCloudTrailConditions, trailKey()), []);
    });
    it("flags a CloudTrail grant without the encryption-context condition", async () => {
        const key = withPolicy(trailKey(), d => { delete d.Statement[1].Condition.StringLike; });
        assert.match(messages(await validateResource(trailKeyCloudTrailConditions, key))[0], /StringLike kms:EncryptionContext:aws:cloudtrail:arn/);
    });
    it("flags a CloudTrail grant without aws:SourceArn", async () => {
        const key = withPolicy(trailKey(), d => { delete d.Statement[1].Condition.StringEquals; });
        assert.deepEqual(messages(await validateResource(trailKeyCloudTrailConditions, key)),
            ["statement CloudTrailEncrypt: kms:GenerateDataKey* for CloudTrail needs StringEquals aws:SourceArn = the trail ARN"
                + " (or, with StringEquals[IfExists] aws:SourceOrgID, ArnLike aws:SourceArn = arn:aws:cloudtrail:*:*:trail/<name>)"]);
    });
    it("flags a SourceArn that wildcards the trail", async () => {
        const key = withPolicy(trailKey(), d => { d.Statement[1].Condition.StringEquals["aws:SourceArn"] = "arn:aws:cloudtrail:eu-west-1:111111111111:trail/*"; });
        assert.equal(messages(await validateResource(trailKeyCloudTrailConditions, key)).length, 1);
    });
    it("checks a standalone KeyPolicy resource too", async () => {
        const policy = withPolicy({ type: T.kmsKeyPolicy, name: "p", props: { keyId: "k1", policy: trailKey().props.policy } },
            d => { d.Statement[1].Action = "kms:*"; d.Statement[1].Condition = {}; });
        assert.equal(messages(await validateResource(trailKeyCloudTrailConditions, policy)).length, 2);
    });
    it("passes the organization-scoped form for account trails: SourceOrgID plus one trail name", async () => {
        const key = withPolicy(trailKey(), d => {
            d.Statement[1].Condition = {
                StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:*:trail/trailguard-account-trail" },
                StringEquals: { "aws:SourceOrgID": "o-abcdef1234" },
                ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:*:trail/trailguard-account-trail" },
            };
        });
        assert.deepEqual(await validateResource(trailKeyCloudTrailConditions, key), []);
    });
    it("passes the organization scope checked only if present (CloudTrail is not documented to send SourceOrgID to KMS)", async () => {
        const key = withPolicy(trailKey(), d => {
            d.Statement[1].Condition = {
                StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:*:trail/trailguard-account-trail" },
                StringEqualsIfExists: { "aws:SourceOrgID": "o-abcdef1234" },
                ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:*:trail/trailguard-account-trail" },
            };
        });
        assert.deepEqual(await validateResource(trailKeyCloudTrailConditions, key), []);
    });
    it("flags any-account trails without the organization condition", async () => {
        const key = withPolicy(trailKey(), d => {
            d.Statement[1].Condition = {
                StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:*:trail/trailguard-account-trail" },
                ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:*:trail/trailguard-account-trail" },
            };
        });
        assert.equal(messages(await validateResource(trailKeyCloudTrailConditions, key)).length, 2);
    });
    it("flags an organization-scoped grant that wildcards the trail name", async () => {
        const key = withPolicy(trailKey(), d => {
            d.Statement[1].Condition = {
                StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:*:trail/*" },
                StringEquals: { "aws:SourceOrgID": "o-abcdef1234" },
                ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:*:trail/*" },
            };
        });
        assert.equal(messages(await validateResource(trailKeyCloudTrailConditions, key)).length, 2);
    });
    it("does not apply to a key that does not serve CloudTrail", async () => {
        const key = withPolicy(trailKey(), d => { d.Statement.pop(); });
        assert.equal(await validateResource(trailKeyCloudTrailConditions, key), "not applicable");
    });
});
