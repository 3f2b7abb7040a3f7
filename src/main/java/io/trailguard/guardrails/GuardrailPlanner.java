package io.trailguard.guardrails;

import io.trailguard.config.KeyPath;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<Guardrail, String> formerPacks = formerPacks(units);
        Fit fit = fit(units, c, formerPacks);
        List<TargetCount> counts = counts(fit.policies(), s);
        List<String> overflowing = overflowing(counts);
        if (!overflowing.isEmpty()) {
            List<Unit> packed = packSharedTargets(units, overflowing);
            if (packed.size() < units.size()) {
                fit = fit(packed, c, formerPacks);
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

    private static Fit fit(List<Unit> units, GuardrailsArgs c, Map<Guardrail, String> formerPacks) {
        int limit = c.guardrails().limits().maxPolicyChars();
        List<PlannedPolicy> policies = new ArrayList<>();
        List<ConfigError> errors = new ArrayList<>();
        for (Unit u : units) {
            List<Statement> statements = new ArrayList<>();
            u.guardrails().forEach(g -> statements.addAll(GuardrailCatalog.document(g, c).statements()));
            List<PolicyDocument> documents = documents(statements, limit, u, c, errors);
            Map<Guardrail, Integer> started = new java.util.EnumMap<>(Guardrail.class);
            for (int i = 0; i < documents.size(); i++) {
                // Named after the guardrail its first statement belongs to: in a pack, each document then takes the name
                // of an SCP the unpacked plan has too, so a re-pack updates SCPs in place and creates no attachment.
                Guardrail owner = owner(documents.get(i).statements().get(0).sid(), u, c);
                int n = started.merge(owner, 1, Integer::sum);
                String name = Names.PREFIX + "-" + GuardrailCatalog.slug(owner) + (n == 1 ? "" : "-" + n);
                String number = "-" + (i + 1);
                String awsName = documents.size() == 1 ? u.baseName() : u.baseName() + number;
                // Names the same document had when Pulumi names followed the packing (base name, numbered when split).
                Set<String> former = new LinkedHashSet<>(List.of(awsName));
                String formerPack = formerPacks.getOrDefault(u.guardrails().get(0), u.baseName());
                former.add(i == 0 ? formerPack : formerPack + number);
                former.add(formerPack + number);
                policies.add(new PlannedPolicy(name, u.guardrails(), documents.get(i), limit, u.targets(), awsName, List.copyOf(former)));
            }
        }
        Set<String> current = new java.util.HashSet<>();
        policies.forEach(p -> current.add(p.name()));
        List<PlannedPolicy> out = policies.stream().map(p -> new PlannedPolicy(p.name(), p.guardrails(), p.document(), p.limit(), p.targets(),
                p.awsName(), p.formerNames().stream().filter(f -> !current.contains(f)).toList())).toList();
        return new Fit(out, errors);
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

    /** The guardrail whose document holds the statement {@code sid}; the unit's lead when none does (a merged statement). */
    private static Guardrail owner(String sid, Unit u, GuardrailsArgs c) {
        return u.guardrails().stream()
                .filter(g -> GuardrailCatalog.document(g, c).statements().stream().anyMatch(st -> sid != null && sid.equals(st.sid())))
                .findFirst().orElse(u.guardrails().get(0));
    }

    private static ConfigError tooBig(Unit u, StatementPacker.Oversized o, int limit, GuardrailsArgs c) {
        Guardrail owner = owner(o.sid(), u, c);
        String hint = owner == Guardrail.REGION_DENY
                ? "the region deny is one statement and cannot be split; list fewer trailguard:organization.allowedRegions or breakGlassRoleNames, "
                        + "or raise limits.maxPolicyChars if your live quota allows (AWS reported 10240 since 2026)"
                : "raise limits.maxPolicyChars if your live quota allows (AWS reported 10240 since 2026)";
        return new ConfigError(KeyPath.of("guardrails").key("policies").key(owner.key()).toString(),
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

    /**
     * For each guardrail that leads its group of guardrails with exactly the same targets, the name a pack of the whole
     * group had: a deployment made while the group was packed knows the lead's SCP by it.
     */
    private static Map<Guardrail, String> formerPacks(List<Unit> units) {
        Map<Object, List<Guardrail>> bySameTargets = new LinkedHashMap<>();
        units.forEach(u -> bySameTargets.computeIfAbsent(new TreeSet<>(u.targets()), k -> new ArrayList<>()).addAll(u.guardrails()));
        Map<Guardrail, String> out = new java.util.EnumMap<>(Guardrail.class);
        bySameTargets.values().forEach(g -> out.put(g.get(0), new Unit(g, List.of()).baseName()));
        return out;
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
