package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/** HTTP 409: the request conflicts with the resource's current state (duplicate, invalid state). */
public class ConflictException extends ApiException {

    /**
     * Creates the exception; see {@link ApiException#of(int, ErrorDetails, Map, String)}.
     *
     * @param statusCode HTTP status
     * @param details    decoded error details
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public ConflictException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        super(statusCode, details, headers, rawBody);
    }
}
