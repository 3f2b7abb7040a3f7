package io.trailguard.verify;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a digest file, as the digest file structure guide ("Digest File Location") gives it:
 * {@code AWSLogs/<account>/CloudTrail-Digest/<region>/<yyyy>/<mm>/<dd>/<account>_CloudTrail-Digest_<region>_<trail>_<home-region>_<yyyymmddThhmmssZ>.json.gz},
 * below an optional key prefix and, for an organization trail, {@code AWSLogs/<org-id>/} (the AWS CLI's
 * {@code DigestProvider._create_digest_key}). Backfill digests end in {@code _backfill.json.gz} and form their own
 * chain (AWS CLI, validation.py, backfill digests).
 */
public record DigestKey(String key, ChainId chain, Instant end) {

    static final Pattern NAME = Pattern.compile(
            "^(?<prefix>(?:.*/)?)AWSLogs/(?:(?<org>o-[a-z0-9]{10,32})/)?(?<account>\\d{12})/CloudTrail-Digest/"
                    + "(?<region>[a-z]{2}(?:-[a-z]+)+-\\d+)/\\d{4}/\\d{2}/\\d{2}/\\k<account>_CloudTrail-Digest_\\k<region>_"
                    + "(?<trail>.+)_(?<home>[a-z]{2}(?:-[a-z]+)+-\\d+)_(?<stamp>\\d{8}T\\d{6}Z)(?<backfill>_backfill)?\\.json\\.gz$");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The chain a digest belongs to: one per trail, account, region and kind. */
    public record ChainId(String prefix, String organization, String account, String region, String trail,
                          String homeRegion, boolean backfill) implements Comparable<ChainId> {
        @Override
        public int compareTo(ChainId o) {
            return label().compareTo(o.label());
        }

        String label() {
            return account + " " + region + " " + trail + (backfill ? " (backfill)" : "") + " " + prefix + organization;
        }
    }

    public static Optional<DigestKey> parse(String key) {
        Matcher m = NAME.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant end;
        try {
            end = LocalDateTime.parse(m.group("stamp"), STAMP).toInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        ChainId chain = new ChainId(m.group("prefix"), m.group("org") == null ? "" : m.group("org"),
                m.group("account"), m.group("region"), m.group("trail"), m.group("home"), m.group("backfill") != null);
        return Optional.of(new DigestKey(key, chain, end));
    }
}
