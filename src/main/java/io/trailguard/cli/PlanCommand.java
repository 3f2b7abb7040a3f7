package io.trailguard.cli;

import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanJson;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlanTree;
import io.trailguard.plan.markdown.PlanMarkdown;
import io.trailguard.pulumi.PulumiConfigVariable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the real program under Pulumi's mock harness and prints what {@code pulumi up} would create. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what `pulumi up` would create, offline: per account and region, by type.")
final class PlanCommand implements Callable<Integer> {

    enum Format { tree, json, markdown }

    @Mixin
    StackOptions stack;

    @Option(names = "--format", defaultValue = "tree", description = "tree, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "Override trailguard:scope: all, foundation or accounts:<id>[,<id>...].")
    String scope;

    @Option(names = "--inventory", paramLabel = "FILE", description = "Organizations inventory (`coverage --format json`): expand each member StackSet into the accounts of its OUs.")
    java.nio.file.Path inventory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var loaded = stack.loadOrReport(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        StackConfig config = loaded.get();
        if (scope != null) {
            Scope s = Scope.parse(scope);
            StackConfig full = config;
            if (s == null || (s instanceof Scope.Accounts a && a.ids().stream().anyMatch(id -> full.account(id).isEmpty()))) {
                spec.commandLine().getErr().println("--scope: `" + scope + "` is not a scope of this stack (all, foundation or accounts:<id>[,<id>...] with ids from trailguard:accounts)");
                return 1;
            }
            config = config.withScope(s);
            StackConfig scoped = config;
            boolean accountTrails = scoped.accounts().stream()
                    .anyMatch(a -> s.includesMember(a.id()) && a.monitoring().feed() == io.trailguard.detect.Feed.TRAIL);
            if (!s.includesFoundation() && accountTrails && scoped.logArchive().trailKeyArn().isEmpty()) {
                spec.commandLine().getErr().println("--scope: `" + scope + "` plans account trails without the foundation; set"
                        + " trailguard:logArchive.trailKeyArn to the foundation stack's `trailKeyArn` output (the key's ARN, not its alias)");
                return 1;
            }
        }
        java.util.Optional<io.trailguard.plan.Inventory> inv = java.util.Optional.empty();
        if (inventory != null) {
            try {
                inv = java.util.Optional.of(io.trailguard.plan.Inventory.read(inventory));
            } catch (io.trailguard.plan.Inventory.InvalidInventory e) {
                spec.commandLine().getErr().println("--inventory: " + e.getMessage());
                return 1;
            }
        }
        Plan plan = PlanRunner.run(config, stack.stackName());
        var stackSets = io.trailguard.plan.StackSetExpansion.of(config, inv);
        spec.commandLine().getOut().print(switch (format) {
            case tree -> PlanTree.render(plan) + io.trailguard.plan.StackSetExpansion.tree(stackSets);
            case json -> PlanJson.render(plan, stackSets) + "\n";
            case markdown -> PlanMarkdown.render(plan);
        });
        if (format != Format.json) {
            int bytes = stack.pulumiConfigBytes();
            if (bytes > 0) {
                spec.commandLine().getOut().print((format == Format.markdown ? "\n" : "") + PulumiConfigVariable.describe(bytes) + "\n");
            }
        }
        return 0;
    }
}
