package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.testing.Cli;
import io.trailguard.testing.Stacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void validStacksExitZero() {
        for (String stack : new String[] {"dev", "prod"}) {
            Cli r = Cli.run("check", "--config", Stacks.file(stack).toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("valid"));
        }
    }

    @Test
    void eachKindOfBrokenStackExitsOneNamingTheKeyWithoutAStackTrace() throws IOException {
        String dev = Stacks.text("dev");
        String[][] cases = {
                {"wrong account id", dev.replace("- id: \"444444444444\"", "- id: \"4444-4444-4444\""), "trailguard:accounts[3].id"},
                {"unknown region", dev.replace("allowedRegions: [eu-west-1]", "allowedRegions: [eu-west-1, mars-north-1]"), "`mars-north-1` is not an AWS region"},
                {"misspelled key", dev.replace("breakGlassRoleNames:", "breakGlasRoleNames:"), "did you mean `breakGlassRoleNames`?"},
                {"invalid YAML", dev.replace("    homeRegion: eu-west-1", "    homeRegion: [eu-west-1"), "invalid YAML"},
                {"empty file", "", "the stack file is empty"},
        };
        for (String[] c : cases) {
            Cli r = Cli.run("check", "--config", write("Pulumi.broken.yaml", c[1]).toString());
            assertEquals(1, r.exit(), c[0]);
            assertTrue(r.err().contains(c[2]), c[0] + ": " + r.err());
            assertTrue(r.noStackTrace(), c[0] + ": " + r.err());
        }
    }

    @Test
    void missingStackFileIsAnErrorNotACrash() {
        Cli r = Cli.run("check", "--config", dir.resolve("Pulumi.nope.yaml").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("stack file not found"));
        assertTrue(r.noStackTrace());
    }

    @Test
    void stackAndConfigAreMutuallyExclusiveAndOneIsRequired() {
        assertEquals(1, Cli.run("check").exit());
        assertEquals(1, Cli.run("check", "--stack", "dev", "--config", "x.yaml").exit());
    }
}
