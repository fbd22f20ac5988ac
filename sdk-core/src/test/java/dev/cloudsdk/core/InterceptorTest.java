package dev.cloudsdk.core;

import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.Interceptor;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.internal.http.RawHttpServer;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Interceptors see every attempt, before authentication, and can change what is sent. */
class InterceptorTest {

    private final MockWebServer server = new MockWebServer();
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestClientBuilder builder() {
        return TestClientBuilder.against(server, new RecordingSleeper())
                .authenticator(request -> request.setHeader("Authorization", "Bearer t-" + request.attempt()));
    }

    @Test
    void everyAttemptRunsThroughTheInterceptorsInOrderBeforeAuthentication() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ApiClient client = builder()
                .addInterceptor(chain -> {
                    seen.add("first " + chain.request().attempt() + " " + chain.operation()
                            + " auth=" + chain.request().header("Authorization"));
                    chain.request().setHeader("X-Trace-Id", "trace-" + chain.request().attempt());
                    return chain.proceed(chain.request());
                })
                .addInterceptor(chain -> {
                    ApiResponse response = chain.proceed(chain.request());
                    seen.add("second " + chain.request().header("X-Trace-Id") + " -> " + response.statusCode());
                    return response;
                })
                .build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/items").operation("items.list").build(),
                    RequestOptions.none());
        }

        assertThat(seen).containsExactly("first 1 items.list auth=null", "second trace-1 -> 503",
                "first 2 items.list auth=null", "second trace-2 -> 200");
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeaders().get("X-Trace-Id")).isEqualTo("trace-1");
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer t-1");
        assertThat(second.getHeaders().get("X-Trace-Id")).isEqualTo("trace-2");
    }

    @Test
    void aBodyOnGetRunsThroughTheInterceptorsToo() throws Exception {
        try (RawHttpServer raw = new RawHttpServer(RawHttpServer.answer(
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
             ApiClient client = TestClientBuilder.against(server, new RecordingSleeper()).baseUrl(raw.url(""))
                     .addInterceptor(chain -> {
                         chain.request().setHeader("X-Trace-Id", "get-with-body");
                         return chain.proceed(chain.request());
                     }).build()) {
            client.execute(ApiRequest.builder(HttpMethod.GET, "/search").jsonBody(Map.of("q", "x")).build(),
                    RequestOptions.none());

            assertThat(raw.takeRequest()).contains("GET /search HTTP/1.1").contains("X-Trace-Id: get-with-body")
                    .endsWith("{\"q\":\"x\"}");
        }
    }

    @Test
    void anInterceptorMayAnswerWithoutSending() {
        try (ApiClient client = builder().addInterceptor(chain -> new ApiResponse(200, Map.of(), new byte[] {'1'}))
                .build()) {
            ApiResponse response = client.execute(ApiRequest.builder(HttpMethod.GET, "/cached").build(),
                    RequestOptions.none());

            assertThat(response.bodyAsString()).isEqualTo("1");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aTransportExceptionFromAnInterceptorIsAFailedAttemptThatTheRetryPolicyJudges() {
        int[] calls = {0};
        try (ApiClient client = builder().maxRetries(2).addInterceptor(chain -> {
            calls[0]++;
            throw new TransportException("no network", null, false, false);
        }).build()) {
            Throwable thrown = catchThrowable(() -> client.execute(ApiRequest.builder(HttpMethod.POST, "/x").build(),
                    RequestOptions.none()));

            assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class).hasMessageContaining("no network");
        }
        assertThat(calls[0]).isEqualTo(3);
    }

    @Test
    void errorsStillComeTypedThroughInterceptors() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        Interceptor passThrough = chain -> chain.proceed(chain.request());
        try (ApiClient client = builder().maxRetries(0).addInterceptor(passThrough).build()) {
            assertThat(catchThrowable(() -> client.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(),
                    RequestOptions.none()))).isInstanceOf(InternalServerException.class);
        }
    }
}
