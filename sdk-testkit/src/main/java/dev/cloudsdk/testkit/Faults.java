package dev.cloudsdk.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Failures a fake server injects into its next calls, before routing: an error status (optionally with
 * {@code Retry-After}), a dropped connection, or a slow answer. Thread-safe.
 */
public final class Faults {

    /** One planned failure. */
    static final class Fault {
        final int status;
        final String retryAfter;
        final boolean disconnect;
        final Duration delay;

        Fault(int status, String retryAfter, boolean disconnect, Duration delay) {
            this.status = status;
            this.retryAfter = retryAfter;
            this.disconnect = disconnect;
            this.delay = delay;
        }
    }

    private final Deque<Fault> planned = new ArrayDeque<>();

    /**
     * The next {@code count} calls answer {@code status} with an empty JSON error body.
     *
     * @param count  how many calls
     * @param status HTTP status
     * @return this
     */
    public synchronized Faults failNext(int count, int status) {
        return add(count, new Fault(status, null, false, Duration.ZERO));
    }

    /**
     * The next {@code count} calls answer {@code status} with {@code Retry-After: seconds}.
     *
     * @param count      how many calls
     * @param status     HTTP status (429 or 503, usually)
     * @param retryAfter the header value
     * @return this
     */
    public synchronized Faults failNextWithRetryAfter(int count, int status, String retryAfter) {
        return add(count, new Fault(status, retryAfter, false, Duration.ZERO));
    }

    /**
     * The next {@code count} calls get their connection closed without an answer.
     *
     * @param count how many calls
     * @return this
     */
    public synchronized Faults dropNext(int count) {
        return add(count, new Fault(0, null, true, Duration.ZERO));
    }

    /**
     * The next {@code count} calls are answered normally, but only after {@code delay}.
     *
     * @param count how many calls
     * @param delay how long the body is held back
     * @return this
     */
    public synchronized Faults delayNext(int count, Duration delay) {
        return add(count, new Fault(0, null, false, delay));
    }

    /** Forgets every planned failure. */
    public synchronized void clear() {
        planned.clear();
    }

    synchronized Fault poll() {
        return planned.pollFirst();
    }

    private Faults add(int count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        for (int i = 0; i < count; i++) {
            planned.addLast(fault);
        }
        return this;
    }
}
