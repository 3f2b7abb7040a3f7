package io.trailguard.plan.diff;

/**
 * One input whose value differs between the base and the current plan.
 *
 * @param input             input name as pulumi-aws spells it
 * @param before            value in the base plan (null: absent)
 * @param after             value in the current plan (null: absent)
 * @param forcesReplacement the provider replaces the resource when this input changes (see {@link ReplacementRules})
 * @param statements        statement-level change when both values are policy documents, else null
 */
public record PropertyChange(String input, Object before, Object after, boolean forcesReplacement, StatementDiff statements) {}
