package dev.cloudsdk.testkit;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeApiServerTest {

    /** A tiny fake: a keyed store behind a bearer check. */
    static final class FakeStore extends FakeApiServer {
        final Map<String, String> items = new java.util.concurrent.ConcurrentHashMap<>();

        FakeStore() {
            route("GET", "/items/{id}", request -> {
                String value = items.get(request.pathVariable("id"));
                return value == null ? FakeResponse.json(404, Map.of("message", "missing"))
                        : FakeResponse.ok(new java.util.TreeMap<>(Map.of("id", request.pathVariable("id"), "value", value)));
            });
            route("PUT", "/items/{id}", request -> {
                items.put(request.pathVariable("id"), request.bodyJson().path("value").asText());
                return FakeResponse.empty(204);
            });
            route("GET", "/search", request -> FakeResponse.ok(new java.util.TreeMap<>(Map.of("echo", request.bodyText(),
                    "q", request.query().getOrDefault("q", List.of())))));
            listen();
        }

        @Override
        protected Optional<FakeResponse> authenticate(FakeRequest request) {
            return request.header("Authorization").filter("Bearer good"::equals).isPresent()
                    ? Optional.empty()
                    : Optional.of(FakeResponse.json(401, Map.of("message", "bad token")));
        }
    }

    static final class Builder extends SdkClientBuilder<Builder, ApiClient> {
        String token = "good";
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public ApiClient build() {
            sleeper(sleeps::add);
            RequestAuthenticator auth = (OutgoingRequest request) -> request.setHeader("Authorization", "Bearer " + token);
            return ApiClient.builder(buildConfig("http://unused"), "test").authenticator(auth).build();
        }
    }

    private final FakeStore fake = new FakeStore();

    @AfterEach
    void stop() {
        fake.close();
    }

    private ApiResponse put(ApiClient client, String id, String value) {
        return client.execute(ApiRequest.builder(HttpMethod.PUT, "/items/{id}").pathParameter("id", id)
                .jsonBody(Map.of("value", value)).build(), RequestOptions.none());
    }

    private String get(ApiClient client, String id) {
        return client.execute(ApiRequest.builder(HttpMethod.GET, "/items/{id}").pathParameter("id", id).build(),
                RequestOptions.none()).bodyAsString();
    }

    @Test
    void routesKeepStateAndDecodePathVariables() {
        try (ApiClient client = new Builder().baseUrl(fake.baseUrl()).build()) {
            assertThat(put(client, "a/b c", "v1").statusCode()).isEqualTo(204);
            assertThat(get(client, "a/b c")).isEqualTo("{\"id\":\"a/b c\",\"value\":\"v1\"}");
            assertThat(fake.lastRequest().encodedPath()).isEqualTo("/items/a%2Fb%20c");
            assertThatThrownBy(() -> get(client, "nope")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aGetWithABodyIsReceivedWithItsBody() {
        try (ApiClient client = new Builder().baseUrl(fake.baseUrl()).build()) {
            String answer = client.execute(ApiRequest.builder(HttpMethod.GET, "/search").query("q", "x")
                    .jsonBody(Map.of("pageSize", 2)).build(), RequestOptions.none()).bodyAsString();

            assertThat(answer).isEqualTo("{\"echo\":\"{\\\"pageSize\\\":2}\",\"q\":[\"x\"]}");
            assertThat(fake.lastRequest().method()).isEqualTo("GET");
        }
    }

    @Test
    void theAuthCheckRejectsBadCredentials() {
        Builder builder = new Builder();
        builder.token = "bad";
        try (ApiClient client = builder.baseUrl(fake.baseUrl()).build()) {
            assertThatThrownBy(() -> get(client, "a")).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void injectedFailuresAreRetriedThroughBySdkRetries() {
        fake.faults().failNextWithRetryAfter(1, 503, "2").dropNext(1);
        Builder builder = new Builder();
        try (ApiClient client = builder.baseUrl(fake.baseUrl()).build()) {
            put(client, "k", "v");
            assertThat(get(client, "k")).contains("\"value\":\"v\"");
            assertThat(builder.sleeps.get(0)).isEqualTo(Duration.ofSeconds(2));
            assertThat(fake.requests()).hasSize(4);
        }
    }

    @Test
    void failuresBeyondTheRetryBudgetSurface() {
        fake.faults().failNext(3, 500);
        try (ApiClient client = new Builder().baseUrl(fake.baseUrl()).build()) {
            assertThatThrownBy(() -> get(client, "k")).isInstanceOf(InternalServerException.class);
        }
        fake.faults().clear();
        fake.faults().dropNext(3);
        try (ApiClient client = new Builder().baseUrl(fake.baseUrl()).build()) {
            assertThatThrownBy(() -> get(client, "k")).isInstanceOf(ApiConnectionException.class);
        }
    }

    @Test
    void aDelayedAnswerHitsTheTotalTimeout() {
        fake.faults().delayNext(1, Duration.ofSeconds(3));
        try (ApiClient client = new Builder().baseUrl(fake.baseUrl()).callTimeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> get(client, "k")).isInstanceOf(ApiTimeoutException.class);
        }
    }

    @Test
    void environmentLookupsPreferSystemProperties() {
        Environment env = Environment.of(Map.of("A", "1", "BLANK", " "));
        assertThat(env.get("A")).contains("1");
        assertThat(env.get("BLANK")).isEmpty();
        assertThatThrownBy(() -> env.require("MISSING")).hasMessageContaining("MISSING is not set");
    }
}
