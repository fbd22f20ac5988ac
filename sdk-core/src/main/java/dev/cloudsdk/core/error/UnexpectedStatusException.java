package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/** An error status with no dedicated type (for example 405, 410 or 3xx). */
public class UnexpectedStatusException extends ApiException {

    /**
     * Creates the exception; see {@link ApiException#of(int, ErrorDetails, Map, String)}.
     *
     * @param statusCode HTTP status
     * @param details    decoded error details
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public UnexpectedStatusException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        super(statusCode, details, headers, rawBody);
    }
}
