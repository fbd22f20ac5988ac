package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.testing.KeepAliveServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.NotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code close()} releases the connections the client opened; the builder and {@code fromEnv()}. */
class OmnistrateClientCloseTest {

    @Test
    void closeClosesThePooledConnection() throws Exception {
        try (KeepAliveServer server = new KeepAliveServer()) {
            Thread answering = server.answerOnce(404);
            OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.baseUrl()).token("t").maxRetries(0)
                    .build();
            assertThatThrownBy(() -> client.hostClusters().list()).isInstanceOf(NotFoundException.class);
            answering.join(60_000);
            assertThat(server.clientClosedWithin(200)).as("kept alive while the client is open").isFalse();

            client.close();

            assertThat(server.clientClosedWithin(3_000)).as("closed by close()").isTrue();
        }
    }

    @Test
    void fromEnvReadsSystemProperties() {
        System.setProperty("OMNISTRATE_BASE_URL", "http://127.0.0.1:9");
        System.setProperty("OMNISTRATE_TOKEN", "token-from-property");
        try (OmnistrateClient client = OmnistrateClient.fromEnv()) {
            assertThat(client.toString()).contains("http://127.0.0.1:9").doesNotContain("token-from-property");
        } finally {
            System.clearProperty("OMNISTRATE_BASE_URL");
            System.clearProperty("OMNISTRATE_TOKEN");
        }
    }

    @Test
    void theBuilderPrintsWhichCredentialsAreSetButNotThem() {
        assertThat(OmnistrateClient.builder().apiKey("om_secret").tokenRefreshMargin(Duration.ofMinutes(1)))
                .hasToString("OmnistrateClient.Builder{baseUrl=null, token=none, apiKey=****, signIn=none}");
        assertThat(OmnistrateClient.builder().signIn("a@example.com", "pw").toString())
                .contains("signIn=****").doesNotContain("a@example.com").doesNotContain("pw");
        assertThatThrownBy(() -> OmnistrateClient.builder().token("t").apiKey("k").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one kind");
        assertThatThrownBy(() -> OmnistrateClient.builder().token("t").apiKey("k").signIn("e", "p").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one kind");
    }
}
