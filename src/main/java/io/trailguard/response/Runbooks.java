package io.trailguard.response;

import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.iam.Arns;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import io.trailguard.trail.TrailSelectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The runbook of each action, for one account. */
public final class Runbooks {

    /** The policy name AWS's console uses when it revokes a role's sessions. */
    static final String REVOKE_POLICY_NAME = "AWSRevokeOlderSessions";
    static final String ISO_8601_UTC = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$";
    static final String ROLE_NAME = "^[\\w+=,.@-]{1,64}$";
    static final String USER_NAME = "^[\\w+=,.@-]{1,64}$";
    static final String LONG_TERM_ACCESS_KEY_ID = "^AKIA[A-Z0-9]{16}$";

    private Runbooks() {}

    /** @param selectors the account trail's configured advanced event selectors (restart-logging re-applies them) */
    public static Runbook of(Action action, ResponseContext ctx, List<TrailSelectors.Selector> selectors) {
        String name = Names.responseRunbookName(action.id());
        String role = Arns.role(ctx.accountId(), Names.responseRunbookRoleName(action.id()));
        return switch (action) {
            case RESTART_LOGGING -> {
                if (ctx.trail() == null) {
                    throw new IllegalArgumentException("account " + ctx.accountId() + " has no trailguard trail to restart");
                }
                String trailNames = "^(" + literal(ctx.trail().name()) + "|" + literal(ctx.trail().arn()) + ")$";
                yield new Runbook(name, "trailguard: restart logging on the account trail and re-apply its configured event selectors", role,
                        Map.of("TrailName", new Runbook.Parameter("The trail as the StopLogging or PutEventSelectors request named it", trailNames)),
                        List.of(new Runbook.Step("StartLogging", "cloudtrail", "StartLogging", Map.of("Name", "{{ TrailName }}")),
                                new Runbook.Step("ReapplyEventSelectors", "cloudtrail", "PutEventSelectors", Map.of(
                                        "TrailName", "{{ TrailName }}",
                                        "AdvancedEventSelectors", advancedSelectors(selectors)))));
            }
            case REVOKE_SESSIONS -> new Runbook(name, "trailguard: deny every session of the acting role issued before the event"
                    + " (AWS's revoke-sessions policy)", role,
                    params("RoleName", "The role whose session acted (userIdentity.sessionContext.sessionIssuer.userName)", ROLE_NAME,
                            "EventTime", "The event's time (eventTime, ISO 8601 UTC)", ISO_8601_UTC),
                    List.of(new Runbook.Step("RevokeOlderSessions", "iam", "PutRolePolicy", Map.of(
                            "RoleName", "{{ RoleName }}",
                            "PolicyName", REVOKE_POLICY_NAME,
                            "PolicyDocument", revokePolicy("{{ EventTime }}").toJson()))));
            case QUARANTINE_ACCESS_KEY -> new Runbook(name, "trailguard: deactivate the IAM user's access key that acted", role,
                    params("UserName", "The IAM user (userIdentity.userName)", USER_NAME,
                            "AccessKeyId", "The long-term access key used (userIdentity.accessKeyId)", LONG_TERM_ACCESS_KEY_ID),
                    List.of(new Runbook.Step("DeactivateAccessKey", "iam", "UpdateAccessKey", Map.of(
                            "UserName", "{{ UserName }}",
                            "AccessKeyId", "{{ AccessKeyId }}",
                            "Status", "Inactive"))));
        };
    }

    /**
     * AWS's documented revoke pattern (IAM user guide, "Revoke IAM role temporary security credentials",
     * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html): deny everything to sessions
     * whose token was issued before the given time.
     */
    public static PolicyDocument revokePolicy(String issuedBefore) {
        return PolicyDocument.of(Statement.deny("RevokeOlderSessions")
                .actions("*")
                .resources("*")
                .condition("DateLessThan", "aws:TokenIssueTime", issuedBefore)
                .build());
    }

    /** A regex matching exactly {@code s}, with plain backslash escapes (no {@code \\Q...\\E}, which not every engine reads). */
    static String literal(String s) {
        return s.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }

    private static Map<String, Runbook.Parameter> params(String a, String aDesc, String aPattern, String b, String bDesc, String bPattern) {
        Map<String, Runbook.Parameter> m = new LinkedHashMap<>();
        m.put(a, new Runbook.Parameter(aDesc, aPattern));
        m.put(b, new Runbook.Parameter(bDesc, bPattern));
        return m;
    }

    /** The selectors in the PutEventSelectors request's shape (CloudTrail API reference, AdvancedEventSelector). */
    static List<Map<String, Object>> advancedSelectors(List<TrailSelectors.Selector> selectors) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrailSelectors.Selector s : selectors) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (TrailSelectors.Field f : s.fields()) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("Field", f.field());
                field.put(switch (f.operator()) {
                    case "equals" -> "Equals";
                    case "startsWith" -> "StartsWith";
                    case "notEquals" -> "NotEquals";
                    case "notStartsWith" -> "NotStartsWith";
                    default -> throw new IllegalArgumentException("selector operator " + f.operator());
                }, f.values());
                fields.add(field);
            }
            Map<String, Object> selector = new LinkedHashMap<>();
            selector.put("Name", s.name());
            selector.put("FieldSelectors", fields);
            out.add(selector);
        }
        return out;
    }
}
