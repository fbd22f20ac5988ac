package dev.cloudsdk.core.error;

/**
 * The server could not be reached or the connection broke before a complete answer arrived
 * (DNS failure, refused connection, reset, TLS failure). Retries, if allowed, were exhausted.
 */
public class ApiConnectionException extends SdkException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the method and URL
     * @param cause   the I/O failure
     */
    public ApiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
