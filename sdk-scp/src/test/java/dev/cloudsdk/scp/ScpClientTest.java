package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building the client: settings, environment variables and what {@code toString()} may show. */
class ScpClientTest {

    @Test
    void environmentChoosesTheBaseUrl() {
        assertThat(ScpEnvironment.S.baseUrl()).isEqualTo("https://billingplan.s.samsungsdscloud.com");
        assertThat(ScpEnvironment.fromCode("G")).isEqualTo(ScpEnvironment.G);
        assertThat(ScpEnvironment.fromCode("e").baseUrl()).isEqualTo("https://billingplan.e.samsungsdscloud.com");
        assertThatThrownBy(() -> ScpEnvironment.fromCode("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s, g, e");
        try (ScpClient client = ScpClient.builder().accessKey("access-key-1").secretKey("secret-1")
                .environment("g").build()) {
            assertThat(client.toString()).contains("https://billingplan.g.samsungsdscloud.com");
        }
    }

    @Test
    void fromEnvReadsEveryVariableAndTheBaseUrlWins() {
        try (ScpClient client = ScpClient.fromEnv(Environment.of(Map.of(
                "SCP_ACCESS_KEY", "access-key-1", "SCP_SECRET_KEY", "secret-1", "SCP_ACCOUNT_ID", "acct-1",
                "SCP_ENVIRONMENT", "s", "SCP_BASE_URL", "http://localhost:9/")))) {
            assertThat(client.toString()).isEqualTo(
                    "ScpClient{baseUrl=http://localhost:9, ScpCredentials{accessKey=acce****, secretKey=****, "
                            + "accountId=acct-1}}");
        }
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> ScpClient.fromEnv(Environment.of(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessage("accessKey is required (or set SCP_ACCESS_KEY)");
        assertThatThrownBy(() -> ScpClient.fromEnv(Environment.of(Map.of("SCP_ACCESS_KEY", "a"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("secretKey is required (or set SCP_SECRET_KEY)");
        assertThatThrownBy(() -> ScpClient.builder().accessKey("a").secretKey("s").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SCP_ENVIRONMENT");
        assertThatThrownBy(() -> ScpClient.fromEnv(Environment.of(Map.of("SCP_ENVIRONMENT", "moon"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moon");
        assertThatThrownBy(() -> ScpClient.builder().acceptLanguage(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acceptLanguage");
    }

    @Test
    void builderNeverPrintsKeys() {
        ScpClient.Builder builder = ScpClient.builder().accessKey("access-key-1").secretKey("secret-1");
        assertThat(builder.toString()).doesNotContain("secret-1").doesNotContain("access-key-1");
    }
}
