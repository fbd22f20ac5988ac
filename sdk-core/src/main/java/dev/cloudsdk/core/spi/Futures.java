package dev.cloudsdk.core.spi;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Future plumbing for provider modules' asynchronous views. */
public final class Futures {

    private Futures() {
    }

    /**
     * Maps a future's value, like {@link CompletableFuture#thenApply}, and passes a cancellation of the result
     * back to {@code source}, so that cancelling what a user holds still cancels the HTTP call or the wait under it.
     *
     * @param source the future under it
     * @param step   maps its value
     * @param <A>    its value's type
     * @param <B>    the result's type
     * @return the mapped future
     */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> step) {
        CompletableFuture<B> mapped = source.thenApply(step);
        mapped.whenComplete((value, failure) -> {
            if (mapped.isCancelled()) {
                source.cancel(true);
            }
        });
        return mapped;
    }
}
