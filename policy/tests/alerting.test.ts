import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { topicEncrypted } from "../policies/topicEncrypted";
import { topicPolicyConditionScoped } from "../policies/topicPolicyConditionScoped";
import { validateResource, Violation } from "./harness";
import { foundation, named, withPolicy } from "./fixtures";

const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);
const topic = () => named(foundation(), "critical-topic");
const topicPolicy = () => named(foundation(), "critical-topic-policy");

describe("topic-encrypted", () => {
    it("passes a topic with a customer-managed key", async () => {
        assert.deepEqual(await validateResource(topicEncrypted, topic()), []);
    });
    it("flags an unencrypted topic", async () => {
        const t = topic();
        delete t.props.kmsMasterKeyId;
        assert.deepEqual(messages(await validateResource(topicEncrypted, t)), ["kmsMasterKeyId must name a customer-managed KMS key"]);
    });
    it("flags the AWS-managed SNS key, which CloudWatch cannot use", async () => {
        const t = topic();
        t.props.kmsMasterKeyId = "alias/aws/sns";
        assert.match(messages(await validateResource(topicEncrypted, t))[0], /AWS-managed/);
    });
});

describe("topic-policy-condition-scoped", () => {
    it("passes cloudwatch.amazonaws.com scoped by aws:SourceOrgID and an account-scoped list grant", async () => {
        assert.deepEqual(await validateResource(topicPolicyConditionScoped, topicPolicy()), []);
    });
    it("flags a service grant without a condition", async () => {
        const p = withPolicy(topicPolicy(), d => { delete d.Statement[0].Condition; });
        assert.match(messages(await validateResource(topicPolicyConditionScoped, p))[0], /AlarmsOfTheOrganization: Allow to cloudwatch.amazonaws.com needs a condition/);
    });
    it("flags a service grant scoped by aws:PrincipalOrgID, which service principals do not carry", async () => {
        const p = withPolicy(topicPolicy(), d => { d.Statement[0].Condition = { StringEquals: { "aws:PrincipalOrgID": "o-dev1a2b3c4d" } }; });
        assert.equal(messages(await validateResource(topicPolicyConditionScoped, p)).length, 1);
    });
    it("flags a wildcard principal scoped only by a transport condition", async () => {
        const p = withPolicy(topicPolicy(), d => { d.Statement[1].Principal = "*"; d.Statement[1].Condition = { Bool: { "aws:SecureTransport": "true" } }; });
        assert.match(messages(await validateResource(topicPolicyConditionScoped, p))[0], /Principal \*/);
    });
    it("accepts a wildcard principal scoped by aws:PrincipalOrgID", async () => {
        const p = withPolicy(topicPolicy(), d => { d.Statement[1].Principal = "*"; d.Statement[1].Condition = { StringEquals: { "aws:PrincipalOrgID": "o-dev1a2b3c4d" } }; });
        assert.deepEqual(await validateResource(topicPolicyConditionScoped, p), []);
    });
    it("checks the inline policy of a Topic as well", async () => {
        const t = topic();
        t.props.policy = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sns:Publish", Resource: "*" }] });
        assert.equal(messages(await validateResource(topicPolicyConditionScoped, t)).length, 1);
    });
});
