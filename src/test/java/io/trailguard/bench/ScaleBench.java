package io.trailguard.bench;

import io.trailguard.config.Account;
import io.trailguard.config.MemberSettings;
import io.trailguard.config.Organization;
import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Feed;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.stack.StackLoader;
import io.trailguard.testing.Stacks;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * One plan of a generated organization, for bench/scale.sh: {@code ScaleBench <accounts> [one]}. The organization is
 * prod's foundation plus {@code accounts} generated members in two allowed regions with the full catalogue
 * (cis, seed, insider); every tenth member is on the EventBridge feed. With {@code one}, only the first generated
 * member is planned ({@code scope: accounts:<id>}) against the same config. Prints one tab-separated line.
 */
public final class ScaleBench {

    static final List<String> REGIONS = List.of("eu-west-1", "eu-central-1");

    private ScaleBench() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        boolean one = args.length > 1 && args[1].equals("one");
        StackConfig config = organization(n);
        if (one) {
            // A member-only run takes the trail key's ARN from the foundation stack's output.
            config = io.trailguard.testing.Stacks.withFoundationTrailKey(config.withScope(Scope.parse("accounts:" + memberId(0))));
        }
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        Plan plan = PlanRunner.run(config, "bench");
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakMb = heap.stop();
        long resources = plan.cloudResources().size();
        long members = plan.resources().stream().filter(r -> r.type().equals("trailguard:member:MemberMonitoring")).count();
        long memberResources = plan.cloudResources().stream().filter(r -> r.name().startsWith("member-")).count();
        long providers = plan.providers().size();
        System.out.printf("%s\t%d\t%d\t%.1f\t%.0f\t%d\t%.1f\t%d\t%.2f%n",
                one ? "accounts:" + memberId(0) : "all", n, resources, seconds, resources / seconds, peakMb,
                (double) memberResources / Math.max(1, members), providers, (double) providers / Math.max(1, members));
    }

    static StackConfig organization(int members) {
        StackConfig prod = StackLoader.fromFile(Stacks.file("prod")).config();
        Organization o = prod.organization();
        Organization org = new Organization(o.id(), o.managementAccountId(), o.homeRegion(), REGIONS, o.deployRoleName(),
                o.breakGlassRoleNames());
        MemberSettings d = prod.members().monitoring();
        List<Account> accounts = new ArrayList<>();
        for (Account a : prod.accounts()) {
            if (a.id().equals(o.managementAccountId()) || a.id().equals(prod.logArchive().accountId())
                    || a.id().equals(prod.alerting().securityAccountId())) {
                accounts.add(new Account(a.id(), a.name(), a.ou(), settings(d, Feed.TRAIL), List.of()));
            }
        }
        for (int i = 0; i < members; i++) {
            Feed feed = i % 10 == 9 ? Feed.EVENTBRIDGE : Feed.TRAIL;
            accounts.add(new Account(memberId(i), "member-" + i, "ou-p7q8-workloads", settings(d, feed), List.of()));
        }
        return new StackConfig(org, prod.logArchive(), prod.trail(), prod.alerting(), prod.guardrails(), prod.members(),
                accounts, prod.coverage(), Scope.ALL);
    }

    private static MemberSettings settings(MemberSettings d, Feed feed) {
        return new MemberSettings(feed, d.logRetentionDays(), List.of("cis", "seed", "insider"), List.of(), List.of());
    }

    static String memberId(int i) {
        return String.format("3%011d", i);
    }

    /**
     * Peak of the heap in use, sampled every 50 ms: the sum of each pool's own peak would overstate it, since eden,
     * survivor and old generation peak at different moments.
     */
    private static final class HeapSampler {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;

        private HeapSampler() {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        long stop() {
            thread.interrupt();
            return peak.get() / (1024 * 1024);
        }
    }
}
