package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/** HTTP 422: the request was well-formed but semantically invalid. */
public class UnprocessableEntityException extends ApiException {

    /**
     * Creates the exception; see {@link ApiException#of(int, ErrorDetails, Map, String)}.
     *
     * @param statusCode HTTP status
     * @param details    decoded error details
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public UnprocessableEntityException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        super(statusCode, details, headers, rawBody);
    }
}
