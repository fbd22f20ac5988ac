package dev.cloudsdk.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Failures a fake server injects into its next calls, in the order they were planned: an error status
 * (optionally with {@code Retry-After}), a dropped connection, a slow or dripping answer, any answer of your
 * choosing (a redirect, an empty or malformed body), or a huge streamed body. Thread-safe.
 */
public final class Faults {

    /** One planned failure. */
    static final class Fault {
        final int status;
        final String retryAfter;
        final boolean disconnect;
        final Duration delay;
        /** Sent instead of routing, or {@code null}. */
        FakeResponse answer;
        /** Bytes of filler body streamed with {@link #status}, or 0. */
        long streamedBytes;
        /** Pause between the bytes of the routed answer's body, or {@code null}. */
        Duration drip;

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

    /**
     * The next {@code count} calls get {@code answer} instead of being routed: a redirect
     * ({@code FakeResponse.empty(307).header("Location", ...)}), an empty or {@code null} body, malformed JSON.
     *
     * @param count  how many calls
     * @param answer the answer to send
     * @return this
     */
    public synchronized Faults answerNext(int count, FakeResponse answer) {
        Fault fault = new Fault(0, null, false, Duration.ZERO);
        fault.answer = Objects.requireNonNull(answer, "answer");
        return add(count, fault);
    }

    /**
     * The next {@code count} calls are answered {@code status} with a body of {@code bytes} bytes, streamed
     * without being held in memory, until the client stops reading: for testing that a client bounds what it
     * reads.
     *
     * @param count  how many calls
     * @param status HTTP status
     * @param bytes  the body's length
     * @return this
     */
    public synchronized Faults streamNext(int count, int status, long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be >= 1");
        }
        Fault fault = new Fault(status, null, false, Duration.ZERO);
        fault.streamedBytes = bytes;
        return add(count, fault);
    }

    /**
     * The next {@code count} calls are answered normally, but their body arrives one byte per {@code interval}.
     *
     * @param count    how many calls
     * @param interval the pause before each byte
     * @return this
     */
    public synchronized Faults dripNext(int count, Duration interval) {
        Fault fault = new Fault(0, null, false, Duration.ZERO);
        fault.drip = Objects.requireNonNull(interval, "interval");
        return add(count, fault);
    }

    /**
     * The next {@code count} calls get {@code answer} instead of being routed, its body one byte per
     * {@code interval}.
     *
     * @param count    how many calls
     * @param interval the pause before each byte
     * @param answer   the answer to drip
     * @return this
     */
    public synchronized Faults dripNext(int count, Duration interval, FakeResponse answer) {
        Fault fault = new Fault(0, null, false, Duration.ZERO);
        fault.drip = Objects.requireNonNull(interval, "interval");
        fault.answer = Objects.requireNonNull(answer, "answer");
        return add(count, fault);
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
