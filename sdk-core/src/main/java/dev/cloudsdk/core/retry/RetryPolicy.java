package dev.cloudsdk.core.retry;

import dev.cloudsdk.core.http.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying. Immutable; start from {@link #defaults()}.
 *
 * <p>Retried statuses: 408, 429, 500, 502, 503, 504, plus any status the provider marks as temporary.
 * Idempotent methods (GET, PUT, DELETE, HEAD) and calls with an idempotency key are retried on all of
 * them and on connection failures. POST and PATCH are retried only when the failure proves the server
 * did not process the request: the connection failed before the request was sent, 429, or 503 with
 * {@code Retry-After}. A provider hint that an error is not temporary stops retries of 5xx.
 *
 * <p>Delays use exponential backoff with full jitter ({@code random(0, min(maxBackoff, initial × 2^n))});
 * a {@code Retry-After} from the server is honoured but clamped to {@link #maxRetryAfter()}.
 */
public final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.random = builder.random;
    }

    /** @return 2 retries, 500 ms initial backoff, 8 s cap, {@code Retry-After} clamped to 60 s */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** @return a policy that never retries */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .maxRetryAfter(maxRetryAfter).random(random);
    }

    /** @return how many times a failed call is retried */
    public int maxRetries() {
        return maxRetries;
    }

    /** @return the first backoff ceiling */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the largest backoff ceiling */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest {@code Retry-After} honoured; longer values are clamped to this */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Whether an error response may be retried (ignoring the retry budget).
     *
     * @param method         the request's method
     * @param idempotencyKey whether the request carries an idempotency key
     * @param status         the HTTP status
     * @param hasRetryAfter  whether the response carried {@code Retry-After}
     * @param providerHint   the provider's own "temporary" hint, if any
     * @return whether to retry
     */
    public boolean isRetryable(HttpMethod method, boolean idempotencyKey, int status, boolean hasRetryAfter,
                               Optional<Boolean> providerHint) {
        if (providerHint.isPresent() && !providerHint.get() && status >= 500 && status != 503) {
            return false;
        }
        boolean retryableStatus = RETRYABLE_STATUSES.contains(status)
                || (providerHint.orElse(false) && status >= 500);
        if (!retryableStatus) {
            return false;
        }
        if (method.isIdempotent() || idempotencyKey) {
            return true;
        }
        return status == 429 || (status == 503 && hasRetryAfter);
    }

    /**
     * Whether a failure to get any response may be retried (ignoring the retry budget).
     *
     * @param method         the request's method
     * @param idempotencyKey whether the request carries an idempotency key
     * @param requestSent    whether any part of the request may have reached the server
     * @return whether to retry
     */
    public boolean isRetryableFailure(HttpMethod method, boolean idempotencyKey, boolean requestSent) {
        return !requestSent || method.isIdempotent() || idempotencyKey;
    }

    /**
     * The delay before a retry.
     *
     * @param retry      1 for the first retry, 2 for the second, ...
     * @param retryAfter the server's {@code Retry-After}, if any
     * @return how long to wait
     */
    public Duration delay(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
        }
        long ceiling = initialBackoff.toMillis();
        for (int i = 1; i < retry && ceiling < maxBackoff.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxBackoff.toMillis());
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * @param maxRetries retries after the first attempt, 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param initialBackoff ceiling of the first random backoff, positive
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = positive("initialBackoff", initialBackoff);
            return this;
        }

        /**
         * @param maxBackoff the largest backoff ceiling, positive
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = positive("maxBackoff", maxBackoff);
            return this;
        }

        /**
         * @param maxRetryAfter the longest server-requested delay honoured, not negative
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
            if (maxRetryAfter.isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must not be negative");
            }
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * Replaces the jitter source, for tests.
         *
         * @param random returns values in [0, 1)
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= initialBackoff");
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
