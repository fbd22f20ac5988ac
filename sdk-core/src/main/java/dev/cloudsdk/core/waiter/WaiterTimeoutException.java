package dev.cloudsdk.core.waiter;

/** The awaited state was not reached within the {@linkplain WaiterOptions#timeout() timeout}. */
public class WaiterTimeoutException extends WaiterException {

    /**
     * Creates the exception.
     *
     * @param message   what was awaited, for how long and the last state seen
     * @param lastValue the last value a poll returned, may be {@code null}
     * @param polls     how many polls were made
     * @param cause     the exception the last poll threw, may be {@code null}
     */
    public WaiterTimeoutException(String message, Object lastValue, int polls, Throwable cause) {
        super(message, lastValue, polls, cause);
    }
}
