package io.trailguard.detect;


/**
 * A CloudWatch Logs JSON filter pattern {@code { condition }} as data. The public entry points of the pattern
 * engine:
 *
 * <pre>{@code
 * FilterPattern p = FilterPattern.parse("{ $.eventName = \"StopLogging\" }"); // InvalidPatternException if AWS would reject it
 * String forAws   = p.render(Feed.EVENTBRIDGE);                               // { $.detail.eventName = "StopLogging" }
 * CompiledPattern m = p.compile(Feed.TRAIL);                                  // compile once ...
 * boolean hit     = m.matches(cloudTrailRecord);                              // ... match many JsonNode events
 * }</pre>
 *
 * Rules are written with the builders in {@link Patterns} and laid out with a {@link Layout}; the renderer keeps
 * every space, quote and parenthesis of the tree, so {@code parse(s).render().equals(s)} for every valid
 * pattern, and the CIS patterns render byte for byte as published.
 *
 * @param body    the condition inside the braces
 * @param padding whitespace after {@code {} and before {@code }}
 */
public record FilterPattern(Expr body, Spacing padding) {

    /** AWS's limit on a filter pattern's length (PutMetricFilter {@code filterPattern}). */
    public static final int MAX_LENGTH = 1024;
    /** AWS's limit on {@code %regex%} terms in one pattern. */
    public static final int MAX_REGEX_TERMS = 2;

    /** Parses a JSON pattern; rejects what AWS rejects, and every non-JSON pattern kind, with position and reason. */
    public static FilterPattern parse(String pattern) {
        return new FilterPatternParser(pattern).parse();
    }

    /** The pattern as written, selectors at the record root (the trail feed). */
    public String render() {
        return FilterPatternRenderer.render(this);
    }

    /** The pattern for a feed's log group: the trail feed as written, the EventBridge feed under {@code $.detail}. */
    public String render(Feed feed) {
        return forFeed(feed).render();
    }

    /** This pattern with every selector moved to where the feed puts the CloudTrail record. */
    public FilterPattern forFeed(Feed feed) {
        return feed == Feed.EVENTBRIDGE ? new FilterPattern(Exprs.underPrefix(body, "detail"), padding) : this;
    }

    /** A matcher for events as the feed's log group holds them (CloudTrail records, or EventBridge envelopes). */
    public CompiledPattern compile(Feed feed) {
        return CompiledPattern.of(forFeed(feed));
    }

    /** A matcher for events shaped as the selectors are written. */
    public CompiledPattern compile() {
        return CompiledPattern.of(this);
    }

    /** How many {@code %regex%} terms the pattern holds. */
    public int regexCount() {
        return Exprs.regexCount(body);
    }

    @Override
    public String toString() {
        return render();
    }
}
