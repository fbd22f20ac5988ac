package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.scp.model.PlannedCompute;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fields an answer carries that BillingPlan 1.0 does not define (a newer API version's, say) are kept, in the order
 * received, as plain Java values ({@code additionalProperties()}), beside the modelled ones.
 */
class UnknownFieldsTest extends WireTestSupport {

    @Test
    void aPlanKeepsTheFieldsThisSdkDoesNotModel() throws Exception {
        enqueue(200, "{\"planned_compute\":{\"id\":\"p-1\",\"server_type\":\"s1v2m4\",\"region_code\":\"kr-west1\","
                + "\"renewal\":{\"auto\":true,\"months\":12}}}");

        PlannedCompute plan = client.plannedComputes().get("p-1");

        take();
        assertThat(plan.serverType()).contains("s1v2m4");
        assertThat(plan.additionalProperties().keySet()).containsExactly("region_code", "renewal");
        assertThat(plan.additionalProperties()).containsEntry("region_code", "kr-west1")
                .containsEntry("renewal", Map.of("auto", true, "months", 12));
    }
}
