package dev.cloudsdk.spaceone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.PermissionDeniedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code names the error's family, whatever status it came with; everything else the answer held is kept. */
class ErrorCodesTest {

    private final SpaceOneErrorDecoder decoder = new SpaceOneErrorDecoder();

    private ApiException answered(int status, String code) {
        String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"It failed.\",\"meta\":{\"key\":\"id\"}}}";
        return ApiException.of(status, decoder.decode(status, Map.of(), body), Map.of("x-extra", List.of("yes")),
                body);
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
        expected.forEach((code, type) -> assertThat(answered(500, code)).as(code).isExactlyInstanceOf(type));
    }

    @Test
    void aCodeAtAPlain500KeepsStatusDetailsHeadersAndBody() {
        ApiException typed = answered(500, "ERROR_NOT_FOUND");

        assertThat(typed).isExactlyInstanceOf(NotFoundException.class);
        assertThat(typed.statusCode()).isEqualTo(500);
        assertThat(typed.family()).isEqualTo(ErrorFamily.NOT_FOUND);
        assertThat(typed.code()).contains("ERROR_NOT_FOUND");
        assertThat(typed.errorMessage()).contains("It failed.");
        assertThat(typed.retryableHint()).contains(false);
        assertThat(typed.details()).containsExactly(Map.entry("meta", Map.of("key", "id")));
        assertThat(typed.headers()).containsExactly(Map.entry("x-extra", List.of("yes")));
        assertThat(typed.rawBody()).contains("ERROR_NOT_FOUND");
    }

    @Test
    void otherCodesGoByTheStatus() {
        assertThat(answered(500, "ERROR_DB_QUERY")).isExactlyInstanceOf(InternalServerException.class)
                .extracting(ApiException::family).isEqualTo(ErrorFamily.SERVER_ERROR);
        assertThat(answered(404, "ERROR_SOMETHING_NEW")).isExactlyInstanceOf(NotFoundException.class);
    }
}
