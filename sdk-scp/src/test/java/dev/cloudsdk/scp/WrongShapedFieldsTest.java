package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.scp.model.PlannedCompute;
import org.junit.jupiter.api.Test;

/**
 * A plan whose field does not fit its type still reads: only that field's accessor throws, naming where the value is
 * and holding it; read strictly ({@code responseValidation(true)}), the same answer fails the call.
 */
class WrongShapedFieldsTest extends WireTestSupport {

    private static final String PLAN = "{\"planned_compute\":{\"id\":\"p-1\",\"server_type\":\"s1v2m4\","
            + "\"server_type_description\":\"2 vCPU, 4 GB\",\"state\":\"ACTIVE\"}}";

    @Test
    void aDescriptionSentAsTextFailsOnlyItsAccessor() throws Exception {
        enqueue(200, PLAN);

        PlannedCompute plan = client.plannedComputes().get("p-1");

        take();
        assertThat(plan.serverType()).contains("s1v2m4");
        assertThat(plan.state()).contains("ACTIVE");
        ResponseDecodingException problem = catchThrowableOfType(ResponseDecodingException.class,
                plan::serverTypeDescription);
        assertThat(problem).hasMessage("$.planned_compute.server_type_description: expected Map<String, Object>, "
                + "got a string");
        assertThat(problem.rawValue()).contains("2 vCPU, 4 GB");
    }

    @Test
    void readStrictlyTheSameAnswerFailsTheCall() throws Exception {
        enqueue(200, PLAN);

        assertThat(catchThrowableOfType(ResponseDecodingException.class, () -> client.plannedComputes().get("p-1",
                RequestOptions.builder().responseValidation(true).build()))).hasMessageContaining("HTTP 200");
        take();
    }
}
