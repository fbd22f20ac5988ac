package dev.cloudsdk.scp;

import dev.cloudsdk.core.testing.KeepAliveServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.NotFoundException;
import org.junit.jupiter.api.Test;

/** {@code close()} releases the connections the client opened: the server sees them closed. */
class ScpClientCloseTest {

    private static ScpClient.Builder builder(KeepAliveServer server) {
        return ScpClient.builder().accessKey("access-key-1").secretKey("secret-1").baseUrl(server.baseUrl())
                .maxRetries(0);
    }

    @Test
    void closeClosesThePooledConnection() throws Exception {
        try (KeepAliveServer server = new KeepAliveServer()) {
            Thread answering = server.answerOnce(404);
            ScpClient client = builder(server).build();
            assertThatThrownBy(() -> client.plannedComputes().get("pc-1")).isInstanceOf(NotFoundException.class);
            answering.join(60_000);
            assertThat(server.clientClosedWithin(200)).as("kept alive while the client is open").isFalse();

            client.close();

            assertThat(server.clientClosedWithin(3_000)).as("closed by close()").isTrue();
        }
    }

    @Test
    void aBorrowedOkHttpClientKeepsItsConnection() throws Exception {
        okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient();
        try (KeepAliveServer server = new KeepAliveServer()) {
            Thread answering = server.answerOnce(404);
            ScpClient client = builder(server).httpClient(mine).build();
            assertThatThrownBy(() -> client.plannedComputes().get("pc-1")).isInstanceOf(NotFoundException.class);
            answering.join(60_000);

            client.close();

            assertThat(server.clientClosedWithin(300)).isFalse();
            assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
        } finally {
            mine.connectionPool().evictAll();
            mine.dispatcher().executorService().shutdown();
        }
    }
}
