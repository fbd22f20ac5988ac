package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the wire tests: a {@link MockWebServer}, clients of either dialect and JSON assertions. */
abstract class WireTest {

    static final String TOKEN = "tok-secret-123";
    static final String DOMAIN = "domain-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    MockWebServer server;

    /** Every client a test builds; closed after the test. */
    private final List<SpaceOneClient> opened = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() {
        opened.forEach(SpaceOneClient::close);
        server.close();
    }

    /** Builds a client that is closed after the test. */
    SpaceOneClient open(SpaceOneClient.Builder builder) {
        return track(builder.build());
    }

    /** Closes the client after the test. */
    SpaceOneClient track(SpaceOneClient client) {
        opened.add(client);
        return client;
    }

    SpaceOneClient client(Dialect dialect) {
        return open(SpaceOneClient.builder().baseUrl(baseUrl()).token(TOKEN).domainId(DOMAIN).dialect(dialect)
                .maxRetries(0));
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Answers the next request; the body may be written with single quotes. */
    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(json(body)).build());
    }

    void enqueue(String body) {
        enqueue(200, body);
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    /** Asserts method, path (with query) and bearer token of a request, and returns its body as text. */
    static String assertCall(RecordedRequest request, String method, String pathAndQuery) {
        assertThat(request.getMethod()).isEqualTo(method);
        String query = request.getUrl().encodedQuery();
        assertThat(request.getUrl().encodedPath() + (query == null ? "" : "?" + query)).isEqualTo(pathAndQuery);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    /** Asserts a POST/PUT request's body is exactly the expected JSON (order of keys aside). */
    static void assertJsonBody(RecordedRequest request, String method, String path, String expectedJson) {
        String body = assertCall(request, method, path);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertJson(body, expectedJson);
    }

    /** Asserts a GET/DELETE request carries no body. */
    static void assertNoBody(RecordedRequest request, String method, String pathAndQuery) {
        assertThat(assertCall(request, method, pathAndQuery)).isEmpty();
    }

    static void assertJson(String actual, String expected) {
        try {
            assertThat(JSON.readTree(actual)).as(actual).isEqualTo(JSON.readTree(expected.replace('\'', '"')));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + actual, e);
        }
    }

    /** Hand-written JSON with single quotes, for readability. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
