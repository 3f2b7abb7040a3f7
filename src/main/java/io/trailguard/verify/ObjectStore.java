package io.trailguard.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the digest and log files are: an S3 bucket prefix or a local copy of one. Keys are S3 object keys (for a
 * local copy, the path below the copy's root with {@code /} separators).
 */
public interface ObjectStore extends AutoCloseable {

    /** One object found by {@link #list()}. */
    record StoredObject(String key, long size) {}

    /** A whole object with its user metadata (S3's {@code x-amz-meta-*}, without that prefix). */
    record Fetched(byte[] bytes, Map<String, String> metadata) {}

    /** s3://bucket/prefix or the local folder, for messages. */
    String describe();

    /** The bucket the objects are in, when known (a local copy does not know it unless told). */
    Optional<String> bucket();

    /** Whether {@link Fetched#metadata()} carries S3 metadata (false for a local copy: it has none). */
    boolean hasMetadata();

    /** Every object under the store's prefix, to {@code each} as it is listed (a page at a time from S3). */
    void list(Consumer<StoredObject> each) throws IOException;

    /** Every object under the store's prefix. */
    default List<StoredObject> list() throws IOException {
        List<StoredObject> all = new ArrayList<>();
        list(all::add);
        return all;
    }

    /** The object's bytes and metadata; {@link java.nio.file.NoSuchFileException} when it does not exist. */
    Fetched fetch(String key) throws IOException;

    /** The object's bytes as a stream; {@link java.nio.file.NoSuchFileException} when it does not exist. */
    InputStream open(String key) throws IOException;

    @Override
    default void close() {}
}
