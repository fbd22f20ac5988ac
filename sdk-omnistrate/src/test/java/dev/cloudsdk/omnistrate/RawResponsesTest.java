package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.omnistrate.model.HostCluster;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import dev.cloudsdk.omnistrate.model.RestartResourceInstanceRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.withRawResponse()}: the same calls on the wire, answered with status, headers and request id. */
class RawResponsesTest {

    private final MockWebServer server = new MockWebServer();
    private OmnistrateClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void enqueue(int status, String requestId, String body) {
        server.enqueue(new MockResponse.Builder().code(status).headers(new Headers.Builder()
                .add("Content-Type", "application/json").add("X-Request-Id", requestId)
                .add("Vary", "Accept").add("Vary", "Origin").build()).body(body).build());
    }

    @Test
    void aRawGetSendsTheSameRequestAndParsesTheUsualModel() throws Exception {
        enqueue(200, "req-hc", "{\"id\":\"hc-1\"}");

        RawResponse<HostCluster> raw = client.withRawResponse().hostClusters().get("hc-1");

        RecordedRequest request = SpecValidation.take(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/2022-09-01-00/fleet/host-cluster/hc-1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer jwt");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-hc");
        assertThat(raw.headers().get("vary")).containsExactly("Accept", "Origin");
        assertThat(raw.parse().id()).contains("hc-1");
    }

    @Test
    void aRawListGivesTheFirstPageWhichPagesOnTheUsualWay() throws Exception {
        enqueue(200, "req-1", "{\"resourceInstances\":[{\"consumptionResourceInstanceResult\":{\"id\":\"i-1\"}}],"
                + "\"nextPageToken\":\"t-2\"}");
        enqueue(200, "req-2", "{\"resourceInstances\":[{\"consumptionResourceInstanceResult\":{\"id\":\"i-2\"}}]}");

        RawResponse<Page<ResourceInstance>> raw = client.withRawResponse().resourceInstances()
                .in("s-1", "se-1").list(RequestOptions.builder().header("X-Trace", "t").build());

        assertThat(raw.requestId()).contains("req-1");
        Page<ResourceInstance> first = raw.parse();
        assertThat(first.nextPageToken()).contains("t-2");
        assertThat(first.rawResponse()).containsSame(raw);
        Page<ResourceInstance> second = first.nextPage();
        assertThat(second.items()).extracting(instance -> instance.consumptionResourceInstanceResult()
                .orElseThrow().id().orElseThrow()).containsExactly("i-2");
        assertThat(second.rawResponse()).hasValueSatisfying(response ->
                assertThat(response.requestId()).contains("req-2"));
        SpecValidation.take(server);
        RecordedRequest next = SpecValidation.take(server);
        assertThat(next.getUrl().queryParameter("nextPageToken")).isEqualTo("t-2");
        assertThat(next.getHeaders().get("X-Trace")).isEqualTo("t");
    }

    @Test
    void anAcceptedOperationWithoutBodyTellsItsStatus() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).addHeader("X-Request-Id", "req-restart").build());

        RawResponse<Void> raw = client.withRawResponse().resourceInstances().in("s-1", "se-1").restart("i-1",
                RestartResourceInstanceRequest.builder().resourceId("r-1").build());

        assertThat(SpecValidation.take(server).getMethod()).isEqualTo("POST");
        assertThat(raw.statusCode()).isEqualTo(202);
        assertThat(raw.requestId()).contains("req-restart");
        assertThat(raw.parse()).isNull();
    }

    @Test
    void anErrorIsThrownTypedByTheRawCall() {
        enqueue(409, "req-conflict", "{\"name\":\"conflict\",\"message\":\"busy\"}");

        assertThatThrownBy(() -> client.withRawResponse().hostClusters().get("hc-1", RequestOptions.none()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.requestId()).contains("req-conflict");
                });
        assertThat(client.withRawResponse().events()).isSameAs(client.events().withRawResponse());
    }
}
