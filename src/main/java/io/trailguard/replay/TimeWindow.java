package io.trailguard.replay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** {@code --since} (inclusive) to {@code --until} (exclusive); either end may be open. */
record TimeWindow(Instant since, Instant until) {

    static final TimeWindow ALWAYS = new TimeWindow(null, null);

    boolean isOpen() {
        return since == null && until == null;
    }

    boolean contains(Instant t) {
        return (since == null || !t.isBefore(since)) && (until == null || t.isBefore(until));
    }

    /**
     * An ISO-8601 instant ({@code 2024-05-02T10:00:00Z}), date-time with offset, date-time (read as UTC) or date.
     * A date alone means the start of that day for {@code --since} and the end of it for {@code --until}, so
     * {@code --since 2024-05-01 --until 2024-05-31} covers all of May's first 31 days.
     */
    static Instant parseBound(String text, boolean isUpperBound) {
        String s = text.trim();
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (isUpperBound ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (s.endsWith("Z") || s.endsWith("z")) {
                return Instant.parse(s.toUpperCase(java.util.Locale.ROOT));
            }
            if (s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(s).toInstant();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 time (e.g. 2024-05-02, 2024-05-02T10:00:00Z)");
        }
    }

    /**
     * A record's {@code eventTime}, or null when it is missing or not a time. CloudTrail writes UTC with a {@code Z};
     * exports from other tools (SIEMs, test suites) also write {@code 2024-05-02 10:00:00.000}, read as UTC.
     */
    static Instant eventTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            try {
                return text.length() > 10 && text.charAt(10) == ' '
                        ? LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC)
                        : OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e2) {
                return null;
            }
        }
    }
}
