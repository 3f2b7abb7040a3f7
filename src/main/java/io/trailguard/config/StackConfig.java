package io.trailguard.config;

import java.util.List;
import java.util.Optional;

/** The whole organization as one stack config describes it; validated, with every default applied. */
public record StackConfig(
        Organization organization,
        LogArchiveSettings logArchive,
        TrailSettings trail,
        AlertingSettings alerting,
        GuardrailSettings guardrails,
        MemberDefaults members,
        List<Account> accounts,
        CoverageMode coverage,
        Scope scope,
        ResponseSettings response) {

    public StackConfig(Organization organization, LogArchiveSettings logArchive, TrailSettings trail,
                       AlertingSettings alerting, GuardrailSettings guardrails, MemberDefaults members,
                       List<Account> accounts, CoverageMode coverage, Scope scope) {
        this(organization, logArchive, trail, alerting, guardrails, members, accounts, coverage, scope, ResponseSettings.NONE);
    }

    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Account requireAccount(String id) {
        return account(id).orElseThrow(() -> new IllegalArgumentException("account " + id + " is not in config"));
    }

    public String homeRegion() {
        return organization.homeRegion();
    }

    public StackConfig withScope(Scope newScope) {
        return new StackConfig(organization, logArchive, trail, alerting, guardrails, members, accounts, coverage, newScope, response);
    }

    public StackConfig withLogArchive(LogArchiveSettings newLogArchive) {
        return new StackConfig(organization, newLogArchive, trail, alerting, guardrails, members, accounts, coverage, scope);
    }

    public StackConfig withAccounts(List<Account> newAccounts) {
        return new StackConfig(organization, logArchive, trail, alerting, guardrails, members, List.copyOf(newAccounts), coverage, scope, response);
    }
}
