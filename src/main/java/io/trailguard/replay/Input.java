package io.trailguard.replay;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One input to replay: a file, or standard input ({@code -}), which has no size. */
record Input(String name, Path path) {

    static final String STDIN = "-";

    static Input stdin() {
        return new Input(STDIN, null);
    }

    static Input file(Path path) {
        return new Input(path.toString(), path);
    }

    boolean isStdin() {
        return path == null;
    }

    /** Stored size in bytes; 0 for standard input. */
    long size() {
        try {
            return path == null ? 0 : Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Opens the input; closing what it returns leaves standard input open. */
    InputStream open(InputStream stdin) throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        return new FilterInputStream(stdin) {
            @Override
            public void close() {}
        };
    }
}
