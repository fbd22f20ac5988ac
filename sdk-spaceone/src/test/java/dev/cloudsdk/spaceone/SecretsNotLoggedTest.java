package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.testing.CapturingLoggerProvider;
import dev.cloudsdk.spaceone.model.DataSourceType;
import dev.cloudsdk.spaceone.model.PluginInfo;
import dev.cloudsdk.spaceone.model.RegisterDataSourceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With HTTP logging at TRACE (the capturing logger of sdk-core's test-jar), tokens, passwords and plugin secrets
 * never reach the log, while the exchanges themselves do.
 */
class SecretsNotLoggedTest extends WireTest {

    @BeforeEach
    void forgetEarlierLines() {
        CapturingLoggerProvider.clear();
    }

    private String logged() {
        return String.join("\n", CapturingLoggerProvider.lines());
    }

    @Test
    void loginAndRefreshBodiesAndTokensAreNotLogged() {
        enqueue("{'access_token':'access-AAA','refresh_token':'refresh-BBB'}");
        enqueue("{'cloud_service_id':'cloud-svc-1'}");

        open(SpaceOneClient.builder().baseUrl(baseUrl()).login("admin", "pa55word-CCC").domainId(DOMAIN))
                .inventory().cloudServices().get("cloud-svc-1");

        assertThat(logged()).contains("tokens.issue").contains("cloudServices.get")
                .doesNotContain("pa55word-CCC").doesNotContain("access-AAA").doesNotContain("refresh-BBB");
    }

    @Test
    void inlinePluginSecretsAreNotLogged() {
        enqueue("{'data_source_id':'ds-1'}");

        client(Dialect.REST).billing().dataSources().register(RegisterDataSourceRequest.builder().name("AWS")
                .dataSourceType(DataSourceType.EXTERNAL).pluginInfo(PluginInfo.builder().pluginId("plugin-1")
                        .putSecretData("aws_access_key_id", "AKIA-DDD").build()).build());

        assertThat(logged()).contains("dataSources.register").doesNotContain("AKIA-DDD").doesNotContain(TOKEN);
    }

    @Test
    void ordinaryBodiesAreLoggedAtTrace() {
        enqueue("{'data_source_id':'ds-1','name':'visible-EEE'}");

        client(Dialect.REST).billing().dataSources().get("ds-1");

        assertThat(logged()).contains("visible-EEE").doesNotContain(TOKEN);
    }

    @Test
    void aRegistrationWithoutSecretsIsLoggedLikeAnyOtherBody() {
        enqueue("{'data_source_id':'ds-1'}");
        enqueue("{'data_source_id':'ds-2'}");

        client(Dialect.REST).billing().dataSources().register(RegisterDataSourceRequest.builder().name("plain-FFF")
                .dataSourceType(DataSourceType.EXTERNAL).pluginInfo(PluginInfo.builder().pluginId("plugin-1")
                        .build()).build());
        client(Dialect.REST).billing().dataSources().register(RegisterDataSourceRequest.builder().name("bare-GGG")
                .dataSourceType(DataSourceType.LOCAL).build());

        assertThat(logged()).contains("plain-FFF").contains("bare-GGG");
    }
}
