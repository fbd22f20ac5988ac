package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.internal.logging.Redaction;
import java.util.Optional;

/**
 * Turns an answer into the {@link ApiException} of its family with the provider's {@link ErrorDecoder}: an error
 * status always, a 2xx only when its envelope reports an error. A decoder that throws is treated as one that
 * found nothing, so a provider bug never hides the HTTP error itself.
 */
final class ErrorClassifier {

    private final ErrorDecoder errorDecoder;

    ErrorClassifier(ErrorDecoder errorDecoder) {
        this.errorDecoder = errorDecoder;
    }

    /** Turns an error response into the {@link ApiException} of its family, with the provider's decoder. */
    ApiException fromError(ApiResponse response, boolean sensitive) {
        String text = response.bodyAsString();
        ErrorDetails details;
        try {
            details = errorDecoder.decode(response.statusCode(), response.headers(), text);
        } catch (RuntimeException decoderBug) {
            details = ErrorDetails.empty();
        }
        return ApiException.of(response.statusCode(), details == null ? ErrorDetails.empty() : details,
                response.headers(), sensitive ? Redaction.text(text) : text);
    }

    /** The error a successful answer's envelope reports, or {@code null} for a real success. */
    ApiException fromSuccess(ApiResponse response, boolean sensitive) {
        Optional<ErrorDetails> details;
        try {
            details = errorDecoder.decodeSuccess(response);
        } catch (RuntimeException decoderBug) {
            details = Optional.empty();
        }
        if (details == null || details.isEmpty()) {
            return null;
        }
        String text = response.bodyAsString();
        return ApiException.of(response.statusCode(), details.get(), response.headers(),
                sensitive ? Redaction.text(text) : text);
    }

    /** "HTTP 503", or "HTTP 200 (SERVER_ERROR)" when the body names another family than the status. */
    static String describe(ApiException error) {
        int status = error.statusCode();
        return "HTTP " + status + (error.family() == ErrorFamily.ofStatus(status) ? "" : " (" + error.family() + ")");
    }
}
