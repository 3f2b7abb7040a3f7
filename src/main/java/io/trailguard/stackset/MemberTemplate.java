package io.trailguard.stackset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.member.MemberSpecs;
import io.trailguard.member.MemberTypes;
import io.trailguard.member.ResourceSpec;
import io.trailguard.member.ResourceSpec.Ref;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A profile's member monitoring as a CloudFormation template: the {@link ResourceSpec}s {@link MemberSpecs} makes for
 * an account whose id is {@link MemberSpecs#TEMPLATE_ACCOUNT_ID}, written {@code ${AWS::AccountId}}, each declared with its CloudFormation type and properties
 * ({@link CfnTypes}). Strings holding the account id become {@code Fn::Sub}; a {@link Ref} becomes {@code Ref} or
 * {@code Fn::GetAtt} (intrinsic function reference, docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/
 * intrinsic-function-reference.html). A feed spanning several regions (EventBridge) deploys the same template to each:
 * each resource carries the {@code Condition} of its region, and a reference to a resource of another region's stack
 * is written as that resource's ARN (its name is fixed), since a stack cannot {@code Ref} another stack's resource.
 */
public final class MemberTemplate {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FORMAT_VERSION = "2010-09-09";

    private final Map<String, Object> template;
    private final String body;

    private MemberTemplate(Map<String, Object> template) {
        this.template = template;
        try {
            this.body = JSON.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MemberTemplate render(String description, List<ResourceSpec> specs) {
        Map<String, ResourceSpec> byId = new LinkedHashMap<>();
        specs.forEach(s -> byId.put(s.id(), s));
        Set<String> regions = new TreeSet<>();
        specs.forEach(s -> regions.add(s.region()));
        boolean conditioned = regions.size() > 1;
        LogicalIds ids = new LogicalIds(specs);

        Map<String, List<ResourceSpec>> targetsByRule = new LinkedHashMap<>();
        for (ResourceSpec s : specs) {
            if (s.type().equals(MemberTypes.EVENT_TARGET)) {
                targetsByRule.computeIfAbsent(((Ref) s.inputs().get("rule")).id(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        for (ResourceSpec s : specs) {
            if (s.type().equals(MemberTypes.EVENT_TARGET)) {
                continue;
            }
            Map<String, Object> inputs = new LinkedHashMap<>(s.inputs());
            Object topicPolicy = s.type().equals(MemberTypes.TOPIC) ? inputs.remove("policy") : null;
            Values values = new Values(s, byId, ids);
            Map<String, Object> props = values.properties(s.type(), inputs);
            Set<String> dependsOn = new LinkedHashSet<>(s.dependsOn());
            if (s.type().equals(MemberTypes.EVENT_RULE)) {
                List<Object> targets = new ArrayList<>();
                for (ResourceSpec t : targetsByRule.getOrDefault(s.id(), List.of())) {
                    Map<String, Object> ti = new LinkedHashMap<>(t.inputs());
                    ti.remove("rule");
                    targets.add(new Values(t, byId, ids).properties(t.type(), ti));
                    dependsOn.addAll(t.dependsOn());
                }
                props.put("Targets", targets);
            }
            resources.put(ids.of(s.id()), resource(CfnTypes.of(s.type()).cfnType(), s, conditioned, dependsOn, byId, ids, props));
            if (topicPolicy != null) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("PolicyDocument", values.document((String) topicPolicy));
                p.put("Topics", List.of(Map.of("Ref", ids.of(s.id()))));
                resources.put(ids.of(s.id()) + "Policy", resource(CfnTypes.TOPIC_POLICY, s, conditioned, Set.of(), byId, ids, p));
            }
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", FORMAT_VERSION);
        t.put("Description", description);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (ResourceSpec s : specs) {
            s.inputs().values().stream().filter(v -> v instanceof ResourceSpec.External).map(v -> ((ResourceSpec.External) v).name())
                    .forEach(n -> parameters.put(n, MemberSpecs.inputs("Type", "String", "Description", "set by trailguard on the StackSet")));
        }
        if (!parameters.isEmpty()) {
            t.put("Parameters", parameters);
        }
        if (conditioned) {
            Map<String, Object> conditions = new LinkedHashMap<>();
            regions.forEach(r -> conditions.put(condition(r), Map.of("Fn::Equals", List.of(Map.of("Ref", "AWS::Region"), r))));
            t.put("Conditions", conditions);
        }
        t.put("Resources", resources);
        return new MemberTemplate(t);
    }

    private static Map<String, Object> resource(String type, ResourceSpec s, boolean conditioned, Set<String> dependsOn,
                                                Map<String, ResourceSpec> byId, LogicalIds ids, Map<String, Object> props) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Type", type);
        if (conditioned) {
            r.put("Condition", condition(s.region()));
        }
        // Only resources of the same stack (region) can be waited for; another region's stack is ordered by the rollout.
        List<String> deps = dependsOn.stream().filter(byId::containsKey).filter(d -> byId.get(d).region().equals(s.region()))
                .map(d -> ids.of(targetOf(d, byId))).distinct().toList();
        if (!deps.isEmpty()) {
            r.put("DependsOn", deps);
        }
        if (s.retainOnDelete()) {
            // Evidence stays when a stack instance is deleted (DeletionPolicy / UpdateReplacePolicy attributes).
            r.put("DeletionPolicy", "Retain");
            r.put("UpdateReplacePolicy", "Retain");
        }
        r.put("Properties", props);
        return r;
    }

    // An event target is declared inside its rule.
    private static String targetOf(String id, Map<String, ResourceSpec> byId) {
        ResourceSpec s = byId.get(id);
        return s.type().equals(MemberTypes.EVENT_TARGET) ? ((Ref) s.inputs().get("rule")).id() : id;
    }

    /** The template as data, before it is serialised. */
    Map<String, Object> tree() {
        return template;
    }

    static String condition(String region) {
        return "In" + LogicalIds.camel(region);
    }

    /** The template as CloudFormation reads it: minified JSON. */
    public String body() {
        return body;
    }

    public Map<String, Object> asMap() {
        return template;
    }

    public int sizeBytes() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The template's parameters, which the StackSet sets ({@link ResourceSpec.External}). */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> parameters() {
        return ((Map<String, Object>) template.getOrDefault("Parameters", Map.of())).keySet();
    }

    @SuppressWarnings("unchecked")
    public int resourceCount() {
        return ((Map<String, Object>) template.get("Resources")).size();
    }

    /** SHA-256 of the body: the template object's key, so a rollout shows as a new key in a preview. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values of one resource: account id variables, references and JSON documents in CloudFormation's form. */
    private record Values(ResourceSpec spec, Map<String, ResourceSpec> byId, LogicalIds ids) {

        Map<String, Object> properties(String type, Map<String, Object> inputs) {
            Set<String> documents = CfnTypes.of(type).jsonDocuments();
            Map<String, Object> converted = new LinkedHashMap<>();
            inputs.forEach((k, v) -> converted.put(k, documents.contains(k) ? document((String) v) : value(v)));
            return new LinkedHashMap<>(CfnTypes.properties(type, converted));
        }

        Object document(String json) {
            try {
                return value(JSON.readValue(json, Object.class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(spec.id() + ": not a JSON document", e);
            }
        }

        @SuppressWarnings("unchecked")
        Object value(Object v) {
            if (v instanceof ResourceSpec.External e) {
                return Map.of("Ref", e.name());
            } else if (v instanceof Ref r) {
                return ref(r);
            } else if (v instanceof String s) {
                return s.contains(MemberSpecs.TEMPLATE_ACCOUNT_ID)
                        ? Map.of("Fn::Sub", escapedForSub(s).replace(MemberSpecs.TEMPLATE_ACCOUNT_ID, MemberSpecs.ACCOUNT_ID_VARIABLE)) : s;
            } else if (v instanceof List<?> l) {
                return l.stream().map(this::value).toList();
            } else if (v instanceof Map<?, ?> m) {
                // A map with no order of its own (Map.of iterates differently in every JVM) is written sorted, so the
                // body, and the hash that names its S3 object, is the same on every run.
                Map<String, Object> out = m instanceof LinkedHashMap<?, ?> || m instanceof java.util.SortedMap<?, ?>
                        ? new LinkedHashMap<>() : new java.util.TreeMap<>();
                ((Map<String, Object>) m).forEach((k, x) -> out.put(k, value(x)));
                return out;
            }
            return v;
        }

        private Object ref(Ref r) {
            ResourceSpec target = byId.get(r.id());
            if (target == null) {
                throw new IllegalArgumentException(spec.id() + " refers to " + r.id() + ", which is not in the template");
            }
            if (!target.region().equals(spec.region())) {
                if (target.type().equals(MemberTypes.ROLE) && r.attribute().equals(Ref.ARN)) {
                    return value("arn:aws:iam::" + MemberSpecs.TEMPLATE_ACCOUNT_ID + ":role/" + target.inputs().get("name"));
                }
                throw new IllegalArgumentException(spec.id() + " refers to " + r.id() + " in another region's stack");
            }
            String logical = ids.of(r.id());
            return switch (r.attribute()) {
                // Ref of AWS::KMS::Key is the key id, of AWS::IAM::Role the role name, of AWS::Events::Rule the rule name.
                case Ref.KEY_ID, Ref.NAME -> Map.of("Ref", logical);
                case Ref.ARN -> target.type().equals(MemberTypes.TOPIC) ? Map.of("Ref", logical)
                        : Map.of("Fn::GetAtt", List.of(logical, "Arn"));
                default -> throw new IllegalArgumentException(spec.id() + ": attribute " + r.attribute());
            };
        }
    }

    /** Fn::Sub reads {@code ${X}} as a variable: a literal {@code ${} is written {@code ${!} (Fn::Sub reference). */
    static String escapedForSub(String s) {
        return s.replace("${", "${!");
    }
}
