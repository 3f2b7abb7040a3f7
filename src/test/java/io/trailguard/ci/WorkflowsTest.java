package io.trailguard.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The PR review and deploy workflows keep the shape the review process depends on. */
class WorkflowsTest {

    private static final Path WORKFLOWS = Path.of(".github/workflows");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(WORKFLOWS.resolve(file))) {
            return new Yaml().load(r);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String key) {
        Object v = ((Map<String, Object>) node).get(key);
        assertNotNull(v, "missing key " + key);
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }

    /** YAML 1.1 (SnakeYAML) reads the bare key {@code on} as boolean true. */
    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<Object, Object>) (Map<?, ?>) workflow).get(Boolean.TRUE);
        assertNotNull(on, "workflow has no triggers");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) on;
        return m;
    }

    private static Optional<Map<String, Object>> step(Map<String, Object> job, String usesPrefix) {
        return steps(job).stream().filter(s -> String.valueOf(s.get("uses")).startsWith(usesPrefix)).findFirst();
    }

    private static Map<String, Object> with(Map<String, Object> step) {
        return map(step, "with");
    }

    private static boolean runs(Map<String, Object> job, String commandFragment) {
        return steps(job).stream().anyMatch(s -> String.valueOf(s.get("run")).contains(commandFragment));
    }

    private static void assertJava17WithMavenCache(Map<String, Object> job) {
        Map<String, Object> java = with(step(job, "actions/setup-java@").orElseThrow());
        assertEquals("17", String.valueOf(java.get("java-version")));
        assertEquals("maven", java.get("cache"));
    }

    private static void assertPolicyPackInstalledFromLockfile(Map<String, Object> job) {
        assertTrue(steps(job).stream().anyMatch(s -> "npm ci".equals(s.get("run")) && "policy".equals(s.get("working-directory"))),
                "npm ci in policy/");
    }

    @Test
    void previewRunsOnPullRequestsForDevAndProdWithThePolicyPack() throws IOException {
        Map<String, Object> wf = load("preview.yml");
        assertTrue(triggers(wf).containsKey("pull_request"));
        Map<String, Object> permissions = map(wf, "permissions");
        assertEquals("write", permissions.get("pull-requests"));
        assertEquals("write", permissions.get("id-token"));

        Map<String, Object> preview = map(map(wf, "jobs"), "preview");
        assertEquals(List.of("dev", "prod"), map(map(preview, "strategy"), "matrix").get("stack"));
        assertJava17WithMavenCache(preview);
        assertPolicyPackInstalledFromLockfile(preview);
        assertTrue(String.valueOf(with(step(preview, "aws-actions/configure-aws-credentials@").orElseThrow()).get("role-to-assume")).contains("ROLE"),
                "AWS credentials come from an OIDC role");

        Map<String, Object> pulumi = with(step(preview, "pulumi/actions@").orElseThrow());
        assertEquals("preview", pulumi.get("command"));
        assertEquals("policy", pulumi.get("policyPacks"));
        assertEquals(Boolean.TRUE, pulumi.get("comment-on-pr"));
        assertEquals("${{ matrix.stack }}", pulumi.get("stack-name"));
    }

    @Test
    void offlineDiffNeedsNoCredentialsAndCommentsMarkdownAgainstTheBaseBranch() throws IOException {
        Map<String, Object> diff = map(map(load("preview.yml"), "jobs"), "offline-diff");
        assertTrue(step(diff, "aws-actions/").isEmpty(), "no AWS credentials in the offline diff job");
        assertTrue(!map(diff, "permissions").containsKey("id-token"), "no OIDC token for the offline diff job");
        assertEquals(List.of("dev", "prod"), map(map(diff, "strategy"), "matrix").get("stack"));
        assertJava17WithMavenCache(diff);
        assertEquals(0, with(step(diff, "actions/checkout@").orElseThrow()).get("fetch-depth"), "full history, so origin/<base> resolves");
        assertTrue(runs(diff, "./trailguard diff --stack ${{ matrix.stack }} --base origin/${{ github.base_ref }} --format markdown"));
        String script = String.valueOf(with(step(diff, "actions/github-script@").orElseThrow()).get("script"));
        assertTrue(script.contains("diff.md") && script.contains("createComment"), "comments the diff on the PR");
    }

    @Test
    void deployRunsPulumiUpOnMainOneStackAtATime() throws IOException {
        Map<String, Object> wf = load("deploy.yml");
        assertEquals(List.of("main"), map(triggers(wf), "push").get("branches"));
        Map<String, Object> concurrency = map(wf, "concurrency");
        assertNotNull(concurrency.get("group"));
        assertEquals(Boolean.FALSE, concurrency.get("cancel-in-progress"), "a running deploy is never cancelled halfway");
        assertEquals("write", map(wf, "permissions").get("id-token"));

        Map<String, Object> up = map(map(wf, "jobs"), "up");
        Map<String, Object> strategy = map(up, "strategy");
        assertEquals(1, strategy.get("max-parallel"));
        assertEquals(List.of("dev", "prod"), map(strategy, "matrix").get("stack"));
        assertJava17WithMavenCache(up);
        assertPolicyPackInstalledFromLockfile(up);
        Map<String, Object> pulumi = with(step(up, "pulumi/actions@").orElseThrow());
        assertEquals("up", pulumi.get("command"));
        assertEquals("policy", pulumi.get("policyPacks"));
    }
}
