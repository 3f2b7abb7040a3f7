package io.trailguard.guardrails;

import com.pulumi.aws.Provider;
import com.pulumi.aws.organizations.Policy;
import com.pulumi.aws.organizations.PolicyArgs;
import com.pulumi.aws.organizations.PolicyAttachment;
import com.pulumi.aws.organizations.PolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The organization's service control policies and their attachments, as {@link GuardrailPlan} computed
 * them. Only the management account can manage SCPs, so its provider is required and used for every child.
 */
public final class Guardrails extends ComponentResource {

    public static final String TYPE = "trailguard:guardrails:Guardrails";
    static final String NAME = "trailguard-guardrails";

    private final List<Policy> policies = new ArrayList<>();
    private final List<PolicyAttachment> attachments = new ArrayList<>();

    /**
     * Registers the guardrails of a validated config through the management-account provider.
     *
     * @return empty when guardrails are disabled or none is switched on
     * @throws IllegalArgumentException when the plan has errors (the validator reports them first)
     */
    public static Optional<Guardrails> create(GuardrailsArgs config, Provider managementProvider) {
        GuardrailPlan plan = GuardrailPlan.of(config);
        requireFits(plan);
        if (plan.policies().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Guardrails(NAME, plan, managementProvider));
    }

    private static void requireFits(GuardrailPlan plan) {
        if (!plan.ok()) {
            throw new IllegalArgumentException("guardrails do not fit AWS's quotas or targets:\n"
                    + plan.errors().stream().map(e -> e.format(null)).collect(Collectors.joining("\n")));
        }
    }

    Guardrails(String name, GuardrailPlan plan, Provider managementProvider) {
        super(TYPE, name, ComponentResourceOptions.builder()
                .providers(Objects.requireNonNull(managementProvider, "the management-account provider is required: only it can manage SCPs"))
                .build());
        requireFits(plan);
        CustomResourceOptions children = CustomResourceOptions.builder().parent(this).provider(managementProvider).build();
        for (PlannedPolicy p : plan.policies()) {
            Policy policy = policy(p, children);
            policies.add(policy);
            for (String target : p.targets()) {
                attachments.add(new PolicyAttachment(p.name() + "-" + target, PolicyAttachmentArgs.builder()
                        .policyId(policy.id())
                        .targetId(target)
                        .build(), children));
            }
        }
        registerOutputs(Map.of("policyIds", Output.all(policies.stream().map(Policy::id).toList())));
    }

    private static Policy policy(PlannedPolicy p, CustomResourceOptions options) {
        return new Policy(p.name(), PolicyArgs.builder()
                .name(p.name())
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
