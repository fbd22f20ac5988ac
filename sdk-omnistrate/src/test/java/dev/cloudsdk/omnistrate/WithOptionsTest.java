package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.RequestOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code withOptions} gives a client with other defaults over the same connections and token. */
class WithOptionsTest {

    @Test
    void theViewSendsItsDefaultsWithTheSameToken() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (int i = 0; i < 2; i++) {
                server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"hostClusters\":[]}").build());
            }
            try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString())
                    .token("jwt").maxRetries(0).build()) {
                OmnistrateClient view = client.withOptions(options -> options.header("X-Team", "billing"));

                assertThat(view.hostClusters().list().hostClusters()).isEmpty();
                client.hostClusters().list(RequestOptions.builder().header("X-Debug", "1").build());
            }

            RecordedRequest viewed = SpecValidation.take(server);
            assertThat(viewed.getHeaders().get("X-Team")).isEqualTo("billing");
            assertThat(viewed.getHeaders().get("Authorization")).isEqualTo("Bearer jwt");
            RecordedRequest original = SpecValidation.take(server);
            assertThat(original.getTarget()).isEqualTo(viewed.getTarget());
            assertThat(original.getHeaders().get("X-Team")).isNull();
            assertThat(original.getHeaders().get("X-Debug")).isEqualTo("1");
        }
    }
}
