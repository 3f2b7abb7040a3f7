package io.trailguard.providers;

import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ProviderResource;

/**
 * A component's refusal to run without the provider of the account it belongs in, as in the Pulumi examples
 * ({@code aws-ts-organizations/accountPermissions.ts}: "Provider resource option is required"). A component given
 * its provider through {@code ComponentResourceOptions.provider} hands it to every child registered with
 * {@code parent(this)}: the Java SDK puts it in the component's providers map under its package, and a child without
 * a provider of its own takes its parent's ({@code com.pulumi.resources.Resource}, pulumi-java 1.x).
 */
public final class RequiredProvider {

    private RequiredProvider() {}

    /** The provider in {@code options}, or an exception that says which account's provider {@code component} needs. */
    public static ProviderResource of(ComponentResourceOptions options, String component, String account) {
        if (options == null) {
            throw new IllegalArgumentException(component + " needs options with the " + account + " provider");
        }
        return options.getProvider().orElseThrow(() -> new IllegalArgumentException(
                component + " needs the " + account + " provider (ComponentResourceOptions.provider): "
                        + "without it its resources would land in whatever account the default provider reaches"));
    }
}
