package io.trailguard.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Reads a provider's account and region back from its registered inputs (the engine sees them as strings). */
final class ProviderInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderInputs() {}

    /** Where a provider acts: its only allowed account and its region; both empty for no provider. */
    record Location(String account, String region) {
        static final Location NONE = new Location("", "");
    }

    /** The provider's only allowed account and its region. */
    static Location accountAndRegion(Map<String, Object> inputs) {
        String region = String.valueOf(inputs.getOrDefault("region", ""));
        Object allowed = inputs.get("allowedAccountIds");
        String account = "";
        try {
            if (allowed instanceof List<?> l && !l.isEmpty()) {
                account = String.valueOf(l.get(0));
            } else if (allowed instanceof String s) {
                List<?> l = JSON.readValue(s, List.class);
                account = l.isEmpty() ? "" : String.valueOf(l.get(0));
            }
        } catch (Exception e) {
            account = "";
        }
        return new Location(account, region);
    }

    /** The provider's Pulumi name from a provider reference {@code <urn>::<id>}. */
    static String providerName(String reference) {
        if (reference == null || reference.isEmpty()) {
            return "";
        }
        String urn = reference.contains("::") ? reference.substring(0, reference.lastIndexOf("::")) : reference;
        return urn.substring(urn.lastIndexOf("::") + 2);
    }
}
