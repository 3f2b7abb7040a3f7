package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.GuardedResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Generated guarded-resource rules against the reconstructed hand-written seed patterns (detect/guarded/README.md). */
class GuardedResourceEquivalenceTest {

    private static final String ACCOUNT = "111122223333";
    private static final String OTHER_ACCOUNT = "444455556666";
    private static final String REGION = "eu-west-1";

    private static final GuardedResource MY_LAMBDA = new GuardedResource(
            "arn:aws:lambda:eu-west-1:111122223333:function:MyLambda",
            Map.of("Invoke", List.of("arn:aws:iam::111122223333:role/service-role/StepFunctionsMyLambdaRole")));

    private static final GuardedResource TABLE = new GuardedResource(
            "arn:aws:dynamodb:eu-west-1:111122223333:table/SomeImportantDynamoDBTable",
            ordered("Query", List.of("arn:aws:iam::111122223333:role/ReportingRole", "arn:aws:iam::111122223333:role/AnalyticsRole"),
                    "PutItem", List.of("arn:aws:iam::111122223333:role/IngestRole"),
                    "DeleteItem", List.of("arn:aws:iam::111122223333:role/RetentionRole")));

    /** Who calls: the allowed roles, look-alikes in another account, other identities, and a service without an ARN. */
    private static final List<String> CALLERS = List.of(
            "role:111122223333:StepFunctionsMyLambdaRole", "role:111122223333:ReportingRole", "role:111122223333:AnalyticsRole",
            "role:111122223333:IngestRole", "role:111122223333:RetentionRole", "role:111122223333:DeveloperRole",
            "role:444455556666:ReportingRole", "role:444455556666:StepFunctionsMyLambdaRole",
            "user:111122223333:alice", "root:111122223333", "service:states.amazonaws.com");

    @Test
    @DisplayName("MyLambda: the generated rule fires exactly where the hand-written pattern fires")
    void myLambdaRuleEqualsHandWritten() throws IOException {
        List<String> ops = List.of("Invoke", "GetFunction", "UpdateFunctionCode20150331v2", "DeleteFunction20150331");
        List<String[]> resources = List.of(
                new String[] {ACCOUNT, REGION, "MyLambda"}, new String[] {ACCOUNT, REGION, "OtherLambda"},
                new String[] {OTHER_ACCOUNT, REGION, "MyLambda"}, new String[] {ACCOUNT, "us-east-1", "MyLambda"});
        assertEquivalent(MY_LAMBDA, "my-lambda.pattern", ops, resources, this::lambdaEvent);
    }

    @Test
    @DisplayName("SomeImportantDynamoDBTable: the generated rule fires exactly where the hand-written pattern fires")
    void tableRuleEqualsHandWritten() throws IOException {
        List<String> ops = List.of("Query", "PutItem", "DeleteItem", "GetItem", "UpdateItem", "Scan", "DescribeTable");
        List<String[]> resources = List.of(
                new String[] {ACCOUNT, REGION, "SomeImportantDynamoDBTable"}, new String[] {ACCOUNT, REGION, "OtherTable"},
                new String[] {OTHER_ACCOUNT, REGION, "SomeImportantDynamoDBTable"}, new String[] {ACCOUNT, "us-east-1", "SomeImportantDynamoDBTable"});
        assertEquivalent(TABLE, "some-important-table.pattern", ops, resources, this::tableEvent);
    }

    @Test
    @DisplayName("a configured IAM role, path included, is matched as its assumed-role session ARN")
    void rolesMapToAssumedRoleSessions() {
        assertEquals("arn:aws:sts::111122223333:assumed-role/StepFunctionsMyLambdaRole/*",
                GuardedResourceRules.principalPattern("arn:aws:iam::111122223333:role/service-role/StepFunctionsMyLambdaRole"));
        assertEquals("arn:aws:sts::*:assumed-role/Deploy*/*", GuardedResourceRules.principalPattern("arn:aws:iam::*:role/Deploy*"));
        assertEquals("arn:aws:iam::111122223333:user/alice", GuardedResourceRules.principalPattern("arn:aws:iam::111122223333:user/alice"));
    }

    private interface EventFactory {
        JsonNode event(String op, String caller, String[] resource, int variant);
    }

