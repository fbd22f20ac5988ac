package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.omnistrate.model.DescribeResourceInstanceResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Goa error bodies become typed exceptions; {@code temporary}/{@code timeout} decide retries; bad answers are
 * typed.
 */
class ErrorsTest {

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private OmnistrateClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(2)
                .sleeper(sleeps::add).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aGoaErrorBecomesATypedExceptionWithNameMessageAndId() {
        server.enqueue(goa(404, "{\"name\":\"not_found\",\"id\":\"err-42\",\"message\":\"instance not found\","
                + "\"temporary\":false,\"timeout\":false,\"fault\":false}"));
        assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").get("instance-1"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.code()).contains("not_found");
                    assertThat(e.errorMessage()).contains("instance not found");
                    assertThat(e.requestId()).contains("err-42");
                    assertThat(e.retryableHint()).contains(false);
                    assertThat(e.details()).containsEntry("fault", false);
                    assertThat(e.getMessage()).isEqualTo("HTTP 404 [not_found]: instance not found (request id: err-42)");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTemporaryServerErrorIsRetried() throws Exception {
        server.enqueue(goa(500, "{\"name\":\"failed_request\",\"message\":\"busy\",\"temporary\":true,\"timeout\":false}"));
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"id\":\"hc-1\"}").build());
        assertThat(client.hostClusters().get("hc-1").id()).contains("hc-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void aServerErrorThatIsNotTemporaryIsNotRetried() {
        server.enqueue(goa(500, "{\"name\":\"failed_request\",\"message\":\"broken\",\"temporary\":false,\"timeout\":false,"
                + "\"fault\":true}"));
        assertThatThrownBy(() -> client.hostClusters().get("hc-1"))
                .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.code()).contains("failed_request"));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aTimeoutHintMakesAServerErrorRetryable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(goa(500, "{\"name\":\"failed_request\",\"message\":\"slow\",\"temporary\":false,\"timeout\":true}"));
        }
        assertThatThrownBy(() -> client.hostClusters().get("hc-1")).isInstanceOf(InternalServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void invalidStateIsAConflict() {
        server.enqueue(goa(409, "{\"name\":\"invalid_state\",\"message\":\"instance is stopping\"}"));
        assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").get("instance-1"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).contains("invalid_state"));
    }

    @Test
    void anHtmlErrorPageKeepsStatusAndBody() {
        server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "text/html")
                .body("<html>denied</html>").build());
        assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").get("instance-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.code()).isEmpty();
                    assertThat(e.rawBody()).isEqualTo("<html>denied</html>");
                });
    }

    @Test
    void anEmptyAnswerWhereTheApiPromisesOneIsADecodingError() {
        server.enqueue(new MockResponse.Builder().code(200).build());
        assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").get("instance-1"))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("has no body");
    }

    @Test
    void malformedJsonIsADecodingError() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":").build());
        assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").get("instance-1"))
                .isInstanceOf(ResponseDecodingException.class);
    }

    @Test
    void unknownFieldsAndEnumValuesAreKept() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"brandNewField\":1,\"consumptionResourceInstanceResult\":{\"id\":\"instance-1\","
                        + "\"status\":\"HIBERNATING\",\"region\":\"us-east-1\"}}").build());
        DescribeResourceInstanceResult instance = client.resourceInstances().in("s-1", "se-1").get("instance-1")
                .consumptionResourceInstanceResult().orElseThrow();
        assertThat(instance.id()).contains("instance-1");
        assertThat(instance.region()).contains("us-east-1");
        assertThat(instance.status()).hasValueSatisfying(status -> {
            assertThat(status.value()).isEqualTo("HIBERNATING");
            assertThat(status.isKnown()).isFalse();
        });
    }

    private static MockResponse goa(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/vnd.goa.error").body(body)
                .build();
    }
}
