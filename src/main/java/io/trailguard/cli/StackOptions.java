package io.trailguard.cli;

import io.trailguard.config.ConfigLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.pulumi.ProjectChecks;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --stack NAME} (reads {@code Pulumi.NAME.yaml} in the project folder) or {@code --config PATH}. */
public final class StackOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--stack", paramLabel = "NAME", description = "Stack name: reads Pulumi.NAME.yaml from the project folder.")
        String stack;

        @Option(names = "--config", paramLabel = "PATH", description = "Any stack file.")
        Path config;
    }

    public StackOptions() {}

    public static StackOptions ofStack(String name) {
        StackOptions o = new StackOptions();
        o.source = new Source();
        o.source.stack = name;
        return o;
    }

    public static StackOptions ofFile(Path file) {
        StackOptions o = new StackOptions();
        o.source = new Source();
        o.source.config = file;
        return o;
    }

    /** The stack file: {@code --config} as given, or {@code Pulumi.<stack>.yaml} in the project folder. */
    public Path file() {
        if (source.config != null) {
            return source.config;
        }
        return projectDir().resolve("Pulumi." + source.stack + ".yaml");
    }

    /** The stack name: {@code --stack}, or derived from a {@code Pulumi.<name>.yaml} file name. */
    public String stackName() {
        if (source.stack != null) {
            return source.stack;
        }
        String f = source.config.getFileName().toString();
        return f.startsWith("Pulumi.") && f.endsWith(".yaml") ? f.substring(7, f.length() - 5) : f.replaceAll("\\.ya?ml$", "");
    }

    /**
     * The stack file through the config checks and the Pulumi CLI's own project rules ({@link ProjectChecks}), so a
     * stack the CLI would refuse before the program starts fails offline too. A problem both find is reported once.
     */
    public LoadResult load() {
        LoadResult r = io.trailguard.stack.StackLoader.fromFile(file());
        Path project = ProjectChecks.projectFileFor(file(), projectDir());
        if (project == null) {
            return r;
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        r.errors().forEach(e -> reported.add(e.path()));
        java.util.List<io.trailguard.config.ConfigError> extra = ProjectChecks.check(project, file(), stackName()).errors().stream()
                .filter(e -> !reported.contains(e.path())).toList();
        if (extra.isEmpty()) {
            return r;
        }
        java.util.List<io.trailguard.config.ConfigError> all = new java.util.ArrayList<>(r.errors());
        all.addAll(extra);
        return new LoadResult(null, java.util.List.copyOf(all), r.source());
    }

    /** Bytes of the {@code PULUMI_CONFIG} variable the program would start with, or 0 without a Pulumi.yaml. */
    public int pulumiConfigBytes() {
        Path project = ProjectChecks.projectFileFor(file(), projectDir());
        return project == null ? 0 : ProjectChecks.check(project, file(), stackName()).pulumiConfigBytes();
    }

    /** The validated config, or empty after printing every error to {@code err} (the command then exits 1). */
    public java.util.Optional<io.trailguard.config.StackConfig> loadOrReport(java.io.PrintWriter err) {
        LoadResult r = load();
        if (!r.ok()) {
            err.print(r.report());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(r.config());
    }

    /** The project folder: {@code TRAILGUARD_PROJECT_DIR} (set by the launcher) or the working directory. */
    static Path projectDir() {
        String dir = System.getenv("TRAILGUARD_PROJECT_DIR");
        return Path.of(dir != null && !dir.isBlank() ? dir : ".");
    }
}
