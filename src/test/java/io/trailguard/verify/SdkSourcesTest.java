package io.trailguard.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.withSettings;

import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysResponse;
import software.amazon.awssdk.services.cloudtrail.model.PublicKey;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The SDK-backed sources, against SDK clients whose calls are answered here: the paginators' real code runs over
 * answered pages, so every page is read and the continuation tokens are passed on.
 */
class SdkSourcesTest {

    @Test
    void s3ListingFollowsEveryPageAndMetadataCarriesTheSignature() throws Exception {
        S3Client s3 = mock(S3Client.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        doAnswer(call -> {
            ListObjectsV2Request r = call.getArgument(0);
            assertEquals("bucket-a", r.bucket());
            assertEquals("AWSLogs/o-a1b2c3d4e5/", r.prefix());
            if (r.continuationToken() == null) {
                return ListObjectsV2Response.builder().isTruncated(true).nextContinuationToken("t2")
                        .contents(S3Object.builder().key("k1").size(10L).build()).build();
            }
            assertEquals("t2", r.continuationToken());
            return ListObjectsV2Response.builder().isTruncated(false)
                    .contents(S3Object.builder().key("k2").size(20L).build()).build();
        }).when(s3).listObjectsV2(any(ListObjectsV2Request.class));
        doAnswer(call -> {
            GetObjectRequest r = call.getArgument(0);
            if (r.key().equals("gone")) {
                throw NoSuchKeyException.builder().message("The specified key does not exist.").build();
            }
            return ResponseBytes.fromByteArray(GetObjectResponse.builder().metadata(Map.of("signature", "abcd")).build(), new byte[] {1, 2});
        }).when(s3).getObjectAsBytes(any(GetObjectRequest.class));
        S3ObjectStore store = new S3ObjectStore(s3, "bucket-a", "AWSLogs/o-a1b2c3d4e5/");
        assertEquals(List.of(new ObjectStore.StoredObject("k1", 10), new ObjectStore.StoredObject("k2", 20)), store.list());
        ObjectStore.Fetched f = store.fetch("k1");
        assertArrayEquals(new byte[] {1, 2}, f.bytes());
        assertEquals("abcd", f.metadata().get("signature"));
        assertThrows(NoSuchFileException.class, () -> store.fetch("gone"));
        verify(s3, times(2)).listObjectsV2(any(ListObjectsV2Request.class));
    }

    @Test
    void s3UrisAreParsedAndBadOnesRefused() {
        assertArrayEquals(new String[] {"my-trail-bucket", "AWSLogs/o-1/"}, S3ObjectStore.parseUri("s3://my-trail-bucket/AWSLogs/o-1/").orElseThrow());
        assertArrayEquals(new String[] {"my-trail-bucket", ""}, S3ObjectStore.parseUri("s3://my-trail-bucket").orElseThrow());
        assertTrue(S3ObjectStore.parseUri("s3://Bad_Bucket/x").isEmpty());
        assertTrue(S3ObjectStore.parseUri("/tmp/copy").isEmpty());
    }

    @Test
    void listPublicKeysIsAskedInTheDigestsRegionForTheRangeAndEveryPageIsRead() throws Exception {
        byte[] der = TrailArchive.publicDer("eu-west-1");
        String fp = TrailArchive.fingerprint("eu-west-1");
        CloudTrailClient ct = mock(CloudTrailClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        Instant from = Instant.parse("2026-11-30T00:00:00Z");
        Instant to = Instant.parse("2026-12-01T00:00:00Z");
        doAnswer(call -> {
            ListPublicKeysRequest r = call.getArgument(0);
            assertEquals(from, r.startTime());
            assertEquals(to, r.endTime());
            if (r.nextToken() == null) {
                return ListPublicKeysResponse.builder().nextToken("p2").publicKeyList(List.of()).build();
            }
            return ListPublicKeysResponse.builder().publicKeyList(PublicKey.builder().value(SdkBytes.fromByteArray(der))
                    .fingerprint(fp).validityStartTime(from).validityEndTime(to).build()).build();
        }).when(ct).listPublicKeys(any(ListPublicKeysRequest.class));
        java.util.List<String> regions = new java.util.ArrayList<>();
        CloudTrailPublicKeys keys = new CloudTrailPublicKeys(region -> {
            regions.add(region);
            return ct;
        });
        assertEquals(fp, keys.find("eu-west-1", fp, from, to).orElseThrow().fingerprint());
        assertTrue(keys.find("eu-west-1", "00000000000000000000000000000000", from, to).isEmpty());
        assertEquals(List.of("eu-west-1"), regions); // one client, one listing per region and range
        verify(ct, times(2)).listPublicKeys(any(ListPublicKeysRequest.class));
    }

    @Test
    void aListedKeyWhoseFingerprintIsNotItsMd5IsAnError() {
        CloudTrailClient ct = mock(CloudTrailClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        doReturn(ListPublicKeysResponse.builder()
                .publicKeyList(PublicKey.builder().value(SdkBytes.fromByteArray(TrailArchive.publicDer("eu-west-1")))
                        .fingerprint("00000000000000000000000000000000").build()).build())
                .when(ct).listPublicKeys(any(ListPublicKeysRequest.class));
        CloudTrailPublicKeys keys = new CloudTrailPublicKeys(region -> ct);
        PublicKeys.KeyException e = assertThrows(PublicKeys.KeyException.class,
                () -> keys.find("eu-west-1", "x", Instant.EPOCH, Instant.EPOCH));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }
}
