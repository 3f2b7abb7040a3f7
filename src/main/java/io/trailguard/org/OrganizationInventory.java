package io.trailguard.org;

/**
 * Reads the organization from AWS Organizations. The Pulumi program and the tests substitute their own;
 * {@link AwsAccess#openInventory()} gives the one backed by the AWS SDK.
 */
public interface OrganizationInventory extends AutoCloseable {

    /** Reads the organization now; throws {@link InventoryException} with a message for people. */
    OrganizationSnapshot snapshot();

    @Override
    default void close() {}
}
