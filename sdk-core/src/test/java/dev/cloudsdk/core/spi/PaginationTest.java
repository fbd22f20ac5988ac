package dev.cloudsdk.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.TestClientBuilder;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks each pagination strategy over a real HTTP exchange, the way provider modules use them. */
class PaginationTest {

    private final MockWebServer server = new MockWebServer();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = TestClientBuilder.against(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void enqueue(String json) {
        server.enqueue(new MockResponse.Builder().code(200).body(json).build());
    }

    private JsonNode get(ApiRequest request, RequestOptions options) {
        return client.execute(request, options, TypeRef.of(JsonNode.class));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText())); // a missing node iterates as empty
        return names;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static final RequestOptions OPTIONS = RequestOptions.builder().header("X-Trace", "walk-1").build();

    // Infomaniak style: ?page=N&per_page=2 -> {data, page, pages, total}
    private Page<String> pageNumbered(int page) {
        JsonNode body = get(ApiRequest.builder(HttpMethod.GET, "/clouds").query("page", page).query("per_page", 2)
                .build(), OPTIONS);
        return Pagination.pageNumbered(names(body.path("data")), page, body.get("page").asInt(),
                body.get("pages").asInt(), body.get("total").asLong(), next -> KnownCalls.of(() -> pageNumbered(next)));
    }

