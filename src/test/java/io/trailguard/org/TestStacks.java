package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.CoverageMode;
import io.trailguard.config.Organization;
import io.trailguard.config.StackConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Stack files under {@code src/test/resources/org/stacks}. */
public final class TestStacks {

    private TestStacks() {}

    /** Text of the stack file that covers the organization of {@code org/wire} exactly. */
    public static String coveredText() {
        try (InputStream in = TestStacks.class.getResourceAsStream("/org/stacks/covered.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StackConfig covered() {
        return load(coveredText());
    }

    public static StackConfig load(String text) {
        LoadResult r = ConfigLoader.fromStackYaml(text, "test.yaml");
        assertTrue(r.ok(), () -> r.report());
        return r.config();
    }

    static StackConfig withCoverage(StackConfig c, CoverageMode mode) {
        return new StackConfig(c.organization(), c.logArchive(), c.trail(), c.alerting(), c.guardrails(), c.members(),
                c.accounts(), mode, c.scope());
    }

    static StackConfig withManagementAccount(StackConfig c, String id) {
        Organization o = c.organization();
        return new StackConfig(new Organization(o.id(), id, o.homeRegion(), o.allowedRegions(), o.deployRoleName(),
                o.breakGlassRoleNames()), c.logArchive(), c.trail(), c.alerting(), c.guardrails(), c.members(),
                c.accounts(), c.coverage(), c.scope());
    }
}
