package io.trailguard.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * One policy statement. Either {@code actions} or {@code notActions} is non-empty; likewise resources. A
 * null principal means the statement has none (identity policies and SCPs).
 */
public record Statement(
        String sid,
        Effect effect,
        Principal principal,
        List<String> actions,
        List<String> notActions,
        List<String> resources,
        List<String> notResources,
        List<Condition> conditions) {

    public Statement {
        actions = List.copyOf(actions);
        notActions = List.copyOf(notActions);
        resources = List.copyOf(resources);
        notResources = List.copyOf(notResources);
        conditions = List.copyOf(conditions);
        if (actions.isEmpty() == notActions.isEmpty()) {
            throw new IllegalArgumentException("statement " + sid + " needs exactly one of Action or NotAction");
        }
    }

    public static Builder allow(String sid) {
        return new Builder(sid, Effect.Allow);
    }

    public static Builder deny(String sid) {
        return new Builder(sid, Effect.Deny);
    }

    public Builder toBuilder() {
        Builder b = new Builder(sid, effect);
        b.principal = principal;
        b.actions.addAll(actions);
        b.notActions.addAll(notActions);
        b.resources.addAll(resources);
        b.notResources.addAll(notResources);
        b.conditions.addAll(conditions);
        return b;
    }

    public static final class Builder {
        private final String sid;
        private final Effect effect;
        private Principal principal;
        private final List<String> actions = new ArrayList<>();
        private final List<String> notActions = new ArrayList<>();
        private final List<String> resources = new ArrayList<>();
        private final List<String> notResources = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();

        private Builder(String sid, Effect effect) {
            this.sid = sid;
            this.effect = effect;
        }

        public Builder principal(Principal p) {
            this.principal = p;
            return this;
        }

        public Builder actions(String... a) {
            actions.addAll(List.of(a));
            return this;
        }

        public Builder actions(List<String> a) {
            actions.addAll(a);
            return this;
        }

        public Builder notActions(List<String> a) {
            notActions.addAll(a);
            return this;
        }

        public Builder resources(String... r) {
            resources.addAll(List.of(r));
            return this;
        }

        public Builder resources(List<String> r) {
            resources.addAll(r);
            return this;
        }

        public Builder notResources(List<String> r) {
            notResources.addAll(r);
            return this;
        }

        public Builder condition(String operator, String key, String... values) {
            conditions.add(new Condition(operator, key, List.of(values)));
            return this;
        }

        /**
         * The exemption of a deny: it applies to every principal except those whose ARN matches one of
         * {@code principalArnPatterns} ({@code ArnNotLike aws:PrincipalArn}, which also matches roles assumed through
         * their session ARN's role).
         */
        public Builder exceptPrincipals(List<String> principalArnPatterns) {
            return condition("ArnNotLike", "aws:PrincipalArn", principalArnPatterns);
        }

        public Builder exceptPrincipals(String... principalArnPatterns) {
            return exceptPrincipals(List.of(principalArnPatterns));
        }

        public Builder condition(String operator, String key, List<String> values) {
            conditions.add(new Condition(operator, key, values));
            return this;
        }

        public Statement build() {
            return new Statement(sid, effect, principal, actions, notActions, resources, notResources, conditions);
        }
    }
}
