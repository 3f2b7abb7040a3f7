package io.trailguard.guardrails;

import io.trailguard.config.ConfigError;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.iam.PolicyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Which SCPs trailguard will create, how big each is, and how many SCPs each target will then carry,
 * computed from config before anything is registered.
 *
 * @param policies every SCP, in a stable order
 * @param targets  every target with its SCP count after trailguard's attachments
 * @param errors   why the plan cannot be deployed; empty when it can
 */
public record GuardrailPlan(List<PlannedPolicy> policies, List<TargetCount> targets, List<ConfigError> errors) {

    /**
     * One SCP.
     *
     * @param name        Pulumi resource name: its lead guardrail (the first it carries) and, from the second document
     *                    of a split on, its number; never how the guardrails were packed, so a re-pack updates the
     *                    lead's SCP in place and only deletes the others
     * @param guardrails  the guardrails whose statements it carries (several when packed to save places on targets)
     * @param document    the policy
     * @param limit       the configured maximum size in characters
     * @param targets     root, OU or account ids it is attached to
     * @param awsName     the SCP's name in AWS, which says what it carries (a rename is an in-place UpdatePolicy)
     * @param formerNames Pulumi names the same SCP had under packing-dependent naming, as aliases
     */
    public record PlannedPolicy(String name, List<Guardrail> guardrails, PolicyDocument document, int limit, List<String> targets,
                                String awsName, List<String> formerNames) {

        public PlannedPolicy {
            guardrails = List.copyOf(guardrails);
            targets = List.copyOf(targets);
            formerNames = List.copyOf(formerNames);
        }

        public String json() {
            return document.toJson();
        }

        /** Minified characters, as AWS counts them against the quota. */
        public int size() {
            return json().length();
        }

        public String description() {
            return "trailguard guardrail (" + String.join(", ", guardrails.stream().map(Guardrail::key).toList())
                    + "); managed by Pulumi, do not edit";
        }
    }

    /**
     * @param existing SCPs attached there outside trailguard (FullAWSAccess included), from config
     * @param policies trailguard's SCPs attached there
     */
    public record TargetCount(String target, int existing, List<String> policies, int limit) {
        public int total() {
            return existing + policies.size();
        }
    }

    public GuardrailPlan {
        policies = List.copyOf(policies);
        targets = List.copyOf(targets);
        errors = List.copyOf(errors);
    }

    /** The plan for a validated config; an empty plan when guardrails are disabled. */
    public static GuardrailPlan of(GuardrailsArgs config) {
        return GuardrailPlanner.plan(config);
    }

    /** A config check (wired in {@code io.trailguard.stack.StackLoader}): sizes, counts and targets, each error with its config path. */
    public static List<ConfigError> check(GuardrailsArgs config) {
        return of(config).errors();
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Lines for the {@code plan} command: each SCP's size against the limit, then each target's count. */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        if (policies.isEmpty() && errors.isEmpty()) {
            lines.add("Guardrails: none");
            return lines;
        }
        int nameWidth = Math.max(3, policies.stream().mapToInt(p -> p.name().length()).max().orElse(3));
        lines.add(String.format("%-" + nameWidth + "s  %11s  %s", "SCP", "chars/limit", "attached to"));
        for (PlannedPolicy p : policies) {
            lines.add(String.format("%-" + nameWidth + "s  %11s  %s", p.name(), p.size() + "/" + p.limit(), String.join(", ", p.targets())));
        }
        int targetWidth = Math.max(6, targets.stream().mapToInt(t -> t.target().length()).max().orElse(6));
        lines.add(String.format("%-" + targetWidth + "s  %10s  %s", "target", "SCPs/limit", "(existing + trailguard's)"));
        for (TargetCount t : targets) {
            lines.add(String.format("%-" + targetWidth + "s  %10s  %s%s", t.target(), t.total() + "/" + t.limit(),
                    t.existing() + " + " + String.join(", ", t.policies()), t.total() > t.limit() ? "  OVER" : ""));
        }
        for (ConfigError e : errors) {
            lines.add("error: " + e.format(null));
        }
        return lines;
    }
}
