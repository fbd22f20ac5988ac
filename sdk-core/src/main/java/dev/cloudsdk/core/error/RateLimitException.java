package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/**
 * HTTP 429: too many requests. Retried automatically (honouring {@code Retry-After}, clamped);
 * thrown once retries are exhausted. {@link #retryAfter()} tells how long the server asked to wait.
 */
public class RateLimitException extends ApiException {

    /**
     * Creates the exception; see {@link ApiException#of(int, ErrorDetails, Map, String)}.
     *
     * @param statusCode HTTP status
     * @param details    decoded error details
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public RateLimitException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        super(statusCode, details, headers, rawBody);
    }
}
