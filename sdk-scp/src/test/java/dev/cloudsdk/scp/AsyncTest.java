package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code client.async()}: the same signed calls as the blocking view, answered with futures. */
class AsyncTest extends WireTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAsyncGetIsSignedLikeABlockingOneAndGivesThePlan() throws Exception {
        enqueue(200, "{\"planned_compute\":{\"id\":\"plan-1\",\"server_type\":\"s1v1m2\"}}");

        CompletableFuture<PlannedCompute> future = client.async().plannedComputes().get("plan 1");

        PlannedCompute plan = future.join();
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/plan%201");
        assertThat(request.getBodySize()).isZero();
        assertSigned(request);
        assertThat(plan.id()).contains("plan-1");
        assertThat(plan.serverType()).contains("s1v1m2");
    }

    @Test
    void anAsyncListGivesAnAsyncPageWhoseNextPageIsSignedWithItsOwnQuery() throws Exception {
        enqueue(200, "{\"planned_computes\":[{\"id\":\"a\"}],\"total_pages\":2,\"current_page\":1}");
        enqueue(200, "{\"planned_computes\":[{\"id\":\"b\"}],\"total_pages\":2,\"current_page\":2}");

        AsyncPage<PlannedCompute> first = client.async().plannedComputes()
                .list(ListPlannedComputesParams.builder().limit(1).addStates("ACTIVE").build()).join();

        assertThat(first.items()).extracting(plan -> plan.id().orElseThrow()).containsExactly("a");
        assertThat(first.pageNumber()).hasValue(1);
        assertThat(first.hasNextPage()).isTrue();
        AsyncPage<PlannedCompute> second = first.nextPage().join();
        assertThat(second.items()).extracting(plan -> plan.id().orElseThrow()).containsExactly("b");
        assertThat(second.hasNextPage()).isFalse();
        RecordedRequest one = take();
        assertThat(one.getTarget()).isEqualTo("/v1/planned-computes?limit=1&page=1&state=ACTIVE");
        assertSigned(one);
        RecordedRequest two = take();
        assertThat(two.getTarget()).isEqualTo("/v1/planned-computes?limit=1&page=2&state=ACTIVE");
        assertSigned(two);
    }

    @Test
    void theAutoPagerWalksEveryPlanWithTheFirstCallsOptions() throws Exception {
        enqueue(200, "{\"planned_computes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total_count\":3}");
        enqueue(200, "{\"planned_computes\":[{\"id\":\"c\"}],\"total_count\":3}");
        List<String> ids = new CopyOnWriteArrayList<>();

        client.async().plannedComputes()
                .list(ListPlannedComputesParams.builder().limit(2).build(),
                        RequestOptions.builder().header("X-Trace", "t-1").build())
                .thenCompose(page -> page.autoPager().forEach(plan -> ids.add(plan.id().orElseThrow())))
                .join();

        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(server.getRequestCount()).isEqualTo(2);
        take();
        RecordedRequest second = take();
        assertThat(second.getTarget()).isEqualTo("/v1/planned-computes?limit=2&page=2");
        assertThat(second.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertSigned(second);
    }

    @Test
    void anAsyncCreatePostsItsBodySigned() throws Exception {
        enqueue(200, "{\"planned_compute\":{\"id\":\"plan-new\"}}");

        PlannedCompute plan = client.async().plannedComputes().create(CreatePlannedComputeRequest.builder()
                .serviceId("VIRTUAL_SERVER").serverType("s1v1m2")
                .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build()).join();

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json.readTree(request.getBody().utf8())).isEqualTo(json.readTree(
                "{\"service_id\":\"VIRTUAL_SERVER\",\"server_type\":\"s1v1m2\",\"os_type\":\"OPEN_SOURCE\","
                        + "\"contract_type\":\"01\",\"tag\":[]}"));
        assertSigned(request);
        assertThat(plan.id()).contains("plan-new");
    }

    @Test
    void anAsyncUpdatePutsItsBodySigned() throws Exception {
        enqueue(200, "{\"planned_compute\":{\"id\":\"plan-1\"}}");

        PlannedCompute plan = client.async().plannedComputes().update("plan-1",
                UpdatePlannedComputeRequest.builder().action(ChangeAction.CONTRACT_CANCEL).build(),
                RequestOptions.none()).join();

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/plan-1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"action\":\"CONTRACT_CANCEL\"}");
        assertSigned(request);
        assertThat(plan.id()).contains("plan-1");
    }

    @Test
    void aRetryOnTheAsyncPathIsSignedAgain() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        enqueue(200, "{\"planned_compute\":{\"id\":\"plan-1\"}}");

        PlannedCompute plan = client.async().plannedComputes().get("plan-1").join();

        assertThat(plan.id()).contains("plan-1");
        assertSigned(take());
        assertSigned(take());
    }

    @Test
    void anErrorAnswerFailsTheFutureWithTheTypedException() {
        enqueue(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no plan\",\"requestId\":\"req-404\"}");

        CompletableFuture<PlannedCompute> future = client.async().plannedComputes().get("missing");

        assertThatThrownBy(future::join).hasCauseInstanceOf(NotFoundException.class);
        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).cause().isInstanceOfSatisfying(ApiException.class, error -> {
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.code()).contains("NOT_FOUND");
            assertThat(error.requestId()).contains("req-404");
        });
    }

    @Test
    void aBadArgumentThrowsAtOnceAndSendsNothing() {
        assertThatThrownBy(() -> client.async().plannedComputes().get(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plannedComputeId");
        assertThatThrownBy(() -> client.async().plannedComputes().update("plan-1", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("update");
        assertThatThrownBy(() -> client.async().plannedComputes().list(ListPlannedComputesParams.builder().build(),
                null)).isInstanceOf(NullPointerException.class).hasMessageContaining("options");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theViewIsCreatedOnceAndReachedFromTheClientAndTheResource() {
        assertThat(client.async()).isSameAs(client.async());
        assertThat(client.async().plannedComputes()).isSameAs(client.plannedComputes().async());
    }
}
