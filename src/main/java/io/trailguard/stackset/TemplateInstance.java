package io.trailguard.stackset;

import io.trailguard.member.MemberSpecs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template becomes in one account and region, as CloudFormation evaluates it before creating anything: each
 * {@code Fn::Sub} with the account id substituted ({@code ${!x}} back to {@code ${x}}), and only the resources whose
 * {@code Condition} holds in that region. References ({@code Ref}, {@code Fn::GetAtt}) stay: they resolve only when the
 * resources exist.
 */
public final class TemplateInstance {

    private TemplateInstance() {}

    /** @return logical id to the resource (Type, Properties ...) as deployed in that account and region */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> resources(MemberTemplate template, String accountId, String region) {
        Map<String, Object> t = template.asMap();
        Map<String, Object> conditions = (Map<String, Object>) t.getOrDefault("Conditions", Map.of());
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        ((Map<String, Object>) t.get("Resources")).forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            String condition = (String) res.get("Condition");
            if (condition == null || holds(conditions.get(condition), region)) {
                out.put(id, (Map<String, Object>) resolve(res, accountId));
            }
        });
        return out;
    }

    // The template's only conditions are Fn::Equals [Ref AWS::Region, <region>].
    @SuppressWarnings("unchecked")
    private static boolean holds(Object condition, String region) {
        List<Object> eq = (List<Object>) ((Map<String, Object>) condition).get("Fn::Equals");
        return eq.get(1).equals(region);
    }

    @SuppressWarnings("unchecked")
    static Object resolve(Object v, String accountId) {
        if (v instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey("Fn::Sub")) {
                return substitute((String) m.get("Fn::Sub"), accountId);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(k, resolve(x, accountId)));
            return out;
        } else if (v instanceof List<?> l) {
            return l.stream().map(x -> resolve(x, accountId)).toList();
        }
        return v;
    }

    private static String substitute(String s, String accountId) {
        return s.replace(MemberSpecs.ACCOUNT_ID_VARIABLE, accountId).replace("${!", "${");
    }
}
