package dev.cloudsdk.core.error;

import java.util.List;
import java.util.Map;

/**
 * Reads a provider's error envelope. Each provider module plugs one into its client; the core turns
 * the result into the right {@link ApiException} subtype. A decoder must never throw: for a body it
 * does not understand (HTML, empty, truncated) it returns {@link ErrorDetails#empty()} or what it could
 * read, and the exception still carries the status and the raw body.
 */
@FunctionalInterface
public interface ErrorDecoder {

    /** A decoder that understands no envelope; exceptions carry status, headers and raw body only. */
    ErrorDecoder NONE = (status, headers, body) -> ErrorDetails.empty();

    /**
     * Decodes an error response.
     *
     * @param status  HTTP status code
     * @param headers response headers, keys in lower case
     * @param body    the response body as text (possibly empty, possibly not JSON)
     * @return what could be read, never {@code null}
     */
    ErrorDetails decode(int status, Map<String, List<String>> headers, String body);
}
