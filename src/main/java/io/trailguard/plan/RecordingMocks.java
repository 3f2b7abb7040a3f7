package io.trailguard.plan;

import com.pulumi.test.Mocks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mocks that answer every registration the way AWS would shape it (an id and an ARN in the provider's account
 * and region) and remember what was registered, so the plan can report inputs, providers and accounts.
 */
final class RecordingMocks implements Mocks {

    /** What the engine received for one resource. */
    record Registration(String type, String name, Map<String, Object> inputs, String providerRef) {}

    /** Keyed by {@code type::name}; Pulumi names are unique per type in trailguard. */
    final Map<String, Registration> registrations = new ConcurrentHashMap<>();

    /** Account and region of each provider, by provider name. */
    private final Map<String, ProviderInputs.Location> providers = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registrations.put(args.type + "::" + args.name, new Registration(args.type, args.name, args.inputs, args.provider));
        if (args.type.equals("pulumi:providers:aws")) {
            providers.put(args.name, ProviderInputs.accountAndRegion(args.inputs));
        }
        ProviderInputs.Location where = args.provider == null ? null : providers.get(ProviderInputs.providerName(args.provider));
        String account = where == null ? "000000000000" : where.account();
        String region = where == null ? "us-east-1" : where.region();
        Map<String, Object> state = new LinkedHashMap<>(args.inputs);
        String id = physicalName(args);
        state.putIfAbsent("arn", SyntheticArns.of(args.type, account, region, id));
        state.putIfAbsent("id", id);
        if (args.type.equals("aws:kms/key:Key")) {
            state.put("keyId", id);
        }
        return CompletableFuture.completedFuture(ResourceResult.of(java.util.Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(Map.of());
    }

    private static String physicalName(ResourceArgs args) {
        for (String k : new String[] {"bucket", "name", "alarmName"}) {
            Object v = args.inputs.get(k);
            if (v instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return args.name + "-id";
    }
}
