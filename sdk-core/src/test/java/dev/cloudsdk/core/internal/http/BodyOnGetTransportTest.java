package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * What {@link BodyOnGetTransport} puts on the wire and how it reads what comes back: framing, interim
 * responses, redirects, body limits and failures. mockwebserver3 refuses a body on GET, so GET-with-body
 * exchanges go to a {@link RawHttpServer}, which records the exact bytes; the rest use a DELETE with a body.
 */
class BodyOnGetTransportTest {

    private static final byte[] JSON = "{\"pageSize\":5}".getBytes(StandardCharsets.UTF_8);

    private final MockWebServer server = new MockWebServer();
    private RawHttpServer raw;
    private BodyOnGetTransport transport = transport(client().build(), 1024 * 1024, 64 * 1024);

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
        if (raw != null) {
            raw.close();
        }
    }

    /** @return a client builder with short timeouts, as OkHttpTransport would derive it */
    static OkHttpClient.Builder client() {
        return new OkHttpClient.Builder().connectTimeout(Duration.ofMillis(800)).readTimeout(Duration.ofMillis(800))
                .writeTimeout(Duration.ofMillis(800));
    }

    /** @return a transport over {@code client} with the given body limits */
    static BodyOnGetTransport transport(OkHttpClient client, long maxSuccessBodyBytes, int maxErrorBodyBytes) {
        return new BodyOnGetTransport(client, maxSuccessBodyBytes, maxErrorBodyBytes);
    }

    /** @return a first attempt of the given request */
    static OutgoingRequest request(HttpMethod method, String url, Map<String, String> headers, byte[] body) {
        return new OutgoingRequest(method, url, headers, body, 1, Clock.systemUTC());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private RawHttpServer raw(RawHttpServer.Script script) throws Exception {
        raw = new RawHttpServer(script);
        return raw;
    }

    private ApiResponse getWithBody(String url) throws TransportException {
        return transport.send(request(HttpMethod.GET, url, Map.of(), JSON), Duration.ofSeconds(5));
    }

    @Test
    void aGetCarriesItsJsonBodyAndTheHeadersInOrderAndTheAnswerIsParsed() throws Exception {
        raw(RawHttpServer.answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Multi: a\r\n"
                + "x-multi: b\r\nContent-Length: 11\r\n\r\n{\"ok\":true}"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Custom", "1");
        headers.put("Host", "elsewhere.example");
        headers.put("Content-Length", "999");
        headers.put("Connection", "keep-alive");
        headers.put("Transfer-Encoding", "chunked");
        headers.put("Authorization", "Bearer t");

        ApiResponse response = transport.send(request(HttpMethod.GET, raw.url("/resources?a=1&b=x%20y"), headers,
                JSON), Duration.ofSeconds(5));

        assertThat(raw.takeRequest()).isEqualTo("GET /resources?a=1&b=x%20y HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + raw.port() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "X-Custom: 1\r\n"
                + "Authorization: Bearer t\r\n"
                + "Content-Length: " + JSON.length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n"
                + "{\"pageSize\":5}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers()).containsExactly(entry("content-type", List.of("application/json")),
                entry("x-multi", List.of("a", "b")), entry("content-length", List.of("11")));
        assertThat(response.bodyAsString()).isEqualTo("{\"ok\":true}");
        assertThat(response.bodyTruncated()).isFalse();
        assertThat(raw.connectionCount()).isEqualTo(1);
    }

    @Test
    void aDeleteWithABodyIsSentToo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).addHeader("X-Request-Id", "r-1").body("done").build());

        ApiResponse response = transport.send(request(HttpMethod.DELETE, url("/instances/i-1?force=true"),
                Map.of("Content-Type", "application/json"), JSON), Duration.ofSeconds(5));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("DELETE");
        assertThat(recorded.getTarget()).isEqualTo("/instances/i-1?force=true");
        assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo(Integer.toString(JSON.length));
        assertThat(recorded.getHeaders().get("Connection")).isEqualTo("close");
        assertThat(recorded.getBody().toByteArray()).isEqualTo(JSON);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.header("x-request-id")).contains("r-1");
        assertThat(response.bodyAsString()).isEqualTo("done");
    }

    @Test
    void aChunkedBodyIsDecodedAndItsTrailersDroppedWithoutWaitingForTheConnectionToEnd() throws Exception {
        raw(RawHttpServer.answerAndHold("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n1\r\n \r\nA\r\nchunked!!!\r\n0\r\nX-Trailer: t\r\n\r\n"));

        ApiResponse response = getWithBody(raw.url("/chunked"));

        assertThat(response.bodyAsString()).isEqualTo("hello chunked!!!");
        assertThat(response.headers()).containsOnlyKeys("transfer-encoding");
    }

    @Test
    void withoutContentLengthTheBodyEndsWithTheConnection() throws Exception {
        raw(RawHttpServer.answer("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"));

        assertThat(getWithBody(raw.url("/eof")).bodyAsString()).isEqualTo("until the end");
    }

    @Test
    void a204HasNoBodyEvenIfTheConnectionStaysOpen() throws Exception {
        raw(RawHttpServer.answerAndHold("HTTP/1.1 204 No Content\r\nX-Done: yes\r\n\r\n"));

        ApiResponse response = getWithBody(raw.url("/nothing"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.header("x-done")).contains("yes");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aHeadResponseHasNoBodyWhateverItsContentLength() throws Exception {
        raw(RawHttpServer.answerAndHold("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"));

        ApiResponse response = transport.send(request(HttpMethod.HEAD, raw.url("/head"), Map.of(), JSON),
                Duration.ofSeconds(5));

        assertThat(raw.takeRequest()).startsWith("HEAD /head HTTP/1.1\r\n").endsWith("\r\n\r\n{\"pageSize\":5}");
        assertThat(response.header("content-length")).contains("1234");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void interimResponsesAreSkipped() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .addInformationalResponse(new MockResponse.Builder().code(100).build())
                .addInformationalResponse(new MockResponse.Builder().code(103).addHeader("Link", "</a.css>").build())
                .code(200).addHeader("X-Final", "1").body("final").build());

        ApiResponse response = transport.send(request(HttpMethod.DELETE, url("/x"), Map.of(), JSON),
                Duration.ofSeconds(5));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers()).containsKey("x-final").doesNotContainKey("link");
        assertThat(response.bodyAsString()).isEqualTo("final");
    }

    @Test
    void aRedirectIsReturnedNotFollowed() throws Exception {
        raw(RawHttpServer.answer("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + url("/elsewhere")
                + "\r\nContent-Length: 0\r\n\r\n"));

        ApiResponse response = transport.send(request(HttpMethod.GET, raw.url("/moved"),
                Map.of("Authorization", "Bearer secret"), JSON), Duration.ofSeconds(5));

        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.header("location")).contains(url("/elsewhere"));
        assertThat(raw.connectionCount()).isEqualTo(1);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aSuccessBodyLongerThanItsLimitIsCutAndMarked() throws Exception {
        transport = transport(client().build(), 10, 64 * 1024);
        server.enqueue(new MockResponse.Builder().body("0123456789ABCDEF").build());
        server.enqueue(new MockResponse.Builder().body("0123456789").build());

        ApiResponse longer = transport.send(request(HttpMethod.DELETE, url("/long"), Map.of(), JSON),
                Duration.ofSeconds(5));
        ApiResponse exact = transport.send(request(HttpMethod.DELETE, url("/exact"), Map.of(), JSON),
                Duration.ofSeconds(5));

        assertThat(longer.bodyAsString()).isEqualTo("0123456789");
        assertThat(longer.bodyTruncated()).isTrue();
        assertThat(exact.bodyAsString()).isEqualTo("0123456789");
        assertThat(exact.bodyTruncated()).isFalse();
    }

    @Test
    void aHugeErrorBodyIsCutAtTheErrorLimitWhileSuccessesKeepTheirs() throws Exception {
        int limit = 64 * 1024;
        server.enqueue(new MockResponse.Builder().code(500).body(new Buffer().write(new byte[4 * 1024 * 1024]))
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(new byte[2 * limit])).build());

        ApiResponse error = transport.send(request(HttpMethod.DELETE, url("/error"), Map.of(), JSON),
                Duration.ofSeconds(5));
        ApiResponse success = transport.send(request(HttpMethod.DELETE, url("/success"), Map.of(), JSON),
                Duration.ofSeconds(5));

        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.body()).hasSize(limit);
        assertThat(error.bodyTruncated()).isTrue();
        assertThat(success.body()).hasSize(2 * limit);
        assertThat(success.bodyTruncated()).isFalse();
    }

    @Test
    void aLyingContentLengthIsNotWaitedForBeyondTheLimit() throws Exception {
        transport = transport(client().build(), 16, 16);
        raw(RawHttpServer.answerAndHold("HTTP/1.1 200 OK\r\nContent-Length: 2000000000\r\n\r\n"
                + "0123456789abcdefXYZ"));

        ApiResponse response = getWithBody(raw.url("/huge"));

        assertThat(response.bodyAsString()).isEqualTo("0123456789abcdef");
        assertThat(response.bodyTruncated()).isTrue();
    }

    @Test
    void aConnectionDroppedAfterTheRequestIsNotRetried() throws Exception {
        raw(RawHttpServer.drop());

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> getWithBody(raw.url("/drop")));

        assertThat(failure.requestSent()).isTrue();
        assertThat(failure.isTimeout()).isFalse();
        assertThat(failure).hasMessageContaining("closed the connection without sending a response");
        assertThat(raw.takeRequest()).startsWith("GET /drop HTTP/1.1");
        assertThat(raw.connectionCount()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionSentNothingAndIsNoTimeout() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> getWithBody("http://127.0.0.1:" + port + "/x"));

        assertThat(failure.requestSent()).isFalse();
        assertThat(failure.isTimeout()).isFalse();
        assertThat(failure).hasMessageContaining("ConnectException");
    }

    @Test
    void aSilentServerFailsAfterTheReadTimeout() throws Exception {
        transport = transport(client().readTimeout(Duration.ofMillis(300)).build(), 1024, 1024);
        raw(RawHttpServer.hold());

        long start = System.nanoTime();
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> getWithBody(raw.url("/silent")));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(failure.isTimeout()).isTrue();
        assertThat(failure.requestSent()).isTrue();
        assertThat(failure).hasMessageContaining("read timeout");
        assertThat(elapsedMillis).isBetween(250L, 2000L);
    }

    /**
     * Bytes come every 600 ms, within the 800 ms read timeout; the read waiting when the 700 ms deadline passes
     * must end at the deadline, not when its byte arrives (1200 ms).
     */
    @Test
    void aDrippingBodyFailsAtTheCallDeadlineThoughEveryByteBeatsTheReadTimeout() throws Exception {
        transport = transport(client().readTimeout(Duration.ofMillis(800)).build(), 1024, 1024);
        raw(RawHttpServer.drip(5, 600));

        long start = System.nanoTime();
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(request(HttpMethod.GET, raw.url("/drip"), Map.of(), JSON),
                        Duration.ofMillis(700)));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(failure.isTimeout()).isTrue();
        assertThat(failure.requestSent()).isTrue();
        assertThat(failure).hasMessageContaining("call timeout");
        assertThat(elapsedMillis).isBetween(650L, 1050L);
    }

    @Test
    void noTimeLeftFailsAsATimeoutBeforeConnecting() throws Exception {
        raw(RawHttpServer.hold());

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(request(HttpMethod.GET, raw.url("/late"), Map.of(), JSON), Duration.ZERO));

        assertThat(failure.isTimeout()).isTrue();
        assertThat(failure.requestSent()).isFalse();
        assertThat(raw.connectionCount()).isZero();
    }

    @Test
    void aHeaderWithALineBreakIsRefusedBeforeConnectingAndItsValueIsNotRepeated() throws Exception {
        raw(RawHttpServer.hold());

        assertThatThrownBy(() -> transport.send(request(HttpMethod.GET, raw.url("/x"),
                Map.of("X-Note", "a\r\nInjected: yes"), JSON), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Note")
                .hasMessageNotContaining("Injected");
        assertThatThrownBy(() -> transport.send(request(HttpMethod.GET, raw.url("/x"),
                Map.of("X-Bad\nName", "v"), JSON), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Bad\\nName");
        Thread.sleep(100);
        assertThat(raw.connectionCount()).isZero();
    }

    @Test
    void aMalformedOrOversizedHeadFails() throws Exception {
        raw(RawHttpServer.answer("HTTP/1.1 200 OK\r\nX-Big: " + "v".repeat(Http1Codec.MAX_HEAD_BYTES)
                + "\r\n\r\n"));

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> getWithBody(raw.url("/big")));

        assertThat(failure.requestSent()).isTrue();
        assertThat(failure).hasMessageContaining("too long").hasMessageNotContaining("vvvv");
    }
}
