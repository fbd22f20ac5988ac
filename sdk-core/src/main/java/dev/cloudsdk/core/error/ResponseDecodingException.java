package dev.cloudsdk.core.error;

import java.util.Optional;

/**
 * The server answered, but the body could not be turned into the expected type (malformed JSON, a
 * value of the wrong shape). Carries the HTTP status and the start of the raw body for diagnosis.
 */
public class ResponseDecodingException extends SdkException {

    /** The HTTP status. */
    private final int statusCode;
    /** The start of the body. */
    private final String bodySnippet;
    /** The request id, or {@code null}. */
    private final String requestId;

    /**
     * Creates the exception.
     *
     * @param message     what could not be decoded
     * @param statusCode  HTTP status of the response
     * @param bodySnippet the start of the raw body (bounded), never {@code null}
     * @param requestId   the server's request id, or {@code null}
     * @param cause       the parser failure
     */
    public ResponseDecodingException(String message, int statusCode, String bodySnippet, String requestId,
                                     Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
        this.requestId = requestId;
    }

    /** @return the HTTP status of the undecodable response */
    public int statusCode() {
        return statusCode;
    }

    /** @return the start of the raw response body (bounded) */
    public String bodySnippet() {
        return bodySnippet;
    }

    /** @return the server's request id, when it sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
