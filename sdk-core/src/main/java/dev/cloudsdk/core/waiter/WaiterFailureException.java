package dev.cloudsdk.core.waiter;

/** The resource reached a state from which the awaited one cannot follow (e.g. {@code FAILED}). */
public class WaiterFailureException extends WaiterException {

    /**
     * Creates the exception.
     *
     * @param message   what was awaited and the failure state reached
     * @param lastValue the value in the failure state
     * @param polls     how many polls were made
     */
    public WaiterFailureException(String message, Object lastValue, int polls) {
        super(message, lastValue, polls, null);
    }
}
