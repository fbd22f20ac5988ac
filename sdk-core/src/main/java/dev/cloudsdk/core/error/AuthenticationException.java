package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/** HTTP 401: the credentials are missing, wrong or expired (after one refresh attempt, where the auth supports it). */
public class AuthenticationException extends ApiException {

    /**
     * Creates the exception; see {@link ApiException#of(int, ErrorDetails, Map, String)}.
     *
     * @param statusCode HTTP status
     * @param details    decoded error details
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public AuthenticationException(int statusCode, ErrorDetails details, Map<String, List<String>> headers, String rawBody) {
        super(statusCode, details, headers, rawBody);
    }
}
