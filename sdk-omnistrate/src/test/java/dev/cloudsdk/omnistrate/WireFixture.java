package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A test server with a client pointed at it (static JWT {@value #JWT}, no retries), canned answers and the checks
 * every wire test makes. {@link #mock()} uses MockWebServer; {@link #raw()} uses {@link RawHttpServer}, for the
 * GETs with a body that MockWebServer refuses to read.
 */
final class WireFixture implements AutoCloseable {

    static final String JWT = "test-jwt";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server;
    private final RawHttpServer raw;
    private final OmnistrateClient client;

    private WireFixture(MockWebServer server, RawHttpServer raw) {
        this.server = server;
        this.raw = raw;
        String baseUrl = server != null ? server.url("/").toString() : raw.baseUrl();
        this.client = OmnistrateClient.builder().baseUrl(baseUrl).token(JWT).maxRetries(0).build();
    }

    /** @return a fixture on a MockWebServer */
    static WireFixture mock() {
        MockWebServer server = new MockWebServer();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WireFixture(server, null);
    }

    /** @return a fixture on a {@link RawHttpServer} */
    static WireFixture raw() {
        return new WireFixture(null, new RawHttpServer());
    }

    OmnistrateClient client() {
        return client;
    }

    /**
     * Queues an answer.
     *
     * @param status the status
     * @param json   the JSON body, or {@code null} for none
     */
    void answer(int status, String json) {
        if (raw != null) {
            raw.answer(status, json == null ? "" : json);
            return;
        }
        MockResponse.Builder response = new MockResponse.Builder().code(status);
        if (json != null) {
            response.setHeader("Content-Type", "application/json").body(json);
        }
        server.enqueue(response.build());
    }

    /**
     * Takes the next request and checks it.
     *
     * @param method        the method
     * @param encodedPath   the path as sent
     * @param encodedQuery  the query as sent, or {@code null} for none
     * @param jsonBody      the JSON body (compared as JSON), or {@code null} for none
     * @param anonymous     whether the call must carry no credentials
     */
    void assertRequest(String method, String encodedPath, String encodedQuery, String jsonBody, boolean anonymous)
            throws InterruptedException {
        String target;
        String authorization;
        String contentType;
        String body;
        if (raw != null) {
            RawHttpServer.Request request = raw.take();
            assertThat(request.method()).isEqualTo(method);
            target = request.target();
            authorization = request.headers().get("authorization");
            contentType = request.headers().get("content-type");
            body = request.body();
        } else {
            RecordedRequest request = SpecValidation.take(server);
            assertThat(request.getMethod()).isEqualTo(method);
            target = request.getTarget();
            authorization = request.getHeaders().get("Authorization");
            contentType = request.getHeaders().get("Content-Type");
            body = request.getBody() == null ? "" : request.getBody().utf8();
        }
        assertThat(target).isEqualTo(encodedQuery == null ? encodedPath : encodedPath + "?" + encodedQuery);
        assertThat(authorization).isEqualTo(anonymous ? null : "Bearer " + JWT);
        if (jsonBody == null) {
            assertThat(body).isEmpty();
            return;
        }
        assertThat(contentType).startsWith("application/json");
        try {
            assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(jsonBody));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        if (server != null) {
            server.close();
        } else {
            raw.close();
        }
    }
}
