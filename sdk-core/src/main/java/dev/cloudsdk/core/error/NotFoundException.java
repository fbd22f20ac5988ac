package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/** HTTP 404: the resource does not exist (or is hidden from these credentials). */
public class NotFoundException extends ApiException {

    /**
     * Creates the exception; see {@link ApiException#of(int, ErrorDetails, Map, String)}.
     *
     * @param statusCode HTTP status
     * @param details    decoded error details
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public NotFoundException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        super(statusCode, details, headers, rawBody);
    }
}
