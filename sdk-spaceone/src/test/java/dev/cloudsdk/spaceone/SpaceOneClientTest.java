package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building clients: settings, environment variables and their errors. */
class SpaceOneClientTest extends WireTest {

    @Test
    void fromEnvReadsEveryVariable() throws Exception {
        enqueue("{'cloud_service_id':'cloud-svc-1'}");
        SpaceOneClient client = track(SpaceOneClient.fromEnv(Environment.of(Map.of("SPACEONE_BASE_URL", baseUrl(),
                "SPACEONE_TOKEN", TOKEN, "SPACEONE_DOMAIN_ID", "domain-9", "SPACEONE_DIALECT", "Console"))));

        assertThat(client.dialect()).isEqualTo(Dialect.CONSOLE);
        assertThat(client.domainId()).contains("domain-9");
        client.inventory().cloudServices().get("cloud-svc-1");
        assertJsonBody(take(), "POST", "/inventory/cloud-service/get",
                "{'cloud_service_id':'cloud-svc-1','domain_id':'domain-9'}");
    }

    @Test
    void fromEnvLogsInWithUserAndPassword() throws Exception {
        enqueue("{'access_token':'opaque','refresh_token':'r'}");
        enqueue("{'cloud_service_id':'cloud-svc-1'}");
        SpaceOneClient client = track(SpaceOneClient.fromEnv(Environment.of(Map.of("SPACEONE_BASE_URL", baseUrl(),
                "SPACEONE_USER_ID", "admin", "SPACEONE_PASSWORD", "pw", "SPACEONE_DOMAIN_ID", "domain-1"))));

        client.inventory().cloudServices().get("cloud-svc-1");

        assertThat(take().getUrl().encodedPath()).isEqualTo("/identity/v1/token/issue");
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer opaque");
        assertThat(client.dialect()).isEqualTo(Dialect.REST);
    }

    @Test
    void withoutADomainNoDomainIdIsSent() throws Exception {
        enqueue("{'data_source_id':'ds-1'}");
        SpaceOneClient client = open(SpaceOneClient.builder().baseUrl(baseUrl()).token(TOKEN));

        client.billing().dataSources().enable("ds-1");

        assertJsonBody(take(), "PUT", "/billing/v2/data-source/ds-1/enable", "{}");
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> SpaceOneClient.fromEnv(Environment.of(Map.of("SPACEONE_TOKEN", "t"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPACEONE_BASE_URL");
        assertThatThrownBy(() -> SpaceOneClient.builder().token("t").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl is required");
        assertThatThrownBy(() -> SpaceOneClient.builder().baseUrl("https://api.example.com").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPACEONE_TOKEN");
        assertThatThrownBy(() -> SpaceOneClient.builder().baseUrl("https://api.example.com").login("u", "p").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("domainId is required");
        assertThatThrownBy(() -> SpaceOneClient.builder().baseUrl("https://api.example.com").token("t")
                .login("u", "p").domainId("d").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> SpaceOneClient.builder().token(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThatThrownBy(() -> SpaceOneClient.fromEnv(Environment.of(Map.of("SPACEONE_BASE_URL",
                "https://api.example.com", "SPACEONE_TOKEN", "t", "SPACEONE_DIALECT", "grpc"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rest' or 'console'");
        assertThatThrownBy(() -> SpaceOneClient.fromEnv(Environment.of(Map.of("SPACEONE_BASE_URL",
                "https://api.example.com", "SPACEONE_USER_ID", "u"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPACEONE_PASSWORD");
    }
}
