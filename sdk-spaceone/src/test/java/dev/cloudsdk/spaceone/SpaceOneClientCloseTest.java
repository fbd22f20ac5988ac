package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.testing.KeepAliveServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.NotFoundException;
import org.junit.jupiter.api.Test;

/** {@code close()} releases the connections the client opened; {@code fromEnv()} reads system properties. */
class SpaceOneClientCloseTest {

    @Test
    void closeClosesThePooledConnection() throws Exception {
        try (KeepAliveServer server = new KeepAliveServer()) {
            Thread answering = server.answerOnce(404);
            SpaceOneClient client = SpaceOneClient.builder().baseUrl(server.baseUrl()).token("t").maxRetries(0)
                    .build();
            assertThatThrownBy(() -> client.inventory().cloudServices().get("cs-1"))
                    .isInstanceOf(NotFoundException.class);
            answering.join(60_000);
            assertThat(server.clientClosedWithin(200)).as("kept alive while the client is open").isFalse();

            client.close();

            assertThat(server.clientClosedWithin(3_000)).as("closed by close()").isTrue();
        }
    }

    @Test
    void fromEnvReadsSystemProperties() {
        System.setProperty("SPACEONE_BASE_URL", "http://127.0.0.1:9");
        System.setProperty("SPACEONE_TOKEN", "token-from-property");
        System.setProperty("SPACEONE_DIALECT", "console");
        try (SpaceOneClient client = SpaceOneClient.fromEnv()) {
            assertThat(client.dialect()).isEqualTo(Dialect.CONSOLE);
            assertThat(client.toString()).contains("http://127.0.0.1:9").doesNotContain("token-from-property");
        } finally {
            System.clearProperty("SPACEONE_BASE_URL");
            System.clearProperty("SPACEONE_TOKEN");
            System.clearProperty("SPACEONE_DIALECT");
        }
    }
}
