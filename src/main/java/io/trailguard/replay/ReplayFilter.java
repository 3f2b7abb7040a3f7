package io.trailguard.replay;

import java.util.Set;

/**
 * Which records a replay looks at: {@code --account} (empty: all) and {@code --since/--until}. Rules chosen with
 * {@code --rule} narrow the {@link StackRules} instead, before the run.
 */
record ReplayFilter(Set<String> accounts, TimeWindow window) {

    static final ReplayFilter EVERYTHING = new ReplayFilter(Set.of(), TimeWindow.ALWAYS);

    ReplayFilter {
        accounts = Set.copyOf(accounts);
    }
}
