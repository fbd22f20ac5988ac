package dev.cloudsdk.spaceone.internal;

import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.testing.ConfigOnly;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InternalsTest {

    private final SpaceOneErrorDecoder decoder = new SpaceOneErrorDecoder();

    @Test
    void bodiesWithoutAnEnvelopeGiveEmptyDetailsNeverNull() {
        for (String body : new String[] {null, "", " ", "not json", "[1]", "{\"detail\":[1]}", "{\"error\":5}"}) {
            ErrorDetails details = decoder.decode(500, Map.of(), body);
            assertThat(details).as(String.valueOf(body)).isNotNull();
            assertThat(details.code()).isEmpty();
            assertThat(details.message()).isEmpty();
        }
    }

    @Test
    void noTokenOrPasswordIsEverPrinted() {
        assertThat(new TokenInfo("access-secret", "refresh-secret"))
                .hasToString("TokenInfo{access_token=****, refresh_token=****}");
        assertThat(new RestDialect()).hasToString("rest");
        assertThat(new ConsoleDialect()).hasToString("console");
        assertThat(new LoginTokenFetcher(ApiClient.builder(new ConfigOnly().build(), "spaceone").build(), new RestDialect(), "admin", "pa55word", "domain-1",
                java.time.Clock.systemUTC()))
                .hasToString("LoginTokenFetcher{userId=admin, domainId=domain-1, password=****}");
    }
}
