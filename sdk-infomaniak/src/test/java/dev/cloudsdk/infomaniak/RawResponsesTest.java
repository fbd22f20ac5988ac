package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.withRawResponse()}: the same calls on the wire, answered with status, headers and request id. */
class RawResponsesTest {

    private static final String CLOUD = WireSupport.fixture("public-cloud.json");

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    private void enqueue(int status, String requestId, String body) {
        wire.server.enqueue(new MockResponse.Builder().code(status).headers(new Headers.Builder()
                .add("Content-Type", "application/json").add("X-Request-Id", requestId)
                .add("X-Rate-Limit", "60").add("X-Rate-Limit", "59").build()).body(body).build());
    }

    @Test
    void aRawGetSendsTheSameRequestAndParsesTheUsualModel() {
        enqueue(200, "req-get", "{\"result\":\"success\",\"data\":" + CLOUD + "}");

        RawResponse<PublicCloud> raw = wire.client.withRawResponse().cloud().get(1332);

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/1/public_clouds/1332");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + WireSupport.TOKEN);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-get");
        assertThat(raw.headers().get("x-rate-limit")).containsExactly("60", "59");
        assertThat(raw.header("Content-Type")).contains("application/json");
        assertThat(raw.parse().id()).isEqualTo(1332);
        assertThat(raw.parse()).isSameAs(raw.parse());
    }

    @Test
    void aRawListGivesTheFirstPageWhichPagesOnTheUsualWay() {
        for (int n = 1; n <= 2; n++) {
            enqueue(200, "req-page-" + n, "{\"result\":\"success\",\"data\":[" + CLOUD.replace("\"id\": 1332",
                    "\"id\": " + n) + "],\"total\":2,\"page\":" + n + ",\"pages\":2}");
        }
        RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();

        RawResponse<Page<PublicCloud>> raw = wire.client.withRawResponse().cloud().list(42, options);

        assertThat(raw.requestId()).contains("req-page-1");
        Page<PublicCloud> first = raw.parse();
        assertThat(first.items()).extracting(PublicCloud::id).containsExactly(1L);
        assertThat(first.rawResponse()).containsSame(raw);
        Page<PublicCloud> second = first.nextPage();
        assertThat(second.items()).extracting(PublicCloud::id).containsExactly(2L);
        assertThat(second.rawResponse()).hasValueSatisfying(response ->
                assertThat(response.requestId()).contains("req-page-2"));
        assertThat(second.hasNextPage()).isFalse();
        assertThat(wire.take().getUrl().encodedQuery()).isEqualTo("account_id=42&page=1");
        RecordedRequest next = wire.take();
        assertThat(next.getUrl().encodedQuery()).isEqualTo("account_id=42&page=2");
        assertThat(next.getHeaders().get("X-Trace")).isEqualTo("t-1");
    }

    @Test
    void anAcceptedAnswerWithoutBodyTellsItsStatusAndFailsOnlyWhenParsed() {
        enqueue(202, "req-accepted", "");

        RawResponse<ApiResult<Boolean>> raw = wire.client.withRawResponse().cloud()
                .update(1332, UpdatePublicCloudRequest.builder().description("prod").build(), RequestOptions.none());

        assertThat(wire.take().getMethod()).isEqualTo("PATCH");
        assertThat(raw.statusCode()).isEqualTo(202);
        assertThat(raw.requestId()).contains("req-accepted");
        assertThatThrownBy(raw::parse).isInstanceOf(ResponseDecodingException.class);
    }

    @Test
    void anErrorEnvelopeIsThrownTypedByTheRawCall() {
        enqueue(200, "req-error", "{\"result\":\"error\",\"error\":{\"code\":\"object_not_found\","
                + "\"description\":\"Gone\"}}");

        assertThatThrownBy(() -> wire.client.withRawResponse().cloud().get(1332, RequestOptions.none()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.requestId()).contains("req-error");
                });
    }

    @Test
    void argumentsAreCheckedBeforeAnyCallAsInTheNormalView() {
        assertThatThrownBy(() -> wire.client.withRawResponse().cloud().get(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publicCloudId");
        assertThatThrownBy(() -> wire.client.withRawResponse().cloud().projects().list(1, (RequestOptions) null))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThat(wire.server.getRequestCount()).isZero();
        assertThat(wire.client.withRawResponse().cloud().kubernetes())
                .isSameAs(wire.client.cloud().kubernetes().withRawResponse());
    }
}
