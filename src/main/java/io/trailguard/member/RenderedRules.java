package io.trailguard.member;

import io.trailguard.detect.Feed;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Rule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalogue rule's pattern and Insights query for a feed, rendered once per JVM rather than once per account: a
 * thousand accounts share the same few dozen renderings. Rules generated from config (guarded resources) are
 * rendered each time, so nothing generated is kept or mistaken for another rule of the same id.
 */
final class RenderedRules {

    private record Key(String ruleId, Feed feed) {}

    private static final Map<Key, String> PATTERNS = new ConcurrentHashMap<>();
    private static final Map<Key, String> QUERIES = new ConcurrentHashMap<>();

    private RenderedRules() {}

    static String pattern(Rule rule, Feed feed) {
        return isCatalogued(rule) ? PATTERNS.computeIfAbsent(new Key(rule.id(), feed), k -> rule.render(feed)) : rule.render(feed);
    }

    static String query(Rule rule, Feed feed) {
        return isCatalogued(rule)
                ? QUERIES.computeIfAbsent(new Key(rule.id(), feed), k -> rule.insightsQuery(feed)) : rule.insightsQuery(feed);
    }

    private static boolean isCatalogued(Rule rule) {
        return Catalogue.byId(rule.id()).filter(r -> r == rule).isPresent();
    }
}
