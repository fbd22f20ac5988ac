package dev.cloudsdk.core.internal.http;

import com.sun.net.httpserver.HttpServer;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.TestClientBuilder;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.HttpTransport;
import dev.cloudsdk.core.spi.QueryEncoding;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            exchange.getResponseHeaders().add("X-Answer", "a1");
            exchange.getResponseHeaders().add("X-Answer", "a2");
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
            assertThat(response.headers().get("x-answer")).containsExactly("a1", "a2");
            assertThat(response.headers()).allSatisfy((name, values) -> assertThat(name).doesNotStartWith(":"));
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

    private OutgoingRequest getRequest(String path) {
        return new OutgoingRequest(HttpMethod.GET, server.url(path).toString(), Map.of(), null, 1, Clock.systemUTC());
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
    void closingAnOwnedTransportShutsDownItsDispatcherAndEvictsItsConnections() throws Exception {
        ok();
        OkHttpTransport owned = new OkHttpTransport(null, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        OkHttpClient client = owned.okHttpClient();
        assertThat(owned.send(getRequest("/x"), Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
        assertThat(client.connectionPool().connectionCount()).as("kept alive").isEqualTo(1);

        owned.close();

        assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(client.connectionPool().connectionCount()).isZero();
    }

    @Test
    void closingAnApiClientClosesTheTransportItCreated() throws Exception {
        int[] closed = {0};
        HttpTransport transport = new HttpTransport() {
            @Override
            public ApiResponse send(OutgoingRequest request, Duration timeout) {
                return new ApiResponse(204, Map.of(), new byte[0]);
            }

            @Override
            public void close() {
                closed[0]++;
            }
        };
        ApiClient client = ApiClient.builder(new TestClientBuilder().buildConfigForTest(), "test")
                .transport(transport).build();
        assertThat(client.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), RequestOptions.none())
                .statusCode()).isEqualTo(204);

        client.close();

        assertThat(closed[0]).isEqualTo(1);
    }

    @Test
    void aBorrowedClientIsNeverClosed() throws Exception {
        OkHttpClient mine = new OkHttpClient();
        ok();
        try {
            try (ApiClient client = TestClientBuilder.against(server, sleeper).httpClient(mine).build()) {
                client.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), RequestOptions.none());
            }
            assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
            assertThat(mine.connectionPool().connectionCount()).as("the borrowed pool keeps its connection")
                    .isEqualTo(1);
        } finally {
            mine.dispatcher().executorService().shutdown();
            mine.connectionPool().evictAll();
        }
    }

    /**
     * A finished call must leave the shared deadline map: one left behind would be cancelled when its deadline
     * passes, which OkHttp reports to the client's event listener.
     */
    @Test
    void finishedCallsAreForgottenByTheDeadlineWatchdog() throws Exception {
        List<String> cancelled = new java.util.concurrent.CopyOnWriteArrayList<>();
        OkHttpClient mine = new OkHttpClient.Builder().eventListener(new okhttp3.EventListener() {
            @Override
            public void canceled(okhttp3.Call call) {
                cancelled.add(call.request().url().encodedPath());
            }
        }).build();
        ok();
        server.enqueue(new MockResponse.Builder().code(500).body("{}").build());
        OkHttpTransport transport = new OkHttpTransport(mine, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        try {
            assertThat(transport.send(getRequest("/ok"), Duration.ofMillis(100)).statusCode()).isEqualTo(200);
            assertThat(transport.send(getRequest("/error"), Duration.ofMillis(100)).statusCode()).isEqualTo(500);

            Thread.sleep(600); // well past both deadlines: a call still registered would be cancelled by now
            assertThat(cancelled).isEmpty();
        } finally {
            transport.close();
            mine.dispatcher().executorService().shutdown();
            mine.connectionPool().evictAll();
        }
    }

    @Test
    void aCallThatOutlivesItsTimeLeftIsCancelledAndReportedAsATimeout() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        OkHttpTransport transport = new OkHttpTransport(null, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        try {
            assertThatThrownBy(() -> transport.send(getRequest("/slow"), Duration.ofMillis(150)))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.requestSent()).isTrue();
                    });
        } finally {
            transport.close();
        }
    }
}
