package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.util.Map;
import mockwebserver3.RecordedRequest;
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

    @Test
    void aFieldTheSdkDoesNotModelYetIsSentThroughTheCallsOptions() throws Exception {
        enqueue(200, "{\"planned_compute\":{\"id\":\"p-1\"}}");

        client.plannedComputes().update("p-1", UpdatePlannedComputeRequest.builder()
                .action(ChangeAction.CONTRACT_CANCEL).build(),
                RequestOptions.builder().bodyProperty("reason", "migrated").build());

        RecordedRequest request = take();
        assertThat(request.getBody().utf8()).isEqualTo("{\"action\":\"CONTRACT_CANCEL\",\"reason\":\"migrated\"}");
        received.clear(); // the field is, by definition, not in the description yet: not checked against it
    }

    @Test
    void aRequestBuilderTakesFieldsTheSdkDoesNotModelYet() throws Exception {
        enqueue(200, "{\"planned_compute\":{\"id\":\"p-1\"}}");

        client.plannedComputes().update("p-1", UpdatePlannedComputeRequest.builder()
                .action(ChangeAction.CONTRACT_CANCEL).putAdditionalProperty("reason", "migrated").build());

        RecordedRequest request = take();
        assertThat(request.getBody().utf8()).isEqualTo("{\"action\":\"CONTRACT_CANCEL\",\"reason\":\"migrated\"}");
        received.clear(); // the field is, by definition, not in the description yet: not checked against it
    }
}
