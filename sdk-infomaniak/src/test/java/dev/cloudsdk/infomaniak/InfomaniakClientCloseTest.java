package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.testing.KeepAliveServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.NotFoundException;
import org.junit.jupiter.api.Test;

/** {@code close()} releases the connections the client opened; {@code fromEnv()} reads system properties. */
class InfomaniakClientCloseTest {

    @Test
    void closeClosesThePooledConnection() throws Exception {
        try (KeepAliveServer server = new KeepAliveServer()) {
            Thread answering = server.answerOnce(404);
            InfomaniakClient client = InfomaniakClient.builder().baseUrl(server.baseUrl()).token("t").maxRetries(0)
                    .build();
            assertThatThrownBy(() -> client.cloud().get(1)).isInstanceOf(NotFoundException.class);
            answering.join(60_000);
            assertThat(server.clientClosedWithin(200)).as("kept alive while the client is open").isFalse();

            client.close();

            assertThat(server.clientClosedWithin(3_000)).as("closed by close()").isTrue();
        }
    }

    @Test
    void fromEnvReadsSystemProperties() {
        System.setProperty(InfomaniakClient.ENV_BASE_URL, "http://127.0.0.1:9");
        System.setProperty(InfomaniakClient.ENV_API_TOKEN, "token-from-property");
        try (InfomaniakClient client = InfomaniakClient.fromEnv()) {
            assertThat(client.toString()).contains("http://127.0.0.1:9").doesNotContain("token-from-property");
        } finally {
            System.clearProperty(InfomaniakClient.ENV_BASE_URL);
            System.clearProperty(InfomaniakClient.ENV_API_TOKEN);
        }
    }
}
