package io.trailguard.plan;

import java.util.Map;

/**
 * One resource the program would register.
 *
 * @param urn            Pulumi URN
 * @param type           Pulumi type token, e.g. {@code aws:s3/bucketV2:BucketV2}
 * @param name           Pulumi logical name
 * @param account        account the resource lands in ("" for components and providers of no account)
 * @param region         region of its provider ("" when none)
 * @param provider       Pulumi name of its provider ("" for components and providers)
 * @param protect        the {@code protect} option
 * @param retainOnDelete the {@code retainOnDelete} option
 * @param inputs         inputs as the engine would see them; JSON policy strings are parsed into objects
 */
public record PlannedResource(
        String urn,
        String type,
        String name,
        String account,
        String region,
        String provider,
        boolean protect,
        boolean retainOnDelete,
        Map<String, Object> inputs) {

    public boolean isComponent() {
        return type.startsWith("trailguard:") || type.equals("pulumi:pulumi:Stack");
    }

    public boolean isProvider() {
        return type.startsWith("pulumi:providers:");
    }
}
