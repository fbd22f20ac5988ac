package dev.cloudsdk.core.error;

import java.util.Optional;

/**
 * The server answered, but the body could not be turned into the expected type (malformed JSON, a
 * value of the wrong shape). Carries the HTTP status and the start of the raw body for diagnosis.
 *
 * <p>A failure confined to one field, thrown by that field's accessor on a model that otherwise decoded (a value
 * of the wrong shape, a field the API always sends that the answer lacked, a time field whose text is not a
 * time), also names the field by its JSON path ({@link #jsonPath()}, such as {@code $.data[0].tags}) and carries
 * the value as received ({@link #rawValue()}); its status is {@code 0}, since it surfaces after the call.
 */
public class ResponseDecodingException extends SdkException {

    /** The HTTP status. */
    private final int statusCode;
    /** The start of the body. */
    private final String bodySnippet;
    /** The request id, or {@code null}. */
    private final String requestId;
    /** The JSON path of the failing field, or {@code null}. */
    private final String jsonPath;
    /** The failing field's value as received, or {@code null}. */
    private final String rawValue;

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
        this(message, statusCode, bodySnippet, requestId, null, null, cause);
    }

    /**
     * Creates the exception for one field that could not be decoded.
     *
     * @param message     what could not be decoded (the path, the expected type, the value)
     * @param statusCode  HTTP status of the response, or {@code 0} when the failure surfaced after the call
     *                    (reading a field of a decoded model)
     * @param bodySnippet the start of the raw body (bounded), or {@code null} (read as empty) when unknown
     * @param requestId   the server's request id, or {@code null}
     * @param jsonPath    where the field is, e.g. {@code HostCluster.createdAt}, or {@code null}
     * @param rawValue    the field's value as received, or {@code null}
     * @param cause       the parser failure, or {@code null}
     */
    public ResponseDecodingException(String message, int statusCode, String bodySnippet, String requestId,
                                     String jsonPath, String rawValue, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
        this.requestId = requestId;
        this.jsonPath = jsonPath;
        this.rawValue = rawValue;
    }

    /** @return the HTTP status of the undecodable response, {@code 0} when the failure surfaced after the call */
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

    /** @return where the undecodable field is (e.g. {@code HostCluster.createdAt}), when the failure is one field's */
    public Optional<String> jsonPath() {
        return Optional.ofNullable(jsonPath);
    }

    /** @return the undecodable field's value as received, when the failure is one field's */
    public Optional<String> rawValue() {
        return Optional.ofNullable(rawValue);
    }
}
