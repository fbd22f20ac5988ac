package dev.cloudsdk.core;

import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.json.Widget;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import dev.cloudsdk.core.spi.ResponseHandler;
import dev.cloudsdk.core.spi.ResponseHandlers;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ApiClient#executeRaw}, {@link PreparedCall} and {@link RawResponse}: the answer before it is decoded. */
class RawResponseTest {

    private static final TypeRef<Widget> WIDGET = TypeRef.of(Widget.class);

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = TestClientBuilder.against(server, sleeper).maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static ApiRequest get(String path) {
        return ApiRequest.builder(HttpMethod.GET, path).operation("widgets.get").build();
    }

    @Test
    void statusHeadersAndRequestIdComeAtOnceAndTheBodyIsDecodedOnceOnParse() {
        server.enqueue(new MockResponse.Builder().code(200)
                .headers(new Headers.Builder().add("X-Request-Id", "req-1").add("X-Multi", "a")
                        .add("X-Multi", "b").build())
                .body("{\"id\": 7, \"name\": \"seven\"}").build());
        AtomicInteger decodes = new AtomicInteger();
        ResponseHandler<Widget> counting = ResponseHandlers.body(WIDGET).map(widget -> {
            decodes.incrementAndGet();
            return widget;
        });

        RawResponse<Widget> raw = client.executeRaw(get("/widgets/7"), RequestOptions.none(), counting);

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-1");
        assertThat(raw.headers().get("x-multi")).containsExactly("a", "b");
        assertThat(raw.header("X-MULTI")).contains("a");
        assertThat(raw.header("x-absent")).isEmpty();
        assertThat(decodes).hasValue(0);
        Widget first = raw.parse();
        assertThat(first.id()).isEqualTo(7);
        assertThat(first.name()).contains("seven");
        assertThat(raw.parse()).isSameAs(first);
        assertThat(decodes).hasValue(1);
    }

    @Test
    void threadsParsingAtOnceDecodeOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\": 1}").build());
        AtomicInteger decodes = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(1);
        RawResponse<Widget> raw = client.executeRaw(get("/widgets/1"), RequestOptions.none(),
                ResponseHandlers.body(WIDGET).map(widget -> {
                    decodes.incrementAndGet();
                    return widget;
                }));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Widget>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    ready.await();
                    return raw.parse();
                }));
            }
            ready.countDown();
            Widget first = results.get(0).get();
            for (Future<Widget> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(decodes).hasValue(1);
    }

    @Test
    void aBodyThatDoesNotFitFailsOnParseEveryTimeNotOnTheCall() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-2")
                .body("{\"id\": \"not a number\", \"secret\": \"s3cr3t\"}").build());

        RawResponse<Widget> raw = client.executeRaw(get("/widgets/2"), RequestOptions.none(),
                ResponseHandlers.body(WIDGET));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-2");
        ResponseDecodingException first = org.junit.jupiter.api.Assertions.assertThrows(
                ResponseDecodingException.class, raw::parse);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.requestId()).contains("req-2");
        assertThatThrownBy(raw::parse).isSameAs(first);
    }

    @Test
    void anErrorAnswerIsThrownTypedByTheCallItself() {
        server.enqueue(new MockResponse.Builder().code(404).addHeader("X-Request-Id", "req-3")
                .body("{\"message\": \"no such widget\"}").build());

        assertThatThrownBy(() -> client.executeRaw(get("/widgets/3"), RequestOptions.none(),
                ResponseHandlers.body(WIDGET)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.requestId()).contains("req-3");
                });
    }

    @Test
    void anAcceptedAnswerWithoutBodyStillTellsItsStatus() {
        server.enqueue(new MockResponse.Builder().code(202).addHeader("Location", "/jobs/9").build());
        server.enqueue(new MockResponse.Builder().code(202).build());
        PreparedCall<Void> nothing = client.prepare(ApiRequest.builder(HttpMethod.POST, "/widgets/4/start").build(),
                RequestOptions.none(), ResponseHandlers.none());

        RawResponse<Void> raw = nothing.executeRaw();
        assertThat(raw.statusCode()).isEqualTo(202);
        assertThat(raw.header("location")).contains("/jobs/9");
        assertThat(raw.parse()).isNull();

        RawResponse<Widget> expectingABody = client.executeRaw(get("/widgets/4"), RequestOptions.none(),
                ResponseHandlers.body(WIDGET));
        assertThat(expectingABody.statusCode()).isEqualTo(202);
        assertThatThrownBy(expectingABody::parse).isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("has no body");
    }

    @Test
    void aPreparedCallRunsEitherWayAndEachRunIsANewCall() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\": 5}").build());
        server.enqueue(new MockResponse.Builder().code(201).body("{\"id\": 6}").build());
        PreparedCall<Widget> call = client.prepare(get("/widgets/5"), RequestOptions.none(), WIDGET);

        assertThat(call.execute().id()).isEqualTo(5);
        RawResponse<Widget> raw = call.executeRaw();
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.parse().id()).isEqualTo(6);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(call.request().operation()).isEqualTo("widgets.get");
        assertThat(call.options()).isSameAs(RequestOptions.none());
    }

    @Test
    void aRawListGivesAPageThatKnowsItsResponseAndPagesOnTheUsualWay() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "page-1")
                .body("[{\"id\": 1}, {\"id\": 2}]").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "page-2")
                .body("[{\"id\": 3}]").build());

        RawResponse<Page<Widget>> raw = listCall(1).executeRaw();
        assertThat(raw.requestId()).contains("page-1");
        Page<Widget> first = raw.parse();
        assertThat(first.items()).extracting(Widget::id).containsExactly(1L, 2L);
        assertThat(first.rawResponse()).containsSame(raw);

        Page<Widget> second = first.nextPage();
        assertThat(second.items()).extracting(Widget::id).containsExactly(3L);
        assertThat(second.rawResponse()).hasValueSatisfying(response -> {
            assertThat(response.requestId()).contains("page-2");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.parse()).isSameAs(second);
        });
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(Page.single(List.of()).rawResponse()).isEmpty();
    }

    private PreparedCall<Page<Widget>> listCall(int page) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/widgets").query("page", page).build();
        return client.prepare(request, RequestOptions.none(), ResponseHandlers.body(new TypeRef<List<Widget>>() {
        }).map(items -> Pagination.pageNumbered(items, page, null, 2, null, this::listCall)));
    }

    @Test
    void toStringShowsStatusAndRequestIdButNeitherBodyNorHeaderValues() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-6")
                .addHeader("Set-Cookie", "session=abc").body("{\"id\": 6, \"name\": \"password=hunter2\"}").build());

        RawResponse<Widget> raw = client.executeRaw(get("/widgets/6"), RequestOptions.none(),
                ResponseHandlers.body(WIDGET));

        assertThat(raw.toString()).isEqualTo("RawResponse{status=200, requestId=req-6}")
                .doesNotContain("hunter2").doesNotContain("abc");
    }

    @Test
    void cannedResponsesForStubs() {
        ApiResponse answer = new ApiResponse(200, Map.of("x-request-id", List.of("canned")), new byte[0]);
        assertThat(RawResponse.parsed(answer, "value").parse()).isEqualTo("value");
        assertThat(RawResponse.of(answer, () -> 42).parse()).isEqualTo(42);
        assertThat(RawResponse.of(answer, () -> 42).requestId()).contains("canned");
        assertThat(RawResponse.parsed(new ApiResponse(204, Map.of(), null), null).toString())
                .isEqualTo("RawResponse{status=204}");
    }
}
