package io.trailguard.stack;

import io.trailguard.config.AwsLimits;
import io.trailguard.config.ConfigError;
import io.trailguard.config.KeyPath;
import io.trailguard.config.StackConfig;
import io.trailguard.config.StackSetProfile;
import io.trailguard.stackset.MemberTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each profile's rendered template against CloudFormation's limits ({@link AwsLimits}, "Understand CloudFormation
 * quotas"): the body of a template in S3 and the resources per template. The inline 51,200-byte limit does not bind: a
 * larger template goes through S3.
 */
final class StackSetLimits {

    private StackSetLimits() {}

    static List<ConfigError> check(StackConfig c) {
        List<ConfigError> out = new ArrayList<>();
        if (!StackSetProfiles.used(c)) {
            return out;
        }
        List<StackSetProfile> profiles = c.members().stackSet().profiles();
        for (int i = 0; i < profiles.size(); i++) {
            String at = KeyPath.of("members").key("stackset").key("profiles").index(i).toString();
            MemberTemplate t = StackSetProfiles.profile(c, profiles.get(i)).template();
            if (t.sizeBytes() > AwsLimits.STACKSET_TEMPLATE_URL_MAX_BYTES) {
                out.add(new ConfigError(at, "the profile's template is " + t.sizeBytes() + " bytes, over CloudFormation's "
                        + AwsLimits.STACKSET_TEMPLATE_URL_MAX_BYTES + " for a template in S3", "deploy fewer rules in this profile (ruleSets, disabledRules), or split its OUs over two profiles"));
            }
            if (t.resourceCount() > AwsLimits.STACKSET_RESOURCES_PER_TEMPLATE) {
                out.add(new ConfigError(at, "the profile's template declares " + t.resourceCount() + " resources, over CloudFormation's "
                        + AwsLimits.STACKSET_RESOURCES_PER_TEMPLATE + " per template", "deploy fewer rules in this profile (each rule is a metric filter and an alarm)"));
            }
        }
        return out;
    }
}
