package io.trailguard.guardrails;

import java.util.List;

/**
 * Actions the region deny must never block: global services whose API lives in one region (mostly
 * us-east-1) whatever region the caller works in, and regional read calls consoles make everywhere. Kept
 * verbatim from AWS's own list so a reviewer can diff it against the source when AWS updates it.
 */
final class GlobalServices {

    static final String SOURCE =
            "AWS Control Tower GRREGIONDENY NotAction list, https://docs.aws.amazon.com/controltower/latest/controlreference/primary-region-deny-policy.html (as retrieved in shared/AWS-FACTS.md §1)";

    /**
     * Control Tower's list, unchanged. Notable entries: {@code kms:*} and {@code config:*} because Control
     * Tower's own home-region plumbing calls them; {@code sts:*} and {@code iam:*} so that nobody loses
     * the ability to sign in and assume roles from a denied region's endpoint.
     */
    static final List<String> CONTROL_TOWER_REGION_DENY_NOT_ACTIONS = List.of(
            "a4b:*", "access-analyzer:*", "account:*", "acm:*", "activate:*", "artifact:*",
            "aws-marketplace-management:*", "aws-marketplace:*", "aws-portal:*", "billing:*", "billingconductor:*",
            "budgets:*", "ce:*", "chatbot:*", "chime:*", "cloudfront:*", "cloudtrail:LookupEvents",
            "compute-optimizer:*", "config:*", "consoleapp:*", "consolidatedbilling:*", "cur:*",
            "datapipeline:GetAccountLimits", "devicefarm:*", "directconnect:*", "ec2:DescribeRegions",
            "ec2:DescribeTransitGateways", "ec2:DescribeVpnGateways", "ecr-public:*", "fms:*", "freetier:*",
            "globalaccelerator:*", "health:*", "iam:*", "importexport:*", "invoicing:*", "iq:*", "kms:*",
            "license-manager:ListReceivedLicenses", "lightsail:Get*", "mobileanalytics:*", "networkmanager:*",
            "notifications-contacts:*", "notifications:*", "organizations:*", "payments:*", "pricing:*",
            "quicksight:DescribeAccountSubscription", "resource-explorer-2:*", "route53-recovery-cluster:*",
            "route53-recovery-control-config:*", "route53-recovery-readiness:*", "route53:*", "route53domains:*",
            "s3:CreateMultiRegionAccessPoint", "s3:DeleteMultiRegionAccessPoint",
            "s3:DescribeMultiRegionAccessPointOperation", "s3:GetAccountPublicAccessBlock", "s3:GetBucketLocation",
            "s3:GetBucketPolicyStatus", "s3:GetBucketPublicAccessBlock", "s3:GetMultiRegionAccessPoint",
            "s3:GetMultiRegionAccessPointPolicy", "s3:GetMultiRegionAccessPointPolicyStatus",
            "s3:GetStorageLensConfiguration", "s3:GetStorageLensDashboard", "s3:ListAllMyBuckets",
            "s3:ListMultiRegionAccessPoints", "s3:ListStorageLensConfigurations", "s3:PutAccountPublicAccessBlock",
            "s3:PutMultiRegionAccessPointPolicy",
            "savingsplans:*", "shield:*", "sso:*", "sts:*", "support:*", "supportapp:*", "supportplans:*",
            "sustainability:*", "tag:GetResources", "tax:*", "trustedadvisor:*",
            "vendor-insights:ListEntitledSecurityProfiles", "waf-regional:*", "waf:*", "wafv2:*");

    private GlobalServices() {}
}
