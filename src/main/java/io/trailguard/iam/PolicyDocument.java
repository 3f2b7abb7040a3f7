package io.trailguard.iam;

import java.util.List;

/** An IAM-language policy (resource policy, key policy, trust policy or SCP) as data. */
public record PolicyDocument(List<Statement> statements) {

    public static final String VERSION = "2012-10-17";

    public PolicyDocument {
        statements = List.copyOf(statements);
        long distinct = statements.stream().map(Statement::sid).filter(s -> s != null).distinct().count();
        long named = statements.stream().map(Statement::sid).filter(s -> s != null).count();
        if (distinct != named) {
            throw new IllegalArgumentException("duplicate Sid in policy document");
        }
    }

    public static PolicyDocument of(Statement... statements) {
        return new PolicyDocument(List.of(statements));
    }

    /** Minified JSON, as AWS counts it against size quotas. */
    public String toJson() {
        return PolicyJson.minified(this);
    }

    public String toPrettyJson() {
        return PolicyJson.pretty(this);
    }
}
