package io.trailguard.guardrails;

import io.trailguard.config.ConfigError;
import io.trailguard.config.GuardrailSettings;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import io.trailguard.guardrails.GuardrailPlan.TargetCount;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns guardrail settings into SCPs that fit AWS's quotas. Each guardrail starts as its own SCP (the
 * clearest to review). A document over the size limit has its compatible statements merged, then is split
 * into numbered SCPs. When a target would then carry more SCPs than allowed, guardrails attached to exactly
 * the same targets are packed into shared documents, which is sound because all of them only deny. What
 * still does not fit becomes a {@link ConfigError}.
 */
final class GuardrailPlanner {

    /** Guardrails whose statements share documents, and the targets those documents are attached to. */
    private record Unit(List<Guardrail> guardrails, List<String> targets) {
        String baseName() {
            return Names.PREFIX + "-" + String.join("+", guardrails.stream().map(GuardrailCatalog::slug).toList());
        }
    }

    private record Fit(List<PlannedPolicy> policies, List<ConfigError> sizeErrors) {}

    private GuardrailPlanner() {}

    static GuardrailPlan plan(GuardrailsArgs c) {
        GuardrailSettings s = c.guardrails();
        if (!s.enabled()) {
            return new GuardrailPlan(List.of(), List.of(), List.of());
        }
        List<ConfigError> errors = new ArrayList<>(TargetChecks.errors(c));
        List<Unit> units = Arrays.stream(Guardrail.values())
                .filter(g -> s.policy(g).enabled() && !GuardrailCatalog.targets(g, c).isEmpty())
                .map(g -> new Unit(List.of(g), GuardrailCatalog.targets(g, c)))
                .toList();
        Fit fit = fit(units, c);
        List<TargetCount> counts = counts(fit.policies(), s);
        List<String> overflowing = overflowing(counts);
        if (!overflowing.isEmpty()) {
            List<Unit> packed = packSharedTargets(units, overflowing);
            if (packed.size() < units.size()) {
                fit = fit(packed, c);
                counts = counts(fit.policies(), s);
            }
        }
        errors.addAll(fit.sizeErrors());
        for (TargetCount t : counts) {
            if (t.total() > t.limit()) {
                errors.add(TargetChecks.overflow(t, c));
            }
        }
        return new GuardrailPlan(fit.policies(), counts, errors);
    }

    private static Fit fit(List<Unit> units, GuardrailsArgs c) {
        int limit = c.guardrails().limits().maxPolicyChars();
        List<PlannedPolicy> policies = new ArrayList<>();
        List<ConfigError> errors = new ArrayList<>();
        for (Unit u : units) {
            List<Statement> statements = new ArrayList<>();
            u.guardrails().forEach(g -> statements.addAll(GuardrailCatalog.document(g, c).statements()));
            List<PolicyDocument> documents = documents(statements, limit, u, c, errors);
            for (int i = 0; i < documents.size(); i++) {
                String name = documents.size() == 1 ? u.baseName() : u.baseName() + "-" + (i + 1);
                policies.add(new PlannedPolicy(name, u.guardrails(), documents.get(i), limit, u.targets()));
            }
        }
        return new Fit(policies, errors);
    }

    private static List<PolicyDocument> documents(List<Statement> statements, int limit, Unit u, GuardrailsArgs c, List<ConfigError> errors) {
        if (StatementPacker.size(statements) <= limit) {
            return List.of(new PolicyDocument(statements));
        }
        List<Statement> merged = StatementMerger.merge(statements);
        if (StatementPacker.size(merged) <= limit) {
            return List.of(new PolicyDocument(merged));
        }
        StatementPacker.Packing packing = StatementPacker.pack(merged, limit);
        packing.oversized().ifPresent(o -> errors.add(tooBig(u, o, limit, c)));
        return packing.documents();
    }

    private static ConfigError tooBig(Unit u, StatementPacker.Oversized o, int limit, GuardrailsArgs c) {
        Guardrail owner = u.guardrails().stream()
                .filter(g -> GuardrailCatalog.document(g, c).statements().stream().anyMatch(st -> o.sid() != null && o.sid().equals(st.sid())))
                .findFirst().orElse(u.guardrails().get(0));
        String hint = owner == Guardrail.REGION_DENY
                ? "the region deny is one statement and cannot be split; list fewer trailguard:organization.allowedRegions or breakGlassRoleNames, "
                        + "or raise limits.maxPolicyChars if your live quota allows (AWS reported 10240 since 2026)"
                : "raise limits.maxPolicyChars if your live quota allows (AWS reported 10240 since 2026)";
        return new ConfigError("trailguard:guardrails.policies." + owner.key(),
                "SCP " + u.baseName() + " cannot fit: statement " + o.sid() + " alone is " + o.size()
                        + " characters, limit " + limit + " (over by " + (o.size() - limit) + ")",
                hint);
    }

    private static List<TargetCount> counts(List<PlannedPolicy> policies, GuardrailSettings s) {
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        for (PlannedPolicy p : policies) {
            for (String t : p.targets()) {
                byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(p.name());
            }
        }
        List<TargetCount> counts = new ArrayList<>();
        byTarget.forEach((t, names) -> counts.add(new TargetCount(t, s.existingPolicies(t), names, s.limits().maxPoliciesPerTarget())));
        return counts;
    }

    private static List<String> overflowing(List<TargetCount> counts) {
        return counts.stream().filter(t -> t.total() > t.limit()).map(TargetCount::target).toList();
    }

    /** Merges units attached to exactly the same targets, where those targets include an overflowing one. */
    private static List<Unit> packSharedTargets(List<Unit> units, List<String> overflowing) {
        Map<Object, List<Unit>> bySameTargets = new LinkedHashMap<>();
        for (Unit u : units) {
            boolean affected = u.targets().stream().anyMatch(overflowing::contains);
            Object key = affected ? new TreeSet<>(u.targets()) : u;
            bySameTargets.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
        }
        List<Unit> packed = new ArrayList<>();
        for (List<Unit> group : bySameTargets.values()) {
            List<Guardrail> guardrails = group.stream().flatMap(u -> u.guardrails().stream()).toList();
            packed.add(new Unit(guardrails, group.get(0).targets()));
        }
        return packed;
    }
}
