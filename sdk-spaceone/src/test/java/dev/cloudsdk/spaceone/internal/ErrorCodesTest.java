package dev.cloudsdk.spaceone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.PermissionDeniedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code types the exception; everything else the first exception held is kept. */
class ErrorCodesTest {

    private static ApiException answered(int status, String code) {
        ErrorDetails details = ErrorDetails.builder().code(code).message("It failed.").requestId("req-body-1")
                .retryable(false).extra("meta", Map.of("key", "id")).extra("grpc_code", 5).build();
        return ApiException.of(status, details, Map.of("x-extra", List.of("yes")), "{\"raw\":true}");
    }

    @Test
    void eachClientErrorCodeGetsItsType() {
        Map<String, Class<? extends ApiException>> expected = Map.of(
                "ERROR_INVALID_ARGUMENT", BadRequestException.class,
                "ERROR_REQUIRED_PARAMETER", BadRequestException.class,
                "ERROR_AUTHENTICATE_FAILURE", AuthenticationException.class,
                "ERROR_PERMISSION_DENIED", PermissionDeniedException.class,
                "ERROR_NOT_FOUND", NotFoundException.class,
                "ERROR_NOT_UNIQUE", ConflictException.class);
        expected.forEach((code, type) -> assertThat(ErrorCodes.typed(answered(500, code)))
                .as(code).isExactlyInstanceOf(type));
    }

    @Test
    void aRetypedExceptionKeepsStatusDetailsRequestIdHeadersAndBody() {
        ApiException original = answered(500, "ERROR_NOT_FOUND");

        ApiException typed = ErrorCodes.typed(original);

        assertThat(typed).isExactlyInstanceOf(NotFoundException.class).hasCause(original);
        assertThat(typed.statusCode()).isEqualTo(500);
        assertThat(typed.code()).contains("ERROR_NOT_FOUND");
        assertThat(typed.errorMessage()).contains("It failed.");
        assertThat(typed.requestId()).contains("req-body-1");
        assertThat(typed.retryableHint()).contains(false);
        assertThat(typed.details()).containsExactlyInAnyOrderEntriesOf(
                Map.of("meta", Map.of("key", "id"), "grpc_code", 5));
        assertThat(typed.headers()).containsExactly(Map.entry("x-extra", List.of("yes")));
        assertThat(typed.rawBody()).isEqualTo("{\"raw\":true}");
        assertThat(typed.getMessage()).isEqualTo(original.getMessage());
    }

    @Test
    void anExceptionThatAlreadyFitsItsCodeOrHasNoKnownCodeIsReturnedAsIs() {
        ApiException notFound = answered(404, "ERROR_NOT_FOUND");
        ApiException unknown = answered(500, "ERROR_DB_QUERY");
        ApiException none = ApiException.of(502, ErrorDetails.empty(), Map.of(), "");

        assertThat(ErrorCodes.typed(notFound)).isSameAs(notFound);
        assertThat(ErrorCodes.typed(unknown)).isSameAs(unknown).isExactlyInstanceOf(InternalServerException.class);
        assertThat(ErrorCodes.typed(none)).isSameAs(none);
    }
}
