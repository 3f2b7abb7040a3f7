package io.trailguard.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement principal: {@code "*"} or a map of kind ({@code AWS}, {@code Service}, {@code Federated})
 * to identifiers.
 */
public record Principal(boolean wildcard, Map<String, List<String>> entries) {

    public static final Principal ANYONE = new Principal(true, Map.of());

    public static Principal service(String... services) {
        return of("Service", List.of(services));
    }

    public static Principal aws(String... arnsOrAccounts) {
        return of("AWS", List.of(arnsOrAccounts));
    }

    public static Principal aws(List<String> arnsOrAccounts) {
        return of("AWS", arnsOrAccounts);
    }

    private static Principal of(String kind, List<String> ids) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(kind, List.copyOf(ids));
        return new Principal(false, m);
    }
}
