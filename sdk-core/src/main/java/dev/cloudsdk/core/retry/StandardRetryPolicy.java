package dev.cloudsdk.core.retry;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.http.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The SDK's default {@link RetryPolicy}, and the one to configure: a retry budget, exponential backoff with full
 * jitter, a clamp on {@code Retry-After}, and the rules of what is safe to retry. Immutable; start from
 * {@link RetryPolicy#defaults()} or {@link RetryPolicy#builder()}.
 *
 * <p>Retried errors: 408, 429 and any error of the {@link ErrorFamily#RATE_LIMITED} family; 500, 502, 503 and
 * 504 (and any 5xx the provider marks as temporary) of the {@link ErrorFamily#SERVER_ERROR} family, and an error
 * envelope of that family answered with a 2xx status. An error whose body names a client-error family (a "not
 * found" code at a plain 500) is not retried. Idempotent methods (GET, PUT, DELETE, HEAD) and calls with an
 * idempotency key are retried on all of them and on connection failures. POST and PATCH are retried only when the
 * failure proves the server did not process the request: the connection failed before the request was sent,
 * a rate limit, or 503 with {@code Retry-After}. A provider hint that an error is not temporary stops retries of
 * 5xx other than 503.
 *
 * <p>Delays use exponential backoff with full jitter ({@code random(0, min(maxBackoff, initial × 2^n))});
 * a {@code Retry-After} from the server is honoured but clamped to {@link #maxRetryAfter()}.
 */
public final class StandardRetryPolicy implements RetryPolicy {

    static final StandardRetryPolicy DEFAULTS = new Builder().build();
    static final StandardRetryPolicy NONE = new Builder().maxRetries(0).build();

    private static final Set<Integer> RETRYABLE_SERVER_STATUSES = Set.of(500, 502, 503, 504);

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    private StandardRetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.random = builder.random;
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .maxRetryAfter(maxRetryAfter).random(random);
    }

    @Override
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

    @Override
    public boolean shouldRetry(RetryContext context) {
        Optional<ApiException> error = context.error();
        if (error.isEmpty()) {
            return isRetryableFailure(context.method(), context.hasIdempotencyKey(), context.requestSent());
        }
        ApiException e = error.get();
        return isRetryable(context.method(), context.hasIdempotencyKey(), e.statusCode(), e.family(),
                context.retryAfter().isPresent(), e.retryableHint());
    }

    /**
     * Whether an error may be retried (ignoring the retry budget).
     *
     * @param method         the request's method
     * @param idempotencyKey whether the request carries an idempotency key
     * @param status         the HTTP status received
     * @param family         the error's family
     * @param hasRetryAfter  whether the response carried {@code Retry-After}
     * @param providerHint   the provider's own "temporary" hint, if any
     * @return whether to retry
     */
    public boolean isRetryable(HttpMethod method, boolean idempotencyKey, int status, ErrorFamily family,
                               boolean hasRetryAfter, Optional<Boolean> providerHint) {
        boolean temporary = providerHint.orElse(false);
        if (family == ErrorFamily.SERVER_ERROR && providerHint.isPresent() && !temporary && status != 503) {
            return false;
        }
        boolean retryable;
        switch (family) {
            case RATE_LIMITED:
                retryable = true;
                break;
            case SERVER_ERROR:
                retryable = status < 300 || RETRYABLE_SERVER_STATUSES.contains(status) || temporary;
                break;
            case OTHER:
                retryable = status == 408 || temporary && status >= 500;
                break;
            default:
                retryable = false;
        }
        if (!retryable) {
            return false;
        }
        if (method.isIdempotent() || idempotencyKey) {
            return true;
        }
        return family == ErrorFamily.RATE_LIMITED || (status == 503 && hasRetryAfter);
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

    @Override
    public Duration delay(RetryContext context) {
        return delay(context.retriesSoFar() + 1, context.retryAfter());
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
        return "StandardRetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
    }

    /** Builds a {@link StandardRetryPolicy}. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        Builder() {
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
        public StandardRetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= initialBackoff");
            }
            return new StandardRetryPolicy(this);
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
