package io.trailguard;

import java.util.concurrent.CompletableFuture;

/** Prints the class of the thread CompletableFuture.runAsync runs on, after App's setting when the argument is "app". */
public final class PoolProbe {

    private PoolProbe() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("app")) {
            App.keepAsyncTasksOnTheCommonPool();
        }
        System.out.println(CompletableFuture.supplyAsync(() -> Thread.currentThread().getClass().getName()).join());
    }
}
