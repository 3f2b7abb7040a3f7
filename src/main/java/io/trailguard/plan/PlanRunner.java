package io.trailguard.plan;

import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInternal;
import io.trailguard.stack.Trailguard;
import io.trailguard.config.StackConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs the real program ({@link Trailguard#define}) under Pulumi's mock harness: nothing leaves the machine,
 * and what is registered is exactly what {@code pulumi up} would send to the engine. The harness keeps one
 * global deployment, so runs are serialised.
 */
public final class PlanRunner {

    private PlanRunner() {}

    /** Thrown when the program fails under the mocks; carries the program's own messages. */
    public static final class PlanException extends RuntimeException {
        PlanException(String message) {
            super(message);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    public static Plan run(StackConfig config, String stackName) {
        return run(config, stackName, PlanRunner::offlineDeployment);
    }

    /** With the deployment the harness runs the program in; tests compare {@link #offlineDeployment} against others. */
    static synchronized Plan run(StackConfig config, String stackName,
                                 Function<DeploymentImpl.DeploymentState, DeploymentInternal> deployment) {
        // The harness logs every program failure with the full command line at SEVERE; the plan reports it itself.
        java.util.logging.Logger.getLogger("com.pulumi").setLevel(java.util.logging.Level.OFF);
        RecordingMocks mocks = new RecordingMocks();
        Map<String, boolean[]> options = new ConcurrentHashMap<>();
        ResourceTransformation captureOptions = a -> {
            var o = a.options();
            options.put(a.resource().pulumiResourceType() + "::" + a.resource().pulumiResourceName(),
                    new boolean[] {o.isProtect(), o.isRetainOnDelete()});
            return java.util.Optional.empty();
        };
        TestOptions testOptions = TestOptions.builder()
                .projectName("trailguard")
                .stackName(stackName)
                .preview(true)
                .resourceTransformations(List.of(captureOptions))
                .build();
        TestResult result;
        try {
            result = PulumiTestInternal.builder()
                    .options(testOptions)
                    .mocks(mocks)
                    .deploymentFactory(deployment)
                    .build()
                    .runTest(ctx -> Trailguard.define(ctx, config));
        } finally {
            PulumiTest.cleanup();
        }
        if (!result.exceptions().isEmpty() || !result.errors().isEmpty()) {
            List<String> messages = new ArrayList<>(result.errors());
            result.exceptions().forEach(e -> messages.add(rootCause(e)));
            throw new PlanException("the program failed under the mock harness: " + String.join("; ", messages));
        }
        return new Plan(stackName, config, collect(result, mocks, options));
    }

    /**
     * The default deployment of the mock harness, with a throttled {@link EventDrivenRunner} in place of the SDK's
     * polling runner and {@link DebugDroppingLogger} in front of its logger.
     */
    static DeploymentInternal offlineDeployment(DeploymentImpl.DeploymentState state) {
        state.runner = new EventDrivenRunner(true);
        state.logger = new DebugDroppingLogger(state.logger);
        return new DeploymentImpl(state);
    }

    private static List<PlannedResource> collect(TestResult result, RecordingMocks mocks, Map<String, boolean[]> options) {
        Map<String, String[]> providerAccounts = new LinkedHashMap<>();
        List<Object[]> pending = new ArrayList<>();
        for (Resource r : result.resources()) {
            String type = r.pulumiResourceType();
            String name = r.pulumiResourceName();
            String urn = PulumiTest.extractValue(r.urn());
            RecordingMocks.Registration reg = mocks.registrations.get(type + "::" + name);
            if (type.equals("pulumi:providers:aws") && reg != null) {
                providerAccounts.put(urn, ProviderInputs.accountAndRegion(reg.inputs()));
            }
            pending.add(new Object[] {r, urn, reg});
        }
        List<PlannedResource> out = new ArrayList<>();
        for (Object[] p : pending) {
            Resource r = (Resource) p[0];
            String urn = (String) p[1];
            RecordingMocks.Registration reg = (RecordingMocks.Registration) p[2];
            String type = r.pulumiResourceType();
            String name = r.pulumiResourceName();
            String account = "";
            String region = "";
            String provider = "";
            Map<String, Object> inputs = Map.of();
            if (reg != null) {
                inputs = PolicyInputs.parsed(type, reg.inputs());
                if (type.equals("pulumi:providers:aws")) {
                    String[] ar = providerAccounts.get(urn);
                    account = ar[0];
                    region = ar[1];
                } else if (reg.providerRef() != null && !reg.providerRef().isEmpty()) {
                    String providerUrn = reg.providerRef().split("::", -1).length > 1
                            ? reg.providerRef().substring(0, reg.providerRef().lastIndexOf("::")) : reg.providerRef();
                    String[] ar = providerAccounts.getOrDefault(providerUrn, new String[] {"", ""});
                    account = ar[0];
                    region = ar[1];
                    provider = providerUrn.substring(providerUrn.lastIndexOf("::") + 2);
                }
            }
            boolean[] opt = options.getOrDefault(type + "::" + name, new boolean[] {false, false});
            out.add(new PlannedResource(urn, type, name, account, region, provider, opt[0], opt[1], inputs));
        }
        out.sort(Comparator.comparing(PlannedResource::urn));
        return out;
    }
}
