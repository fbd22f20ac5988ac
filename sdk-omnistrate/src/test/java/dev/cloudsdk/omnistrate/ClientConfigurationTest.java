package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.omnistrate.model.KubeConfigHostClusterResult;
import dev.cloudsdk.omnistrate.model.StartResourceInstanceRequest;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Builder and {@code fromEnv()} settings, argument checks before any call, and secrets kept out of text. */
class ClientConfigurationTest {

    @Test
    void fromEnvPrefersTheTokenThenTheApiKeyThenEmailAndPassword() {
        try (OmnistrateClient client = OmnistrateClient.fromEnv(Environment.of(Map.of(
                "OMNISTRATE_TOKEN", "jwt-1", "OMNISTRATE_API_KEY", "om_1", "OMNISTRATE_BASE_URL", "http://localhost:9")))) {
            assertThat(client.toString()).isEqualTo("OmnistrateClient{baseUrl=http://localhost:9, credentials=token}");
        }
        try (OmnistrateClient client = OmnistrateClient.fromEnv(Environment.of(Map.of(
                "OMNISTRATE_API_KEY", "om_1", "OMNISTRATE_EMAIL", "a@example.com", "OMNISTRATE_PASSWORD", "pw")))) {
            assertThat(client.toString())
                    .isEqualTo("OmnistrateClient{baseUrl=https://api.omnistrate.cloud, credentials=api key}");
        }
        try (OmnistrateClient client = OmnistrateClient.fromEnv(Environment.of(Map.of(
                "OMNISTRATE_EMAIL", "a@example.com", "OMNISTRATE_PASSWORD", "pw")))) {
            assertThat(client.toString()).endsWith("credentials=email and password}");
        }
    }

    @Test
    void fromEnvNamesWhatIsMissing() {
        assertThatThrownBy(() -> OmnistrateClient.fromEnv(Environment.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OMNISTRATE_API_KEY").hasMessageContaining("OMNISTRATE_TOKEN")
                .hasMessageContaining("OMNISTRATE_EMAIL");
        assertThatThrownBy(() -> OmnistrateClient.fromEnv(Environment.of(Map.of("OMNISTRATE_EMAIL", "a@example.com"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OMNISTRATE_PASSWORD");
    }

    @Test
    void theBuilderWantsExactlyOneKindOfCredentials() {
        assertThatThrownBy(() -> OmnistrateClient.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("credentials are required");
        assertThatThrownBy(() -> OmnistrateClient.builder().token("jwt").apiKey("om_1").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one kind of credentials");
        assertThatThrownBy(() -> OmnistrateClient.builder().apiKey(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must not be blank");
        assertThatThrownBy(() -> OmnistrateClient.builder().signIn("a@example.com", null))
                .isInstanceOf(NullPointerException.class).hasMessage("password");
        assertThatThrownBy(() -> OmnistrateClient.builder().tokenRefreshMargin(java.time.Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenRefreshMargin");
    }

    @Test
    void secretsNeverAppearInText() {
        OmnistrateClient.Builder builder = OmnistrateClient.builder().signIn("a@example.com", "pa55word");
        assertThat(builder.toString()).doesNotContain("pa55word").doesNotContain("a@example.com");
        OmnistrateClient.Builder keyed = OmnistrateClient.builder().apiKey("om_secret_key");
        assertThat(keyed.toString()).doesNotContain("om_secret_key");
        try (OmnistrateClient client = keyed.build()) {
            assertThat(client.toString()).doesNotContain("om_secret_key");
        }
        KubeConfigHostClusterResult kubeConfig = KubeConfigHostClusterResult.builder().userName("admin")
                .serviceAccountToken("sa-token-value").clientKeyDataBase64("key-data").build();
        assertThat(kubeConfig.toString()).contains("admin").doesNotContain("sa-token-value").doesNotContain("key-data");
    }

    @Test
    void badArgumentsFailBeforeAnyCall() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt")
                    .build()) {
                StartResourceInstanceRequest body = StartResourceInstanceRequest.builder().resourceId("r-1").build();
                assertThatThrownBy(() -> client.resourceInstances().in(null, "se-1").start("i-1", body))
                        .isInstanceOf(NullPointerException.class).hasMessage("serviceId");
                assertThatThrownBy(() -> client.resourceInstances().in("s-1", " ").start("i-1", body))
                        .isInstanceOf(IllegalArgumentException.class).hasMessage("environmentId must not be blank");
                assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").start("i-1", null))
                        .isInstanceOf(NullPointerException.class).hasMessage("body");
                assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1")
                        .list((ListResourceInstancesParams) null))
                        .isInstanceOf(NullPointerException.class).hasMessage("params");
                assertThatThrownBy(() -> ListResourceInstancesParams.builder().pageSize(0L).build())
                        .isInstanceOf(IllegalArgumentException.class).hasMessage("pageSize must be at least 1, was 0");
                assertThatThrownBy(() -> StartResourceInstanceRequest.builder().build())
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("resourceId");
            }
            assertThat(server.getRequestCount()).isZero();
        }
    }
}
