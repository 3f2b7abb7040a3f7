package io.trailguard.guardrails;

import java.util.regex.Pattern;

/** IAM's ARN wildcard matching ({@code *} any run of characters, {@code ?} one), for asserting what a Resource covers. */
final class ArnGlob {

    private ArnGlob() {}

    static boolean matches(String pattern, String arn) {
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.matches(regex.toString(), arn);
    }
}
