package dev.cloudsdk.core;

import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.error.ResponseTooLargeException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a client reads of an answer: bounded bodies, and a model or a typed error, never {@code null}. */
class ResponseBoundsTest {

    private static final ApiRequest GET = ApiRequest.builder(HttpMethod.GET, "/x").build();
    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() {
    };

    private final MockWebServer server = new MockWebServer();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = TestClientBuilder.against(server, new RecordingSleeper()).maxRetries(0)
                .maxResponseBodySize(1024).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static Buffer bytes(int count) {
        return new Buffer().write(new byte[count]);
    }

    @Test
    void aSuccessfulAnswerOverTheBoundIsRefusedWithItsLimit() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "r-big").body(bytes(4096))
                .build());

        ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.execute(GET, RequestOptions.none()));

        assertThat(e.limitBytes()).isEqualTo(1024);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.requestId()).contains("r-big");
        assertThat(e).hasMessageContaining("maxResponseBodySize (1024 bytes)");
    }

    @Test
    void aChunkedAnswerOverTheBoundIsRefusedToo() {
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody(bytes(4096), 100).build());

        assertThat(catchThrowable(() -> client.execute(GET, RequestOptions.none())))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void anAnswerAtTheBoundIsRead() {
        server.enqueue(new MockResponse.Builder().code(200).body(bytes(1024)).build());

        assertThat(client.execute(GET, RequestOptions.none()).body()).hasSize(1024);
    }

    @Test
    void anErrorBodyIsCutAtItsBoundAndStillTyped() {
        server.enqueue(new MockResponse.Builder().code(500).body(bytes(ClientConfig.MAX_ERROR_BODY_SIZE * 4)).build());

        InternalServerException e = catchThrowableOfType(InternalServerException.class,
                () -> client.execute(GET, RequestOptions.none()));

        assertThat(e.statusCode()).isEqualTo(500);
    }

    @Test
    void emptyAndNullAnswersAreDecodingErrorsWhereAValueIsExpected() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "r-empty").build());
        server.enqueue(new MockResponse.Builder().code(200).body("null").build());

        ResponseDecodingException empty = catchThrowableOfType(ResponseDecodingException.class,
                () -> client.execute(GET, RequestOptions.none(), MAP));
        ResponseDecodingException jsonNull = catchThrowableOfType(ResponseDecodingException.class,
                () -> client.execute(GET, RequestOptions.none(), MAP));

        assertThat(empty).hasMessageContaining("has no body");
        assertThat(empty.requestId()).contains("r-empty");
        assertThat(jsonNull).hasMessageContaining("has no body (or a JSON null)");
    }

    @Test
    void voidIgnoresTheBody() {
        server.enqueue(new MockResponse.Builder().code(202).build());

        assertThat(client.execute(GET, RequestOptions.none(), TypeRef.of(Void.class))).isNull();
    }

    @Test
    void aSensitiveAnswerIsNeverQuoted() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"jwtToken\":\"eyJ.secret.sig\",").build());

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> client.execute(ApiRequest.builder(HttpMethod.POST, "/signin").sensitive(true)
                        .authenticated(false).build(), RequestOptions.none(), MAP));

        assertThat(e.bodySnippet()).isEmpty();
        assertThat(e).hasMessageNotContaining("eyJ");
    }

    @Test
    void anyOtherSnippetIsRedacted() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"name\":\"n\",\"password\":\"hunter2").build());

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> client.execute(GET, RequestOptions.none(), MAP));

        assertThat(e.bodySnippet()).isEqualTo("{\"name\":\"n\",\"password\":\"REDACTED\"");
    }

    @Test
    void aClosedClientSaysSoBeforeSending() {
        client.close();
        client.close(); // closing twice is harmless

        assertThat(catchThrowable(() -> client.execute(GET, RequestOptions.none())))
                .isInstanceOf(IllegalStateException.class).hasMessage("This test client is closed; create a new one");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void nullOptionsAreRefused() {
        assertThat(catchThrowable(() -> client.execute(GET, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
    }
}
