package io.trailguard.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.cli.Main;
import io.trailguard.testing.Stacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trailguard diff} on the real program and the dev stack with one edit. */
class DiffCommandTest {

    private static final String NEW_ACCOUNT = "666666666666";

    @TempDir
    static Path dir;

    static Path onboarded;
    static Path renamedBucket;

    record Run(int exit, String out, String err) {}

    static Run trailguard(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void stackVariants() throws IOException {
        // Each variant is a Pulumi.dev.yaml of its own folder, so that base and head are the same stack (dev), as in a PR.
        String dev = Stacks.text("dev");
        onboarded = Files.writeString(Files.createDirectories(dir.resolve("onboarded")).resolve("Pulumi.dev.yaml"), dev.stripTrailing()
                + "\n    - id: \"" + NEW_ACCOUNT + "\"\n      name: workload-new\n      ou: ou-dev1-workload1\n");
        String renamed = dev.replace("    accountId: \"222222222222\"\n", "    accountId: \"222222222222\"\n    bucketName: acme-trail-archive\n");
        assertTrue(renamed.contains("acme-trail-archive"), "the dev stack's logArchive block changed shape");
        renamedBucket = Files.writeString(Files.createDirectories(dir.resolve("renamed")).resolve("Pulumi.dev.yaml"), renamed);
    }

    private static Run diff(Path head, String format) {
        return trailguard("diff", "--config", head.toString(), "--base", Stacks.file("dev").toString(), "--format", format);
    }

    @Test
    void onboardingAnAccountOnlyCreatesThatAccountsResourcesAndUpdatesCentralOnes() {
        Run run = diff(onboarded, "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode diff = Stacks.json(run.out());
        Set<String> central = Set.of("111111111111", "222222222222", "333333333333");
        Set<String> kinds = new HashSet<>();
        for (JsonNode account : diff.path("accounts")) {
            for (JsonNode change : account.path("changes")) {
                String kind = change.path("kind").asText();
                kinds.add(kind);
                String where = account.path("account").asText();
                switch (kind) {
                    case "create" -> assertEquals(NEW_ACCOUNT, where, "created outside the new account: " + change.path("urn"));
                    case "update" -> assertTrue(central.contains(where), "updated outside the central accounts: " + change.path("urn"));
                    default -> throw new AssertionError("onboarding must not " + kind + " " + change.path("urn"));
                }
            }
        }
        long planned = Stacks.json(trailguard("plan", "--config", onboarded.toString(), "--format", "json").out())
                .path("resources").findValues("account").stream().filter(a -> a.asText().equals(NEW_ACCOUNT)).count();
        assertEquals(planned, diff.path("summary").path("create").asLong(), "every resource planned in the new account is a create");
    }

    @Test
    void onboardingReadsTheSameInTextAndMarkdown() {
        JsonNode summary = Stacks.json(diff(onboarded, "json").out()).path("summary");
        String counts = summary.path("create").asText() + " to create, " + summary.path("update").asText() + " to update, 0 to replace, 0 to delete";

        Run text = diff(onboarded, "text");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("\n" + counts + "\n"), text.out());

        Run markdown = diff(onboarded, "markdown");
        assertEquals(0, markdown.exit(), markdown.err());
        assertTrue(markdown.out().startsWith("### trailguard diff: `dev`"), markdown.out());
        assertTrue(markdown.out().contains("```mermaid\nflowchart LR\n"), "alert routing diagram");
        assertTrue(markdown.out().contains("a" + NEW_ACCOUNT + "[\"workload-new<br/>" + NEW_ACCOUNT + "\"]"), "the new account is in the routing diagram");
        assertTrue(markdown.out().contains("a" + NEW_ACCOUNT + " --> sev_critical"), "and routes to the critical topic");
        assertTrue(!markdown.out().contains("[!WARNING]"), "no replace or delete to warn about");
    }

    @Test
    void renamingTheTrailBucketReplacesItAndSaysProtectWillRefuse() {
        Run run = diff(renamedBucket, "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode bucket = null;
        for (JsonNode change : Stacks.json(run.out()).findValue("accounts").findValues("changes")) {
            for (JsonNode c : change) {
                if (c.path("type").asText().equals("aws:s3/bucketV2:BucketV2") && c.path("name").asText().endsWith("trail-bucket")) {
                    bucket = c;
                }
            }
        }
        assertTrue(bucket != null, run.out());
        assertEquals("replace", bucket.path("kind").asText());
        assertEquals("[\"bucket\"]", bucket.path("replacementCauses").toString());
        assertTrue(bucket.path("blockedByProtect").asBoolean(), "the evidence bucket is protected");
        assertTrue(bucket.path("replacementSource").asText().contains("internal/service/s3/bucket.go"));

        Run markdown = diff(renamedBucket, "markdown");
        assertTrue(markdown.out().contains("> - `log-archive-trail-bucket` (aws:s3/bucketV2:BucketV2) will be **replaced** (bucket); it is protected"), markdown.out());
        assertTrue(markdown.out().contains("! DenyInsecureTransport\n- "), "the bucket policy's statements are diffed");
    }

    @Test
    void baseFromAGitRefReadsTheStackFileAtThatRef() {
        Run ok = trailguard("diff", "--stack", "dev", "--base", "HEAD", "--format", "text");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("trailguard diff: stack dev against HEAD:./Pulumi.dev.yaml"), ok.out());

        Run bad = trailguard("diff", "--stack", "dev", "--base", "no-such-ref-or-file", "--format", "text");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("`no-such-ref-or-file:./Pulumi.dev.yaml` is neither a file nor readable with git show"), bad.err());
    }
}
