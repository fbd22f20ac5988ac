package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.omnistrate.model.HostCluster;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A host cluster whose field does not fit its type still reads: only that field's accessor throws, naming where the
 * value is and holding it; read strictly ({@code responseValidation(true)}), the same answer fails the call.
 */
class WrongShapedFieldsTest {

    private static final String CLUSTER = "{\"id\":\"hc-1\",\"region\":{\"name\":\"us-east-1\"},"
            + "\"cloudProvider\":\"aws\",\"healthStatus\":{\"overallStatus\":\"HEALTHY\"}}";

    @Test
    void aRegionSentAsAnObjectFailsOnlyItsAccessor() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(answer());
            server.enqueue(answer());
            try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt")
                    .maxRetries(0).build()) {
                HostCluster cluster = client.hostClusters().get("hc-1");

                RecordedRequest request = server.takeRequest();
                assertThat(request.getMethod()).isEqualTo("GET");
                assertThat(request.getTarget()).isEqualTo("/2022-09-01-00/fleet/host-cluster/hc-1");
                assertThat(cluster.id()).contains("hc-1");
                assertThat(cluster.healthStatus()).isPresent();
                ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class,
                        cluster::region);
                assertThat(problem).hasMessage("$.region: expected String, got an object");
                assertThat(problem.rawValue()).contains("{\"name\":\"us-east-1\"}");

                assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> client.hostClusters().get(
                        "hc-1", RequestOptions.builder().responseValidation(true).build())))
                        .hasMessageContaining("HTTP 200");
            }
        }
    }

    private static MockResponse answer() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(CLUSTER).build();
    }
}
