package io.trailguard.plan;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInternal;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.trailguard.config.StackConfig;
import io.trailguard.stack.Trailguard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the real program ({@link Trailguard#define}) under Pulumi's mock harness: nothing leaves the machine,
 * and what is registered is exactly what {@code pulumi up} would send to the engine. The harness keeps one
 * global deployment ({@code DeploymentImpl.setInstance}, pulumi-java), so runs are serialised.
 */
public final class PlanRunner {

    /**
     * Held for one run. A caller that gives up on a run (a test timeout abandons its thread) leaves that run holding
     * the harness; the next run then fails after this wait, saying so, instead of waiting forever behind it.
     */
    private static final ReentrantLock HARNESS = new ReentrantLock();
    static final Duration HARNESS_WAIT = Duration.ofSeconds(120);

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
        return run(config, stackName, true);
    }

    /**
     * As the engine would run the program for {@code pulumi up} when {@code preview} is false
     * ({@code Deployment.isDryRun()} false); the plan the CLI shows is always a preview.
     */
    static Plan run(StackConfig config, String stackName, boolean preview) {
        PlanKey key = new PlanKey(config, stackName, preview);
        Plan recent = RECENT.getIfPresent(key);
        if (recent != null) {
            return recent;
        }
        Plan plan = run(config, stackName, PlanRunner::offlineDeployment, HARNESS_WAIT, preview);
        RECENT.put(key, plan);
        return plan;
    }

    /**
     * A plan is a function of the config (a record: equal configs hold equal values), the stack name (it is in every
     * URN) and the dry-run flag, and is immutable; recent plans are kept, so a process that plans the same stack twice
     * (diff's base and head, coverage after plan, the test suite's many commands) runs the program once.
     */
    private record PlanKey(StackConfig config, String stack, boolean preview) {}

    /**
     * Recent plans up to this many planned resources in all. A plan's memory follows its resources (their inputs and
     * policies: a few KB each, measured on dev and prod), not the number of plans: a count would hold twelve plans of a
     * large organization or evict a dev plan behind a dozen small ones. 25,000 is about ten prod-sized plans.
     */
    static final long RECENT_RESOURCES = 25_000;
    // One segment (concurrencyLevel 1): Guava splits the weight bound between segments, which would evict a plan
    // larger than a quarter of it at once.
    private static final Cache<PlanKey, Plan> RECENT = CacheBuilder.newBuilder()
            .concurrencyLevel(1)
            .maximumWeight(RECENT_RESOURCES)
            .weigher((PlanKey k, Plan p) -> Math.max(1, p.resources().size()))
            .build();

    /** With the deployment the harness runs the program in; tests compare {@link #offlineDeployment} against others. */
    static Plan run(StackConfig config, String stackName, Function<DeploymentImpl.DeploymentState, DeploymentInternal> deployment) {
        return run(config, stackName, deployment, HARNESS_WAIT);
    }

    static Plan run(StackConfig config, String stackName, Function<DeploymentImpl.DeploymentState, DeploymentInternal> deployment,
                    Duration wait) {
        return run(config, stackName, deployment, wait, true);
    }

    private static Plan run(StackConfig config, String stackName, Function<DeploymentImpl.DeploymentState, DeploymentInternal> deployment,
                            Duration wait, boolean preview) {
        lockHarness(wait);
        try {
            return runAlone(config, stackName, deployment, preview);
        } finally {
            HARNESS.unlock();
        }
    }

    /**
     * Runs {@code harnessRun}, a use of the SDK's mock harness other than a plan (a test of one component, say), under
     * the lock plans take, and cleans the harness's global deployment after it: a run beside another would register
     * into the other's deployment.
     */
    public static <T> T exclusively(java.util.function.Supplier<T> harnessRun) {
        lockHarness(HARNESS_WAIT);
        try {
            return harnessRun.get();
        } finally {
            try {
                PulumiTest.cleanup();
            } finally {
                HARNESS.unlock();
            }
        }
    }

    private static void lockHarness(Duration wait) {
        try {
            if (!HARNESS.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PlanException("the mock harness is still running another plan after " + wait.toSeconds()
                        + " s; a run abandoned by its caller (a test timeout) holds it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanException("interrupted while waiting for the mock harness");
        }
    }

    private static Plan runAlone(StackConfig config, String stackName,
                                 Function<DeploymentImpl.DeploymentState, DeploymentInternal> deployment, boolean preview) {
        // The harness logs every program failure with the full command line at SEVERE; the plan reports it itself.
        java.util.logging.Logger.getLogger("com.pulumi").setLevel(java.util.logging.Level.OFF);
        RecordingMocks mocks = new RecordingMocks();
        Map<String, Options> options = new ConcurrentHashMap<>();
        ResourceTransformation captureOptions = a -> {
            var o = a.options();
            options.put(a.resource().pulumiResourceType() + "::" + a.resource().pulumiResourceName(),
                    new Options(o.isProtect(), o.isRetainOnDelete()));
            return java.util.Optional.empty();
        };
        TestOptions testOptions = TestOptions.builder()
                .projectName("trailguard")
                .stackName(stackName)
                .preview(preview)
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

    /** The resource options the plan reports, as the program set them. */
    private record Options(boolean protect, boolean retainOnDelete) {
        static final Options NONE = new Options(false, false);
    }

    /** A resource the harness saw, with what the mocks recorded of it (null for components). */
    private record Registered(Resource resource, String urn, RecordingMocks.Registration registration) {}

    private static List<PlannedResource> collect(TestResult result, RecordingMocks mocks, Map<String, Options> options) {
        Map<String, ProviderInputs.Location> providerAccounts = new LinkedHashMap<>();
        List<Registered> pending = new ArrayList<>();
        for (Resource r : result.resources()) {
            String type = r.pulumiResourceType();
            String name = r.pulumiResourceName();
            String urn = PulumiTest.extractValue(r.urn());
            RecordingMocks.Registration reg = mocks.registrations.get(type + "::" + name);
            if (type.equals("pulumi:providers:aws") && reg != null) {
                providerAccounts.put(urn, ProviderInputs.accountAndRegion(reg.inputs()));
            }
            pending.add(new Registered(r, urn, reg));
        }
        List<PlannedResource> out = new ArrayList<>();
        for (Registered p : pending) {
            Resource r = p.resource();
            String urn = p.urn();
            RecordingMocks.Registration reg = p.registration();
            String type = r.pulumiResourceType();
            String name = r.pulumiResourceName();
            String account = "";
            String region = "";
            String provider = "";
            Map<String, Object> inputs = Map.of();
            if (reg != null) {
                inputs = PolicyInputs.parsed(type, reg.inputs());
                if (type.equals("pulumi:providers:aws")) {
                    ProviderInputs.Location at = providerAccounts.get(urn);
                    account = at.account();
                    region = at.region();
                } else if (reg.providerRef() != null && !reg.providerRef().isEmpty()) {
                    String providerUrn = reg.providerRef().split("::", -1).length > 1
                            ? reg.providerRef().substring(0, reg.providerRef().lastIndexOf("::")) : reg.providerRef();
                    ProviderInputs.Location at = providerAccounts.getOrDefault(providerUrn, ProviderInputs.Location.NONE);
                    account = at.account();
                    region = at.region();
                    provider = providerUrn.substring(providerUrn.lastIndexOf("::") + 2);
                }
            }
            Options opt = options.getOrDefault(type + "::" + name, Options.NONE);
            out.add(new PlannedResource(urn, type, name, account, region, provider, opt.protect(), opt.retainOnDelete(), frozen(inputs)));
        }
        out.sort(Comparator.comparing(PlannedResource::urn));
        return List.copyOf(out);
    }

    /** Inputs no reader can change, since the plan may be handed out again ({@link #RECENT}). */
    @SuppressWarnings("unchecked")
    private static <T> T frozen(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, frozen(v)));
            return (T) java.util.Collections.unmodifiableMap(copy);
        } else if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(v -> copy.add(frozen(v)));
            return (T) java.util.Collections.unmodifiableList(copy);
        }
        return value;
    }
}
