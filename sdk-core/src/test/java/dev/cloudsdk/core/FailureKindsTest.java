package dev.cloudsdk.core;

import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each kind of failure surfaces as its own exception type (a test that accepts the supertype would not
 * notice a timeout reported as a connection failure), and a wait longer than the time left ends the call.
 */
class FailureKindsTest {

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

    private static ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/items").build();
    }

    @Test
    void aReadTimeoutIsAnApiTimeoutException() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).readTimeout(Duration.ofMillis(200))
                .maxRetries(0).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageStartingWith("GET /items failed: SocketTimeoutException: ")
                    .cause().isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.isTimeout()).isTrue());
        }
    }

    @Test
    void aRefusedConnectionIsAConnectionFailureAndNotATimeout() {
        String deadUrl = server.url("/").toString();
        server.close();
        try (ApiClient client = new TestClientBuilder().baseUrl(deadUrl).sleeper(sleeper).maxRetries(0).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessageStartingWith("GET /items failed: ConnectException: ")
                    .cause().isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.isTimeout()).isFalse();
                        assertThat(e.requestSent()).isFalse();
                    });
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void aRetryAfterLongerThanTheTimeLeftEndsTheCallWithoutSleeping() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "30").body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).callTimeout(Duration.ofSeconds(2))
                .build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessage("GET /items did not complete within its total timeout of 2000 ms");
            assertThat(sleeper.sleeps()).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void aBackoffLongerThanTheTimeLeftEndsTheCallWithoutSleeping() {
        server.enqueue(new MockResponse.Builder().code(500).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        RetryPolicy slow = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(20))
                .maxBackoff(Duration.ofSeconds(20)).random(() -> 0.5).build();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).retryPolicy(slow)
                .callTimeout(Duration.ofSeconds(3)).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("total timeout of 3000 ms");
            assertThat(sleeper.sleeps()).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void aBackoffWithinTheTimeLeftIsSleptAndTheCallRetried() {
        server.enqueue(new MockResponse.Builder().code(500).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2))
                .maxBackoff(Duration.ofSeconds(2)).random(() -> 0.5).build();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).retryPolicy(policy)
                .callTimeout(Duration.ofSeconds(10)).build()) {
            assertThat(client.execute(get(), RequestOptions.none()).bodyAsString()).isEqualTo("ok");
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    void aProviderHintThatTheErrorIsTemporaryRetries501And507() {
        server.enqueue(new MockResponse.Builder().code(501).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(507).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("done").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .errorDecoder((status, headers, body) -> ErrorDetails.builder().retryable(true).build())
                .build()) {
            assertThat(client.execute(get(), RequestOptions.none()).bodyAsString()).isEqualTo("done");
            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(sleeper.sleeps()).hasSize(2);
        }
    }

    @Test
    void withoutAHint501IsFinal() {
        server.enqueue(new MockResponse.Builder().code(501).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isInstanceOfSatisfying(InternalServerException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(501));
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void aTemporaryHintDoesNotMakeAPostRetryable() {
        server.enqueue(new MockResponse.Builder().code(507).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .errorDecoder((status, headers, body) -> ErrorDetails.builder().retryable(true).build())
                .build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder(HttpMethod.POST, "/items")
                    .jsonBody(Map.of("a", 1)).build(), RequestOptions.none()))
                    .isInstanceOf(InternalServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
