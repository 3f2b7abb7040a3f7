package io.trailguard.config;

import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.detect.Severity;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code trailguard:alerting}: every route's endpoint is one SNS will accept and deliver to. */
final class AlertingCheck extends SectionCheck {

    /** An address of letters, digits and the usual punctuation, and a domain of dot-separated labels. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern SQS_ARN = Pattern.compile("arn:aws:sqs:([a-z0-9-]+):(\\d{12}):([A-Za-z0-9_-]{1,80}(\\.fifo)?)");
    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:aws:lambda:([a-z0-9-]+):(\\d{12}):function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?");

    AlertingCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        KeyPath routes = KeyPath.of("alerting").key("routes");
        c.alerting().routes().forEach((sev, endpoints) -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < endpoints.size(); i++) {
                Endpoint e = endpoints.get(i);
                KeyPath ep = routes.key(sev.id()).index(i).key("endpoint");
                if (!seen.add(e.protocol() + " " + e.endpoint())) {
                    error(ep, "`" + e.endpoint() + "` is subscribed twice to " + sev.id(), null);
                }
                endpoint(ep, e);
            }
        });
        if (c.alerting().routes().get(Severity.CRITICAL).isEmpty()) {
            error(routes.key("critical"), "has no endpoint", "critical alerts (trail tampering, root use) must reach someone: add an email or https endpoint");
        }
    }

    private void endpoint(KeyPath path, Endpoint e) {
        String v = e.endpoint();
        switch (e.protocol()) {
            case EMAIL -> {
                if (v.length() > AwsLimits.EMAIL_MAX || !EMAIL.matcher(v).matches()) {
                    error(path, "`" + printable(v) + "` is not an email address", "name@example.com");
                }
            }
            case HTTPS -> https(path, v);
            case SQS -> {
                Matcher m = arn(path, v, SQS_ARN, "arn:aws:sqs:<region>:<12 digits>:<queue>");
                // SNS delivers to FIFO queues only from FIFO topics; the central topics are standard topics
                // (docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html).
                if (m != null && m.group(4) != null) {
                    error(path, "`" + v + "` is a FIFO queue", "a standard SNS topic cannot deliver to a FIFO queue; subscribe a standard queue");
                }
            }
            case LAMBDA -> arn(path, v, LAMBDA_ARN, "arn:aws:lambda:<region>:<12 digits>:function:<name>");
        }
    }

    private void https(KeyPath path, String v) {
        String problem = null;
        try {
            URI u = new URI(v);
            if (!"https".equals(u.getScheme()) || u.getHost() == null) {
                problem = "https://host/path; plain http is refused for security alerts";
            } else if (u.getPort() != -1 && (u.getPort() < 1 || u.getPort() > 65535)) {
                problem = "port " + u.getPort() + " is out of range: 1-65535";
            }
        } catch (Exception ex) {
            problem = "https://host[:port]/path";
        }
        if (problem == null && v.matches("https://[^/]*:[^/0-9][^/]*(/.*)?")) {
            problem = "the port must be a number 1-65535";
        }
        if (problem != null) {
            error(path, "`" + printable(v) + "` is not an https URL", problem);
        }
    }

    private Matcher arn(KeyPath path, String v, Pattern p, String hint) {
        Matcher m = p.matcher(v);
        if (!m.matches()) {
            error(path, "`" + printable(v) + "` is not a valid ARN for this protocol", hint);
            return null;
        }
        if (!AwsLimits.REGIONS.contains(m.group(1))) {
            error(path, "`" + m.group(1) + "` in the ARN is not an AWS region", null);
        }
        return m;
    }
}
