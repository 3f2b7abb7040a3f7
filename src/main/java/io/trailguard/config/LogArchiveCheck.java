package io.trailguard.config;

import io.trailguard.config.LogArchiveSettings.LifecycleSettings;
import io.trailguard.detect.Feed;
import java.util.List;

/** {@code trailguard:logArchive}: bucket names, Object Lock, lifecycle, readers. */
final class LogArchiveCheck extends SectionCheck {

    LogArchiveCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        LogArchiveSettings l = c.logArchive();
        KeyPath p = KeyPath.of("logArchive");
        bucket(p.key("bucketName"), l.bucketName());
        KeyPath al = p.key("accessLogs");
        if (l.accessLogs().enabled()) {
            bucket(al.key("bucketName"), l.accessLogs().bucketName());
            if (l.accessLogs().bucketName().equals(l.bucketName())) {
                error(al.key("bucketName"), "is the trail bucket itself", "an Object-Locked bucket cannot receive access logs; use a separate bucket");
            }
            if (l.accessLogs().expireDays() < 1) {
                error(al.key("expireDays"), "must be at least 1", null);
            }
        }
        int days = l.objectLock().days();
        if (days < 1 || days > AwsLimits.MAX_OBJECT_LOCK_DAYS) {
            error(p.key("objectLock").key("days"), days + " is out of range", "1 to " + AwsLimits.MAX_OBJECT_LOCK_DAYS + " days");
        }
        KeyPath lp = p.key("lifecycle");
        LifecycleSettings lc = l.lifecycle();
        if (lc.transitionDays() < 0) {
            error(lp.key("transitionDays"), "must not be negative", null);
        }
        if (lc.transitionStorageClass().equals("STANDARD_IA") && lc.transitionDays() < 30) {
            error(lp.key("transitionDays"), lc.transitionDays() + " is too early for STANDARD_IA", "S3 requires at least 30 days");
        }
        if (lc.expireDays() <= lc.transitionDays()) {
            error(lp.key("expireDays"), "expiry (" + lc.expireDays() + " days) is not after the transition (" + lc.transitionDays() + " days)",
                    "expireDays must be greater than transitionDays");
        }
        if (lc.expireDays() < days) {
            error(lp.key("expireDays"), "expiry (" + lc.expireDays() + " days) comes before the Object Lock retention ends (" + days + " days)",
                    "set expireDays >= objectLock.days; locked versions cannot expire anyway");
        }
        if (lc.noncurrentExpireDays() < 1) {
            error(lp.key("noncurrentExpireDays"), "must be at least 1", null);
        }
        trailKey(p.key("trailKeyArn"), l.trailKeyArn());
        for (int i = 0; i < l.readerRoleArns().size(); i++) {
            String arn = l.readerRoleArns().get(i);
            if (!AwsNaming.ROLE_ARN.matcher(arn).matches()) {
                error(p.key("readerRoleArns").index(i), "`" + printable(arn) + "` is not an IAM role ARN", "arn:aws:iam::<12 digits>:role/<name>");
            }
        }
    }

    /**
     * Account trails need the key's ARN, not its alias: CloudTrail stores the key ARN whatever it was given, so an
     * alias would show a change on every preview (hashicorp/terraform-provider-aws#33928). A run that deploys the
     * foundation passes the key it creates; a member-only run takes the foundation stack's {@code trailKeyArn} output.
     */
    private void trailKey(KeyPath path, String arn) {
        String shape = "arn:aws:kms:" + c.homeRegion() + ":" + c.logArchive().accountId() + ":key/<key id>";
        if (!arn.isEmpty()) {
            if (c.scope().includesFoundation()) {
                warning(path, "is ignored: this run deploys the foundation and uses the key it creates", "remove it, or set scope to accounts:<id>,...");
            } else if (!arn.startsWith("arn:aws:kms:" + c.homeRegion() + ":" + c.logArchive().accountId() + ":")
                    || !AwsNaming.KMS_KEY_ID.matcher(arn.substring(arn.lastIndexOf(':') + 1)).matches()) {
                error(path, "`" + printable(arn) + "` is not the trail key's ARN", shape + " (a key id, not an alias: CloudTrail reads back the key ARN)");
            }
            return;
        }
        boolean trailFeed = c.accounts().stream().anyMatch(a -> c.scope().includesMember(a.id()) && a.monitoring().feed() == Feed.TRAIL);
        if (!c.scope().includesFoundation() && trailFeed) {
            error(path, "is required: scope " + c.scope() + " deploys account trails without the foundation",
                    "the foundation stack's output (`pulumi stack output trailKeyArn`), " + shape);
        }
    }
}
