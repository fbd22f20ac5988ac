package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Untyped fields whose samples are JSON objects (input, request and result parameters, event bodies, chart values,
 * pricing, metadata) are {@code Map<String, Object>}: any JSON values inside read as Java ones, and a map sent in a
 * request travels as a JSON object.
 */
class FreeJsonFieldsTest {

    @Test
    void parametersReadAsAMapOfJsonValues() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"instances\":[{\"id\":\"i-1\",\"input_params\":{\"replicas\":3,\"tls\":true,"
                    + "\"zones\":[\"a\",\"b\"],\"db\":{\"name\":\"app\"}}},{\"id\":\"i-2\",\"input_params\":null}]}"));
            try (OmnistrateClient client = client(server)) {
                List<ResourceInstance> instances = client.hostClusters().listInstances("hc-1").items();

                Map<String, Object> params = instances.get(0).inputParams();
                assertThat(params).containsEntry("tls", true).containsEntry("zones", List.of("a", "b"))
                        .containsEntry("db", Map.of("name", "app"));
                assertThat(((Number) params.get("replicas")).intValue()).isEqualTo(3);
                assertThat(instances.get(1).inputParams()).isEmpty();
            }
        }
    }

    @Test
    void requestParametersTravelAsAJsonObject() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"id\":\"i-1\"}"));
            try (OmnistrateClient client = client(server)) {
                client.resourceInstances().create(ProductTierKey.builder()
                        .serviceProviderId("sp-1").serviceKey("svc").serviceApiVersion("v1")
                        .serviceEnvironmentKey("prod").serviceModelKey("model").productTierKey("tier").build(),
                        "db",
                        CreateResourceInstanceRequest.builder().putRequestParams("replicas", 3)
                                .putRequestParams("tls", true).putRequestParams("db", Map.of("name", "app")).build());
            }
            assertThat(SpecValidation.take(server).getBody().utf8())
                    .isEqualTo("{\"requestParams\":{\"replicas\":3,\"tls\":true,\"db\":{\"name\":\"app\"}}}");
        }
    }

    private static OmnistrateClient client(MockWebServer server) {
        return OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
