package dev.cloudsdk.core.error;

/**
 * The call did not complete in time: either the total call timeout (which spans all retries) ran out,
 * or the last attempt hit its connect, read or write timeout.
 */
public class ApiTimeoutException extends ApiConnectionException {

    /**
     * Creates the exception.
     *
     * @param message what timed out
     * @param cause   the underlying timeout, may be {@code null}
     */
    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
