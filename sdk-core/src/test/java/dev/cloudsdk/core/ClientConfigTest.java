package dev.cloudsdk.core;

import dev.cloudsdk.core.spi.ApiClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientConfigTest {

    @Test
    void badSettingsFailEarlyNamingTheSetting() {
        assertThatThrownBy(() -> new TestClientBuilder().baseUrl("ftp://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl must be an absolute http(s) URL");
        assertThatThrownBy(() -> new TestClientBuilder().baseUrl("https://x/?a=1"))
                .hasMessageContaining("baseUrl must not have a query");
        assertThatThrownBy(() -> new TestClientBuilder().callTimeout(Duration.ZERO))
                .hasMessage("callTimeout must be positive, was PT0S");
        assertThatThrownBy(() -> new TestClientBuilder().maxRetries(-1)).hasMessage("maxRetries must be >= 0, was -1");
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ")).hasMessage("idempotencyKey must not be blank");
    }

    @Test
    void trailingSlashesAreTrimmedAndToStringHidesHeaderValues() {
        try (ApiClient client = new TestClientBuilder().baseUrl("https://api.example.com/v1//")
                .defaultHeader("X-Secret", "s3cr3t").build()) {
            assertThat(client.config().baseUrl()).isEqualTo("https://api.example.com/v1");
            assertThat(client.config().toString()).doesNotContain("s3cr3t").contains("X-Secret");
        }
        assertThat(RequestOptions.builder().header("X-Api-Token", "t0k").idempotencyKey("k").build().toString())
                .doesNotContain("t0k").contains("X-Api-Token");
    }
}
