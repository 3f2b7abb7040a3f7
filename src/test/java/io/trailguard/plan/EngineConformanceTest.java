package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.pulumi.ProjectConfigRules;
import io.trailguard.pulumi.ProjectFiles;
import io.trailguard.pulumi.PulumiConfigVariable;
import io.trailguard.testing.Plans;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Resource.RegisterResourceRequest;

/**
 * The program as `pulumi preview`/`up` runs it: a child JVM started the way the Java language host starts it, with the
 * environment the host sets, the SDK's own runner and gRPC client, against {@link EngineStandIn}. It must register
 * exactly what the offline plan shows.
 *
 * <p>The environment ({@link HostEnv}): pulumi/pulumi-java {@code pkg/cmd/pulumi-language-java/main.go}
 * {@code constructEnv} (read at commit 005a79e) appends PULUMI_MONITOR, PULUMI_ENGINE, PULUMI_PROJECT, PULUMI_STACK,
 * PULUMI_PWD, PULUMI_DRY_RUN, PULUMI_QUERY_MODE, PULUMI_PARALLEL, PULUMI_TRACING (when set), PULUMI_CONFIG and
 * PULUMI_CONFIG_SECRET_KEYS, each only when non-empty; it sets neither PULUMI_ORGANIZATION nor PULUMI_ROOT_DIRECTORY,
 * which SDK 1.36.1's {@code DeploymentImpl.DeploymentState} reads with the defaults {@code "organization"} and
 * {@code ""} (bytecode: {@code Environment.getEnvironmentVariable(..).or(..)}), and which newer hosts may add. The
 * program must run under both.
 */
