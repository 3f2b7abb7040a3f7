package io.trailguard.org;

import io.trailguard.config.CoverageMode;
import io.trailguard.config.StackConfig;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The check the Pulumi program runs before registering anything, as {@code trailguard:coverage} asks: {@code off}
 * does nothing (no AWS call), {@code warn} logs each gap, {@code fail} throws {@link CoverageGateException} listing
 * them.
 */
public final class CoverageGate {

    private static final String PREFIX = "coverage: ";

    private CoverageGate() {}

    /**
     * Reads the organization with ambient credentials assuming the deploy role in the management account
     * ({@link AwsAccess#forProgram}).
     *
     * @return the report, or empty when the mode is off or (in warn mode) the organization could not be read
     */
    public static Optional<CoverageReport> run(StackConfig config, Consumer<String> warn) {
        return run(config, warn, () -> AwsAccess.forProgram(config).openInventory());
    }

    /** As {@link #run(StackConfig, Consumer)} with another inventory; it is opened only when the mode is not off. */
    public static Optional<CoverageReport> run(StackConfig config, Consumer<String> warn, Supplier<OrganizationInventory> inventory) {
        CoverageMode mode = config.coverage();
        if (mode == CoverageMode.OFF) {
            return Optional.empty();
        }
        OrganizationSnapshot snapshot;
        try (OrganizationInventory source = inventory.get()) {
            snapshot = source.snapshot();
        } catch (InventoryException | SdkException e) {
            if (mode == CoverageMode.FAIL) {
                throw new CoverageGateException(PREFIX + "fail is set, but the organization could not be read: " + e.getMessage()
                        + "\nnothing was registered; fix access, or set trailguard:coverage to warn or off", e);
            }
            warn.accept(PREFIX + "check skipped, the organization could not be read: " + e.getMessage());
            return Optional.empty();
        }
        CoverageReport report = CoverageCheck.compare(config, snapshot);
        if (report.covered()) {
            return Optional.of(report);
        }
        if (mode == CoverageMode.FAIL) {
            StringBuilder b = new StringBuilder(PREFIX).append(CoverageSummary.headline(report, null)).append('\n');
            report.gaps().forEach(g -> b.append("  ").append(line(g)).append('\n'));
            b.append(CoverageSummary.verdict(report))
                    .append("\nnothing was registered; fix config, or set trailguard:coverage to warn");
            throw new CoverageGateException(b.toString(), null);
        }
        report.gaps().forEach(g -> warn.accept(PREFIX + line(g)));
        warn.accept(PREFIX + CoverageSummary.verdict(report));
        return Optional.of(report);
    }

    private static String line(CoverageGap g) {
        return g.path() + ": " + g.message() + " (" + g.hint() + ")";
    }
}
