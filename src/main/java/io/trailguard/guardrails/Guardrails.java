package io.trailguard.guardrails;

import com.pulumi.aws.organizations.Policy;
import com.pulumi.aws.organizations.PolicyArgs;
import com.pulumi.aws.organizations.PolicyAttachment;
import com.pulumi.aws.organizations.PolicyAttachmentArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import io.trailguard.providers.RequiredProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The organization's service control policies and their attachments, as {@link GuardrailPlan} computed
 * them. Only the management account can manage SCPs, so its provider is required and used for every child.
 */
public final class Guardrails extends ComponentResource {

    public static final String TYPE = "trailguard:guardrails:Guardrails";
    public static final String NAME = "trailguard-guardrails";

    private final List<Policy> policies = new ArrayList<>();
    private final List<PolicyAttachment> attachments = new ArrayList<>();

    /**
     * Registers the guardrails of a validated config through the management-account provider in {@code options}.
     *
     * @return empty when guardrails are disabled or none is switched on
     * @throws IllegalArgumentException when the plan has errors (the validator reports them first)
     */
    public static Optional<Guardrails> create(String name, GuardrailsArgs args, ComponentResourceOptions options) {
        GuardrailPlan plan = GuardrailPlan.of(args);
        requireFits(plan);
        if (plan.policies().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Guardrails(name, plan, options));
    }

    private static void requireFits(GuardrailPlan plan) {
        if (!plan.ok()) {
            throw new IllegalArgumentException("guardrails do not fit AWS's quotas or targets:\n"
                    + plan.errors().stream().map(e -> e.format(null)).collect(Collectors.joining("\n")));
        }
    }

    /** @param options must carry the management account's provider: only it can manage SCPs; every child inherits it */
    Guardrails(String name, GuardrailPlan plan, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "Guardrails", "management account's"));
        requireFits(plan);
        for (PlannedPolicy p : plan.policies()) {
            Policy policy = policy(p, options(p.formerNames()));
            policies.add(policy);
            for (String target : p.targets()) {
                attachments.add(new PolicyAttachment(p.name() + "-" + target, PolicyAttachmentArgs.builder()
                        .policyId(policy.id())
                        .targetId(target)
                        .build(), options(p.formerNames().stream().map(n -> n + "-" + target).toList())));
            }
        }
        registerOutputs(Map.of("policyIds", Output.all(policies.stream().map(Policy::id).toList())));
    }

    /** Parented here, and known by its former names too, so a deployment made under those names updates in place. */
    private CustomResourceOptions options(List<String> formerNames) {
        return CustomResourceOptions.builder().parent(this)
                .aliases(formerNames.stream().map(n -> Output.of(Alias.builder().name(n).build())).toList())
                .build();
    }

    private static Policy policy(PlannedPolicy p, CustomResourceOptions options) {
        return new Policy(p.name(), PolicyArgs.builder()
                .name(p.awsName())
                .description(p.description())
                .type("SERVICE_CONTROL_POLICY")
                .content(p.json())
                .tags(Map.of("ManagedBy", "trailguard"))
                .build(), options);
    }

    public List<Policy> policies() {
        return List.copyOf(policies);
    }

    public List<PolicyAttachment> attachments() {
        return List.copyOf(attachments);
    }
}
