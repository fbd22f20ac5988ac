package dev.cloudsdk.core;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.SdkException;
import dev.cloudsdk.core.error.UnexpectedStatusException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What reaches the wire in the less common shapes of a call, and the edges of status handling. */
class ApiClientEdgesTest {

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void ok() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    }

    private static ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/items").build();
    }

    @Test
    void aBareGetCarriesTheBaseHeadersOnly() throws Exception {
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(get(), RequestOptions.none());
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("User-Agent")).contains("cloudsdk-java/");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Content-Type")).isNull();
    }

    @Test
    void aGetWithOnlyAnIdempotencyKeyAnExtraHeaderOrARequestHeaderSendsIt() throws Exception {
        ok();
        ok();
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(get(), RequestOptions.builder().idempotencyKey("k-1").build());
            client.execute(get(), RequestOptions.builder().header("X-Extra", "e").build());
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items").header("X-Req", "r").build(),
                    RequestOptions.none());
        }
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("k-1");
        assertThat(server.takeRequest().getHeaders().get("X-Extra")).isEqualTo("e");
        RecordedRequest third = server.takeRequest();
        assertThat(third.getHeaders().get("X-Req")).isEqualTo("r");
        assertThat(third.getHeaders().get("User-Agent")).contains("cloudsdk-java/");
    }

    @Test
    void providerHeadersAreSentAndUsersDefaultHeadersOverrideThem() throws Exception {
        ok();
        ClientConfig config = new TestClientBuilder().baseUrl(server.url("/").toString())
                .defaultHeader("X-Both", "user").buildConfigForTest();
        JsonCodec codec = JsonCodec.standard();
        try (ApiClient client = ApiClient.builder(config, "test").header("X-Provider", "p").header("X-Both", "provider")
                .json(codec).build()) {
            assertThat(client.json()).isSameAs(codec);
            assertThat(client.config()).isSameAs(config);
            client.execute(get(), RequestOptions.none());
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-Provider")).isEqualTo("p");
        assertThat(request.getHeaders().get("X-Both")).isEqualTo("user");
    }

    @Test
    void aRawBodyIsSentAsIsWithItsContentType() throws Exception {
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(ApiRequest.builder(HttpMethod.POST, "/form")
                    .rawBody("a=1&b=2".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded").build(),
                    RequestOptions.none());
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getBody().utf8()).isEqualTo("a=1&b=2");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    }

    @Test
    void aPostWithoutABodySendsAnEmptyOne() throws Exception {
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(ApiRequest.builder(HttpMethod.POST, "/actions/run").build(), RequestOptions.none());
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Length")).isEqualTo("0");
    }

    @Test
    void aBaseUrlWithAPathPrefixKeepsIt() throws Exception {
        ok();
        ok();
        try (ApiClient client = new TestClientBuilder().baseUrl(server.url("/api/v1/").toString()).sleeper(sleeper)
                .build()) {
            client.execute(get(), RequestOptions.none());
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items").query("q", "a b").build(),
                    RequestOptions.none());
        }
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/items");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/items?q=a%20b");
    }

    @Test
    void anInterruptedWaitEndsTheCallAndKeepsTheInterruptFlag() {
        server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .sleeper(d -> {
                    throw new InterruptedException("stop");
                }).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isExactlyInstanceOf(SdkException.class)
                    .hasMessage("Interrupted while waiting to retry GET /items")
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.interrupted()).as("interrupt flag restored (and cleared here)").isTrue();
        }
    }

    @Test
    void onlyTwoHundredsAreSuccessful() {
        assertThat(new ApiResponse(200, Map.of(), new byte[0]).isSuccessful()).isTrue();
        assertThat(new ApiResponse(299, Map.of(), new byte[0]).isSuccessful()).isTrue();
        assertThat(new ApiResponse(300, Map.of(), new byte[0]).isSuccessful()).isFalse();
        assertThat(new ApiResponse(199, Map.of(), new byte[0]).isSuccessful()).isFalse();
        assertThat(new ApiResponse(201, Map.of(), new byte[3])).hasToString("ApiResponse{status=201, bodyBytes=3}");
    }

    @Test
    void statusesPickTheExceptionTypeAtTheirEdges() {
        assertThat(ApiException.of(500, ErrorDetails.empty(), Map.of(), "")).isExactlyInstanceOf(
                InternalServerException.class);
        assertThat(ApiException.of(599, ErrorDetails.empty(), Map.of(), "")).isExactlyInstanceOf(
                InternalServerException.class);
        assertThat(ApiException.of(600, ErrorDetails.empty(), Map.of(), "")).isExactlyInstanceOf(
                UnexpectedStatusException.class);
        assertThat(ApiException.of(499, ErrorDetails.empty(), Map.of(), "")).isExactlyInstanceOf(
                UnexpectedStatusException.class);
    }

    @Test
    void errorBodiesAreBoundedAndDetailsAndHeadersKept() {
        String limit = "x".repeat(ApiException.MAX_BODY_CHARS);
        ApiException exact = ApiException.of(500, ErrorDetails.empty(), Map.of(), limit);
        ApiException longer = ApiException.of(500, ErrorDetails.builder().extra("a", 1).extra("skipped", null).build(),
                Map.of("x-h", List.of("v")), limit + "y");

        assertThat(exact.rawBody()).isEqualTo(limit);
        assertThat(longer.rawBody()).isEqualTo(limit + "…(truncated)");
        assertThat(longer.details()).containsExactly(Map.entry("a", 1));
        assertThat(longer.headers()).containsExactly(Map.entry("x-h", List.of("v")));
        assertThat(ApiException.of(500, ErrorDetails.empty(), null, null).rawBody()).isEmpty();
    }

    @Test
    void requestOptionsCopyEverySettingAndPrintNoHeaderValues() {
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(3)).maxRetries(1)
                .header("X-Secret", "s3cr3t").queryParameter("q", "1").idempotencyKey("k").build();

        RequestOptions copy = options.toBuilder().build();

        assertThat(copy.timeout()).contains(Duration.ofSeconds(3));
        assertThat(copy.maxRetries()).hasValue(1);
        assertThat(copy.extraHeaders()).containsExactly(Map.entry("X-Secret", "s3cr3t"));
        assertThat(copy.extraQuery()).containsExactly(Map.entry("q", "1"));
        assertThat(copy.idempotencyKey()).contains("k");
        assertThat(options.toString()).contains("extraHeaders=[X-Secret]", "idempotencyKey=set", "1 parameter(s)")
                .doesNotContain("s3cr3t");
        assertThat(RequestOptions.none().toString()).contains("idempotencyKey=none");
    }

    @Test
    void theBuilderKeepsEveryTimeoutAndTheBorrowedClient() {
        OkHttpClient mine = new OkHttpClient();
        ClientConfig config = new TestClientBuilder().connectTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(4)).httpClient(mine)
                .buildConfigForTest();

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.httpClient()).isSameAs(mine);
        assertThatThrownBy(() -> new TestClientBuilder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new TestClientBuilder().writeTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("writeTimeout");
    }
}
