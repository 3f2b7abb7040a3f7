package io.trailguard.pulumi;

import io.trailguard.config.ConfigError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.trailguard.config.PlainYaml;

/**
 * What the Pulumi CLI and the language host would refuse before the program starts, checked offline for one stack:
 * Pulumi.yaml's own config rules, the stack against them ({@link ProjectConfigRules}), and the size of the
 * {@code PULUMI_CONFIG} variable the program would be started with ({@link PulumiConfigVariable}).
 */
public final class ProjectChecks {

    /** Errors, and the size of {@code PULUMI_CONFIG} in bytes (0 when it could not be computed). */
    public record Report(List<ConfigError> errors, int pulumiConfigBytes) {}

    private ProjectChecks() {}

    /** Pulumi.yaml beside the stack file, else the one in {@code projectDir}; null when neither exists. */
    public static Path projectFileFor(Path stackFile, Path projectDir) {
        Path parent = stackFile.toAbsolutePath().getParent();
        if (parent != null && Files.isRegularFile(parent.resolve("Pulumi.yaml"))) {
            return parent.resolve("Pulumi.yaml");
        }
        Path p = projectDir.resolve("Pulumi.yaml");
        return Files.isRegularFile(p) ? p : null;
    }

    public static Report check(Path projectFile, Path stackFile, String stackName) {
        Map<String, Object> project;
        Map<String, Object> stack;
        try {
            project = ProjectFiles.read(Files.readString(projectFile));
        } catch (IOException | PlainYaml.Unreadable e) {
            return new Report(List.of(new ConfigError("(project)", projectFile + " cannot be read: " + e.getMessage(), null)), 0);
        }
        try {
            stack = ProjectFiles.stackConfig(ProjectFiles.read(Files.readString(stackFile)));
        } catch (IOException | PlainYaml.Unreadable e) {
            return new Report(List.of(), 0); // the stack loader reports an unreadable stack file
        }
        return check(ProjectConfigRules.of(project), stack, stackName);
    }

    public static Report check(ProjectConfigRules rules, Map<String, Object> stackConfig, String stackName) {
        List<ConfigError> errors = new ArrayList<>();
        for (ProjectConfigRules.Violation v : rules.validateProject()) {
            errors.add(new ConfigError("Pulumi.yaml: " + v.key(), v.message(), "the Pulumi CLI refuses the project before the program starts"));
        }
        for (ProjectConfigRules.Violation v : rules.validateStack(stackName, stackConfig)) {
            errors.add(new ConfigError(v.key(), v.message(), hintFor(v)));
        }
        int bytes = PulumiConfigVariable.environmentBytes(PulumiConfigVariable.engineView(rules.merged(stackConfig)));
        if (bytes > PulumiConfigVariable.LIMIT) {
            errors.add(new ConfigError("config", String.format(
                    "the program would receive its config as PULUMI_CONFIG of %,d bytes; Linux refuses a single environment string over %,d bytes"
                            + " (E2BIG, the program could not start) and trailguard stops at %,d", bytes, PulumiConfigVariable.MAX_ARG_STRLEN, PulumiConfigVariable.LIMIT),
                    "split the organization into stacks: one with scope `foundation`, and member stacks with scope `accounts:<id>,...` of a few hundred accounts each,"
                            + " or deploy member monitoring in the organization-scale mode"));
        }
        return new Report(errors, bytes);
    }

    private static String hintFor(ProjectConfigRules.Violation v) {
        if (v.message().contains("is missing configuration")) {
            return "Pulumi.yaml declares it without a default, so every stack must set it";
        }
        if (v.message().contains("must be encrypted")) {
            return "set it with `pulumi config set --secret`";
        }
        return "see its declaration in Pulumi.yaml";
    }
}
