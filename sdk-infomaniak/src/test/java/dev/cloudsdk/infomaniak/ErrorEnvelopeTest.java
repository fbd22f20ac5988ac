package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.RateLimitException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Infomaniak's envelope, handled once: errors at any status, nested details, pending results. */
class ErrorEnvelopeTest {

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    private static String error(String code, String description) {
        return "{\"result\":\"error\",\"error\":{\"code\":\"" + code + "\",\"description\":\"" + description + "\","
                + "\"context\":{\"id\":1332},\"errors\":[{\"code\":\"validation_failed\",\"description\":\"name\"}]}}";
    }

    @ParameterizedTest
    @CsvSource({
        "400, cannot_create_kaas, dev.cloudsdk.core.error.BadRequestException",
        "401, not_authorized, dev.cloudsdk.core.error.AuthenticationException",
        "404, object_not_found, dev.cloudsdk.core.error.NotFoundException",
        "500, unexpected_error, dev.cloudsdk.core.error.InternalServerException"})
    void errorStatusesBecomeTypedExceptionsWithTheEnvelopeKept(int status, String code, String type) throws Exception {
        wire.enqueue(status, error(code, "Something wrong"));

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> wire.client.cloud().get(1332, GetPublicCloudParams.builder().build(), WireSupport.noRetries()));

