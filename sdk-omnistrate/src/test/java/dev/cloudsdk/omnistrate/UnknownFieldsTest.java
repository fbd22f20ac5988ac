package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.omnistrate.model.HostCluster;
import dev.cloudsdk.omnistrate.model.UpdateHostClusterRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Fields an answer carries that this SDK version does not model are kept, in the order received, as plain Java values
 * ({@code additionalProperties()}), beside the modelled ones; nested models keep theirs too.
 */
class UnknownFieldsTest {

    @Test
    void anAnswerKeepsTheFieldsThisSdkDoesNotModel() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"id\":\"hc-1\",\"newTier\":\"gold\",\"region\":\"us-east-1\",\"limits\":{\"nodes\":5},"
                            + "\"healthStatus\":{\"overallStatus\":\"HEALTHY\",\"probe\":[1,2]},\"retiredAt\":null}")
                    .build());
            try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt")
                    .maxRetries(0).build()) {
                HostCluster cluster = client.hostClusters().get("hc-1");

                assertThat(cluster.id()).contains("hc-1");
                assertThat(cluster.region()).contains("us-east-1");
                Map<String, Object> unknown = cluster.additionalProperties();
                assertThat(unknown.keySet()).containsExactly("newTier", "limits", "retiredAt");
                assertThat(unknown).containsEntry("newTier", "gold").containsEntry("limits", Map.of("nodes", 5))
                        .containsEntry("retiredAt", null);
                assertThat(cluster.healthStatus().orElseThrow().additionalProperties())
                        .containsExactly(Map.entry("probe", List.of(1, 2)));
            }
        }
    }

    @Test
    void aModelSentBackWritesThemAfterItsOwnFields() throws Exception {
        JsonCodec json = JsonCodec.standard();
        HostCluster cluster = json.decode("{\"id\":\"hc-1\",\"newTier\":\"gold\"}".getBytes(StandardCharsets.UTF_8),
                TypeRef.of(HostCluster.class));

        assertThat(new String(json.encode(cluster), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"hc-1\",\"newTier\":\"gold\"}");
    }

    @Test
    void aFieldTheSdkDoesNotModelYetIsSentThroughTheCallsOptions() throws Exception {
        // Taken without the description's check: the field is, by definition, not in it yet.
        assertThat(bodySent(client -> client.hostClusters().update("hc-1",
                UpdateHostClusterRequest.builder().syncWithOrgTemplate(true).build(),
                RequestOptions.builder().bodyProperty("maintenanceWindow", "sun").build())))
                .isEqualTo("{\"syncWithOrgTemplate\":true,\"maintenanceWindow\":\"sun\"}");
    }

    @Test
    void aModelBuiltInCodeHasNone() {
        assertThat(HostCluster.builder().id("hc-1").build().additionalProperties()).isEmpty();
    }

    @Test
    void aRequestBuilderTakesFieldsTheSdkDoesNotModelYet() throws Exception {
        assertThat(bodySent(client -> client.hostClusters().update("hc-1", UpdateHostClusterRequest.builder()
                .syncWithOrgTemplate(true).putAdditionalProperty("maintenanceWindow", "sun").build())))
                .isEqualTo("{\"syncWithOrgTemplate\":true,\"maintenanceWindow\":\"sun\"}");
    }

    /** @return the body of the one request {@code call} makes with a client of a server answering {@code {}} */
    private static String bodySent(Consumer<OmnistrateClient> call) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{}").build());
            try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt")
                    .maxRetries(0).build()) {
                call.accept(client);
            }
            return server.takeRequest().getBody().utf8();
        }
    }
}
