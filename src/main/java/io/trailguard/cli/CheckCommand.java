package io.trailguard.cli;

import io.trailguard.config.ConfigLoader.LoadResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Validates a stack's config, the same way the program does under {@code pulumi up}, and nothing else. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate stack config: exit 0 when valid, 1 with every error and its key path.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    StackOptions stack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult r = stack.load();
        if (!r.ok()) {
            spec.commandLine().getErr().print(r.report());
            return 1;
        }
        spec.commandLine().getOut().printf("%s: valid (%d accounts, %d regions)%n", r.source(),
                r.config().accounts().size(), r.config().organization().allowedRegions().size());
        return 0;
    }
}
