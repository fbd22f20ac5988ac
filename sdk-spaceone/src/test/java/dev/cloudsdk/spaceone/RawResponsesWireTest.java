package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.Query;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.withRawResponse()}: the same messages on the wire, answered with status, headers and request id. */
class RawResponsesWireTest extends WireTest {

    private void enqueue(int status, String requestId, String body) {
        server.enqueue(new MockResponse.Builder().code(status).headers(new Headers.Builder()
                .add("Content-Type", "application/json").add("X-Request-Id", requestId)
                .add("Cache-Control", "no-store").add("Cache-Control", "private").build()).body(json(body)).build());
    }

    @Test
    void aRawGetSendsTheSameMessageAndParsesTheUsualModel() throws Exception {
        enqueue(200, "req-get", "{'cloud_service_id':'cs-1'}");

        RawResponse<CloudService> raw = client(Dialect.CONSOLE).withRawResponse().inventory().cloudServices()
                .get("cs-1");

        assertJsonBody(take(), "POST", "/inventory/cloud-service/get",
                "{'cloud_service_id':'cs-1','domain_id':'domain-1'}");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-get");
        assertThat(raw.headers().get("cache-control")).containsExactly("no-store", "private");
        assertThat(raw.parse().cloudServiceId()).isEqualTo("cs-1");
    }

    @Test
    void aRawListGivesTheFirstPageWhichPagesOnTheUsualWay() throws Exception {
        enqueue(200, "req-1", "{'results':[{'cloud_service_id':'a'}],'total_count':2}");
        enqueue(200, "req-2", "{'results':[{'cloud_service_id':'b'}],'total_count':2}");
        ListCloudServicesParams params = ListCloudServicesParams.builder()
                .query(Query.builder().filter(Filter.eq("provider", "aws")).page(1, 1).build()).build();

        RawResponse<Page<CloudService>> raw = client(Dialect.REST).withRawResponse().inventory().cloudServices()
                .list(params, RequestOptions.builder().header("X-Trace", "t").build());

        Page<CloudService> first = raw.parse();
        assertThat(first.rawResponse()).containsSame(raw);
        Page<CloudService> second = first.nextPage();
        assertThat(second.items()).extracting(CloudService::cloudServiceId).containsExactly("b");
        assertThat(second.rawResponse()).hasValueSatisfying(response ->
                assertThat(response.requestId()).contains("req-2"));
        take();
        assertThat(take().getHeaders().get("X-Trace")).isEqualTo("t");
    }

    @Test
    void anAcceptedSyncWithoutBodyTellsItsStatus() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).addHeader("X-Request-Id", "req-sync").build());

        RawResponse<Void> raw = client(Dialect.REST).withRawResponse().billing().dataSources().sync("ds-1");

        assertThat(take().getTarget()).isEqualTo("/billing/v2/data-source/ds-1/sync");
        assertThat(raw.statusCode()).isEqualTo(202);
        assertThat(raw.requestId()).contains("req-sync");
        assertThat(raw.parse()).isNull();
    }

    @Test
    void anErrorIsThrownTypedByTheRawCall() {
        enqueue(500, "req-error", "{'error':{'code':'ERROR_NOT_FOUND','message':'gone'}}");
        SpaceOneClient client = client(Dialect.REST);

        assertThatThrownBy(() -> client.withRawResponse().billing().dataSources().get("ds-1", RequestOptions.none()))
                .isInstanceOf(NotFoundException.class);
        assertThat(client.withRawResponse().inventory().cloudServices())
                .isSameAs(client.inventory().cloudServices().withRawResponse());
    }
}
