package io.trailguard.cli;

import io.trailguard.config.StackConfig;
import io.trailguard.org.AccountSuggestions;
import io.trailguard.org.AwsAccess;
import io.trailguard.org.CoverageCheck;
import io.trailguard.org.CoverageFormat;
import io.trailguard.org.CoverageReport;
import io.trailguard.org.InventoryException;
import io.trailguard.org.OrganizationInventory;
import io.trailguard.org.OrganizationSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/** The organization as AWS Organizations sees it, against the stack's config; the one command that calls AWS. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {
            "Compare stack config with AWS Organizations: accounts missing from config, config accounts not in the "
                    + "organization, suspended or closed accounts, OU, management account and organization mismatches.",
            "Exit 0 when fully covered, 2 when there are gaps, 1 on errors.",
            "Credentials and endpoints follow the AWS SDK: the default credential chain, AWS_PROFILE, "
                    + "AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_ORGANIZATIONS. See docs/coverage.md for the IAM policy."
        })
final class CoverageCommand implements Callable<Integer> {

    static final int GAPS = 2;

    @Mixin
    StackOptions stack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--suggest", description = "Print config entries for the uncovered accounts, ready to paste under trailguard:accounts:.")
    boolean suggest;

    @Mixin
    AwsOptions aws;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<CoverageFormat> chosen = CoverageFormat.parse(format);
        if (chosen.isEmpty()) {
            err.println("trailguard coverage: --format " + format + " is not a format (" + CoverageFormat.choices() + ")");
            return 1;
        }
        var loaded = stack.loadOrReport(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        StackConfig config = loaded.get();
        OrganizationSnapshot snapshot;
        AwsAccess access = aws.access(aws.regionOr(config.homeRegion()));
        try (OrganizationInventory inventory = access.openInventory()) {
            snapshot = inventory.snapshot();
        } catch (InventoryException | SdkException e) {
            err.println("trailguard coverage: " + e.getMessage());
            return 1;
        }
        CoverageReport report = CoverageCheck.compare(config, snapshot);
        if (suggest) {
            return suggest(report, config, out, err);
        }
        out.print(chosen.get().render(report, stack.stackName()));
        return report.covered() ? 0 : GAPS;
    }

    /** Only YAML on stdout, so it can be piped or pasted; everything else on stderr. */
    private int suggest(CoverageReport report, StackConfig config, PrintWriter out, PrintWriter err) {
        String text;
        try {
            text = Files.readString(stack.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = null;
        }
        out.print(AccountSuggestions.yaml(report, config, text));
        int others = report.gaps().size() - report.uncovered().size();
        err.println(report.uncovered().size() + " account(s) to add to " + stack.file()
                + (others == 0 ? "" : "; " + others + " other gap(s): run without --suggest to see them"));
        return report.covered() ? 0 : GAPS;
    }
}
