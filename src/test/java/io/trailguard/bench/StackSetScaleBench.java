package io.trailguard.bench;

import io.trailguard.config.Account;
import io.trailguard.config.Deployment;
import io.trailguard.config.MemberDefaults;
import io.trailguard.config.MemberSettings;
import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.config.StackSetProfile;
import io.trailguard.config.StackSetSettings;
import io.trailguard.detect.Feed;
import io.trailguard.plan.Inventory;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.StackSetExpansion;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One offline plan of a generated organization in stackset mode, for bench/scale.sh: {@code StackSetScaleBench
 * <accounts>}. ScaleBench's foundation (prod's, two allowed regions) with {@code accounts} member accounts spread over
 * 100 OUs, known only from an Organizations inventory (none in config), and three profiles: the full catalogue on the
 * trail feed (60 OUs), CIS only (30 OUs), and the EventBridge feed (10 OUs). Plan = the program under the mock harness
 * plus the expansion of each StackSet over the inventory. Prints one tab-separated line in ScaleBench's columns, where
 * res/account is the resources of one account's stacks and providers/account is providers over all accounts.
 */
public final class StackSetScaleBench {

    static final int OUS = 100;

    private StackSetScaleBench() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        StackConfig config = organization();
        Inventory inventory = inventory(n);
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        Plan plan = PlanRunner.run(config, "bench-stackset");
        List<StackSetExpansion> sets = StackSetExpansion.of(config, Optional.of(inventory));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long accounts = sets.stream().mapToLong(s -> s.accounts().size()).sum();
        long inAccounts = sets.stream().mapToLong(s -> (long) s.resourcesPerAccount() * s.accounts().size()).sum();
        long resources = plan.cloudResources().size();
        System.out.printf("stackset\t%d\t%d\t%.1f\t%.0f\t%d\t%.1f\t%d\t%.4f%n", n, resources, seconds, resources / seconds,
                peak[0] / (1024 * 1024), (double) inAccounts / Math.max(1, accounts), plan.providers().size(),
                (double) plan.providers().size() / Math.max(1, accounts));
    }

    static String ou(int i) {
        return String.format("ou-p7q8-s%07d", i);
    }

    static StackConfig organization() {
        StackConfig base = ScaleBench.organization(0);
        MemberSettings d = base.members().monitoring();
        List<String> standard = new ArrayList<>();
        List<String> cisOnly = new ArrayList<>();
        List<String> realtime = new ArrayList<>();
        for (int i = 0; i < OUS; i++) {
            (i < 60 ? standard : i < 90 ? cisOnly : realtime).add(ou(i));
        }
        MemberSettings full = new MemberSettings(Feed.TRAIL, d.logRetentionDays(), List.of("cis", "seed", "insider"), List.of(), List.of());
        List<StackSetProfile> profiles = List.of(
                new StackSetProfile("standard", standard, full),
                new StackSetProfile("cis-only", cisOnly, new MemberSettings(Feed.TRAIL, d.logRetentionDays(), List.of("cis"), List.of(), List.of())),
                new StackSetProfile("realtime", realtime, new MemberSettings(Feed.EVENTBRIDGE, d.logRetentionDays(), List.of("cis", "seed", "insider"), List.of(), List.of())));
        String mgmt = base.organization().managementAccountId();
        List<Account> accounts = new ArrayList<>();
        for (Account a : base.accounts()) {
            // The log-archive and security accounts sit in a standard OU; the management account stays in stacks mode.
            accounts.add(a.id().equals(mgmt) ? a : new Account(a.id(), a.name(), standard.get(0), full, List.of(), Deployment.STACKSET));
        }
        MemberDefaults members = new MemberDefaults(d, base.members().eventsPerDay(), Deployment.STACKSET,
                new StackSetSettings(StackSetSettings.SELF, mgmt, StackSetSettings.OperationPreferences.DEFAULTS, profiles));
        return new StackConfig(base.organization(), base.logArchive(), base.trail(), base.alerting(), base.guardrails(), members,
                accounts, base.coverage(), Scope.ALL);
    }

    static Inventory inventory(int n) {
        List<Inventory.Account> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Inventory.Account(String.format("4%011d", i), "member-" + i, "ACTIVE", ou(i % OUS)));
        }
        return new Inventory(out);
    }
}
