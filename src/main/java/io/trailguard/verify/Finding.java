package io.trailguard.verify;

/** One thing the verification found wrong or could not prove, about one object of one account and region. */
public record Finding(Kind kind, String account, String region, String key, String detail) {

    /** What was found; {@link #fails} says whether it fails the run (exit code 2). */
    public enum Kind {
        MODIFIED("modified", true),
        DELETED("deleted", true),
        MISSING_DIGEST("missing digest", true),
        BROKEN_CHAIN("broken chain", true),
        UNLISTED("not in any digest", true),
        TIME_GAP("time gap", true),
        NO_PUBLIC_KEY("no public key", true),
        UNSUPPORTED("unsupported", true),
        UNVERIFIABLE("unverifiable offline", false),
        NOT_CHECKED("not checked", false);

        private final String label;
        private final boolean fails;

        Kind(String label, boolean fails) {
            this.label = label;
            this.fails = fails;
        }

        public String label() {
            return label;
        }

        public boolean fails() {
            return fails;
        }
    }
}
