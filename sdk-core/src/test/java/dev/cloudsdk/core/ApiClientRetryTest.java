package dev.cloudsdk.core;

import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.RateLimitException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.retry.StandardRetryPolicy;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiClientRetryTest {

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

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{}").build();
    }

    private static ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/items").build();
    }

    private static ApiRequest post() {
        return ApiRequest.builder(HttpMethod.POST, "/items").jsonBody(Map.of("name", "x")).build();
    }

    @Test
    void retryAfterIsHonouredButClampedToTheMaximum() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("{}").build());
        server.enqueue(status(200));
        RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(250)).build();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).retryPolicy(policy).build()) {
            ApiResponse response = client.execute(get(), RequestOptions.none());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(250));
        }
    }

    @Test
    void retryAfterBelowTheMaximumIsUsedAsIs() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("{}").build());
        server.enqueue(status(200));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(get(), RequestOptions.none());
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    void postAnswered500IsNotRetried() {
        server.enqueue(status(500));
        server.enqueue(status(200));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(post(), RequestOptions.none()))
                    .isInstanceOf(InternalServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void postIsRetriedOn429And503WithRetryAfter() throws Exception {
        server.enqueue(status(429));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("{}").build());
        server.enqueue(status(201));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).maxRetries(2).build()) {
            assertThat(client.execute(post(), RequestOptions.none()).statusCode()).isEqualTo(201);
            assertThat(server.getRequestCount()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
            }
        }
    }

    @Test
    void postWith503WithoutRetryAfterIsNotRetried() {
        server.enqueue(status(503));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(post(), RequestOptions.none()))
                    .isInstanceOf(InternalServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void postWithAnIdempotencyKeyIsRetriedOn500AndSendsTheKey() throws Exception {
        server.enqueue(status(500));
        server.enqueue(status(200));
        RequestOptions options = RequestOptions.builder().idempotencyKey("key-1").build();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(post(), options);

            assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
            assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
        }
    }

    @Test
    void getIsRetriedOnEveryRetryableStatusUntilTheBudgetIsSpent() {
        for (int code : new int[] {408, 500, 502}) {
            server.enqueue(status(code));
        }
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isInstanceOfSatisfying(InternalServerException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(502));
            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(sleeper.sleeps()).hasSize(2);
        }
    }

    @Test
    void backoffIsExponentialWithFullJitterAndACap() {
        StandardRetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(300)).random(() -> 0.5).build();

        assertThat(policy.delay(1, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.delay(2, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delay(3, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(150));
        assertThat(policy.delay(9, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void perCallMaxRetriesOverridesTheClient() {
        server.enqueue(status(429));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.builder().maxRetries(0).build()))
                    .isInstanceOf(RateLimitException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void notFoundIsNeverRetried() {
        server.enqueue(status(404));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isInstanceOf(dev.cloudsdk.core.error.NotFoundException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void aDroppedConnectionIsRetriedForGet() throws Exception {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(status(200));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThat(client.execute(get(), RequestOptions.none()).statusCode()).isEqualTo(200);
            assertThat(sleeper.sleeps()).hasSize(1);
        }
    }

    @Test
    void aConnectionDroppedAfterPostWasSentIsNotRetried() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(status(200));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(post(), RequestOptions.none()))
                    .isInstanceOf(ApiConnectionException.class)
                    .hasMessageContaining("POST /items failed");
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void aPostThatNeverConnectedIsRetried() throws Exception {
        String deadUrl = server.url("/").toString();
        server.close();
        int[] attempts = {0};
        try (ApiClient client = new TestClientBuilder().baseUrl(deadUrl).sleeper(sleeper)
                .authenticator(request -> attempts[0]++).build()) {
            assertThatThrownBy(() -> client.execute(post(), RequestOptions.none()))
                    .isInstanceOf(ApiConnectionException.class);
            assertThat(attempts[0]).isEqualTo(3);
            assertThat(sleeper.sleeps()).hasSize(2);
        }
    }

    @Test
    void aProviderHintThatTheErrorIsPermanentStopsRetries() {
        server.enqueue(status(500));
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .errorDecoder((status, headers, body) -> dev.cloudsdk.core.error.ErrorDetails.builder()
                        .retryable(false).build())
                .build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isInstanceOf(InternalServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void requestsCarryTheUserAgentAndJsonHeaders() throws Exception {
        server.enqueue(status(200));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).applicationName("my-app/1.0")
                .defaultHeader("X-Team", "billing").build()) {
            client.execute(post(), RequestOptions.builder().header("X-Extra", "1").queryParameter("q", "a b").build());

            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(request.getHeaders().get("User-Agent"))
                    .matches("my-app/1\\.0 cloudsdk-java/\\S+ \\(test; Java [^;]+; .+\\)");
            assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
            assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(request.getHeaders().get("X-Team")).isEqualTo("billing");
            assertThat(request.getHeaders().get("X-Extra")).isEqualTo("1");
            assertThat(request.getTarget()).isEqualTo("/items?q=a%20b");
        }
    }
    @Test
    void okHttpNeverRetriesByItselfNotEvenA503AskingForAnImmediateRetry() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, new RecordingSleeper()).maxRetries(0).build()) {
            ApiRequest post = ApiRequest.builder(HttpMethod.POST, "/orders").jsonBody(Map.of("n", 1)).build();

            assertThatThrownBy(() -> client.execute(post, RequestOptions.none()))
                    .isInstanceOfSatisfying(InternalServerException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aUserRetryConditionPerCallIsHonoured() {
        server.enqueue(new MockResponse.Builder().code(418).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        RetryPolicy teapots = RetryPolicy.defaults()
                .retryingAlsoWhen(context -> context.error().map(e -> e.statusCode() == 418).orElse(false));
        try (ApiClient client = TestClientBuilder.against(server, new RecordingSleeper()).build()) {
            ApiResponse response = client.execute(ApiRequest.builder(HttpMethod.POST, "/brew").build(),
                    RequestOptions.builder().retryPolicy(teapots).build());

            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
