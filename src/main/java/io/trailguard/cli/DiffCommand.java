package io.trailguard.cli;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.diff.DiffJson;
import io.trailguard.plan.diff.DiffMarkdown;
import io.trailguard.plan.diff.DiffText;
import io.trailguard.plan.diff.PlanDiff;
import io.trailguard.plan.diff.PlanDiffer;
import io.trailguard.plan.diff.ReplacementRules;
import io.trailguard.plan.diff.ScpAttachmentPeaks;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Plans a base config and the current one and prints the resource-level difference, for PR review without AWS. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Resource-level diff between a base stack config (file or git ref) and the current one, offline.")
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Mixin
    StackOptions stack;

    @Option(names = "--base", required = true, paramLabel = "FILE|GITREF",
            description = "The config to compare against: a stack file, or a git ref whose Pulumi.<stack>.yaml is read (e.g. origin/main).")
    String base;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var head = stack.loadOrReport(spec.commandLine().getErr());
        if (head.isEmpty()) {
            return 1;
        }
        LoadResult baseConfig;
        try {
            baseConfig = BaseConfig.load(base, stack.file());
        } catch (BaseConfig.BaseUnavailable e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (!baseConfig.ok()) {
            spec.commandLine().getErr().print("base " + baseConfig.report());
            return 1;
        }
        Plan before = PlanRunner.run(baseConfig.config(), stack.stackName());
        Plan after = PlanRunner.run(head.get(), stack.stackName());
        PlanDiff diff = new PlanDiffer(ReplacementRules.pulumiAws()).diff(before, after, baseConfig.source());
        String rollouts = io.trailguard.plan.diff.StackSetRollouts.render(
                io.trailguard.plan.StackSetExpansion.of(baseConfig.config(), java.util.Optional.empty()),
                io.trailguard.plan.StackSetExpansion.of(head.get(), java.util.Optional.empty()));
        spec.commandLine().getOut().print(switch (format) {
            case text -> DiffText.render(diff) + rollouts;
            case json -> DiffJson.render(diff) + "\n";
            case markdown -> DiffMarkdown.render(diff) + (rollouts.isEmpty() ? "" : "\n```\n" + rollouts.strip() + "\n```\n");
        });
        ScpAttachmentPeaks.of(diff).forEach(p -> spec.commandLine().getErr().println(p.message()));
        return 0;
    }
}
