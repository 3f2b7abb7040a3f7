package io.trailguard.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every section's checks share: where problems go, and the checks more than one section makes. */
abstract class SectionCheck {

    protected final StackConfig c;
    private final List<ConfigError> errors;
    private final List<ConfigError> warnings;

    SectionCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        this.c = c;
        this.errors = errors;
        this.warnings = warnings;
    }

    abstract void run();

    void error(KeyPath path, String message, String hint) {
        errors.add(new ConfigError(path.toString(), message, hint));
    }

    void warning(KeyPath path, String message, String hint) {
        warnings.add(new ConfigError(path.toString(), message, hint));
    }

    boolean region(KeyPath path, String region) {
        if (AwsLimits.REGIONS.contains(region)) {
            return true;
        }
        String near = DidYouMean.nearest(region, AwsLimits.REGIONS);
        error(path, "`" + region + "` is not an AWS region",
                near != null ? "did you mean `" + near + "`?" : "a commercial region such as eu-west-1 or us-east-1");
        return false;
    }

    void retention(KeyPath path, int days) {
        if (!AwsLimits.LOG_RETENTION_DAYS.contains(days)) {
            int nearest = AwsLimits.LOG_RETENTION_DAYS.stream().min((a, b) -> Integer.compare(Math.abs(a - days), Math.abs(b - days))).orElse(365);
            error(path, days + " is not a CloudWatch Logs retention value", "nearest valid: " + nearest + "; valid: " + AwsLimits.LOG_RETENTION_DAYS);
        }
    }

    void roleName(KeyPath path, String name) {
        if (name != null && name.contains("/")) {
            // The guardrails exempt arn:aws:iam::*:role/<name>; a role under an IAM path has a different ARN.
            error(path, "`" + printable(name) + "` has an IAM path",
                    "give the bare role name and create the role without a path: the guardrails match arn:aws:iam::*:role/<name>");
        } else if (name != null && !AwsNaming.ROLE_NAME.matcher(name).matches()) {
            error(path, "`" + printable(name) + "` is not an IAM role name", "1-64 characters of letters, digits and +=,.@_-");
        }
    }

    void bucket(KeyPath path, String name) {
        String why = AwsNaming.bucket(name);
        if (why != null) {
            error(path, "`" + printable(name) + "` is not a valid S3 bucket name", why);
        }
    }

    void duplicates(KeyPath path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                error(path, "`" + v + "` is listed twice", null);
            }
        }
    }

    /** A value shown in a message with control characters made visible. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
