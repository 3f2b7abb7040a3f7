package io.trailguard.cli;

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
        var config = stack.loadOrReport(spec.commandLine().getErr());
        if (config.isEmpty()) {
            return 1;
        }
        spec.commandLine().getOut().printf("%s: valid (%d accounts, %d regions)%n", stack.file(),
                config.get().accounts().size(), config.get().organization().allowedRegions().size());
        return 0;
    }
}
