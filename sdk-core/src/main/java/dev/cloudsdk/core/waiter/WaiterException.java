package dev.cloudsdk.core.waiter;

import dev.cloudsdk.core.error.SdkException;
import java.util.Optional;

/**
 * A wait that ended without success: {@link WaiterTimeoutException} or {@link WaiterFailureException}. Carries
 * the last value a poll returned (the message names only its state, never its content).
 */
public abstract class WaiterException extends SdkException {

    private final transient Object lastValue;
    private final int polls;

    /**
     * For the two subclasses.
     *
     * @param message   what was awaited and how it ended
     * @param lastValue the last value a poll returned, may be {@code null}
     * @param polls     how many polls were made
     * @param cause     the exception the last poll threw, may be {@code null}
     */
    protected WaiterException(String message, Object lastValue, int polls, Throwable cause) {
        super(message, cause);
        this.lastValue = lastValue;
        this.polls = polls;
    }

    /**
     * @return the last value a poll returned; empty when none did (every poll threw an exception that means
     * "not there yet", which is then the {@linkplain #getCause() cause})
     */
    public Optional<Object> lastValue() {
        return Optional.ofNullable(lastValue);
    }

    /** @return how many polls were made */
    public int polls() {
        return polls;
    }
}
