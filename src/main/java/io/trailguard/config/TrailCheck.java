package io.trailguard.config;

import java.util.List;

/** {@code trailguard:trail}: name, retention, Insights, data events. */
final class TrailCheck extends SectionCheck {

    TrailCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        TrailSettings t = c.trail();
        KeyPath p = KeyPath.of("trail");
        String why = AwsNaming.trail(t.name());
        if (why != null) {
            error(p.key("name"), "`" + printable(t.name()) + "` is not a valid trail name", why);
        }
        retention(p.key("logGroupRetentionDays"), t.logGroupRetentionDays());
        duplicates(p.key("insightTypes"), t.insightTypes());
        duplicates(p.key("excludeManagementEventSources"), t.excludeManagementEventSources());
        for (int i = 0; i < t.dataEvents().size(); i++) {
            String rt = t.dataEvents().get(i).resourceType();
            if (!AwsLimits.DATA_EVENT_RESOURCE_TYPES.contains(rt)) {
                String near = DidYouMean.nearest(rt, AwsLimits.DATA_EVENT_RESOURCE_TYPES);
                error(p.key("dataEvents").index(i).key("resourceType"), "`" + printable(rt) + "` is not a data-event resource type",
                        near != null ? "did you mean `" + near + "`?" : "e.g. AWS::S3::Object, AWS::DynamoDB::Table, AWS::Lambda::Function");
            }
            List<String> prefixes = t.dataEvents().get(i).arnPrefixes();
            for (int j = 0; j < prefixes.size(); j++) {
                if (!prefixes.get(j).startsWith("arn:aws:")) {
                    error(p.key("dataEvents").index(i).key("arnPrefixes").index(j), "`" + printable(prefixes.get(j)) + "` is not an ARN prefix",
                            "arn:aws:<service>:...; the selector compares ARNs from their start");
                }
            }
        }
    }
}
