import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { memberStackSetInvariants } from "../policies/memberStackSetInvariants";
import { T } from "../lib/resources";
import { validateResource, Violation } from "./harness";

const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);

// As the plan records trailguard's StackSet (stack/StackSetProfiles, stackset/MemberStackSets).
const stackSet = () => ({
    type: T.stackSet, name: "member-stacksets-workloads",
    props: {
        name: "trailguard-members-workloads", permissionModel: "SERVICE_MANAGED", callAs: "SELF",
        autoDeployment: { enabled: true, retainStacksOnAccountRemoval: true }, capabilities: ["CAPABILITY_NAMED_IAM"],
    } as Record<string, any>,
});
const instance = () => ({
    type: T.stackSetInstance, name: "member-stacksets-workloads-eu-west-1",
    props: { stackSetName: "trailguard-members-workloads", region: "eu-west-1", retainStack: true,
        deploymentTargets: { organizationalUnitIds: ["ou-dev1-workload1"] } } as Record<string, any>,
});

describe("member-stackset-invariants", () => {
    it("passes a service-managed, auto-deployed StackSet that retains stacks", async () => {
        assert.deepEqual(await validateResource(memberStackSetInvariants, stackSet()), []);
        assert.deepEqual(await validateResource(memberStackSetInvariants, instance()), []);
    });
    it("flags a self-managed StackSet (no OU targets, no automatic deployment)", async () => {
        const s = stackSet();
        s.props.permissionModel = "SELF_MANAGED";
        assert.match(messages(await validateResource(memberStackSetInvariants, s))[0], /permissionModel must be SERVICE_MANAGED/);
        delete s.props.permissionModel;
        assert.match(messages(await validateResource(memberStackSetInvariants, s))[0], /unset \(SELF_MANAGED\)/);
    });
    it("flags automatic deployment off or missing", async () => {
        const s = stackSet();
        s.props.autoDeployment.enabled = false;
        assert.deepEqual(messages(await validateResource(memberStackSetInvariants, s)).length, 1);
        delete s.props.autoDeployment;
        assert.deepEqual(messages(await validateResource(memberStackSetInvariants, s)).length, 2);
    });
    it("flags stacks deleted when an account leaves the OU", async () => {
        const s = stackSet();
        s.props.autoDeployment.retainStacksOnAccountRemoval = false;
        assert.match(messages(await validateResource(memberStackSetInvariants, s))[0], /retainStacksOnAccountRemoval/);
    });
    it("flags an instance whose removal deletes the stacks", async () => {
        const i = instance();
        i.props.retainStack = false;
        assert.match(messages(await validateResource(memberStackSetInvariants, i))[0], /retainStack must be true/);
        delete i.props.retainStack;
        assert.equal(messages(await validateResource(memberStackSetInvariants, i)).length, 1);
    });
    it("does not apply to other types", async () => {
        assert.equal(await validateResource(memberStackSetInvariants, { type: T.topic, name: "t", props: {} }), "not applicable");
    });
});
