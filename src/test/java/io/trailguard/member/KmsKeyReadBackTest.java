package io.trailguard.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key reference a provider reads back as a key ARN is given as a key ARN. CloudTrail stores the key ARN even
 * when CreateTrail/UpdateTrail got an alias, so an alias in {@code kmsKeyId} shows a change on every preview
 * (hashicorp/terraform-provider-aws#33928, #694); CloudWatch Logs' AssociateKmsKey takes only a key ARN
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateKmsKey.html); SNS topics are held
 * to the same rule so that no key reference depends on an alias.
 */
class KmsKeyReadBackTest {

    /** The input of each type that names a KMS key. */
    private static final Map<String, String> KEY_INPUTS = Map.of(
            Types.TRAIL, "kmsKeyId",
            Types.LOG_GROUP, "kmsKeyId",
            Types.TOPIC, "kmsMasterKeyId");

    private static final Pattern KEY_ARN = Pattern.compile("arn:aws:kms:[a-z0-9-]+:\\d{12}:key/[^/:]+");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noTrailLogGroupOrTopicNamesItsKeyByAlias(String stack) {
        Plan plan = StackPlans.plan(stack);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (PlannedResource r : plan.cloudResources()) {
            String input = KEY_INPUTS.get(r.type());
            Object value = input == null ? null : r.inputs().get(input);
            if (value != null) {
                checked++;
                if (!KEY_ARN.matcher(String.valueOf(value)).matches()) {
                    wrong.add(r.urn() + " " + input + " = " + value);
                }
            }
        }
        assertEquals(List.of(), wrong, "key references that are not key ARNs");
        assertTrue(plan.ofType(Types.TRAIL).stream().filter(t -> t.name().startsWith("member-")).allMatch(t -> t.inputs().containsKey("kmsKeyId")),
                "every account trail encrypts with a key");
        assertTrue(checked > plan.ofType(Types.TRAIL).size(), "trails and topics were checked: " + checked);
    }
}
