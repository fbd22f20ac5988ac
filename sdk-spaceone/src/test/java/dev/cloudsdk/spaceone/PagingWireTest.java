package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.Query;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Lists page with {@code query.page} and {@code total_count}, reusing the first call's options. */
class PagingWireTest extends WireTest {

    private static String page(int total, String... ids) {
        String results = List.of(ids).stream().map(id -> "{'cloud_service_id':'" + id + "'}")
                .collect(Collectors.joining(","));
        return "{'results':[" + results + "]" + (total > 0 ? ",'total_count':" + total : "") + "}";
    }

    private static ListCloudServicesParams queried(int limit) {
        return ListCloudServicesParams.builder()
                .query(Query.builder().filter(Filter.eq("provider", "aws")).page(1, limit).build()).build();
    }

    private void assertPageRequested(long start, int limit, String header) throws InterruptedException {
        RecordedRequest request = take();
        assertJsonBody(request, "POST", "/inventory/v1/cloud-services/search", "{'domain_id':'domain-1','query':"
                + "{'filter':[{'k':'provider','v':'aws','o':'eq'}],'page':{'start':" + start + ",'limit':" + limit
                + "}}}");
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo(header);
    }

    @Test
    void walksEveryPageUntilTheTotalWithTheFirstCallsOptions() throws Exception {
        enqueue(page(5, "a", "b"));
        enqueue(page(5, "c", "d"));
        enqueue(page(5, "e"));
        RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();

        Page<CloudService> first = client(Dialect.REST).inventory().cloudServices().list(queried(2), options);
        List<String> ids = first.stream().map(CloudService::cloudServiceId).collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c", "d", "e");
        assertThat(first.totalCount()).hasValue(5);
        assertThat(first.offset()).hasValue(1);
        assertPageRequested(1, 2, "t-1");
        assertPageRequested(3, 2, "t-1");
        assertPageRequested(5, 2, "t-1");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aServerThatOmitsTotalCountIsPagedUntilAShortPage() throws Exception {
        enqueue(page(0, "a", "b"));
        enqueue(page(0, "c"));

        List<String> ids = client(Dialect.REST).inventory().cloudServices().list(queried(2), RequestOptions.builder()
                .header("X-Trace", "t-2").build()).stream().map(CloudService::cloudServiceId)
                .collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c");
        assertPageRequested(1, 2, "t-2");
        assertPageRequested(3, 2, "t-2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anEmptyListWithoutTotalCountIsOnePage() throws Exception {
        enqueue("{}");

        Page<CloudService> page = client(Dialect.REST).inventory().cloudServices().list(queried(2));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void aCappedPlainListContinuesWithQueryPages() throws Exception {
        enqueue(page(5, "a", "b"));
        enqueue(page(5, "c", "d"));
        enqueue(page(5, "e"));

        List<String> ids = client(Dialect.REST).inventory().cloudServices().list().stream()
                .map(CloudService::cloudServiceId).collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c", "d", "e");
        assertNoBody(take(), "GET", "/inventory/v1/cloud-services?domain_id=domain-1");
        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services/search",
                "{'domain_id':'domain-1','query':{'page':{'start':3,'limit':2}}}");
        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services/search",
                "{'domain_id':'domain-1','query':{'page':{'start':5,'limit':2}}}");
    }

    @Test
    void consolePagesCarryTheQueryInTheBody() throws Exception {
        enqueue(page(3, "a", "b"));
        enqueue(page(3, "c"));

        List<String> ids = client(Dialect.CONSOLE).inventory().cloudServices().list(queried(2)).stream()
                .map(CloudService::cloudServiceId).collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c");
        assertJsonBody(take(), "POST", "/inventory/cloud-service/list", "{'domain_id':'domain-1','query':"
                + "{'filter':[{'k':'provider','v':'aws','o':'eq'}],'page':{'start':1,'limit':2}}}");
        assertJsonBody(take(), "POST", "/inventory/cloud-service/list", "{'domain_id':'domain-1','query':"
                + "{'filter':[{'k':'provider','v':'aws','o':'eq'}],'page':{'start':3,'limit':2}}}");
    }
}
