package dev.cloudsdk.core.error;

/**
 * A successful answer was longer than the client's {@code maxResponseBodySize}. The SDK stopped reading it at
 * that size and dropped the connection; nothing of it was decoded. Raise the limit on the client's builder if
 * such answers are expected.
 */
public class ResponseTooLargeException extends ResponseDecodingException {

    /** The limit that was exceeded, in bytes. */
    private final long limitBytes;

    /**
     * Creates the exception.
     *
     * @param message     what was too large
     * @param statusCode  HTTP status of the response
     * @param limitBytes  the limit that was exceeded
     * @param bodySnippet the start of the body (bounded, secrets redacted), never {@code null}
     * @param requestId   the server's request id, or {@code null}
     */
    public ResponseTooLargeException(String message, int statusCode, long limitBytes, String bodySnippet,
                                     String requestId) {
        super(message, statusCode, bodySnippet, requestId, null);
        this.limitBytes = limitBytes;
    }

    /** @return the limit that was exceeded, in bytes */
    public long limitBytes() {
        return limitBytes;
    }
}
