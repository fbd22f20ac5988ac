package dev.cloudsdk.core.error;

/**
 * Root of every exception the SDK throws. Unchecked, so callers catch what they can handle.
 *
 * <p>Subtypes: {@link ApiException} (the server answered with an error), {@link ApiConnectionException}
 * (no answer could be obtained), {@link ApiTimeoutException} (the call ran out of time) and
 * {@link ResponseDecodingException} (the answer could not be understood).
 */
public class SdkException extends RuntimeException {

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public SdkException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure, may be {@code null}
     */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
