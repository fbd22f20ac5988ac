package dev.cloudsdk.core.internal.http;

import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The moment one exchange of {@link BodyOnGetTransport} must be over, and the socket timeouts that respect it:
 * each blocking step waits at most its own configured timeout and never past this deadline.
 */
final class ExchangeDeadline {

    /** Longer timeouts are taken as this (about 73 years), so that adding it to {@link System#nanoTime()} is safe. */
    private static final long MAX_NANOS = Long.MAX_VALUE / 4;

    private final long endNanos;

    /**
     * @param timeout the time the exchange may take from now; zero or negative leaves no time at all
     */
    ExchangeDeadline(Duration timeout) {
        long nanos;
        try {
            nanos = Math.min(timeout.toNanos(), MAX_NANOS);
        } catch (ArithmeticException tooLong) {
            nanos = timeout.isNegative() ? 0 : MAX_NANOS;
        }
        this.endNanos = System.nanoTime() + Math.max(0, nanos);
    }

    /** @return whether the deadline has passed */
    boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /**
     * Returns how long the next blocking step may wait: the configured timeout, cut to the time left.
     *
     * @param configuredMillis the step's own timeout; 0 means none
     * @param step             what is about to wait, for the message if no time is left
     * @return milliseconds, at least 1 (a socket takes 0 as "forever")
     * @throws SocketTimeoutException if the deadline has passed
     */
    int millisFor(int configuredMillis, String step) throws SocketTimeoutException {
        long leftNanos = endNanos - System.nanoTime();
        if (leftNanos <= 0) {
            throw new SocketTimeoutException("the call timeout ran out before " + step);
        }
        long leftMillis = Math.max(1, (leftNanos + 999_999) / 1_000_000);
        long millis = configuredMillis <= 0 ? leftMillis : Math.min(configuredMillis, leftMillis);
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
