import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { orgTrailHardened } from "../policies/orgTrailHardened";
import { T } from "../lib/resources";
import { validateResource, Violation } from "./harness";
import { foundation, named } from "./fixtures";

const orgTrail = () => named(foundation(), "organization-trail");
const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);

describe("org-trail-hardened", () => {
    it("passes the organization trail as trailguard builds it", async () => {
        assert.deepEqual(await validateResource(orgTrailHardened, orgTrail()), []);
    });
    for (const [property, value, expected] of [
        ["isMultiRegionTrail", false, /isMultiRegionTrail must be true/],
        ["includeGlobalServiceEvents", false, /includeGlobalServiceEvents/],
        ["enableLogFileValidation", undefined, /enableLogFileValidation must be true/],
        ["kmsKeyId", undefined, /kmsKeyId/],
        ["cloudWatchLogsGroupArn", undefined, /cloudWatchLogsGroupArn/],
        ["cloudWatchLogsRoleArn", "", /cloudWatchLogsRoleArn/],
        ["enableLogging", false, /enableLogging/],
    ] as [string, unknown, RegExp][]) {
        it(`flags ${property} = ${JSON.stringify(value)}`, async () => {
            const trail = orgTrail();
            trail.props[property] = value;
            const found = messages(await validateResource(orgTrailHardened, trail));
            assert.equal(found.length, 1);
            assert.match(found[0], expected);
        });
    }
    it("still guards the trail named trailguard-organization when isOrganizationTrail is switched off", async () => {
        const trail = orgTrail();
        trail.props.isOrganizationTrail = false;
        assert.deepEqual(messages(await validateResource(orgTrailHardened, trail)), ["isOrganizationTrail must be true (every account of the organization)"]);
    });
    it("honours a configured organization trail name", async () => {
        const trail = orgTrail();
        trail.props.name = "acme-org-trail";
        trail.props.isOrganizationTrail = false;
        assert.equal(await validateResource(orgTrailHardened, trail), "not applicable");
        assert.equal(messages(await validateResource(orgTrailHardened, trail, { organizationTrailName: "acme-org-trail" })).length, 1);
    });
    it("does not apply to a member account's own trail", async () => {
        const member = { type: T.trail, name: "account-trail", props: { name: "trailguard-account-trail", s3BucketName: "x", isMultiRegionTrail: true } };
        assert.equal(await validateResource(orgTrailHardened, member), "not applicable");
    });
});
