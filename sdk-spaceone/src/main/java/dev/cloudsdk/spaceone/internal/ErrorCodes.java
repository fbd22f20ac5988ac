package dev.cloudsdk.spaceone.internal;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.PermissionDeniedException;
import java.util.List;
import java.util.Map;

/**
 * Types SpaceONE errors by their {@code ERROR_*} code. The gateways usually answer with the HTTP status of
 * the code's gRPC status, and then the exception already has the right type; some answer a client error
 * with a plain 500. The code is the more precise of the two, so an {@code ERROR_NOT_FOUND} is always a
 * {@link NotFoundException} (its {@code statusCode()} stays what the server sent, and the original
 * exception is its cause).
 */
public final class ErrorCodes {

    /** Creates the exception of one type, as its public constructors do. */
    @FunctionalInterface
    private interface Factory {
        ApiException create(int status, ErrorDetails details, Map<String, List<String>> headers, String body);
    }

    /** The exception type of a code. */
    private record Mapping(Class<? extends ApiException> type, Factory factory) {
    }

    private static final Map<String, Mapping> BY_CODE = Map.of(
            "ERROR_INVALID_ARGUMENT", new Mapping(BadRequestException.class, BadRequestException::new),
            "ERROR_REQUIRED_PARAMETER", new Mapping(BadRequestException.class, BadRequestException::new),
            "ERROR_AUTHENTICATE_FAILURE", new Mapping(AuthenticationException.class, AuthenticationException::new),
            "ERROR_PERMISSION_DENIED", new Mapping(PermissionDeniedException.class, PermissionDeniedException::new),
            "ERROR_NOT_FOUND", new Mapping(NotFoundException.class, NotFoundException::new),
            "ERROR_NOT_UNIQUE", new Mapping(ConflictException.class, ConflictException::new));

    private ErrorCodes() {
    }

    /**
     * Returns the exception typed by its code.
     *
     * @param error the exception the status gave
     * @return {@code error} itself when its type already fits its code (or the code is not a client error),
     *         else an exception of the code's type with the same status, details, headers and body
     */
    public static ApiException typed(ApiException error) {
        Mapping mapping = error.code().map(BY_CODE::get).orElse(null);
        if (mapping == null || mapping.type().isInstance(error)) {
            return error;
        }
        ErrorDetails.Builder details = ErrorDetails.builder()
                .code(error.code().orElse(null))
                .message(error.errorMessage().orElse(null))
                .requestId(error.requestId().orElse(null))
                .retryable(error.retryableHint().orElse(null));
        error.details().forEach(details::extra);
        ApiException typed = mapping.factory().create(error.statusCode(), details.build(), error.headers(),
                error.rawBody());
        typed.initCause(error);
        return typed;
    }
}
