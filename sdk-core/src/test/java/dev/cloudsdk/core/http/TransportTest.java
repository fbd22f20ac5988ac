package dev.cloudsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.ApiClient;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.TestClientBuilder;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.testing.RecordingSleeper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TransportTest {

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

    @Test
    void pathParametersAreEncodedAsOneSegment() throws Exception {
        ok();
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items/{id}/children")
                    .pathParameter("id", "../x").build(), RequestOptions.none());
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items/{id}")
                    .pathParameter("id", "a/b?c#d e%").build(), RequestOptions.none());

            RecordedRequest traversal = server.takeRequest();
            assertThat(traversal.getTarget()).isEqualTo("/items/..%2Fx/children");
            assertThat(traversal.getUrl().pathSegments()).containsExactly("items", "../x", "children");
            assertThat(server.takeRequest().getTarget()).isEqualTo("/items/a%2Fb%3Fc%23d%20e%25");
        }
    }

    @Test
    void dotSegmentsAndEmptyIdsAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET, "/items/{id}").pathParameter("id", ".."))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Path parameter 'id' must not be '..'");
        assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET, "/items/{id}").pathParameter("id", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Path parameter 'id' must not be empty");
        assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET, "/items/{id}").build().encodedPath())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id' is required");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void multiValuedQueriesRepeatTheKeyInOrder() throws Exception {
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items").query("b", "x y")
                    .queryAll("a", List.of("1", "2")).query("skipped", null).build(), RequestOptions.none());

            assertThat(server.takeRequest().getTarget()).isEqualTo("/items?b=x%20y&a=1&a=2");
        }
    }

    @Test
    void formSortedQueriesSortKeysAndUsePlusForSpaces() throws Exception {
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).queryEncoding(QueryEncoding.FORM_SORTED)
                .build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items").query("z", "a b").queryAll("k", List.of("2", "1"))
                    .query("a", "é&=").build(), RequestOptions.none());

            assertThat(server.takeRequest().getTarget()).isEqualTo("/items?a=%C3%A9%26%3D&k=2&k=1&z=a+b");
        }
    }

    /**
     * mockwebserver3 refuses a GET with a body ("Request must not have a body"), so this one test listens
     * with the JDK's HTTP server, which records what arrived.
     */
    @Test
    void aGetWithABodyIsSentWithItsBody() throws Exception {
        HttpServer jdkServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicReference<String> received = new AtomicReference<>();
        jdkServer.createContext("/", exchange -> {
            received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("X-Custom") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        jdkServer.start();
        try (ApiClient client = new TestClientBuilder().sleeper(sleeper)
                .baseUrl("http://127.0.0.1:" + jdkServer.getAddress().getPort()).build()) {
            ApiResponse response = client.execute(ApiRequest.builder(HttpMethod.GET, "/resources")
                    .query("a", "1").jsonBody(Map.of("pageSize", 5)).header("X-Custom", "1").build(),
                    RequestOptions.none());

            assertThat(response.bodyAsString()).isEqualTo("{\"ok\":true}");
            assertThat(received.get())
                    .isEqualTo("GET /resources?a=1 application/json; charset=utf-8 1 {\"pageSize\":5}");
        } finally {
            jdkServer.stop(0);
        }
    }

    @Test
    void aDeleteWithABodyIsSentWithItsBody() throws Exception {
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            client.execute(ApiRequest.builder(HttpMethod.DELETE, "/instances/{id}").pathParameter("id", "i-1")
                    .jsonBody(Map.of("resourceId", "r-1")).build(), RequestOptions.none());

            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("DELETE");
            assertThat(request.getBody().utf8()).isEqualTo("{\"resourceId\":\"r-1\"}");
        }
    }

    @Test
    void theTotalTimeoutInterruptsASlowServer() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").bodyDelay(5, TimeUnit.SECONDS).build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).callTimeout(Duration.ofMillis(300))
                .build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder(HttpMethod.GET, "/slow").build(),
                    RequestOptions.none()))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("total timeout of 300 ms");
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void aPerCallTimeoutOverridesTheClients() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").bodyDelay(5, TimeUnit.SECONDS).build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder(HttpMethod.GET, "/slow").build(),
                    RequestOptions.builder().timeout(Duration.ofMillis(200)).build()))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("total timeout of 200 ms");
        }
    }

    @Test
    @Timeout(30) // without the time left enforced on the second attempt, it would wait out the 60 s body delay
    void eachAttemptGetsWhatIsLeftOfTheTotalTimeout() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0")
                .headersDelay(300, TimeUnit.MILLISECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").bodyDelay(60, TimeUnit.SECONDS).build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofMillis(800)).build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder(HttpMethod.GET, "/slow").build(),
                    RequestOptions.none()))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("total timeout of 800 ms");
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    @Timeout(30)
    void aBorrowedClientsShorterCallTimeoutStillApplies() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").bodyDelay(60, TimeUnit.SECONDS).build());
        OkHttpClient mine = new OkHttpClient.Builder().callTimeout(Duration.ofMillis(300)).build();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).readTimeout(Duration.ofSeconds(60))
                .httpClient(mine).maxRetries(0).build()) {
            assertThatThrownBy(() -> client.execute(ApiRequest.builder(HttpMethod.GET, "/slow").build(),
                    RequestOptions.none()))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("GET /slow failed");
        } finally {
            mine.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void aBorrowedClientIsNeverClosedAndAnOwnedOneIs() throws Exception {
        OkHttpClient mine = new OkHttpClient();
        ok();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).httpClient(mine).build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), RequestOptions.none());
        }
        assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();

        OkHttpTransport owned = new OkHttpTransport(null, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        owned.close();
        assertThat(owned.toString()).isNotNull();
        mine.dispatcher().executorService().shutdown();
    }
}
