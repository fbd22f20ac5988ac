package dev.cloudsdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.PermissionDeniedException;
import dev.cloudsdk.core.error.RateLimitException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.error.UnexpectedStatusException;
import dev.cloudsdk.core.error.UnprocessableEntityException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.ErrorDecoder;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ErrorMappingTest {

    /** A decoder for {"error":{"code","message","request_id"}}, like a provider would plug in. */
    private static final ErrorDecoder DECODER = (status, headers, body) -> {
        try {
            JsonNode error = new ObjectMapper().readTree(body).path("error");
            return ErrorDetails.builder().code(error.path("code").asText(null))
                    .message(error.path("message").asText(null))
                    .requestId(error.path("request_id").asText(null)).build();
        } catch (Exception notJson) {
            return ErrorDetails.empty();
        }
    };

    private final MockWebServer server = new MockWebServer();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = TestClientBuilder.against(server, new RecordingSleeper()).maxRetries(0).errorDecoder(DECODER).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ApiException call() {
        return catchThrowableOfType(ApiException.class,
                () -> client.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), RequestOptions.none()));
    }

    @ParameterizedTest
    @CsvSource({
        "400, dev.cloudsdk.core.error.BadRequestException",
        "401, dev.cloudsdk.core.error.AuthenticationException",
        "403, dev.cloudsdk.core.error.PermissionDeniedException",
        "404, dev.cloudsdk.core.error.NotFoundException",
        "409, dev.cloudsdk.core.error.ConflictException",
        "422, dev.cloudsdk.core.error.UnprocessableEntityException",
        "429, dev.cloudsdk.core.error.RateLimitException",
        "500, dev.cloudsdk.core.error.InternalServerException",
        "503, dev.cloudsdk.core.error.InternalServerException",
        "405, dev.cloudsdk.core.error.UnexpectedStatusException",
    })
    void everyStatusFamilyHasItsTypeWithCodeMessageAndRequestId(int status, String type) throws Exception {
        server.enqueue(new MockResponse.Builder().code(status)
                .body("{\"error\":{\"code\":\"E_" + status + "\",\"message\":\"went wrong\",\"request_id\":\"req-" + status + "\"}}")
                .build());

        ApiException e = call();

        assertThat(e).isInstanceOf(Class.forName(type));
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.code()).contains("E_" + status);
        assertThat(e.errorMessage()).contains("went wrong");
        assertThat(e.requestId()).contains("req-" + status);
        assertThat(e.getMessage()).isEqualTo("HTTP " + status + " [E_" + status + "]: went wrong (request id: req-" + status + ")");
    }

    @Test
    void aNonJsonBodyStillGivesAUsefulExceptionWithTheHeaderRequestId() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("X-Request-Id", "hdr-1")
                .setHeader("Content-Type", "text/html").body("<html><body>Bad gateway</body></html>").build());

        ApiException e = call();

        assertThat(e).isInstanceOf(InternalServerException.class);
        assertThat(e.code()).isEmpty();
        assertThat(e.requestId()).contains("hdr-1");
        assertThat(e.getMessage()).isEqualTo("HTTP 502 (request id: hdr-1)");
        assertThat(e.rawBody()).contains("Bad gateway");
        assertThat(e.header("content-type")).contains("text/html");
    }

    @Test
    void anEmptyBodyStillGivesTheStatus() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        ApiException e = call();

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.getMessage()).isEqualTo("HTTP 404 (request id: none)");
        assertThat(e.rawBody()).isEmpty();
    }

    @Test
    void rateLimitExceptionsTellHowLongToWait() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("{}").build());

        assertThat(call()).isInstanceOfSatisfying(RateLimitException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void hugeBodiesAreBoundedOnTheException() {
        server.enqueue(new MockResponse.Builder().code(500).body("x".repeat(50_000)).build());

        assertThat(call().rawBody()).hasSizeLessThan(ApiException.MAX_BODY_CHARS + 20).endsWith("…(truncated)");
    }

    @Test
    void anUndecodableSuccessBodyIsAResponseDecodingException() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "r1").body("{not json").build());

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> client.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), RequestOptions.none(),
                        TypeRef.of(Map.class)));

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.bodySnippet()).isEqualTo("{not json");
        assertThat(e.requestId()).contains("r1");
        assertThat(e).hasMessageStartingWith("The HTTP 200 answer to GET /x could not be decoded as java.util.Map");
    }

    @Test
    void subtypesAreSelectedByStatus() {
        assertThat(ApiException.of(400, ErrorDetails.empty(), Map.of(), "")).isInstanceOf(BadRequestException.class);
        assertThat(ApiException.of(401, ErrorDetails.empty(), Map.of(), "")).isInstanceOf(AuthenticationException.class);
        assertThat(ApiException.of(403, ErrorDetails.empty(), Map.of(), "")).isInstanceOf(PermissionDeniedException.class);
        assertThat(ApiException.of(409, ErrorDetails.empty(), Map.of(), "")).isInstanceOf(ConflictException.class);
        assertThat(ApiException.of(422, ErrorDetails.empty(), Map.of(), "")).isInstanceOf(UnprocessableEntityException.class);
        assertThat(ApiException.of(302, ErrorDetails.empty(), Map.of(), "")).isInstanceOf(UnexpectedStatusException.class);
    }
}
