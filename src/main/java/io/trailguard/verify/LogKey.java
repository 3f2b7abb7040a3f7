package io.trailguard.verify;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a CloudTrail log file (CloudTrail user guide, cloudtrail-find-log-files: {@code
 * AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/<account>_CloudTrail_<region>_<yyyymmddThhmmZ>_<unique>.json.gz},
 * with {@code AWSLogs/<org-id>/} for an organization trail). The stamp is when the file was written, which tells a
 * file not yet covered by a digest from one that no digest lists.
 */
public record LogKey(String key, String prefix, String organization, String account, String region, Instant written) {

    static final Pattern NAME = Pattern.compile(
            "^(?<prefix>(?:.*/)?)AWSLogs/(?:(?<org>o-[a-z0-9]{10,32})/)?(?<account>\\d{12})/CloudTrail/"
                    + "(?<region>[a-z]{2}(?:-[a-z]+)+-\\d+)/\\d{4}/\\d{2}/\\d{2}/\\k<account>_CloudTrail_\\k<region>_"
                    + "(?<stamp>\\d{8}T\\d{4}Z)_[A-Za-z0-9]+\\.json\\.gz$");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");

    public static Optional<LogKey> parse(String key) {
        Matcher m = NAME.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant written = LocalDateTime.parse(m.group("stamp"), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new LogKey(key, m.group("prefix"), m.group("org") == null ? "" : m.group("org"),
                    m.group("account"), m.group("region"), written));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
