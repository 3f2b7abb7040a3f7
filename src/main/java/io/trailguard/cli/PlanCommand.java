package io.trailguard.cli;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanJson;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlanTree;
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

    enum Format { tree, json }

    @Mixin
    StackOptions stack;

    @Option(names = "--format", defaultValue = "tree", description = "tree or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "Override trailguard:scope: all, foundation or accounts:<id>[,<id>...].")
    String scope;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult r = stack.load();
        if (!r.ok()) {
            spec.commandLine().getErr().print(r.report());
            return 1;
        }
        StackConfig config = r.config();
        if (scope != null) {
            Scope s = Scope.parse(scope);
            StackConfig loaded = config;
            if (s == null || (s.kind() == Scope.Kind.ACCOUNTS && s.accountIds().stream().anyMatch(id -> loaded.account(id).isEmpty()))) {
                spec.commandLine().getErr().println("--scope: `" + scope + "` is not a scope of this stack (all, foundation or accounts:<id>[,<id>...] with ids from trailguard:accounts)");
                return 1;
            }
            config = config.withScope(s);
        }
        Plan plan = PlanRunner.run(config, stack.stackName());
        spec.commandLine().getOut().print(switch (format) {
            case tree -> PlanTree.render(plan);
            case json -> PlanJson.render(plan) + "\n";
        });
        return 0;
    }
}
