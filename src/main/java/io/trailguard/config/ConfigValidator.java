package io.trailguard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Semantic checks of a bound config, one class per config section (as the Landing Zone Accelerator organises its
 * validators): formats, cross-references, AWS limits. All problems are collected and reported at once. Checks of
 * other concerns (detection rules, guardrail sizes) are passed in by the caller and run when these pass.
 */
public final class ConfigValidator {

    /** Errors refuse the config; warnings are printed by {@code check} and never stop a run. */
    public record Findings(List<ConfigError> errors, List<ConfigError> warnings) {}

    private ConfigValidator() {}

    public static List<ConfigError> validate(StackConfig c) {
        return check(c, List.of()).errors();
    }

    public static List<ConfigError> validate(StackConfig c, List<? extends Function<StackConfig, List<ConfigError>>> extraChecks) {
        return check(c, extraChecks).errors();
    }

    public static Findings check(StackConfig c, List<? extends Function<StackConfig, List<ConfigError>>> extraChecks) {
        List<ConfigError> errors = new ArrayList<>();
        List<ConfigError> warnings = new ArrayList<>();
        List<SectionCheck> sections = List.of(
                new OrganizationCheck(c, errors, warnings),
                new AccountsCheck(c, errors, warnings),
                new LogArchiveCheck(c, errors, warnings),
                new TrailCheck(c, errors, warnings),
                new AlertingCheck(c, errors, warnings),
                new GuardrailsCheck(c, errors, warnings),
                new MembersCheck(c, errors, warnings),
                new StackSetCheck(c, errors, warnings),
                new ScopeCheck(c, errors, warnings));
        sections.forEach(SectionCheck::run);
        if (errors.isEmpty()) {
            for (Function<StackConfig, List<ConfigError>> check : extraChecks) {
                errors.addAll(check.apply(c));
            }
        }
        return new Findings(List.copyOf(errors), List.copyOf(warnings));
    }
}
