package io.trailguard.stack;

import io.trailguard.config.Account;
import io.trailguard.config.Deployment;
import io.trailguard.config.StackConfig;
import io.trailguard.config.StackSetProfile;
import io.trailguard.detect.Rule;
import io.trailguard.member.FeedRegions;
import io.trailguard.member.MemberSpecs;
import io.trailguard.member.ResourceSpec;
import io.trailguard.stackset.MemberProfile;
import io.trailguard.stackset.MemberStackSetsArgs;
import io.trailguard.stackset.MemberTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The StackSets of {@code stackset} mode from config: each profile's template is made by {@link MemberSpecs} for an
 * account of that profile whose id CloudFormation fills in, with the rules {@link RuleSelection} picks for it, so a
 * template holds exactly what {@code stacks} mode would create in such an account.
 */
public final class StackSetProfiles {

    private StackSetProfiles() {}

    /** Whether config deploys any member monitoring through StackSets. */
    public static boolean used(StackConfig c) {
        return !c.members().stackSet().profiles().isEmpty()
                && (c.members().deployment() == Deployment.STACKSET || c.accounts().stream().anyMatch(Account::inStackSet));
    }

    public static MemberStackSetsArgs args(StackConfig c, com.pulumi.core.Output<String> trailKeyArn) {
        List<MemberProfile> out = new ArrayList<>();
        for (StackSetProfile p : c.members().stackSet().profiles()) {
            out.add(profile(c, p));
        }
        return new MemberStackSetsArgs(ComponentArgs.topology(c), c.members().stackSet(), out, trailKeyArn);
    }

    /** The account a profile's template is rendered for: no name of its own, its id left to {@code ${AWS::AccountId}}. */
    public static Account templateAccount(StackSetProfile p) {
        return new Account(MemberSpecs.TEMPLATE_ACCOUNT_ID, p.name(), p.organizationalUnits().isEmpty() ? "" : p.organizationalUnits().get(0),
                p.monitoring(), List.of(), Deployment.STACKSET);
    }

    public static MemberProfile profile(StackConfig c, StackSetProfile p) {
        Account a = templateAccount(p);
        List<Rule> rules = RuleSelection.forAccount(c, a);
        List<String> regions = FeedRegions.of(c.homeRegion(), c.organization().allowedRegions(), p.monitoring().feed());
        List<ResourceSpec> specs = MemberSpecs.of(ComponentArgs.topology(c), ComponentArgs.adminRoles(c), a, rules, new LinkedHashSet<>(regions));
        MemberTemplate t = MemberTemplate.render("trailguard member monitoring, profile " + p.name() + " (" + p.monitoring().feed().name().toLowerCase()
                + " feed, " + rules.size() + " rules); deployed by the StackSet " + io.trailguard.naming.Names.memberStackSet(p.name()), specs);
        return new MemberProfile(p.name(), p.organizationalUnits(), regions, rules, t);
    }
}
