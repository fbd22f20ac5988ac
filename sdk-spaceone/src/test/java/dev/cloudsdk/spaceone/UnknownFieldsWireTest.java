package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * Fields an answer carries that this SDK version does not model are kept, in the order received, as plain Java values
 * ({@code additionalProperties()}), in both dialects.
 */
class UnknownFieldsWireTest extends WireTest {

    @Test
    void aCloudServiceKeepsTheFieldsThisSdkDoesNotModel() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            enqueue(CloudServicesWireTest.CLOUD_SERVICE);

            CloudService service = client(dialect).inventory().cloudServices().get("cloud-svc-1");

            take();
            assertThat(service.provider()).contains("aws");
            assertThat(service.additionalProperties()).containsEntry("added_later", 1)
                    .doesNotContainKeys("provider", "cloud_service_id", "data");
        }
    }

    @Test
    void aFieldTheSdkDoesNotModelYetIsSentThroughTheCallsOptions() throws Exception {
        enqueue(CloudServicesWireTest.CLOUD_SERVICE);

        client(Dialect.REST).inventory().cloudServices().update("cloud-svc-1",
                UpdateCloudServiceRequest.builder().regionId("region-2").build(),
                RequestOptions.builder().bodyProperty("launched_by", "ci").build());

        assertThat(take().getBody().utf8()).endsWith(",\"launched_by\":\"ci\"}").contains("\"region_id\":\"region-2\"");
    }

    @Test
    void aRequestBuilderTakesFieldsTheSdkDoesNotModelYet() throws Exception {
        enqueue(CloudServicesWireTest.CLOUD_SERVICE);

        client(Dialect.REST).inventory().cloudServices().update("cloud-svc-1", UpdateCloudServiceRequest.builder()
                .regionId("region-2").putAdditionalProperty("launched_by", "ci").build());

        assertThat(take().getBody().utf8()).startsWith("{\"region_id\":\"region-2\",\"launched_by\":\"ci\",");
    }
}
