package io.trailguard.plan;

import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.resources.Resource;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;

/**
 * The engine logger of the offline plan: info, warnings and errors go to the harness's own logger as before; debug
 * messages are dropped here. The mock engine discards them anyway, but the SDK's logger first queues each one as an
 * asynchronous task on a single chain, and every registration logs its full request three times: at 100,000
 * resources that chain holds hundreds of megabytes of text it will throw away.
 */
final class DebugDroppingLogger implements EngineLogger {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final EngineLogger delegate;

    DebugDroppingLogger(EngineLogger delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<Void> debugAsync(String message, Resource resource, Integer streamId, Boolean ephemeral) {
        return DONE;
    }

    @Override
    public CompletableFuture<Void> logAsync(Level level, String message, Resource resource, Integer streamId, Boolean ephemeral) {
        return level.intValue() < Level.INFO.intValue() ? DONE : delegate.logAsync(level, message, resource, streamId, ephemeral);
    }

    @Override
    public CompletableFuture<Void> infoAsync(String message, Resource resource, Integer streamId, Boolean ephemeral) {
        return delegate.infoAsync(message, resource, streamId, ephemeral);
    }

    @Override
    public CompletableFuture<Void> warnAsync(String message, Resource resource, Integer streamId, Boolean ephemeral) {
        return delegate.warnAsync(message, resource, streamId, ephemeral);
    }

    @Override
    public CompletableFuture<Void> errorAsync(String message, Resource resource, Integer streamId, Boolean ephemeral) {
        return delegate.errorAsync(message, resource, streamId, ephemeral);
    }

    @Override
    public int getErrorCount() {
        return delegate.getErrorCount();
    }

    @Override
    public boolean hasLoggedErrors() {
        return delegate.hasLoggedErrors();
    }
}
