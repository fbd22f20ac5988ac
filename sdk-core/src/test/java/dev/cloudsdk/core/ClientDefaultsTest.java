package dev.cloudsdk.core;

import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A view made by {@code withDefaults} (what the clients' {@code withOptions} returns) changes only defaults. */
class ClientDefaultsTest {

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/things").query("page", "1").operation("things.list").build();
    }

    @Test
    void theViewSendsItsDefaultsAndACallsOwnOptionsStillWin() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            ApiClient view = client.withDefaults(options -> options.header("X-Team", "billing")
                    .header("X-Debug", "0").queryParameter("with", "tags"));

            view.execute(get(), RequestOptions.none());
            view.execute(get(), RequestOptions.builder().header("X-Debug", "1").queryParameter("lang", "en").build());
            client.execute(get(), RequestOptions.none());
        }

        RecordedRequest first = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/things?page=1&with=tags");
        assertThat(first.getHeaders().get("X-Team")).isEqualTo("billing");
        assertThat(first.getHeaders().get("X-Debug")).isEqualTo("0");
        RecordedRequest second = server.takeRequest();
        assertThat(second.getTarget()).isEqualTo("/things?page=1&with=tags&lang=en");
        assertThat(second.getHeaders().get("X-Debug")).isEqualTo("1");
        RecordedRequest original = server.takeRequest();
        assertThat(original.getTarget()).isEqualTo("/things?page=1");
        assertThat(original.getHeaders().get("X-Team")).isNull();
    }

    @Test
    void theViewsRetryBudgetAppliesUnlessACallSetsItsOwn() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).build());
        }
        try (ApiClient client = TestClientBuilder.against(server, sleeper).maxRetries(2).build()) {
            ApiClient noRetries = client.withDefaults(options -> options.maxRetries(0));

            assertThatThrownBy(() -> noRetries.execute(get(), RequestOptions.none()))
                    .isInstanceOf(InternalServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);

            assertThatThrownBy(() -> noRetries.execute(get(), RequestOptions.builder().maxRetries(2).build()))
                    .isInstanceOf(InternalServerException.class);
            assertThat(server.getRequestCount()).isEqualTo(4);
        }
    }

    @Test
    void defaultsAccumulateFromViewToView() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            ApiClient view = client.withDefaults(options -> options.header("X-One", "1"))
                    .withDefaults(options -> options.header("X-Two", "2").timeout(Duration.ofSeconds(3)));

            view.execute(get(), RequestOptions.none());
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-One")).isEqualTo("1");
        assertThat(request.getHeaders().get("X-Two")).isEqualTo("2");
    }

    @Test
    void closingTheViewDoesNothingAndClosingTheClientEndsBoth() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        ApiClient client = TestClientBuilder.against(server, sleeper).build();
        ApiClient view = client.withDefaults(options -> options.header("X-Team", "billing"));

        view.close();
        client.execute(get(), RequestOptions.none());
        client.close();

        assertThatThrownBy(() -> view.execute(get(), RequestOptions.none()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsRefusedAsADefault() {
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            assertThatThrownBy(() -> client.withDefaults(options -> options.idempotencyKey("k-1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
            assertThatThrownBy(() -> client.withDefaults(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void optionsOverDefaultsKeepTheirOwnValuesAndFillTheRest() {
        RequestOptions defaults = RequestOptions.builder().timeout(Duration.ofSeconds(9)).maxRetries(5)
                .header("A", "default").header("B", "default").queryParameter("q", "1").build();
        RequestOptions call = RequestOptions.builder().maxRetries(1).header("B", "call").queryParameter("r", "2")
                .idempotencyKey("k").build();

        RequestOptions combined = call.withDefaults(defaults);

        assertThat(combined.timeout()).contains(Duration.ofSeconds(9));
        assertThat(combined.maxRetries()).hasValue(1);
        assertThat(combined.extraHeaders()).containsExactly(Map.entry("A", "default"),
                Map.entry("B", "call"));
        assertThat(combined.extraQuery()).extracting(Map.Entry::getKey).containsExactly("q", "r");
        assertThat(combined.idempotencyKey()).contains("k");
        assertThat(call.withDefaults(RequestOptions.none())).isSameAs(call);
    }

    @Test
    void bodyPropertiesCombineKeepTheirOrderAndPrintOnlyTheirNames() {
        RequestOptions defaults = RequestOptions.builder().bodyProperty("a", 1).bodyProperty("b", "default").build();
        RequestOptions call = RequestOptions.builder().bodyProperty("b", "secret-value").bodyProperty("c", null)
                .build();

        RequestOptions combined = call.withDefaults(defaults);

        assertThat(combined.extraBodyProperties().keySet()).containsExactly("a", "b", "c");
        assertThat(combined.extraBodyProperties()).containsEntry("b", "secret-value").containsEntry("c", null);
        assertThat(combined.toString()).contains("extraBodyProperties=[a, b, c]").doesNotContain("secret-value");
        assertThatThrownBy(() -> RequestOptions.builder().bodyProperty(" ", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("body property name must not be blank");
    }
}
