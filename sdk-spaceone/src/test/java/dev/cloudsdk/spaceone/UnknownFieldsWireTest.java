package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.spaceone.model.CloudService;
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
}
