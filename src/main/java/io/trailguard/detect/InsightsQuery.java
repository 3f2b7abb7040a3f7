package io.trailguard.detect;

import java.util.regex.Pattern;

/**
 * A CloudWatch Logs Insights query that finds the events a pattern counts, for alarm descriptions and
 * responders. Insights flattens arrays to {@code field.0.sub}, so a {@code [*]} selector is searched in its first
 * three elements; globs become anchored {@code like} regular expressions; {@code NOT EXISTS} and {@code IS NULL}
 * become {@code not ispresent}/{@code isblank}. A responder's aid: the metric filter stays the authority.
 */
final class InsightsQuery {

    private static final int ARRAY_ELEMENTS_SEARCHED = 3;
    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z0-9_.@]+");

    private InsightsQuery() {}

    static String render(FilterPattern pattern, Feed feed) {
        FilterPattern p = pattern.forFeed(feed);
        String prefix = feed == Feed.EVENTBRIDGE ? "detail." : "";
        return "fields @timestamp, " + prefix + "eventSource, " + prefix + "eventName, " + prefix + "userIdentity.arn, "
                + prefix + "sourceIPAddress, " + prefix + "errorCode"
                + " | filter " + expr(p.body())
                + " | sort @timestamp desc | limit 200";
    }

    private static String expr(Expr e) {
        if (e instanceof Expr.And a) {
            return expr(a.left()) + " and " + expr(a.right());
        }
        if (e instanceof Expr.Or o) {
            return expr(o.left()) + " or " + expr(o.right());
        }
        if (e instanceof Expr.Group g) {
            return "(" + expr(g.inner()) + ")";
        }
        Selector selector = e instanceof Expr.Comparison c ? c.selector() : ((Expr.Check) e).selector();
        if (!selector.hasWildcard()) {
            return condition(e, field(selector, 0));
        }
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < ARRAY_ELEMENTS_SEARCHED; i++) {
            any.append(i == 0 ? "" : e instanceof Expr.Comparison c && c.op() == Expr.Operator.NE ? " and " : " or ")
                    .append(condition(e, field(selector, i)));
        }
        return any.append(')').toString();
    }

    private static String condition(Expr e, String field) {
        if (e instanceof Expr.Check k) {
            return switch (k.test()) {
                case NOT_EXISTS -> "not ispresent(" + field + ")";
                case IS_NULL -> "isblank(" + field + ")";
                case IS_TRUE -> field + " = 1";
                case IS_FALSE -> field + " = 0";
            };
        }
        Expr.Comparison c = (Expr.Comparison) e;
        boolean negated = c.op() == Expr.Operator.NE;
        if (c.value() instanceof Value.Regex r) {
            return field + (negated ? " not like /" : " like /") + r.source() + "/";
        }
        if (c.value() instanceof Value.Text t && t.isGlob()) {
            return field + (negated ? " not like /^" : " like /^") + globToRegex(t.text()) + "$/";
        }
        if (c.value() instanceof Value.NumberLiteral n) {
            return field + " " + c.op().symbol() + " " + n.literal();
        }
        return field + " " + c.op().symbol() + " \"" + ((Value.Text) c.value()).text() + "\"";
    }

    private static String field(Selector s, int wildcardIndex) {
        StringBuilder b = new StringBuilder();
        for (Selector.Step step : s.steps()) {
            String part = step instanceof Selector.Step.Field f ? f.name()
                    : step instanceof Selector.Step.Index i ? Integer.toString(i.index())
                    : Integer.toString(wildcardIndex);
            b.append(b.length() == 0 ? "" : ".").append(part);
        }
        String name = b.toString();
        return PLAIN_FIELD.matcher(name).matches() ? name : "`" + name + "`";
    }

    private static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            if (ch == '*') {
                b.append(".*");
            } else {
                if ("\\^$.|?+()[]{}/".indexOf(ch) >= 0) {
                    b.append('\\');
                }
                b.append(ch);
            }
        }
        return b.toString();
    }
}
