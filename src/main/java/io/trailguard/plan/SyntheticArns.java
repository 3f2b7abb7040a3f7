package io.trailguard.plan;

/** ARNs in AWS's own formats for the mock harness, so outputs that feed other inputs look like the real thing. */
final class SyntheticArns {

    private SyntheticArns() {}

    static String of(String type, String account, String region, String name) {
        return switch (type) {
            case "aws:s3/bucketV2:BucketV2" -> "arn:aws:s3:::" + name;
            case "aws:kms/key:Key" -> "arn:aws:kms:" + region + ":" + account + ":key/" + name;
            case "aws:kms/alias:Alias" -> "arn:aws:kms:" + region + ":" + account + ":" + name;
            case "aws:cloudwatch/logGroup:LogGroup" -> "arn:aws:logs:" + region + ":" + account + ":log-group:" + name;
            case "aws:iam/role:Role" -> "arn:aws:iam::" + account + ":role/" + name;
            case "aws:sns/topic:Topic" -> "arn:aws:sns:" + region + ":" + account + ":" + name;
            case "aws:cloudtrail/trail:Trail" -> "arn:aws:cloudtrail:" + region + ":" + account + ":trail/" + name;
            case "aws:cloudwatch/metricAlarm:MetricAlarm" -> "arn:aws:cloudwatch:" + region + ":" + account + ":alarm:" + name;
            case "aws:cloudwatch/eventRule:EventRule" -> "arn:aws:events:" + region + ":" + account + ":rule/" + name;
            case "aws:organizations/policy:Policy" -> "arn:aws:organizations::" + account + ":policy/o-mock/service_control_policy/p-" + Integer.toHexString(name.hashCode());
            default -> {
                String service = type.indexOf(':') >= 0 && type.indexOf('/') > type.indexOf(':')
                        ? type.substring(type.indexOf(':') + 1, type.indexOf('/')) : "pulumi";
                yield "arn:aws:" + service + ":" + region + ":" + account + ":" + name;
            }
        };
    }
}