@Execution(ExecutionMode.CONCURRENT)
class EngineConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, EngineStandIn engine) {}

    /**
     * The child's JVM options. The SDK's runner (1.36.1 {@code DeploymentImpl.DefaultRunner.loopUntilDone}) re-queues
     * itself without pause and formats the whole map of in-flight tasks on every turn, whatever the log level, so a
     * run's time is mostly that loop and the JIT compiling it; C1 alone (tiered level 1) reaches steady state sooner and
     * changes nothing the program does. The loop is the SDK's own and stays as it is: pulumi/pulumi-java#2314 (merged
     * 2026-09-08) adds a 10 ms pause to it, which 1.36.1, the newest release on Maven Central, does not have (javap).
     *
     * <p>Two processors, as on the smallest CI runners: there the JVM's common pool has parallelism 1, and App itself
     * raises it ({@code App.keepAsyncTasksOnTheCommonPool}, AsyncPoolTest), which this makes every run exercise.
     */
    static final List<String> CHILD_JVM = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=2");

    /** Which language host's environment the child gets (see the class comment). */
    enum HostEnv {
        /** Exactly constructEnv at pulumi-java 005a79e. */
        CONSTRUCT_ENV,
        /** That, plus PULUMI_ORGANIZATION and PULUMI_ROOT_DIRECTORY as newer hosts may set them. */
        WITH_ORGANIZATION_AND_ROOT
    }

    /** The engine's view of a stack file: merged with Pulumi.yaml's defaults, every value a string. */
    static Map<String, String> engineConfig(String stackYaml) throws IOException {
        ProjectConfigRules rules = ProjectConfigRules.of(ProjectFiles.read(Files.readString(Path.of("Pulumi.yaml"))));
        return PulumiConfigVariable.engineView(rules.merged(ProjectFiles.stackConfig(ProjectFiles.read(stackYaml))));
    }

    static Run run(String stack, Map<String, String> config, boolean dryRun) throws Exception {
        return run(stack, config, List.of(), dryRun);
    }

    static Run run(String stack, Map<String, String> config, List<String> secretKeys, boolean dryRun) throws Exception {
        return run(stack, PulumiConfigVariable.encode(config), JSON.writeValueAsString(secretKeys), dryRun);
    }

    static Run run(String stack, String pulumiConfig, String secretKeys, boolean dryRun) throws Exception {
        return run(stack, pulumiConfig, secretKeys, dryRun, HostEnv.WITH_ORGANIZATION_AND_ROOT);
    }

    static Run run(String stack, String pulumiConfig, String secretKeys, boolean dryRun, HostEnv host) throws Exception {
        return run(stack, pulumiConfig, secretKeys, dryRun, host, CHILD_JVM);
    }

    /** @param jvm the child's JVM options: {@link #CHILD_JVM} in tests, the JVM's defaults where time is measured */
    static Run run(String stack, String pulumiConfig, String secretKeys, boolean dryRun, HostEnv host, List<String> jvm) throws Exception {
        EngineStandIn engine = new EngineStandIn("trailguard", stack);
        try {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.addAll(List.of("-cp", cp, "io.trailguard.App"));
            ProcessBuilder pb = new ProcessBuilder(command);
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("PULUMI_"));
            env.put("PULUMI_MONITOR", engine.address());
            env.put("PULUMI_ENGINE", engine.address());
            env.put("PULUMI_PROJECT", "trailguard");
            env.put("PULUMI_STACK", stack);
            env.put("PULUMI_PWD", new File(".").getAbsolutePath());
            env.put("PULUMI_DRY_RUN", String.valueOf(dryRun));
            env.put("PULUMI_QUERY_MODE", "false");
            env.put("PULUMI_PARALLEL", "48");
            if (host == HostEnv.WITH_ORGANIZATION_AND_ROOT) {
                env.put("PULUMI_ORGANIZATION", "organization");
                env.put("PULUMI_ROOT_DIRECTORY", new File(".").getAbsolutePath());
            }
            env.put("PULUMI_CONFIG", pulumiConfig);
            env.put("PULUMI_CONFIG_SECRET_KEYS", secretKeys);
            pb.redirectErrorStream(true);
            Path log = Files.createTempFile("engine-run", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            long limit = Long.getLong("trailguard.engineTimeoutSeconds", 600);
            if (!p.waitFor(limit, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the program did not finish in " + limit + " s");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Run(p.exitValue(), out, engine);
        } finally {
            engine.close();
        }
    }

    /** The URNs on one side only, as counts and the first few of each (a wholesale mismatch would otherwise print all). */
    private static Map<String, String> differingUrns(Set<String> onlyOffline, Set<String> onlyEngine) {
        Map<String, String> out = new TreeMap<>();
        if (!onlyOffline.isEmpty()) {
            out.put("only in the offline plan", onlyOffline.size() + ", e.g. " + onlyOffline.stream().limit(5).toList());
        }
        if (!onlyEngine.isEmpty()) {
            out.put("only registered with the engine", onlyEngine.size() + ", e.g. " + onlyEngine.stream().limit(5).toList());
        }
        return out;
    }

    private static String providerName(String ref) {
        if (ref == null || ref.isEmpty()) {
            return "";
        }
        String urn = ref.contains("::") ? ref.substring(0, ref.lastIndexOf("::")) : ref;
        return urn.substring(urn.lastIndexOf("::") + 2);
    }

    /**
     * One run under the SDK's runner: a test stack with the rules and preview role given ({@link #yaml}).
     *
     * @param ruleSets the member defaults' rule sets (members.ruleSets), e.g. {@code [cis]}: what the runs check, the
     *                 role, the resource types and the inputs of each, does not depend on how many rules there are, and
     *                 every rule's filter and alarm is serialised by the same SDK code the offline plan goes through
     * @param enabledRules rules added to those sets (members.enabledRules): the response stack's rules with a response
     * @param secretRoute  whether the stack also has an https route whose URL carries a token, set with
     *                     `pulumi config set --secret --path`: the engine hands the program the decrypted object and
     *                     lists the whole key as secret (pulumi/pulumi sdk/go/common/resource/config map.go: an object
     *                     with a secure value is a secure object value; pulumi-java constructEnv:
     *                     PULUMI_CONFIG_SECRET_KEYS), the offline plan reads the stack file with its {@code secure:}
     *                     value ({@link #anInputDerivedFromASecretReachesTheEngineAsASecret})
     */
    record Variant(String stack, boolean dryRun, HostEnv host, String previewRole, String ruleSets, List<String> enabledRules,
                   boolean secretRoute) {

        /** The stack file as the engine decrypts it: what the child's PULUMI_CONFIG holds. */
        String yaml() {
            return withSecretRoute("endpoint: " + SECRET_URL + "\n");
        }

        /** The stack file as it is kept: the secret as the CLI encrypts it. */
        String storedYaml() {
            return withSecretRoute("endpoint:\n            secure: v1:aG9va3M=\n");
        }

        private String withSecretRoute(String endpoint) {
            String yaml = io.trailguard.testing.Stacks.withRuleSets(io.trailguard.testing.Stacks.text(stack), ruleSets, enabledRules);
            if (!previewRole.isEmpty()) {
                yaml = yaml.replace("    deployRoleName: TrailguardDeployRole\n",
                        "    deployRoleName: TrailguardDeployRole\n    previewRoleName: " + previewRole + "\n");
                assertTrue(yaml.contains("previewRoleName: " + previewRole), "the stack file names a preview role");
            }
            if (secretRoute) {
                assertTrue(yaml.contains(EMAIL_ROUTE), "the stack has the email route the secret one follows");
                yaml = yaml.replace(EMAIL_ROUTE, EMAIL_ROUTE + "        - protocol: https\n          " + endpoint);
            }
            return yaml;
        }

        List<String> secretKeys() {
            return secretRoute ? List.of("trailguard:alerting") : List.of();
        }

        /**
         * The offline plan the run must register exactly, planned once per variant: the run and the type check both
         * read it, and PlanRunner's recent plans may no longer hold it when the second asks.
         */
        Plan offlinePlan() {
            return OFFLINE_PLANS.computeIfAbsent(this, v -> {
                var loaded = io.trailguard.testing.Stacks.loadText(v.storedYaml());
                assertTrue(loaded.ok(), loaded::report);
                return PlanRunner.run(loaded.config(), v.stack(), v.dryRun());
            });
        }

        /** The child's run under the SDK's runner, once per variant: the registration check and the secret check read it. */
        Run engineRun() throws Exception {
            Run known = ENGINE_RUNS.get(this);
            if (known == null) {
                known = run(stack, PulumiConfigVariable.encode(engineConfig(yaml())), JSON.writeValueAsString(secretKeys()), dryRun, host);
                ENGINE_RUNS.put(this, known);
            }
            return known;
        }

        @Override
        public String toString() {
            return stack + " (rules " + ruleSets + (enabledRules.isEmpty() ? "" : " + " + enabledRules) + "), dry run " + dryRun + ", " + host
                    + (previewRole.isEmpty() ? "" : ", preview role " + previewRole) + (secretRoute ? ", a secret route" : "");
        }
    }

    private static final Map<Variant, Run> ENGINE_RUNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Variant, Plan> OFFLINE_PLANS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rules the response fixture gives a response (trailguard:response.rules). */
    private static final List<String> RESPONSE_RULES = List.of("insider-cloudtrail-logging-stopped", "insider-cloudtrail-selectors-changed",
            "insider-secrets-get-value-bulk", "insider-iam-user-created", "insider-role-trust-policy-changed");

    /**
     * Three runs, each a child JVM under the SDK's runner (the slowest tests of the suite), between them every type
     * and both answers to each question: a preview and an update, each with a preview role set, so that the two roles
     * differ (the response stack's preview, dev's update); the host's environment exactly as constructEnv builds it
     * and with what newer hosts add; and the types dev lacks, from the response stack (response roles and functions,
     * two regions, the EventBridge feed) and the stackset stack. The preview adds a rule a CIS rule supersedes, so that
     * it notifies through a composite alarm (RuleAlarms). The update carries a secret route.
     */
    static final List<Variant> VARIANTS = List.of(
            new Variant("response", true, HostEnv.CONSTRUCT_ENV, "TrailguardPreviewRole", "[cis]",
                    java.util.stream.Stream.concat(RESPONSE_RULES.stream(), java.util.stream.Stream.of("seed-cloudtrail-changes")).toList(), false),
            new Variant("dev", false, HostEnv.WITH_ORGANIZATION_AND_ROOT, "TrailguardPreviewRole", "[cis]", List.of(), true),
            new Variant("stackset", true, HostEnv.WITH_ORGANIZATION_AND_ROOT, "", "[cis]", List.of(), false));

    static List<Variant> variants() {
        return VARIANTS;
    }

    /**
     * Each run is checked against the offline plan of the same stack file with the same dry-run flag, and every provider
     * must assume the role that flag selects: organization.previewRoleName in a preview, the deploy role otherwise (the
     * SDK's Deployment.isDryRun; the AWS provider assumes its role when the engine configures it, in a preview too).
     * {@link #theConformanceRunsHoldEveryResourceTypeOfDevAndProd} checks that the runs leave no type out.
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void registersExactlyTheOfflinePlanWithTheRoleTheDryRunFlagSelects(Variant v) throws Exception {
        boolean dryRun = v.dryRun();
        String previewRole = v.previewRole();
        Run r = v.engineRun();
        assertEquals(0, r.exit(), r.out());
        Plan plan = v.offlinePlan();

        // The mock harness keeps the root stack's type in its URNs; the engine leaves it out.
        Map<String, PlannedResource> expected = new TreeMap<>();
        plan.resources().forEach(p -> expected.put(p.urn().replace("::pulumi:pulumi:Stack$", "::"), p));
        Set<String> onlyOffline = new TreeSet<>(expected.keySet());
        onlyOffline.removeAll(r.engine().byUrn.keySet());
        Set<String> onlyEngine = new TreeSet<>(r.engine().byUrn.keySet());
        onlyEngine.removeAll(expected.keySet());
        assertEquals(Map.of(), differingUrns(onlyOffline, onlyEngine), () -> "the same URNs (offline plan of " + plan.stack()
                + ": " + plan.resources().size() + " resources; engine: " + r.engine().byUrn.size() + ")");

        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, PlannedResource> e : expected.entrySet()) {
            PlannedResource want = e.getValue();
            RegisterResourceRequest got = r.engine().byUrn.get(e.getKey());
            if (!got.getType().equals(want.type())) {
                differences.add(want.urn() + ": type " + got.getType());
            }
            if (got.getProtect() != want.protect() || got.getRetainOnDelete() != want.retainOnDelete()) {
                differences.add(want.urn() + ": protect/retainOnDelete " + got.getProtect() + "/" + got.getRetainOnDelete());
            }
            if (!want.provider().isEmpty() && !providerName(got.getProvider()).equals(want.provider())) {
                differences.add(want.urn() + ": provider " + got.getProvider());
            }
            if (!got.getParent().isEmpty() && !r.engine().byUrn.containsKey(got.getParent())) {
                differences.add(want.urn() + ": parent " + got.getParent() + " was never registered");
            }
            for (String dep : got.getDependenciesList()) {
                if (!r.engine().byUrn.containsKey(dep)) {
                    differences.add(want.urn() + ": depends on unregistered " + dep);
                }
            }
            // A secret route's subscriptions carry the decrypted endpoint, the offline plan the stored one: the endpoint
            // is compared by the secret test, everything else here.
            List<String> secret = EngineStandIn.secretPaths(got.getObject());
            List<String> secretHere = v.secretRoute() && want.type().equals(SUBSCRIPTION) ? List.of("endpoint") : List.of();
            if (!secret.equals(secretHere)) {
                differences.add(want.urn() + ": secret inputs " + secret + ", expected " + secretHere);
            }
            RecordingMocks.Registration reg = r.engine().mocks.registrations.get(want.type() + "::" + want.name());
            if (reg != null) {
                var engineInputs = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(PolicyInputs.parsed(want.type(), reg.inputs()));
                var offlineInputs = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(want.inputs());
                engineInputs.remove(secretHere);
                offlineInputs.remove(secretHere);
                if (!engineInputs.equals(offlineInputs)) {
                    differences.add(want.urn() + ": inputs differ");
                }
            }
        }
        assertEquals(List.of(), differences);

        String role = dryRun && !previewRole.isEmpty() ? previewRole : "TrailguardDeployRole";
        List<String> providers = r.engine().byUrn.entrySet().stream().filter(e -> e.getValue().getType().equals("pulumi:providers:aws"))
                .map(e -> e.getKey() + " " + e.getValue().getObject().toString()).toList();
        assertTrue(providers.size() > 3, providers::toString);
        providers.forEach(p -> assertTrue(p.contains(":role/" + role), p + " assumes " + role));
        if (!previewRole.isEmpty()) {
            String other = dryRun ? "TrailguardDeployRole" : previewRole;
            providers.forEach(p -> assertTrue(!p.contains(":role/" + other), p + " does not assume " + other));
        }
    }

    /** No resource type the dev and prod stacks plan escapes the SDK runner's check (prod is not run itself: it is the slowest). */
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void theConformanceRunsHoldEveryResourceTypeOfDevAndProd() {
        Set<String> covered = new TreeSet<>();
        for (Variant v : VARIANTS) {
            v.offlinePlan().resources().forEach(r -> covered.add(r.type()));
        }
        Set<String> missing = new TreeSet<>();
        for (String stack : List.of("dev", "prod")) {
            Plans.of(stack).resources().stream().map(PlannedResource::type).filter(t -> !covered.contains(t)).forEach(missing::add);
        }
        assertEquals(Set.of(), missing, "types of dev and prod that no conformance run registers");
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void invalidConfigReachesTheEngineLogWithKeyPathsAndRegistersNothingButTheStack() throws Exception {
        String yaml = io.trailguard.testing.Stacks.text("dev").replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1");
        Map<String, String> config = new TreeMap<>(engineConfig(yaml));
        config.put("trailguard:member", "{}");
        Run r = run("dev", config, true);
        assertTrue(r.exit() != 0, "the program fails");
        List<String> errors = r.engine().logs.stream().filter(l -> l.getSeverity() == pulumirpc.EngineOuterClass.LogSeverity.ERROR)
                .map(pulumirpc.EngineOuterClass.LogRequest::getMessage).toList();
        assertTrue(errors.contains("trailguard:organization.homeRegion: `eu-wset-1` is not an AWS region (did you mean `eu-west-1`?)"), errors::toString);
        assertTrue(errors.contains("trailguard:member: unknown key (did you mean `trailguard:members`?)"), errors::toString);
        assertTrue(r.engine().registrations.stream().allMatch(q -> q.getType().equals("pulumi:pulumi:Stack")),
                () -> "only the stack itself: " + r.engine().registrations.stream().map(RegisterResourceRequest::getType).distinct().toList());
        assertTrue(!r.out().contains("\tat io.trailguard"), "no stack trace of ours:\n" + r.out());
    }

    private static final String EMAIL_ROUTE = "        - protocol: email\n          endpoint: soc-dev@example.com\n";
    private static final String SECRET_URL = "https://hooks.example.com/soc?token=s3cr3t";
    private static final String SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";

    /**
     * The run with a secret route ({@link Variant#secretRoute}): every route's endpoint reaches the engine as a secret
     * (the whole key is secret), nothing else does, and the token is never printed or sent in plain text. That it
     * registers exactly the offline plan of the stored stack file, whose subscriptions are named by their place in the
     * route, is {@link #registersExactlyTheOfflinePlanWithTheRoleTheDryRunFlagSelects}'s check of the same run.
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void anInputDerivedFromASecretReachesTheEngineAsASecret() throws Exception {
        Variant v = VARIANTS.stream().filter(Variant::secretRoute).findFirst().orElseThrow();
        Run r = v.engineRun();
        assertEquals(0, r.exit(), r.out());

        Map<String, List<String>> secretInputs = new TreeMap<>();
        r.engine().byUrn.forEach((urn, req) -> {
            List<String> paths = EngineStandIn.secretPaths(req.getObject());
            if (!paths.isEmpty()) {
                secretInputs.put(urn, paths);
            }
        });
        List<String> subscriptions = r.engine().byUrn.entrySet().stream()
                .filter(e -> e.getValue().getType().equals(SUBSCRIPTION)).map(Map.Entry::getKey).toList();
        assertTrue(subscriptions.size() >= 2, subscriptions::toString);
        assertTrue(subscriptions.stream().anyMatch(urn -> r.engine().byUrn.get(urn).getObject().toString().contains("s3cr3t")),
                "the secret route's subscription is registered");
        for (String urn : subscriptions) {
            assertEquals(List.of("endpoint"), secretInputs.remove(urn), urn + ": the endpoint is a secret");
        }
        assertEquals(Map.of(), secretInputs, "nothing else is secret");
        assertTrue(!r.out().contains("s3cr3t"), "the program never prints the secret");
        r.engine().byUrn.forEach((urn, q) -> assertTrue(subscriptions.contains(urn) || !q.getObject().toString().contains("s3cr3t"),
                urn + " carries the secret in plain text"));
    }

    /**
     * Issue 11 defect 5: a PULUMI_CONFIG the program cannot read must stop the run, not disable unknown-key detection.
     * The SDK parses it as Pulumi.run starts, before any engine log exists, so the message goes to stderr, which the
     * language host shows when the program fails (pulumi-java pkg/cmd/pulumi-language-java/main.go, Run).
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a truncated object|{\"trailguard:organization\": \"{}\"|PULUMI_CONFIG",
            "a list, not an object|[\"trailguard:organization\"]|PULUMI_CONFIG",
            "a value that is not a string|{\"trailguard:organization\": {\"id\": 1}}|PULUMI_CONFIG"})
    void anUnreadablePulumiConfigFailsLoudlyAndRegistersNothing(String what, String raw, String variable) throws Exception {
        Run r = run("dev", raw, "[]", true);
        assertTrue(r.exit() != 0, what + ": the program fails\n" + r.out());
        assertTrue(r.out().contains("error: " + variable + " (") && r.out().contains("is not a JSON object of strings")
                && r.out().contains("nothing was registered"), r.out());
        assertEquals(List.of(), r.engine().registrations, "nothing registered");
        assertTrue(!r.out().contains("\tat ") && !r.out().contains("Exception in thread"), "no stack trace:\n" + r.out());
    }
}