    @Test
    void pageNumbersWithAPageCountAreWalkedLazilyWithTheFirstCallsOptions() throws Exception {
        enqueue("{\"data\":[\"a\",\"b\"],\"page\":1,\"pages\":3,\"total\":5}");
        enqueue("{\"data\":[\"c\",\"d\"],\"page\":2,\"pages\":3,\"total\":5}");
        enqueue("{\"data\":[\"e\"],\"page\":3,\"pages\":3,\"total\":5}");

        Page<String> first = pageNumbered(1);
        assertThat(first.pageNumber()).hasValue(1);
        assertThat(first.pageCount()).hasValue(3);
        assertThat(first.totalCount()).hasValue(5);
        Iterator<String> items = first.autoPager().iterator();
        assertThat(items.next()).isEqualTo("a");
        assertThat(items.next()).isEqualTo("b");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(items.next()).isEqualTo("c");
        assertThat(server.getRequestCount()).isEqualTo(2);
        List<String> rest = new ArrayList<>();
        items.forEachRemaining(rest::add);

        assertThat(rest).containsExactly("d", "e");
        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.getTarget()).isEqualTo("/clouds?page=" + page + "&per_page=2");
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("walk-1");
        }
    }

    @Test
    void aServerThatAnswersTheSamePageNumberAgainStopsTheWalk() {
        enqueue("{\"data\":[\"a\"],\"page\":1,\"pages\":5,\"total\":5}");
        enqueue("{\"data\":[\"b\"],\"page\":1,\"pages\":5,\"total\":5}");

        List<String> all = pageNumbered(1).stream().collect(Collectors.toList());

        assertThat(all).containsExactly("a", "b");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    // SCP style: ?page=N&limit=2 -> {contents, current_page, total_pages, total_count} as strings
    private Page<String> pageAndLimit(int page) {
        JsonNode body = get(ApiRequest.builder(HttpMethod.GET, "/computes").query("limit", 2).query("page", page)
                .build(), OPTIONS);
        return Pagination.pageAndLimit(names(body.path("contents")), page, 2, body.path("current_page").asInt(),
                null, body.hasNonNull("total_count") ? body.get("total_count").asLong() : null, next -> KnownCalls.of(() -> pageAndLimit(next)));
    }

    @Test
    void pageAndLimitWithTotalsIsWalkedAcrossThreePages() throws Exception {
        enqueue("{\"contents\":[\"a\",\"b\"],\"current_page\":\"1\",\"total_count\":\"6\"}");
        enqueue("{\"contents\":[\"c\",\"d\"],\"current_page\":\"2\",\"total_count\":\"6\"}");
        enqueue("{\"contents\":[\"e\",\"f\"],\"current_page\":\"3\",\"total_count\":\"6\"}");

        Page<String> first = pageAndLimit(1);
        assertThat(first.offset()).hasValue(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        List<String> all = new ArrayList<>();
        first.autoPager().forEach(all::add);

        assertThat(all).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/computes?limit=2&page=1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/computes?limit=2&page=2");
        assertThat(server.takeRequest().getHeaders().get("X-Trace")).isEqualTo("walk-1");
    }

    // SpaceONE style: body {query:{page:{start,limit}}} -> {results, total_count?}
    private Page<String> offsetAndLimit(long start) {
        JsonNode body = get(ApiRequest.builder(HttpMethod.POST, "/inventory/cloud-service/list")
                .jsonBody(java.util.Map.of("query", java.util.Map.of("page", java.util.Map.of("start", start, "limit", 2))))
                .build(), OPTIONS);
        Long total = body.has("total_count") ? body.get("total_count").asLong() : null;
        return Pagination.offsetAndLimit(names(body.path("results")), start, 2, total, next -> KnownCalls.of(() -> offsetAndLimit(next)));
    }

    @Test
    void startAndLimitWithATotalCountIsWalkedAcrossThreePages() throws Exception {
        enqueue("{\"results\":[\"a\",\"b\"],\"total_count\":5}");
        enqueue("{\"results\":[\"c\",\"d\"],\"total_count\":5}");
        enqueue("{\"results\":[\"e\"],\"total_count\":5}");

        List<String> all = offsetAndLimit(1).stream().collect(Collectors.toList());

        assertThat(all).containsExactly("a", "b", "c", "d", "e");
        assertThat(MAPPER.readTree(server.takeRequest().getBody().utf8()))
                .isEqualTo(MAPPER.readTree("{\"query\":{\"page\":{\"start\":1,\"limit\":2}}}"));
        assertThat(MAPPER.readTree(server.takeRequest().getBody().utf8()))
                .isEqualTo(MAPPER.readTree("{\"query\":{\"page\":{\"start\":3,\"limit\":2}}}"));
        assertThat(MAPPER.readTree(server.takeRequest().getBody().utf8()))
                .isEqualTo(MAPPER.readTree("{\"query\":{\"page\":{\"start\":5,\"limit\":2}}}"));
    }

    @Test
    void anOmittedZeroTotalCountMeansAnEmptyList() {
        enqueue("{}");

        assertThat(offsetAndLimit(1).stream()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    // Omnistrate style: ?nextPageToken=T -> {items, nextPageToken}
    private Page<String> token(String token) {
        JsonNode body = get(ApiRequest.builder(HttpMethod.GET, "/instances").query("nextPageToken", token).build(),
                OPTIONS);
        String next = body.hasNonNull("nextPageToken") ? body.get("nextPageToken").asText() : null;
        return Pagination.token(names(body.path("items")), token, next, following -> KnownCalls.of(() -> token(following)));
    }

    @Test
    void nextPageTokensAreFollowedUntilTheyRunOut() throws Exception {
        enqueue("{\"items\":[\"a\"],\"nextPageToken\":\"t1\"}");
        enqueue("{\"items\":[\"b\"],\"nextPageToken\":\"t2\"}");
        enqueue("{\"items\":[\"c\"],\"nextPageToken\":\"\"}");

        Page<String> first = token(null);
        assertThat(first.nextPageToken()).contains("t1");
        List<String> all = first.stream().collect(Collectors.toList());

        assertThat(all).containsExactly("a", "b", "c");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/instances");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/instances?nextPageToken=t1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/instances?nextPageToken=t2");
    }

    @Test
    void aRepeatedTokenStopsTheWalk() {
        enqueue("{\"items\":[\"a\"],\"nextPageToken\":\"t1\"}");
        enqueue("{\"items\":[\"b\"],\"nextPageToken\":\"t2\"}");
        enqueue("{\"items\":[\"c\"],\"nextPageToken\":\"t1\"}");
        enqueue("{\"items\":[\"never\"],\"nextPageToken\":\"t2\"}");

        List<String> all = token(null).stream().collect(Collectors.toList());

        assertThat(all).containsExactly("a", "b", "c");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aTokenEqualToTheOneJustUsedEndsTheList() {
        enqueue("{\"items\":[\"a\"],\"nextPageToken\":\"t1\"}");
        enqueue("{\"items\":[\"b\"],\"nextPageToken\":\"t1\"}");

        Page<String> second = token(null).nextPage();

        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.autoPager()).containsExactly("b");
    }

    @Test
    void identicalConsecutivePagesStopTheWalk() {
        enqueue("{\"contents\":[\"a\",\"b\"],\"current_page\":\"1\"}");
        enqueue("{\"contents\":[\"a\",\"b\"]}");

        assertThat(pageAndLimit(1).stream()).containsExactly("a", "b");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
    @Test
    void aServerRepeatingPageTwoAsEveryLaterPageEndsTheWalk() {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String page = request.getUrl().queryParameter("page");
                String items = "1".equals(page) ? "[\"a\",\"b\"]" : "[\"c\",\"d\"]";
                return new MockResponse.Builder().code(200).body("{\"contents\":" + items + ",\"current_page\":\""
                        + page + "\",\"total_count\":\"1000\"}").build();
            }
        });

        List<String> all = pageAndLimit(1).stream().limit(50).collect(Collectors.toList());

        assertThat(all).containsExactly("a", "b", "c", "d");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
