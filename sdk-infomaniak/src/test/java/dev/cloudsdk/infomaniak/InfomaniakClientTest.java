package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.auth.TokenProvider;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.infomaniak.model.DatabaseServiceConnection;
import java.io.IOException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Building the client: settings, environment, secrets kept out of text. */
class InfomaniakClientTest {

    @Test
    void fromEnvReadsTokenAndBaseUrl() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body("{\"result\":\"success\",\"data\":[\"1.30\"]}").build());
            String url = server.url("/").toString();
            Environment env = Environment.of(Map.of("INFOMANIAK_API_TOKEN", "env-token",
                    "INFOMANIAK_BASE_URL", url));

            try (InfomaniakClient client = InfomaniakClient.fromEnv(env)) {
                assertThat(client.cloud().kubernetes().versions()).containsExactly("1.30");
            }

            RecordedRequest request = server.takeRequest();
            SpecValidation.check(request);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer env-token");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fromEnvNamesTheMissingVariable() {
        assertThatThrownBy(() -> InfomaniakClient.fromEnv(Environment.of(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("INFOMANIAK_API_TOKEN");
    }

    @Test
    void builderRequiresAToken() {
        assertThatThrownBy(() -> InfomaniakClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("token is required (or set INFOMANIAK_API_TOKEN)");
        assertThatThrownBy(() -> InfomaniakClient.builder().token(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("token must not be blank");
        assertThatThrownBy(() -> InfomaniakClient.builder().baseUrl("not a url"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenProviderIsAskedOnEveryCall() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body("{\"result\":\"success\",\"data\":[]}").build());
            TokenProvider tokens = new TokenProvider() {
                @Override
                public AccessToken token() {
                    return AccessToken.of("rotated");
                }

                @Override
                public boolean invalidate(AccessToken rejected) {
                    return false;
                }
            };
            try (InfomaniakClient client = InfomaniakClient.builder().tokenProvider(tokens)
                    .baseUrl(server.url("/").toString()).build()) {
                client.cloud().databases().regions();
            }
            RecordedRequest request = server.takeRequest();
            SpecValidation.check(request);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer rotated");
        }
    }

    @Test
    void secretsStayOutOfToString() {
        InfomaniakClient.Builder builder = InfomaniakClient.builder().token("very-secret");
        assertThat(builder.toString()).doesNotContain("very-secret").contains("****");
        try (InfomaniakClient client = builder.build()) {
            assertThat(client.toString()).doesNotContain("very-secret").contains("https://api.infomaniak.com");
        }
        assertThat(CreateProjectRequest.builder().projectName("p").userPassword("hunter22").build().toString())
                .doesNotContain("hunter22");
        assertThat(DatabaseServiceConnection.builder().host("h").port("3306").user("root").password("pw-123")
                .uri("mysql://h").command("mysql").ca("ca").build().toString()).doesNotContain("pw-123");
    }
}
