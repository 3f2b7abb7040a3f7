package io.trailguard.config;

/** How member monitoring reaches an account: resources of this stack, or a stack instance of a profile's StackSet. */
public enum Deployment {
    STACKS, STACKSET;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
