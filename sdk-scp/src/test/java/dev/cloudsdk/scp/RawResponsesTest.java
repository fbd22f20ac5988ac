package dev.cloudsdk.scp;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.withRawResponse()}: the same signed calls, answered with status, headers and request id. */
class RawResponsesTest extends WireTestSupport {

    private void enqueue(int status, String requestId, String body) {
        server.enqueue(new MockResponse.Builder().code(status).headers(new Headers.Builder()
                .add("Content-Type", "application/json").add("X-Request-Id", requestId)
                .add("X-Warning", "one").add("X-Warning", "two").build()).body(body).build());
    }

    @Test
    void aRawGetIsSignedAsUsualAndParsesTheEnvelope() throws Exception {
        enqueue(200, "req-get", "{\"planned_compute\":{\"id\":\"plan-1\",\"server_type\":\"s1v1m2\"}}");

        RawResponse<PlannedCompute> raw = client.withRawResponse().plannedComputes().get("plan-1");

        RecordedRequest request = take();
        assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/plan-1");
        assertSigned(request);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-get");
        assertThat(raw.headers().get("x-warning")).containsExactly("one", "two");
        assertThat(raw.parse().id()).contains("plan-1");
        assertThat(raw.parse().serverType()).contains("s1v1m2");
    }

    @Test
    void aRawListGivesTheFirstPageWhichPagesOnTheUsualWay() throws Exception {
        enqueue(200, "req-1", "{\"planned_computes\":[{\"id\":\"a\"}],\"total_pages\":2,\"current_page\":1}");
        enqueue(200, "req-2", "{\"planned_computes\":[{\"id\":\"b\"}],\"total_pages\":2,\"current_page\":2}");

        RawResponse<Page<PlannedCompute>> raw = client.withRawResponse().plannedComputes()
                .list(ListPlannedComputesParams.builder().limit(1).build(), RequestOptions.none());

        Page<PlannedCompute> first = raw.parse();
        assertThat(first.rawResponse()).containsSame(raw);
        Page<PlannedCompute> second = first.nextPage();
        assertThat(second.items()).extracting(plan -> plan.id().orElseThrow()).containsExactly("b");
        assertThat(second.rawResponse()).hasValueSatisfying(response ->
                assertThat(response.requestId()).contains("req-2"));
        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes?limit=1&page=1");
        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes?limit=1&page=2");
    }

    @Test
    void anAcceptedAnswerWithoutBodyTellsItsStatusAndFailsOnlyWhenParsed() throws Exception {
        enqueue(202, "req-create", "");

        RawResponse<PlannedCompute> raw = client.withRawResponse().plannedComputes()
                .create(CreatePlannedComputeRequest.builder().serviceId("VIRTUAL_SERVER").serverType("s1v1m2")
                        .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build());

        assertThat(take().getMethod()).isEqualTo("POST");
        assertThat(raw.statusCode()).isEqualTo(202);
        assertThat(raw.requestId()).contains("req-create");
        assertThatThrownBy(raw::parse).isInstanceOf(ResponseDecodingException.class);
    }

    @Test
    void anErrorIsThrownTypedByTheRawCall() {
        enqueue(404, "req-404", "{\"code\":\"NOT_FOUND\",\"message\":\"no plan\"}");

        assertThatThrownBy(() -> client.withRawResponse().plannedComputes().get("missing", RequestOptions.none()))
                .isInstanceOf(NotFoundException.class);
        assertThat(client.withRawResponse().plannedComputes()).isSameAs(client.plannedComputes().withRawResponse());
    }
}
