package dev.cloudsdk.core;

import dev.cloudsdk.core.auth.StaticTokenProvider;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.core.testing.CapturingLoggerProvider;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class LoggingTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
        CapturingLoggerProvider.clear();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String log() {
        return String.join("\n", CapturingLoggerProvider.lines());
    }

    @Test
    void secretHeadersAndSecretQueryValuesNeverReachTheLog() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Set-Cookie", "session=cookie-secret")
                .setHeader("X-Request-Id", "req-9").body("{\"access_token\":\"issued-secret\",\"name\":\"n\"}").build());
        try (ApiClient client = TestClientBuilder.against(server, new RecordingSleeper())
                .authenticator(new BearerTokenAuthenticator(new StaticTokenProvider("bearer-secret")))
                .defaultHeader("X-Api-Key", "key-secret").build()) {
            client.execute(ApiRequest.builder(HttpMethod.POST, "/items")
                    .query("access_token", "query-secret").query("page", 2)
                    .jsonBody(Map.of("password", "body-secret", "name", "visible")).build(), RequestOptions.none());
        }

        String log = log();
        assertThat(log).doesNotContain("bearer-secret", "key-secret", "query-secret", "body-secret",
                "cookie-secret", "issued-secret");
        assertThat(log).contains("--> POST http://" + server.getHostName() + ":" + server.getPort()
                + "/items?access_token=REDACTED&page=2 (attempt 1)");
        assertThat(log).contains("Authorization: REDACTED", "X-Api-Key: REDACTED", "set-cookie: REDACTED");
        assertThat(log).contains("<-- 200 POST", "x-request-id: req-9", "\"name\":\"visible\"", "\"name\":\"n\"");
    }

    @Test
    void bodiesOfCredentialExchangesAreNeverLogged() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"jwtToken\":\"jwt-secret\"}").build());
        try (ApiClient client = TestClientBuilder.against(server, new RecordingSleeper()).build()) {
            client.execute(ApiRequest.builder(HttpMethod.POST, "/signin").authenticated(false).sensitive(true)
                    .jsonBody(Map.of("email", "me@example.com", "pw", "pw-secret")).build(), RequestOptions.none());
        }

        assertThat(log()).doesNotContain("pw-secret", "jwt-secret", "me@example.com")
                .contains("body: (credentials, not logged)");
    }

    @Test
    void retriesAreLoggedWithTheirReason() {
        server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, new RecordingSleeper()).build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items").build(), RequestOptions.none());
        }

        assertThat(log()).contains("Retrying GET", "after HTTP 503 (attempt 1 failed;", "(attempt 2)");
    }

    @Test
    void aLocationHeaderIsLoggedWithItsSecretQueryValuesHidden() {
        server.enqueue(new MockResponse.Builder().code(302)
                .setHeader("Location", "https://elsewhere.example/download?signature=sig-secret&part=1").build());
        try (ApiClient client = TestClientBuilder.against(server, new RecordingSleeper()).build()) {
            catchThrowable(() -> client.execute(ApiRequest.builder(HttpMethod.GET, "/file").build(),
                    RequestOptions.none()));
        }

        assertThat(log()).contains("location: https://elsewhere.example/download?signature=REDACTED&part=1")
                .doesNotContain("sig-secret");
    }
}
