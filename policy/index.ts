import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies/all";

// Constructing the pack starts the analyzer's gRPC server, which never exits: only the Pulumi CLI loads this file.
new PolicyPack("trailguard", {
    description: "trailguard's security invariants: evidence bucket, keys, organization trail, detection, alerting, SCPs.",
    enforcementLevel: "mandatory",
    policies,
});
