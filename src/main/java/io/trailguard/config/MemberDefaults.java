package io.trailguard.config;

/**
 * Member-monitoring settings every account starts from; an account may override any of them.
 *
 * @param monitoring   the defaults themselves
 * @param eventsPerDay assumed CloudTrail management events per account and day, for the cost estimate
 * @param deployment   how accounts without a {@code deployment} of their own are deployed
 * @param stackSet     the StackSets of {@code stackset} mode
 */
public record MemberDefaults(MemberSettings monitoring, long eventsPerDay, Deployment deployment, StackSetSettings stackSet) {

    /** Today's mode: every account's resources in this stack. */
    public MemberDefaults(MemberSettings monitoring, long eventsPerDay) {
        this(monitoring, eventsPerDay, Deployment.STACKS, StackSetSettings.none(""));
    }
}
