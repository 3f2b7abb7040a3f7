package io.trailguard.archive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The account principals of the reader roles, each once, in config order. */
final class ReaderAccounts {

    private ReaderAccounts() {}

    static List<String> roots(List<String> readerRoleArns) {
        Set<String> roots = new LinkedHashSet<>();
        readerRoleArns.forEach(a -> roots.add("arn:aws:iam::" + a.split(":")[4] + ":root"));
        return List.copyOf(roots);
    }
}
