package dev.cloudsdk.core.http;

import java.io.IOException;

/**
 * No complete response could be obtained for one attempt. Says whether any of the request may have
 * reached the server (which decides whether a non-idempotent request may be retried) and whether the
 * failure was a timeout.
 */
public final class TransportException extends IOException {

    /** Whether the request may have reached the server. */
    private final boolean requestSent;
    /** Whether the attempt timed out. */
    private final boolean timeout;

    /**
     * Creates the exception.
     *
     * @param message     what failed
     * @param cause       the I/O failure
     * @param requestSent whether the request may have been (partly) sent
     * @param timeout     whether the failure was a timeout
     */
    public TransportException(String message, Throwable cause, boolean requestSent, boolean timeout) {
        super(message, cause);
        this.requestSent = requestSent;
        this.timeout = timeout;
    }

    /** @return whether any of the request may have reached the server */
    public boolean requestSent() {
        return requestSent;
    }

    /** @return whether the attempt timed out */
    public boolean isTimeout() {
        return timeout;
    }
}
