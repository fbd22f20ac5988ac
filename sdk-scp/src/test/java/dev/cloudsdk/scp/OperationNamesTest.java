package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.GetCancellationFeeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link PlannedComputes} names itself {@code plannedComputes.<method>} (the name logs, metrics
 * and decoding errors carry), as the generated {@code prepare...} methods must keep doing.
 */
class OperationNamesTest extends WireTestSupport {

    @Test
    void everyOperationCarriesItsName() {
        PlannedComputes plans = client.plannedComputes();
        Map<String, Runnable> operations = new LinkedHashMap<>();
        operations.put("list", plans::list);
        operations.put("get", () -> plans.get("plan-1"));
        operations.put("create", () -> plans.create(CreatePlannedComputeRequest.builder().serviceId("VIRTUAL_SERVER")
                .serverType("s1v1m2").osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build()));
        operations.put("update", () -> plans.update("plan-1",
                UpdatePlannedComputeRequest.builder().action(ChangeAction.CONTRACT_CANCEL).build()));
        operations.put("cancellationFee", () -> plans.cancellationFee(
                GetCancellationFeeRequest.builder().addPlannedComputeIds("plan-1").build()));
        operations.put("contractTypes", plans::contractTypes);
        operations.put("osTypes", plans::osTypes);
        operations.put("coveredResources", () -> plans.coveredResources(ListCoveredResourcesParams.builder()
                .serviceId("VIRTUAL_SERVER").osType(OsType.OPEN_SOURCE).serverType("s1v1m2")
                .startDate(LocalDate.of(2024, 8, 1)).endDate(LocalDate.of(2024, 8, 31)).build()));
        operations.put("serverTypes", plans::serverTypes);
        operations.put("serviceTypes", plans::serviceTypes);

        operations.forEach((name, call) -> {
            enqueue(200, "");
            assertThat(catchThrowableOfType(ResponseDecodingException.class, call::run).getMessage())
                    .as(name).contains("(plannedComputes." + name + ")");
        });
    }
}
