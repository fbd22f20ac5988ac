package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link MockWebServer} and a client pointed at it with fixed keys and a fixed clock. Every request that reaches the
 * server, taken by the test or not, is checked against SCP's OpenAPI description after the test
 * ({@link SpecValidation}; nothing is checked when {@code ../shared} is absent).
 */
abstract class WireTestSupport {

    static final String ACCESS_KEY = "2sd2gg=2agbdSD26svcD";
    static final String SECRET_KEY = "test-secret-key";
    static final long NOW_MILLIS = 1_605_290_625_682L;

    final MockWebServer server = new MockWebServer();
    /** Every request the server received, in order: validated against the description after the test. */
    final List<RecordedRequest> received = Collections.synchronizedList(new ArrayList<>());
    final List<Duration> sleeps = new ArrayList<>();
    ScpClient client;

    @BeforeEach
    void startServer() throws Exception {
        server.setDispatcher(new QueueDispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                received.add(request);
                return super.dispatch(request);
            }
        });
        server.start();
        client = clientBuilder().build();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
        validateReceived();
    }

    /** Checks every request the server received against the description: a test fails on the first invalid one. */
    void validateReceived() {
        synchronized (received) {
            for (RecordedRequest request : received) {
                if (request.getFailure() == null) {
                    SpecValidation.check(request);
                }
            }
        }
    }

    ScpClient.Builder clientBuilder() {
        return ScpClient.builder()
                .accessKey(ACCESS_KEY)
                .secretKey(SECRET_KEY)
                .baseUrl(baseUrl())
                .clock(Clock.fixed(Instant.ofEpochMilli(NOW_MILLIS), ZoneOffset.UTC))
                .sleeper(sleeps::add);
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    /** Checks the SCP headers, and the signature against an HMAC computed here over the request line. */
    void assertSigned(RecordedRequest request, String timestamp) {
        assertThat(request.getHeaders().get("Scp-Accesskey")).isEqualTo(ACCESS_KEY);
        assertThat(request.getHeaders().get("Scp-ClientType")).isEqualTo("Openapi");
        assertThat(request.getHeaders().get("Scp-Timestamp")).isEqualTo(timestamp);
        assertThat(request.getHeaders().get("Scp-Api-Version")).isEqualTo("billingplan 1.0");
        assertThat(request.getHeaders().get("Accept-Language")).isEqualTo("en-US");
        String wireUrl = baseUrl() + request.getTarget();
        assertThat(request.getHeaders().get("Scp-Signature"))
                .isEqualTo(hmac(request.getMethod() + wireUrl + timestamp + ACCESS_KEY + "Openapi", SECRET_KEY));
    }

    void assertSigned(RecordedRequest request) {
        assertSigned(request, Long.toString(NOW_MILLIS));
    }

    static String hmac(String message, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
