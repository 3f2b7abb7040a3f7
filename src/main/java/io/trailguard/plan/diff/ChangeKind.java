package io.trailguard.plan.diff;

/** What {@code pulumi up} would do to one resource, in the order a reviewer should read them. */
public enum ChangeKind {
    REPLACE("replace", "-/+"),
    DELETE("delete", "-"),
    UPDATE("update", "~"),
    CREATE("create", "+");

    private final String id;
    private final String symbol;

    ChangeKind(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    public String id() {
        return id;
    }

    /** Pulumi's own preview symbol. */
    public String symbol() {
        return symbol;
    }
}
