package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.CreateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.Query;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** {@code client.async()}: the same RPCs on the wire as the blocking view, answered with futures. */
class AsyncWireTest extends WireTest {

    private static final String CLOUD_SERVICE = "{'cloud_service_id':'cloud-svc-1','provider':'aws',"
            + "'state':'ACTIVE','tags':{'env':'prod'}}";

    private static String page(int total, String... ids) {
        String results = List.of(ids).stream().map(id -> "{'cloud_service_id':'" + id + "'}")
                .collect(Collectors.joining(","));
        return "{'results':[" + results + "],'total_count':" + total + "}";
    }

    private static ListCloudServicesParams queried(int limit) {
        return ListCloudServicesParams.builder()
                .query(Query.builder().filter(Filter.eq("provider", "aws")).page(1, limit).build()).build();
    }

    private void assertPageRequested(long start, int limit) throws InterruptedException {
        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services/search", "{'domain_id':'domain-1','query':"
                + "{'filter':[{'k':'provider','v':'aws','o':'eq'}],'page':{'start':" + start + ",'limit':" + limit
                + "}}}");
    }

    @Test
    void anAsyncRestGetSendsTheUsualRequestAndGivesTheCloudService() throws Exception {
        enqueue(CLOUD_SERVICE);

        CloudService service = client(Dialect.REST).async().inventory().cloudServices()
                .get("cloud svc/1", List.of("data", "tags")).join();

        assertNoBody(take(), "GET",
                "/inventory/v1/cloud-service/cloud%20svc%2F1?only=data&only=tags&domain_id=domain-1");
        assertThat(service.cloudServiceId()).isEqualTo("cloud-svc-1");
        assertThat(service.provider()).contains("aws");
        assertThat(service.tags()).containsEntry("env", "prod");
    }

    @Test
    void anAsyncConsoleGetPostsTheMessage() throws Exception {
        enqueue(CLOUD_SERVICE);

        CloudService service = client(Dialect.CONSOLE).async().inventory().cloudServices()
                .get("cloud-svc-1", RequestOptions.builder().header("X-Trace", "t-0").build()).join();

        var request = take();
        assertJsonBody(request, "POST", "/inventory/cloud-service/get",
                "{'cloud_service_id':'cloud-svc-1','domain_id':'domain-1'}");
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-0");
        assertThat(service.state()).contains("ACTIVE");
    }

    @Test
    void anAsyncListGivesAnAsyncPageWhoseNextPageAsksForTheFollowingOffset() throws Exception {
        enqueue(page(3, "a", "b"));
        enqueue(page(3, "c"));

        AsyncPage<CloudService> first = client(Dialect.REST).async().inventory().cloudServices().list(queried(2))
                .join();

        assertThat(first.items()).extracting(CloudService::cloudServiceId).containsExactly("a", "b");
        assertThat(first.totalCount()).hasValue(3);
        assertThat(first.hasNextPage()).isTrue();
        AsyncPage<CloudService> second = first.nextPage().join();
        assertThat(second.items()).extracting(CloudService::cloudServiceId).containsExactly("c");
        assertThat(second.hasNextPage()).isFalse();
        assertPageRequested(1, 2);
        assertPageRequested(3, 2);
    }

    @Test
    void theAutoPagerWalksEveryPageWithTheFirstCallsOptions() throws Exception {
        enqueue(page(5, "a", "b"));
        enqueue(page(5, "c", "d"));
        enqueue(page(5, "e"));
        List<String> ids = new CopyOnWriteArrayList<>();

        client(Dialect.REST).async().inventory().cloudServices()
                .list(queried(2), RequestOptions.builder().header("X-Trace", "t-1").build())
                .thenCompose(page -> page.autoPager().forEach(service -> ids.add(service.cloudServiceId())))
                .join();

        assertThat(ids).containsExactly("a", "b", "c", "d", "e");
        for (int start = 1; start <= 5; start += 2) {
            var request = take();
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
            assertThat(request.getBody().utf8()).contains("\"page\":{\"start\":" + start + ",\"limit\":2}");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anAsyncCreatePostsTheMessage() throws Exception {
        enqueue(CLOUD_SERVICE);

        CloudService created = client(Dialect.REST).async().inventory().cloudServices().create(CreateCloudServiceRequest
                .builder().cloudServiceType("Bucket").provider("gcp").putTags("env", "prod").build()).join();

        assertJsonBody(take(), "POST", "/inventory/v1/cloud-services", "{'cloud_service_type':'Bucket',"
                + "'provider':'gcp','data':{},'tags':{'env':'prod'},'domain_id':'domain-1'}");
        assertThat(created.cloudServiceId()).isEqualTo("cloud-svc-1");
    }

    @Test
    void anAsyncDataSourceGetGoesThroughTheBillingView() throws Exception {
        enqueue("{'data_source_id':'ds-1','name':'AWS costs'}");

        DataSource source = client(Dialect.CONSOLE).async().billing().dataSources().get("ds-1").join();

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/get",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
        assertThat(source.name()).contains("AWS costs");
    }

    @Test
    void anAcceptedSyncWithoutBodyCompletesWithNull() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).build());

        CompletableFuture<Void> sync = client(Dialect.REST).async().billing().dataSources().sync("ds-1");

        assertThat(sync.join()).isNull();
        assertJsonBody(take(), "POST", "/billing/v2/data-source/ds-1/sync", "{'domain_id':'domain-1'}");
    }

    @Test
    void anAsyncDeleteCompletesWithNull() throws Exception {
        enqueue("{}");

        assertThat(client(Dialect.REST).async().inventory().cloudServices().delete("cloud-svc-1").join()).isNull();

        assertNoBody(take(), "DELETE", "/inventory/v1/cloud-service/cloud-svc-1?domain_id=domain-1");
    }

    @Test
    void anErrorAnswerFailsTheFutureWithTheTypedException() {
        enqueue(404, "{'error':{'code':'ERROR_NOT_FOUND','message':'Cloud service not found.'}}");

        CompletableFuture<CloudService> future = client(Dialect.REST).async().inventory().cloudServices().get("x");

        assertThatThrownBy(future::join).hasCauseInstanceOf(NotFoundException.class);
        assertThatThrownBy(future::join).cause().isInstanceOfSatisfying(ApiException.class, error -> {
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.code()).contains("ERROR_NOT_FOUND");
        });
    }

    @Test
    void aBadArgumentThrowsAtOnceAndSendsNothing() {
        SpaceOneClient client = client(Dialect.REST);

        assertThatThrownBy(() -> client.async().inventory().cloudServices().get(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloudServiceId");
        assertThatThrownBy(() -> client.async().inventory().cloudServices().pinData("cloud-svc-1", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys");
        assertThatThrownBy(() -> client.async().billing().dataSources().sync("ds-1", null, RequestOptions.none()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> client.async().billing().dataSources().list((ListDataSourcesParams) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("params");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theViewsAreCreatedOnceAndReachedFromTheClientAndTheServices() {
        SpaceOneClient client = client(Dialect.REST);

        assertThat(client.async()).isSameAs(client.async());
        assertThat(client.async().inventory()).isSameAs(client.inventory().async());
        assertThat(client.async().billing()).isSameAs(client.billing().async());
        assertThat(client.async().inventory().cloudServices()).isSameAs(client.inventory().cloudServices().async());
        assertThat(client.async().billing().dataSources()).isSameAs(client.billing().dataSources().async());
    }
}
