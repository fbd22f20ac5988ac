package dev.cloudsdk.core.waiter;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.error.SdkException;
import dev.cloudsdk.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a value reaches the awaited state. The first poll is immediate; the next ones follow delays with
 * exponential backoff and jitter ({@link WaiterOptions}), the last delay cut short so that one poll falls on the
 * deadline. Each poll's value is checked first against the failure conditions, then the success conditions.
 * An exception a poll throws ends the wait, unless its type was declared with {@link Builder#retryOn(Class)}
 * ("not there yet", e.g. a 404 right after a create) or {@link Builder#successOn(Class)} ("done", e.g. a 404 when
 * waiting for a deletion). Immutable and thread-safe; a waiter can be used for any number of waits.
 *
 * <pre>{@code
 * Waiter<Job> waiter = Waiter.<Job>builder()
 *         .description("job " + id + " to finish")
 *         .states(Job::status, Set.of("DONE"), Set.of("FAILED"))
 *         .retryOn(NotFoundException.class)
 *         .clientConfig(config)                       // the client's sleeper and clock
 *         .options(WaiterOptions.defaults().withTimeout(Duration.ofMinutes(5)))
 *         .build();
 * Job done = waiter.waitFor(() -> jobs.get(id));
 * }</pre>
 *
 * <p>Provider clients offer ready-made waiters through {@code client.waiters()}.
 *
 * @param <T> what a poll returns
 */
public final class Waiter<T> {

    private final String description;
    private final Predicate<? super T> success;
    private final Predicate<? super T> failure;
    private final Function<? super T, ?> state;
    private final List<Class<? extends RuntimeException>> retryOn;
    private final List<Class<? extends RuntimeException>> successOn;
    private final WaiterOptions options;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    private Waiter(Builder<T> builder) {
        this.description = builder.description;
        this.success = builder.success;
        this.failure = builder.failure;
        this.state = builder.state;
        this.retryOn = List.copyOf(builder.retryOn);
        this.successOn = List.copyOf(builder.successOn);
        this.options = builder.options;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.random = builder.random;
    }

    /**
     * @param <T> what a poll returns
     * @return a builder; a success condition ({@link Builder#successWhen}, {@link Builder#states} or
     * {@link Builder#successOn}) is required
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** @return the timing of this waiter's polls */
    public WaiterOptions options() {
        return options;
    }

    /**
     * Polls until success, failure or timeout.
     *
     * @param poll reads the current value, e.g. a {@code get} call; called on this thread
     * @return the value that met a success condition, or {@code null} when an exception declared with
     * {@link Builder#successOn(Class)} ended the wait
     * @throws WaiterFailureException if a value met a failure condition
     * @throws WaiterTimeoutException if no success came within the timeout
     * @throws SdkException if interrupted while waiting (the interrupt flag is kept), or what the poll threw
     *                      when its type was not declared
     */
    public T waitFor(Supplier<? extends T> poll) {
        Objects.requireNonNull(poll, "poll");
        Progress progress = new Progress();
        while (true) {
            T value = null;
            RuntimeException error = null;
            try {
                value = poll.get();
            } catch (RuntimeException e) {
                error = e;
            }
            Duration delay = progress.after(value, error);
            if (delay == null) {
                return progress.result;
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SdkException("Interrupted while waiting for " + description, e);
            }
        }
    }

    /**
     * Polls until success, failure or timeout without making any thread wait: each poll is a future (e.g. a
     * {@code get} of a client's async view), and the delays between polls run on a timer. The same conditions,
     * delays and exceptions as {@link #waitFor}, which fail the returned future instead of being thrown; the
     * waiter's sleeper is not used (its clock still measures the timeout). Cancelling the future stops the wait
     * and cancels the poll in flight.
     *
     * @param poll starts reading the current value
     * @return the value that met a success condition (or {@code null}, as for {@link #waitFor}), to come
     */
    public CompletableFuture<T> waitForAsync(Supplier<? extends CompletableFuture<? extends T>> poll) {
        Objects.requireNonNull(poll, "poll");
        CompletableFuture<T> result = new CompletableFuture<>();
        Progress progress = new Progress();
        result.whenComplete((value, failure) -> {
            CompletableFuture<?> inFlight = progress.inFlight;
            if (result.isCancelled() && inFlight != null) {
                inFlight.cancel(true);
            }
        });
        pollAsync(poll, progress, result);
        return result;
    }

    private void pollAsync(Supplier<? extends CompletableFuture<? extends T>> poll, Progress progress,
                           CompletableFuture<T> result) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<? extends T> current;
        try {
            current = Objects.requireNonNull(poll.get(), "the poll returned no future");
        } catch (RuntimeException e) {
            current = CompletableFuture.failedFuture(e);
        }
        progress.inFlight = current;
        if (result.isCancelled()) {
            current.cancel(true);
        }
        current.whenComplete((value, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (result.isDone()) {
                return;
            }
            if (cause != null && !(cause instanceof RuntimeException)) {
                result.completeExceptionally(cause);
                return;
            }
            try {
                Duration delay = progress.after(value, (RuntimeException) cause);
                if (delay == null) {
                    result.complete(progress.result);
                } else {
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
                            .execute(() -> pollAsync(poll, progress, result));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    /** One wait's way through its polls: the deadline, the next delay, the last value seen. */
    private final class Progress {
        private final Instant deadline = clock.instant().plus(options.timeout());
        private double delayNanos = options.initialDelay().toNanos();
        private int polls;
        private T last;
        private T result;
        private volatile CompletableFuture<?> inFlight;

        /**
         * Decides what follows a poll.
         *
         * @param value what the poll read, when it did not fail
         * @param error what the poll threw, or {@code null}
         * @return how long to wait before the next poll, or {@code null} when the wait succeeded with
         * {@link #result}
         * @throws RuntimeException the failure or timeout that ends the wait, or the poll's own exception
         */
        Duration after(T value, RuntimeException error) {
            polls++;
            if (error != null) {
                if (isA(error, successOn)) {
                    return null;
                }
                if (!isA(error, retryOn)) {
                    throw error;
                }
            } else {
                last = value;
                if (failure.test(value)) {
                    throw new WaiterFailureException("Gave up waiting for " + description + ": reached state "
                            + stateOf(value) + " after " + polls + " polls", value, polls);
                }
                if (success.test(value)) {
                    result = value;
                    return null;
                }
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                String seen = error == null ? "state " + stateOf(last) : error.getClass().getSimpleName();
                throw new WaiterTimeoutException("Timed out after " + options.timeout() + " waiting for "
                        + description + " (" + polls + " polls; last seen: " + seen + ")", last, polls, error);
            }
            long jittered = (long) (delayNanos * (1 - options.jitter() * random.getAsDouble()));
            Duration delay = Duration.ofNanos(Math.max(1, jittered));
            delayNanos = Math.min(options.maxDelay().toNanos(), delayNanos * options.multiplier());
            return delay.compareTo(remaining) < 0 ? delay : remaining;
        }
    }

    private Object stateOf(T value) {
        return named(state, value);
    }

    private static <T> Object named(Function<? super T, ?> state, T value) {
        Object named = value == null ? null : state.apply(value);
        return named instanceof Optional ? ((Optional<?>) named).orElse(null) : named;
    }

    private static boolean isA(RuntimeException e, List<Class<? extends RuntimeException>> types) {
        for (Class<? extends RuntimeException> type : types) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Waiter{" + description + ", " + options + "}";
    }

    /**
     * Builds a {@link Waiter}. Conditions of the same kind add up: the wait succeeds when any success condition
     * holds and fails when any failure condition holds.
     *
     * @param <T> what a poll returns
     */
    public static final class Builder<T> {
        private String description = "the awaited state";
        private Predicate<? super T> success = value -> false;
        private Predicate<? super T> failure = value -> false;
        private Function<? super T, ?> state = value -> "(not named)";
        private boolean hasSuccess;
        private final List<Class<? extends RuntimeException>> retryOn = new ArrayList<>();
        private final List<Class<? extends RuntimeException>> successOn = new ArrayList<>();
        private WaiterOptions options = WaiterOptions.defaults();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * @param description what is awaited, for exception messages, e.g. {@code "instance i-1 to be RUNNING"};
         *                    must not hold a secret
         * @return this builder
         */
        public Builder<T> description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * @param condition when a polled value means success
         * @return this builder
         */
        public Builder<T> successWhen(Predicate<? super T> condition) {
            Objects.requireNonNull(condition, "condition");
            Predicate<? super T> before = success;
            success = value -> before.test(value) || condition.test(value);
            hasSuccess = true;
            return this;
        }

        /**
         * @param condition when a polled value means the awaited state will never come; checked before success
         * @return this builder
         */
        public Builder<T> failureWhen(Predicate<? super T> condition) {
            Objects.requireNonNull(condition, "condition");
            Predicate<? super T> before = failure;
            failure = value -> before.test(value) || condition.test(value);
            return this;
        }

        /**
         * Conditions on a state field: success when the state is one of {@code successStates}, failure when one
         * of {@code failureStates}. The state also names the value in exception messages.
         *
         * @param state         reads the state of a polled value; an {@code Optional} is unwrapped, and must
         *                      not hold a secret
         * @param successStates states that mean success; may be empty when another success condition is given
         *                      (e.g. {@link #successOn(Class)} for a deletion)
         * @param failureStates states that mean failure, may be empty
         * @return this builder
         * @throws IllegalArgumentException if a state is in both sets
         */
        public Builder<T> states(Function<? super T, ?> state, Collection<?> successStates,
                                 Collection<?> failureStates) {
            Set<?> ok = Set.copyOf(successStates);
            Set<?> bad = Set.copyOf(failureStates);
            if (ok.stream().anyMatch(bad::contains)) {
                throw new IllegalArgumentException("a state cannot mean both success and failure: " + ok + ", "
                        + bad);
            }
            stateName(state);
            if (!ok.isEmpty()) {
                successWhen(value -> ok.contains(named(state, value)));
            }
            return failureWhen(value -> bad.contains(named(state, value)));
        }

        /**
         * @param state reads the state of a polled value for exception messages (an {@code Optional} is
         *              unwrapped); must not hold a secret. By default no state is named.
         * @return this builder
         */
        public Builder<T> stateName(Function<? super T, ?> state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * @param type an exception a poll may throw that means "not there yet, keep polling", e.g.
         *             {@code NotFoundException} right after a create
         * @return this builder
         */
        public Builder<T> retryOn(Class<? extends RuntimeException> type) {
            retryOn.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * @param type an exception a poll may throw that means "done": the wait ends and returns {@code null},
         *             e.g. {@code NotFoundException} when waiting for a deletion
         * @return this builder
         */
        public Builder<T> successOn(Class<? extends RuntimeException> type) {
            successOn.add(Objects.requireNonNull(type, "type"));
            hasSuccess = true;
            return this;
        }

        /**
         * @param options the timeout and delays; {@link WaiterOptions#defaults()} unless set
         * @return this builder
         */
        public Builder<T> options(WaiterOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Uses a client's {@link ClientConfig#sleeper() sleeper} and {@link ClientConfig#clock() clock}.
         *
         * @param config the client's settings
         * @return this builder
         */
        public Builder<T> clientConfig(ClientConfig config) {
            return sleeper(config.sleeper()).clock(config.clock());
        }

        /**
         * @param sleeper waits between polls; {@link Sleeper#SYSTEM} unless set
         * @return this builder
         */
        public Builder<T> sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @param clock measures the timeout; the system clock unless set. With a test clock, let the sleeper
         *              advance it.
         * @return this builder
         */
        public Builder<T> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param random source of jitter, numbers from 0 (inclusive) to 1 (exclusive); for tests
         * @return this builder
         */
        public Builder<T> random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * @return the waiter
         * @throws IllegalStateException if no success condition was given
         */
        public Waiter<T> build() {
            if (!hasSuccess) {
                throw new IllegalStateException("a waiter needs a success condition: successWhen, states or "
                        + "successOn");
            }
            return new Waiter<>(this);
        }
    }
}
