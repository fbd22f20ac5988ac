package dev.cloudsdk.infomaniak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A mock server and a client pointed at it, for the wire tests. Every request the server records is checked against
 * the OpenAPI description ({@link SpecValidation}): those the test takes, when it takes them, and those it leaves,
 * when the test closes this.
 */
final class WireSupport implements AutoCloseable {

    static final String TOKEN = "test-token-123";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final MockWebServer server = new MockWebServer();
    final List<Duration> sleeps = new ArrayList<>();
    final InfomaniakClient client;

    WireSupport() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = server.url("/").toString();
        client = InfomaniakClient.builder()
                .token(TOKEN)
                .baseUrl(url.substring(0, url.length() - 1))
                .sleeper(sleeps::add)
                .build();
    }

    static String fixture(String name) {
        try (InputStream in = WireSupport.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestOptions noRetries() {
        return RequestOptions.builder().maxRetries(0).build();
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    void enqueueData(String data) {
        enqueue(200, "{\"result\":\"success\",\"data\":" + data + "}");
    }

    /** @return the next recorded request, once checked against the OpenAPI description */
    RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest();
            SpecValidation.check(request);
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    /** Parses JSON, so bodies compare by content rather than by key order. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the client and the server, after checking the requests the test did not take. */
    @Override
    public void close() {
        client.close();
        try {
            for (RecordedRequest left = poll(); left != null; left = poll()) {
                SpecValidation.check(left);
            }
        } finally {
            server.close();
        }
    }

    private RecordedRequest poll() {
        try {
            return server.takeRequest(0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
