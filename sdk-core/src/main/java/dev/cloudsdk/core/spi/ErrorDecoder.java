package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.http.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a provider's error envelopes. Each provider module plugs one into its client; the core turns the
 * result into the {@link ApiException} subtype of its {@link ErrorFamily}, inside the retry loop, so that the
 * family and the provider's "temporary" hint decide retries. A decoder must never throw: for a body it does
 * not understand (HTML, empty, truncated) it returns {@link ErrorDetails#empty()} or what it could read, and
 * the exception still carries the status and the raw body.
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

    /**
     * Looks for an error envelope in a successful answer (some APIs answer errors with HTTP 200). Called for
     * every 2xx answer, so it should decide from the start of the body without decoding all of it. The default
     * finds none.
     *
     * @param response the 2xx answer (do not modify its body)
     * @return the error's details, with its {@link ErrorDetails#family() family} set, or empty for a real success
     */
    default Optional<ErrorDetails> decodeSuccess(ApiResponse response) {
        return Optional.empty();
    }
}