    private void assertEquivalent(GuardedResource guarded, String handWrittenFile, List<String> ops, List<String[]> resources,
            EventFactory events) throws IOException {
        CompiledPattern generated = GuardedResourceRules.rule(guarded).compile(Feed.TRAIL);
        CompiledPattern handWritten = FilterPattern.parse(read(handWrittenFile)).compile();
        List<String> differences = new ArrayList<>();
        int cells = 0;
        int fired = 0;
        for (String op : ops) {
            for (String caller : CALLERS) {
                for (String[] resource : resources) {
                    for (int variant = 0; variant < 2; variant++) {
                        JsonNode e = events.event(op, caller, resource, variant);
                        boolean g = generated.matches(e);
                        cells++;
                        fired += g ? 1 : 0;
                        if (g != handWritten.matches(e)) {
                            differences.add(op + " by " + caller + " on " + String.join("/", resource) + " v" + variant + ": generated " + g);
                        }
                    }
                }
            }
        }
        System.out.printf("%s: %d cells, generated rule fires on %d, differences %d%n", handWrittenFile, cells, fired, differences.size());
        assertEquals(List.of(), differences);
        assertTrue(fired > 0 && fired < cells, "the matrix must hold both firing and quiet cells");
        String allowedOp = guarded.allow().keySet().iterator().next();
        String allowedCaller = "role:111122223333:" + guarded.allow().get(allowedOp).get(0).replaceAll(".*/", "");
        String[] target = {guarded.accountId(), guarded.region(), guarded.resourceName()};
        assertFalse(generated.matches(events.event(allowedOp, allowedCaller, target, 0)), "allowed use must be quiet");
        assertTrue(generated.matches(events.event(allowedOp, "role:111122223333:DeveloperRole", target, 0)), "other caller must fire");
    }

    private JsonNode lambdaEvent(String op, String caller, String[] r, int variant) {
        ObjectNode e = base("lambda.amazonaws.com", op, caller, r);
        String arn = "arn:aws:lambda:" + r[1] + ":" + r[0] + ":function:" + r[2];
        e.putObject("requestParameters").put("functionName", variant == 0 ? arn : r[2]);
        if (op.equals("Invoke")) {
            e.putArray("resources").addObject().put("accountId", r[0]).put("type", "AWS::Lambda::Function").put("ARN", arn);
        }
        return e;
    }

    private JsonNode tableEvent(String op, String caller, String[] r, int variant) {
        ObjectNode e = base("dynamodb.amazonaws.com", op, caller, r);
        String arn = "arn:aws:dynamodb:" + r[1] + ":" + r[0] + ":table/" + r[2];
        ObjectNode params = e.putObject("requestParameters").put("tableName", r[2]);
        if (variant == 1) {
            params.putObject("key").putObject("pk").put("S", "customer#1");
        }
        e.putArray("resources").addObject().put("accountId", r[0]).put("type", "AWS::DynamoDB::Table").put("ARN", arn);
        return e;
    }

    private static ObjectNode base(String source, String op, String caller, String[] r) {
        ObjectNode e = Events.mapper().createObjectNode();
        e.put("eventVersion", "1.09").put("eventSource", source).put("eventName", op).put("awsRegion", r[1])
                .put("recipientAccountId", r[0]).put("eventType", "AwsApiCall");
        ObjectNode who = e.putObject("userIdentity");
        String[] c = caller.split(":");
        switch (c[0]) {
            case "role" -> who.put("type", "AssumedRole").put("arn", "arn:aws:sts::" + c[1] + ":assumed-role/" + c[2] + "/session-1")
                    .put("accountId", c[1]);
            case "user" -> who.put("type", "IAMUser").put("arn", "arn:aws:iam::" + c[1] + ":user/" + c[2]).put("accountId", c[1]);
            case "root" -> who.put("type", "Root").put("arn", "arn:aws:iam::" + c[1] + ":root").put("accountId", c[1]);
            default -> who.put("type", "AWSService").put("invokedBy", caller.substring("service:".length()));
        }
        return e;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = GuardedResourceEquivalenceTest.class.getResourceAsStream("/detect/guarded/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<String>> ordered(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> v = (List<String>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return m;
    }
}
