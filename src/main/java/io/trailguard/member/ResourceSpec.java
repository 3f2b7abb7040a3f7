package io.trailguard.member;

import java.util.List;
import java.util.Map;

/**
 * One resource of an account's monitoring as plain data: what the Pulumi component registers in {@code stacks} mode and
 * what a StackSet template declares in {@code stackset} mode, so neither writes a rule's resources on its own.
 *
 * @param id             unique in the account; the Pulumi name is {@code <scope>-<id>}, the template's logical id derives from it
 * @param type           Pulumi type token ({@link MemberTypes})
 * @param region         the region it lives in: the home region, or a forwarding region of the EventBridge feed
 * @param inputs         Pulumi input names to plain values (String, Integer, Double, Boolean, List, Map), JSON documents as
 *                       strings, and {@link Ref}s to another resource of the same account
 * @param dependsOn      ids of resources that must exist first
 * @param retainOnDelete evidence: never deleted by removing config (a retained log group)
 */
public record ResourceSpec(String id, String type, String region, Map<String, Object> inputs, List<String> dependsOn,
                           boolean retainOnDelete) {

    public ResourceSpec {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        dependsOn = List.copyOf(dependsOn);
    }

    /** An output of another resource of the account: its {@code arn}, {@code name} or (KMS key) {@code keyId}. */
    public record Ref(String id, String attribute) {
        public static final String ARN = "arn";
        public static final String NAME = "name";
        public static final String KEY_ID = "keyId";
    }

    /**
     * A value from outside the account's resources, known only at deploy time (the trail key's ARN, an output of the
     * foundation): the component's Output in stacks mode, a template parameter in stackset mode.
     */
    public record External(String name) {}

    @SuppressWarnings("unchecked")
    public <T> T input(String key) {
        return (T) inputs.get(key);
    }
}
