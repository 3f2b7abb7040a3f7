package io.trailguard.detect;

/**
 * How a pattern built in code is spelled: spacing inside the braces, around {@code &&}/{@code ||} and around
 * comparison operators, and whether every condition sits in its own parentheses. The CIS layouts reproduce the
 * published patterns; {@link #STANDARD} is trailguard's own, chosen for short patterns (AWS caps them at 1,024
 * characters).
 *
 * @param braces                 inside {@code { }}
 * @param joins                  around {@code &&} and {@code ||}
 * @param operators              around {@code = < > <= >=}
 * @param notEquals              around {@code !=}
 * @param parenthesizeConditions wrap each comparison and keyword test in {@code ( )}
 */
public record Layout(Spacing braces, Spacing joins, Spacing operators, Spacing notEquals, boolean parenthesizeConditions) {

    /** {@code { $.a = "x" && ($.b = "y" || $.c = "z") }} */
    public static final Layout STANDARD = new Layout(Spacing.SPACED, Spacing.SPACED, Spacing.SPACED, Spacing.SPACED, false);
    /** {@code {($.a=x) || ($.b=y)}}: CloudWatch.2, .4-.14. */
    public static final Layout CIS_COMPACT = new Layout(Spacing.TIGHT, Spacing.SPACED, Spacing.TIGHT, Spacing.TIGHT, true);
    /** {@code { ($.a = "x") && ($.b != "y") }}: CloudWatch.3, CIS 4.15. */
    public static final Layout CIS_SPACED = new Layout(Spacing.SPACED, Spacing.SPACED, Spacing.SPACED, Spacing.SPACED, true);
    /** {@code {$.a="x" && $.b NOT EXISTS && $.c !="y"}}: CloudWatch.1. */
    public static final Layout CIS_ROOT = new Layout(Spacing.TIGHT, Spacing.SPACED, Spacing.TIGHT, new Spacing(" ", ""), false);

    /** The pattern for {@code body}, laid out by this layout. */
    public FilterPattern pattern(Expr body) {
        return new FilterPattern(apply(body, false), braces);
    }

    private Expr apply(Expr e, boolean directlyInGroup) {
        if (e instanceof Expr.And a) {
            return new Expr.And(apply(a.left(), false), apply(a.right(), false), joins);
        }
        if (e instanceof Expr.Or o) {
            return new Expr.Or(apply(o.left(), false), apply(o.right(), false), joins);
        }
        if (e instanceof Expr.Group g) {
            return new Expr.Group(apply(g.inner(), true), Spacing.TIGHT);
        }
        Expr condition = e instanceof Expr.Comparison c
                ? new Expr.Comparison(c.selector(), c.op(), c.value(), c.op() == Expr.Operator.NE ? notEquals : operators)
                : e;
        return parenthesizeConditions && !directlyInGroup ? new Expr.Group(condition, Spacing.TIGHT) : condition;
    }
}
