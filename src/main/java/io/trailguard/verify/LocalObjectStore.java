package io.trailguard.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A local copy of a trail bucket (e.g. {@code aws s3 sync s3://bucket/ DIR}): the key of a file is its path below
 * {@code root}. The copy has no S3 metadata, so the newest digest of each chain carries no signature here
 * (custom-validation guide, "Validating Digest and Log Files Offline").
 */
public final class LocalObjectStore implements ObjectStore {

    private final Path root;
    private final String bucket;

    /** @param bucket the bucket the copy was taken from, when known (checked against each digest), or null */
    public LocalObjectStore(Path root, String bucket) {
        this.root = root.toAbsolutePath().normalize();
        this.bucket = bucket;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public Optional<String> bucket() {
        return Optional.ofNullable(bucket);
    }

    @Override
    public boolean hasMetadata() {
        return false;
    }

    @Override
    public void list(Consumer<StoredObject> each) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    each.accept(new StoredObject(key(file), attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private String key(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public Fetched fetch(String key) throws IOException {
        return new Fetched(Files.readAllBytes(resolve(key)), Map.of());
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    /** A key that would leave the copy (absolute, {@code ..}) is treated as absent, never read. */
    private Path resolve(String key) throws NoSuchFileException {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || key.startsWith("/")) {
            throw new NoSuchFileException(key);
        }
        return file;
    }
}
