package io.trailguard.config;

/**
 * Member-monitoring settings every account starts from; an account may override any of them.
 *
 * @param monitoring   the defaults themselves
 * @param eventsPerDay assumed CloudTrail management events per account and day, for the cost estimate
 */
public record MemberDefaults(MemberSettings monitoring, long eventsPerDay) {}
