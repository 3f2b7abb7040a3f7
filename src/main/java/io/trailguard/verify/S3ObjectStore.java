package io.trailguard.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A trail bucket read with the AWS SDK: ListObjectsV2 through the SDK's paginator, GetObject for bodies. The
 * digest's signature is the object's user metadata {@code signature} (the SDK strips {@code x-amz-meta-}; digest
 * file structure guide, "Signature of the Digest File"). The client is thread-safe and shared by the workers.
 */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ObjectStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    /** Parses {@code s3://bucket[/prefix]}; empty when the text is not of that form. */
    public static Optional<String[]> parseUri(String uri) {
        if (!uri.startsWith("s3://")) {
            return Optional.empty();
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {bucket, prefix});
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public Optional<String> bucket() {
        return Optional.of(bucket);
    }

    @Override
    public boolean hasMetadata() {
        return true;
    }

    @Override
    public void list(Consumer<StoredObject> each) {
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
            each.accept(new StoredObject(o.key(), o.size() == null ? 0 : o.size()));
        }
    }

    @Override
    public Fetched fetch(String key) throws IOException {
        try {
            ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
            return new Fetched(got.asByteArrayUnsafe(), got.response().metadata());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
