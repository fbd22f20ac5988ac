package dev.cloudsdk.core.retry;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides, inside the call's retry loop, whether a failed attempt is tried again and after how long. The loop
 * also keeps the budget ({@link #maxRetries()}) and the call's total timeout: a retry whose delay would outlast
 * the time left ends the call instead.
 *
 * <p>Start from {@link #defaults()} (see {@link StandardRetryPolicy} for what it retries) and adjust it:
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxRetries(4).initialBackoff(Duration.ofSeconds(1)).build()
 *         .retryingAlsoWhen(context -> context.error().flatMap(ApiException::code).filter("busy"::equals).isPresent())
 *         .neverRetryingWhen(context -> context.operation().equals("projects.create"));
 * }</pre>
 * Set it per client with {@code retryPolicy(...)} on the builder, or per call with
 * {@code RequestOptions.builder().retryPolicy(...)}.
 */
public interface RetryPolicy {

    /** @return the default policy: 2 retries, 500 ms initial backoff, 8 s cap, {@code Retry-After} clamped to 60 s */
    static RetryPolicy defaults() {
        return StandardRetryPolicy.DEFAULTS;
    }

    /** @return a policy that never retries */
    static RetryPolicy none() {
        return StandardRetryPolicy.NONE;
    }

    /** @return a builder of the standard policy, starting from the defaults */
    static StandardRetryPolicy.Builder builder() {
        return new StandardRetryPolicy.Builder();
    }

    /** @return how many times a failed call is retried at most */
    int maxRetries();

    /**
     * Whether a failed attempt may be tried again; the budget and the call's time are checked by the caller.
     *
     * @param context the failed attempt
     * @return whether to retry
     */
    boolean shouldRetry(RetryContext context);

    /**
     * How long to wait before the retry of a failed attempt.
     *
     * @param context the failed attempt
     * @return the delay, not negative
     */
    Duration delay(RetryContext context);

    /**
     * This policy with another retry budget.
     *
     * @param maxRetries retries after the first attempt, 0 or more
     * @return the new policy
     */
    default RetryPolicy withMaxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        return new ComposedRetryPolicy(this, maxRetries, context -> false, context -> false);
    }

    /**
     * This policy, also retrying the failures {@code condition} accepts. The condition is trusted: a POST it
     * accepts is retried even when the server may have processed it.
     *
     * @param condition accepts failures to retry
     * @return the new policy
     */
    default RetryPolicy retryingAlsoWhen(Predicate<RetryContext> condition) {
        return new ComposedRetryPolicy(this, maxRetries(), Objects.requireNonNull(condition, "condition"),
                context -> false);
    }

    /**
     * This policy, never retrying the failures {@code condition} accepts.
     *
     * @param condition accepts failures that must not be retried
     * @return the new policy
     */
    default RetryPolicy neverRetryingWhen(Predicate<RetryContext> condition) {
        return new ComposedRetryPolicy(this, maxRetries(), context -> false,
                Objects.requireNonNull(condition, "condition"));
    }
}
