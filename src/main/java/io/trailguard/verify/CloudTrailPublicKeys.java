package io.trailguard.verify;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;

/**
 * Keys from CloudTrail's ListPublicKeys in each digest's region, for the time range of the digests (custom-validation
 * guide, "Use the CloudTrail API to Retrieve Public Keys"; "you must retrieve its public key from the same region"),
 * through the SDK's paginator. One client and one listing per region and range.
 */
public final class CloudTrailPublicKeys implements PublicKeys, AutoCloseable {

    private final Function<String, CloudTrailClient> clientFor;
    private final Map<String, CloudTrailClient> clients = new ConcurrentHashMap<>();
    private final Map<String, List<SigningKey>> listed = new ConcurrentHashMap<>();

    /** @param clientFor builds the CloudTrail client of a region */
    public CloudTrailPublicKeys(Function<String, CloudTrailClient> clientFor) {
        this.clientFor = clientFor;
    }

    @Override
    public Optional<SigningKey> find(String region, String fingerprint, Instant from, Instant to) throws KeyException {
        List<SigningKey> keys;
        try {
            keys = listed.computeIfAbsent(region + "|" + from + "|" + to, k -> list(region, from, to));
        } catch (SdkException e) {
            throw new KeyException("CloudTrail ListPublicKeys in " + region + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new KeyException(e.getMessage(), e);
        }
        return keys.stream().filter(k -> k.fingerprint().equalsIgnoreCase(fingerprint)).findFirst();
    }

    private List<SigningKey> list(String region, Instant from, Instant to) {
        CloudTrailClient client = clients.computeIfAbsent(region, clientFor);
        return client.listPublicKeysPaginator(r -> r.startTime(from).endTime(to)).publicKeyList().stream()
                .map(k -> decode(region, k)).toList();
    }

    private static SigningKey decode(String region, PublicKey k) {
        try {
            return SigningKey.of(k.value().asByteArray(), k.fingerprint(), k.validityStartTime(), k.validityEndTime());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CloudTrail ListPublicKeys in " + region + ": key " + k.fingerprint() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "CloudTrail ListPublicKeys";
    }

    @Override
    public void close() {
        clients.values().forEach(CloudTrailClient::close);
    }
}