        assertThat(e).isInstanceOf(Class.forName(type));
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.code()).hasValue(code);
        assertThat(e.errorMessage()).hasValue("Something wrong");
        assertThat(e.getMessage()).contains("HTTP " + status, code, "Something wrong");
        assertThat(e.details()).containsEntry("context", Map.of("id", 1332))
                .containsEntry("errors", List.of(Map.of("code", "validation_failed", "description", "name")));
        assertThat(e.getMessage()).doesNotContain(WireSupport.TOKEN);
    }

    @ParameterizedTest
    @CsvSource({
        "not_authorized, dev.cloudsdk.core.error.AuthenticationException, AUTHENTICATION",
        "object_not_found, dev.cloudsdk.core.error.NotFoundException, NOT_FOUND",
        "unexpected_error, dev.cloudsdk.core.error.InternalServerException, SERVER_ERROR",
        "cannot_update_kaas, dev.cloudsdk.core.error.BadRequestException, BAD_REQUEST"})
    void anErrorEnvelopeWithHttp200StillThrows(String code, String type, ErrorFamily family) throws Exception {
        wire.enqueue(200, error(code, "Denied"));

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> wire.client.cloud().get(1332, GetPublicCloudParams.builder().build(), WireSupport.noRetries()));

        assertThat(e).isInstanceOf(Class.forName(type));
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.family()).isEqualTo(family);
        assertThat(e.code()).hasValue(code);
        assertThat(e.errorMessage()).hasValue("Denied");
        assertThat(e.details()).containsKeys("context", "errors");
        assertThat(wire.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aServerErrorEnvelopeWithHttp200IsRetriedLikeA500() throws Exception {
        wire.enqueue(200, error("unexpected_error", "Try again"));
        wire.enqueue(200, "{\"result\":\"success\",\"data\":" + WireSupport.fixture("public-cloud.json") + "}");

        assertThat(wire.client.cloud().get(1332)).isNotNull();
        assertThat(wire.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aClientErrorEnvelopeWithHttp200IsNotRetried() {
        wire.enqueue(200, error("object_not_found", "Gone"));

        assertThat(catchThrowableOfType(NotFoundException.class, () -> wire.client.cloud().get(1332))).isNotNull();
        assertThat(wire.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anErrorEnvelopeWithHttp200FailsResultCallsToo() {
        wire.enqueue(200, "{\"result\":\"error\",\"error\":{\"code\":\"object_not_found\"}}");

        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> wire.client.cloud().kubernetes().delete(1, 2, 3));

        assertThat(e.errorMessage()).hasValue("error envelope");
        assertThat(e.statusCode()).isEqualTo(200);
    }

    @Test
    void anHtmlErrorPageKeepsStatusAndBody() {
        wire.server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html>Bad gateway</html>").build());

        InternalServerException e = catchThrowableOfType(InternalServerException.class,
                () -> wire.client.cloud().config(42, WireSupport.noRetries()));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.code()).isEmpty();
        assertThat(e.rawBody()).isEqualTo("<html>Bad gateway</html>");
    }

    @Test
    void aBodyThatIsNotTheModelIsADecodingError() {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":\"not a cloud\"}");

        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> wire.client.cloud().get(1)))
                .hasMessageContaining("HTTP 200");
    }

    @Test
    void dataOfTheWrongShapeIsNamedInTheError() {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":[1,2]}");
        wire.enqueue(200, "{\"result\":\"success\",\"data\":true,\"page\":1,\"pages\":1}");
        wire.enqueue(202, "{\"result\":\"asynchronous\",\"data\":{\"id\":\"x\"}}");

        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> wire.client.cloud().get(1)))
                .hasMessageContaining("data does not fit").hasMessageContaining("PublicCloud");
        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> wire.client.cloud().list(42L)))
                .hasMessageContaining("data does not fit").hasMessageContaining("java.util.List");
        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> wire.client.cloud().projects()
                .create(1332, CreateProjectRequest.builder().projectName("p").userPassword("s3cret-Passw0rd").build())))
                .hasMessageContaining("data does not fit").hasMessageContaining("Long");
    }

    @Test
    void anEnvelopeThatIsNotJsonOrIsEmptyIsADecodingErrorForEveryKindOfCall() {
        wire.enqueue(200, "");
        wire.enqueue(200, "null");
        wire.enqueue(200, "{\"result\":\"success\",\"pages\":\"many\"}");

        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> wire.client.cloud().get(1)))
                .hasMessageContaining("has no body");
        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> wire.client.cloud().projects()
                .delete(1332, 2))).hasMessageContaining("has no body");
        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> wire.client.cloud().list(42L))).hasMessageContaining("could not be decoded");
    }

    @Test
    void aPageWithoutDataIsEmptyAndAResultWithoutAResultIsASuccess() {
        wire.enqueue(200, "{\"result\":\"success\",\"page\":1,\"pages\":1,\"total\":0}");
        wire.enqueue(200, "{\"data\":true}");

        assertThat(wire.client.cloud().list(42L).items()).isEmpty();
        ApiResult<Boolean> deleted = wire.client.cloud().projects().delete(1332, 2);
        assertThat(deleted.result()).isEqualTo(ResultStatus.SUCCESS);
        assertThat(deleted.data()).hasValue(true);
    }

    @Test
    void aMissingDataIsADecodingError() {
        wire.enqueue(200, "{\"result\":\"success\"}");

        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> wire.client.cloud().get(1)))
                .hasMessageContaining("no data");
    }

    @Test
    void asynchronousAndDelayedResultsAreSurfaced() {
        wire.enqueue(202, "{\"result\":\"asynchronous\",\"data\":25454}");
        wire.enqueue(202, "{\"result\":\"delayed\"}");

        ApiResult<Long> created = wire.client.cloud().projects().create(1332,
                CreateProjectRequest.builder().projectName("MyProject").userPassword("s3cret-Passw0rd").build());
        ApiResult<Boolean> deleted = wire.client.cloud().projects().delete(1332, 25454);

        assertThat(created.result()).isEqualTo(ResultStatus.ASYNCHRONOUS);
        assertThat(created.isPending()).isTrue();
        assertThat(created.data()).hasValue(25454L);
        assertThat(deleted.result()).isEqualTo(ResultStatus.DELAYED);
        assertThat(deleted.isPending()).isTrue();
        assertThat(deleted.data()).isEmpty();
    }

    @Test
    void anUnknownResultIsKeptAsIs() {
        wire.enqueue(200, "{\"result\":\"queued\",\"data\":true}");

        ApiResult<Boolean> result = wire.client.cloud().kubernetes().ipFilters().delete(1, 2, 3);

        assertThat(result.result().value()).isEqualTo("queued");
        assertThat(result.result().isKnown()).isFalse();
    }

    @Test
    void rateLimitingIsRetriedAfterTheServersDelay() {
        wire.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2")
                .body("{\"result\":\"error\",\"error\":{\"code\":\"too_many_requests\"}}").build());
        wire.enqueueData("[\"dc3-a\",\"dc4-a\"]");

        List<String> regions = wire.client.cloud().kubernetes().regions();

        assertThat(regions).containsExactly("dc3-a", "dc4-a");
        assertThat(wire.sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(wire.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitingWithoutRetriesIsARateLimitException() {
        wire.enqueue(429, "{\"result\":\"error\",\"error\":{\"code\":\"too_many_requests\"}}");

        RateLimitException e = catchThrowableOfType(RateLimitException.class,
                () -> wire.client.cloud().kubernetes().regions(WireSupport.noRetries()));

        assertThat(e.code()).hasValue("too_many_requests");
        assertThat(wire.sleeps).isEmpty();
    }

    @Test
    void badRequestIsNotRetried() {
        wire.enqueue(400, error("kaas_pack_limit_reached", "Kaas pack limit reached"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> wire.client.cloud().kubernetes().packs());

        assertThat(e.code()).hasValue("kaas_pack_limit_reached");
        assertThat(wire.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unauthorizedWithAStaticTokenIsFinal() {
        wire.enqueue(401, error("not_authorized", "Authorization required"));

        assertThat(catchThrowableOfType(AuthenticationException.class, () -> wire.client.cloud().accesses(42)))
                .hasMessageNotContaining(WireSupport.TOKEN);
        assertThat(wire.server.getRequestCount()).isEqualTo(1);
    }
}
