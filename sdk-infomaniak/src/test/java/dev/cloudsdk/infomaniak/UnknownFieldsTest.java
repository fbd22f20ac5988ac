package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fields an answer carries that this SDK version does not model are kept, in the order received, as plain Java values
 * ({@code additionalProperties()}), on every item of a page; the envelope's own fields are not among them. A field the
 * API accepts and the SDK does not model yet goes out through {@code RequestOptions.bodyProperty}.
 */
class UnknownFieldsTest {

    private static final String CLOUD = WireSupport.fixture("public-cloud.json");

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void aFieldTheSdkDoesNotModelYetIsSentThroughTheCallsOptions() throws Exception {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":true}");

        wire.client.cloud().update(1332, UpdatePublicCloudRequest.builder().description("prod").build(),
                RequestOptions.builder().bodyProperty("carbon_budget", Map.of("kg", 12)).build());

        // Taken without the description's check: the field is, by definition, not in it yet.
        RecordedRequest request = wire.server.takeRequest();
        assertThat(WireSupport.body(request)).isEqualTo("{\"description\":\"prod\",\"carbon_budget\":{\"kg\":12}}");
    }

    @Test
    void aBodyFieldOnACallWithoutABodyIsRefusedBeforeSending() {
        assertThatThrownBy(() -> wire.client.cloud().get(1332,
                RequestOptions.builder().bodyProperty("carbon_budget", 12).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bodyProperty(\"carbon_budget\")")
                .hasMessageContaining("needs a JSON body");
        assertThat(wire.server.getRequestCount()).isZero();
    }

    @Test
    void everyItemOfAPageKeepsTheFieldsThisSdkDoesNotModel() {
        String withNewFields = CLOUD.substring(0, CLOUD.lastIndexOf('}'))
                + ",\"carbon_footprint\":{\"kg\":12.5},\"regions\":[\"dc3-a\",\"dc4-a\"]}";
        wire.enqueue(200, "{\"result\":\"success\",\"data\":[" + withNewFields + "," + CLOUD + "],\"total\":2,"
                + "\"page\":1,\"pages\":1,\"next_hint\":\"x\"}");

        Page<PublicCloud> page = wire.client.cloud().list(42);

        wire.take();
        PublicCloud first = page.items().get(0);
        assertThat(first.additionalProperties().keySet()).containsExactly("carbon_footprint", "regions");
        assertThat(first.additionalProperties()).containsEntry("carbon_footprint", Map.of("kg", 12.5))
                .containsEntry("regions", List.of("dc3-a", "dc4-a"));
        assertThat(first.customerName()).isEqualTo(page.items().get(1).customerName());
        assertThat(page.items().get(1).additionalProperties()).isEmpty();
    }

    @Test
    void aRequestBuilderTakesFieldsTheSdkDoesNotModelYet() throws Exception {
        wire.enqueue(200, "{\"result\":\"success\",\"data\":true}");
        Map<String, Object> budget = new java.util.LinkedHashMap<>();
        budget.put("kg", 12);
        UpdatePublicCloudRequest update = UpdatePublicCloudRequest.builder().description("prod")
                .putAdditionalProperty("carbon_budget", budget).putAdditionalProperty("retired_at", null).build();

        wire.client.cloud().update(1332, update);

        // Taken without the description's check: the fields are, by definition, not in it yet.
        RecordedRequest request = wire.server.takeRequest();
        assertThat(WireSupport.body(request))
                .isEqualTo("{\"description\":\"prod\",\"carbon_budget\":{\"kg\":12},\"retired_at\":null}");
        assertThat(update.additionalProperties()).containsKeys("carbon_budget", "retired_at");
        assertThat(update.toString()).doesNotContain("kg").contains("****");
    }
}
