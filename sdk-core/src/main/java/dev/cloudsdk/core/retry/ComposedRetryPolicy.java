package dev.cloudsdk.core.retry;

import java.time.Duration;
import java.util.function.Predicate;

/** A policy adjusted by {@link RetryPolicy#withMaxRetries}, {@code retryingAlsoWhen} or {@code neverRetryingWhen}. */
final class ComposedRetryPolicy implements RetryPolicy {

    private final RetryPolicy base;
    private final int maxRetries;
    private final Predicate<RetryContext> also;
    private final Predicate<RetryContext> never;

    ComposedRetryPolicy(RetryPolicy base, int maxRetries, Predicate<RetryContext> also,
                        Predicate<RetryContext> never) {
        this.base = base;
        this.maxRetries = maxRetries;
        this.also = also;
        this.never = never;
    }

    @Override
    public int maxRetries() {
        return maxRetries;
    }

    @Override
    public boolean shouldRetry(RetryContext context) {
        return !never.test(context) && (also.test(context) || base.shouldRetry(context));
    }

    @Override
    public Duration delay(RetryContext context) {
        return base.delay(context);
    }

    @Override
    public String toString() {
        return base + " (adjusted: maxRetries=" + maxRetries + ")";
    }
}
