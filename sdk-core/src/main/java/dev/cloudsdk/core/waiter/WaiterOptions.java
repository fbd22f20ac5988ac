package dev.cloudsdk.core.waiter;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Waiter} polls: a total timeout, and delays between polls that start at {@link #initialDelay()},
 * grow by {@link #multiplier()} up to {@link #maxDelay()} and are shortened by up to {@link #jitter()} of
 * themselves at random (so that many waiters do not poll in step). Immutable.
 *
 * <pre>{@code
 * WaiterOptions patient = WaiterOptions.defaults().withTimeout(Duration.ofMinutes(45));
 * }</pre>
 */
public final class WaiterOptions {

    private static final WaiterOptions DEFAULTS = new Builder().build();

    private final Duration timeout;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final double jitter;

    private WaiterOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.multiplier = builder.multiplier;
        this.jitter = builder.jitter;
    }

    /**
     * The defaults: a timeout of 15 minutes, delays from 2 seconds growing by 1.5 up to 30 seconds, jitter 0.2.
     *
     * @return the default options
     */
    public static WaiterOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the {@linkplain #defaults() defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().timeout(timeout).initialDelay(initialDelay).maxDelay(maxDelay).multiplier(multiplier)
                .jitter(jitter);
    }

    /**
     * These options with another total timeout.
     *
     * @param timeout how long to wait in all, positive
     * @return the new options
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public WaiterOptions withTimeout(Duration timeout) {
        return toBuilder().timeout(timeout).build();
    }

    /** @return how long a wait may take in all, polls and delays together */
    public Duration timeout() {
        return timeout;
    }

    /** @return the delay before the second poll (the first poll is immediate) */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** @return the longest delay between two polls */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return the factor each delay grows by, at least 1 */
    public double multiplier() {
        return multiplier;
    }

    /** @return the largest fraction (0 to 1) by which a delay is shortened at random */
    public double jitter() {
        return jitter;
    }

    @Override
    public String toString() {
        return "WaiterOptions{timeout=" + timeout + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", multiplier=" + multiplier + ", jitter=" + jitter + "}";
    }

    /** Builds {@link WaiterOptions}; each setter checks its argument at once. */
    public static final class Builder {
        private Duration timeout = Duration.ofMinutes(15);
        private Duration initialDelay = Duration.ofSeconds(2);
        private Duration maxDelay = Duration.ofSeconds(30);
        private double multiplier = 1.5;
        private double jitter = 0.2;

        private Builder() {
        }

        /**
         * @param timeout how long a wait may take in all, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * @param initialDelay the delay before the second poll, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = positive(initialDelay, "initialDelay");
            return this;
        }

        /**
         * @param maxDelay the longest delay between two polls, positive and not below {@code initialDelay}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /**
         * @param multiplier the factor each delay grows by, from 1 (constant delays) up
         * @return this builder
         * @throws IllegalArgumentException if below 1 or not finite
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be a finite number >= 1, was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * @param jitter the largest fraction by which a delay is shortened at random, from 0 (none) to 1
         * @return this builder
         * @throws IllegalArgumentException if outside 0 to 1
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException if {@code maxDelay} is below {@code initialDelay}
         */
        public WaiterOptions build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must not be below initialDelay ("
                        + initialDelay + ")");
            }
            return new WaiterOptions(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
