package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a stack value may be a Pulumi secret: only the address of an email or https alert route. Everything else
 * becomes resource names, ARNs and policy documents, which the engine keeps in plain text in its state and the
 * providers send to AWS as they are; a Lambda or SQS endpoint is an ARN that also names a permission or queue policy.
 *
 * <p>A stack file marks the value itself ({@code secure:}); the engine marks the whole top-level key
 * ({@code PULUMI_CONFIG_SECRET_KEYS}, set for an object when any value in it is secure: pulumi/pulumi
 * sdk/go/common/resource/config map.go), so under the engine the rule is checked per key.
 */
final class SecretPlacement {

    private SecretPlacement() {}

    static final String ALERTING = KeyPath.NAMESPACE + "alerting";
    private static final Pattern ENDPOINT = Pattern.compile("/" + Pattern.quote(ALERTING) + "/routes/([^/]+)/(\\d+)/endpoint");
    private static final Set<String> SECRET_PROTOCOLS = Set.of("email", "https");
    private static final String WHERE = "only alerting.routes.<severity>[i].endpoint of an email or https route may be a secret"
            + " (other values become resource names, ARNs and policies, kept in plain text)";

    /** Secrets outside an email or https endpoint, one error each. */
    static List<ConfigError> check(ConfigTree tree, Set<String> engineSecretKeys) {
        List<ConfigError> out = new ArrayList<>();
        for (String pointer : tree.secrets().stream().sorted().toList()) {
            Matcher m = ENDPOINT.matcher(pointer);
            JsonNode protocol = m.matches()
                    ? tree.config().path(ALERTING).path("routes").path(m.group(1)).path(Integer.parseInt(m.group(2))).path("protocol")
                    : null;
            if (protocol == null || !SECRET_PROTOCOLS.contains(protocol.asText())) {
                out.add(new ConfigError(path(pointer), "may not be a secret", WHERE, tree.lineOf(pointer)));
            }
        }
        for (String key : engineSecretKeys.stream().sorted().toList()) {
            if (key.startsWith(KeyPath.NAMESPACE) && !key.equals(ALERTING)) {
                out.add(new ConfigError(key, "holds a secret", WHERE));
            }
        }
        return out;
    }

    /** The top-level keys that hold a secret, by either marking. */
    static Set<String> sections(ConfigTree tree, Set<String> engineSecretKeys) {
        Set<String> out = new LinkedHashSet<>(engineSecretKeys);
        for (String pointer : tree.secrets()) {
            int end = pointer.indexOf('/', 1);
            out.add(unescape(end < 0 ? pointer.substring(1) : pointer.substring(1, end)));
        }
        return out;
    }

    private static String path(String pointer) {
        List<Object> elements = new ArrayList<>();
        for (String token : pointer.substring(1).split("/")) {
            String t = unescape(token);
            elements.add(!elements.isEmpty() && t.matches("\\d+") ? (Object) Integer.parseInt(t) : t);
        }
        return KeyPath.fromConfigElements(elements).toString();
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
