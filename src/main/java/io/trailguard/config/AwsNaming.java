package io.trailguard.config;

import java.util.List;
import java.util.regex.Pattern;

/** AWS's naming rules for what config names, each with its source; {@code null} means valid, else why not. */
final class AwsNaming {

    private AwsNaming() {}

    /**
     * S3 general purpose bucket naming rules (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html):
     * 3-63 characters; lowercase letters, digits, dots, hyphens; begin and end with a letter or digit; no two
     * adjacent dots; not an IP address; reserved prefixes and suffixes.
     */
    static final List<String> BUCKET_RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    static final List<String> BUCKET_RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    static String bucket(String name) {
        if (!BUCKET.matcher(name).matches()) {
            return "3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit";
        }
        if (name.contains("..")) {
            return "no two adjacent dots";
        }
        if (IPV4.matcher(name).matches()) {
            return "not formatted as an IP address";
        }
        for (String p : BUCKET_RESERVED_PREFIXES) {
            if (name.startsWith(p)) {
                return "S3 reserves the prefix `" + p + "`";
            }
        }
        for (String s : BUCKET_RESERVED_SUFFIXES) {
            if (name.endsWith(s)) {
                return "S3 reserves the suffix `" + s + "`";
            }
        }
        return null;
    }

    /**
     * CloudTrail trail names (CreateTrail {@code Name}, docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html):
     * ASCII letters, digits, periods, underscores, dashes; start and end with a letter or digit; 3-128 characters;
     * no adjacent periods, underscores or dashes ({@code my-_namespace}, {@code my--namespace}); not an IP address.
     */
    private static final Pattern TRAIL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{1,126})[A-Za-z0-9]");

    static String trail(String name) {
        if (!TRAIL.matcher(name).matches()) {
            return "3-128 ASCII letters, digits, periods, underscores and dashes, starting and ending with a letter or digit";
        }
        if (name.matches(".*[._-]{2}.*")) {
            return "no adjacent periods, underscores or dashes";
        }
        if (IPV4.matcher(name).matches()) {
            return "not formatted as an IP address";
        }
        return null;
    }

    /** IAM role names: 1-64 of letters, digits and {@code +=,.@_-} (IAM CreateRole {@code RoleName}). */
    static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    /** IAM role ARN with an optional path (IAM identifiers: arn:aws:iam::account:role/path/name). */
    static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");

    /** KMS key ids as they appear in a key ARN: a UUID or an {@code mrk-} multi-Region id (KMS API, KeyId). */
    static final Pattern KMS_KEY_ID = Pattern.compile("key/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})");

    /** Organization ids: {@code o-} and 10-32 lowercase letters or digits (Organizations API, Organization.Id). */
    static final Pattern ORG_ID = Pattern.compile("o-[a-z0-9]{10,32}");

    /** OU ids {@code ou-} + 4-32 + {@code -} + 8-32, root ids {@code r-} + 4-32 (Organizations API patterns). */
    static final Pattern OU_OR_ROOT = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32}");

    /**
     * StackSet names: "a name must start with an alphabetic character and can contain only alphanumeric characters and
     * hyphens", at most 128 characters (CreateStackSet {@code StackSetName},
     * docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html); a profile name is the part after
     * {@code trailguard-members-}.
     */
    static final int STACKSET_PROFILE_MAX = 100;
    static final Pattern STACKSET_PROFILE = Pattern.compile("[a-z][a-z0-9-]{0," + (STACKSET_PROFILE_MAX - 1) + "}");

    /** A C0 or C1 control character, or DEL: no AWS name or description field here accepts them. */
    static boolean hasControlCharacter(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f));
    }
}
