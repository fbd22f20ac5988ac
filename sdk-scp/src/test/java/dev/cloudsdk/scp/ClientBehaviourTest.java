package dev.cloudsdk.scp;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.GetCancellationFeeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auto-paging, retries with fresh signatures, and argument checks before any network call. */
class ClientBehaviourTest extends WireTestSupport {

    private static String plans(int pages, int page, String... ids) {
        String items = List.of(ids).stream().map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","));
        return "{\"planned_computes\":[" + items + "],\"total_pages\":\"" + pages + "\",\"total_count\":\"5\","
                + "\"current_page\":\"" + page + "\"}";
    }

    @Test
    void autoPagerWalksEveryPageWithTheSameFiltersAndOptions() throws Exception {
        enqueue(200, plans(3, 1, "a", "b"));
        enqueue(200, plans(3, 2, "c", "d"));
        enqueue(200, plans(3, 3, "e"));

        Page<PlannedCompute> first = client.plannedComputes().list(
                ListPlannedComputesParams.builder().limit(2).addStates("ACTIVE").build(),
                RequestOptions.builder().header("X-Trace", "t-1").build());
        List<String> ids = first.stream().map(plan -> plan.id().orElseThrow()).collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c", "d", "e");
        assertThat(first.totalCount()).hasValue(5);
        for (int page = 1; page <= 3; page++) {
            RecordedRequest request = take();
            assertThat(request.getTarget())
                    .isEqualTo("/v1/planned-computes?limit=2&page=" + page + "&state=ACTIVE");
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
            assertSigned(request);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void everyRetryCarriesAFreshTimestampAndSignature() throws Exception {
        client.close();
        AtomicLong now = new AtomicLong(NOW_MILLIS);
        client = clientBuilder().clock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.getAndAdd(1000));
            }
        }).build();
        enqueue(503, "{\"errors\":[{\"code\":\"Unavailable\"}]}");
        enqueue(200, SeedExamples.response("1.10 - ListServiceType"));

        assertThat(client.plannedComputes().serviceTypes()).hasSize(1);

        RecordedRequest first = take();
        RecordedRequest second = take();
        assertSigned(first, Long.toString(NOW_MILLIS));
        assertSigned(second, Long.toString(NOW_MILLIS + 1000));
        assertThat(second.getHeaders().get("Scp-Signature")).isNotEqualTo(first.getHeaders().get("Scp-Signature"));
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() {
        PlannedComputes plans = client.plannedComputes();
        assertThatThrownBy(() -> plans.get(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("plannedComputeId");
        assertThatThrownBy(() -> plans.get(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plannedComputeId");
        assertThatThrownBy(() -> plans.update("id", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("update");
        assertThatThrownBy(() -> plans.list((ListPlannedComputesParams) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("params");
        assertThatThrownBy(() -> plans.serviceTypes(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("options");
        assertThatThrownBy(() -> ListPlannedComputesParams.builder().page(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> ListPlannedComputesParams.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> UpdatePlannedComputeRequest.builder().action(ChangeAction.EXTEND_APPLY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contractType");
        assertThatThrownBy(() -> UpdatePlannedComputeRequest.builder()
                .action(ChangeAction.SERVER_TYPE_CHANGE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("serverType");
        assertThatThrownBy(() -> GetCancellationFeeRequest.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plannedComputeIds");
        assertThatThrownBy(() -> CreatePlannedComputeRequest.builder().serviceId(" ").serverType("s1v1m2")
                .osType(OsType.RHEL).contractType(ContractType.ONE_YEAR).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("serviceId");
        assertThatThrownBy(() -> CreatePlannedComputeRequest.builder().serviceId("VIRTUAL_SERVER")
                .serverType("s1v1m2").contractType(ContractType.ONE_YEAR).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("osType");
        assertThatThrownBy(() -> plans.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("create");
        assertThat(server.getRequestCount()).isZero();
        assertThat(sleeps).isEmpty();
    }
}
