package dev.cloudsdk.examples.quickstart;

import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.PlannedComputes;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;

/**
 * sdk-scp's quick start as a program: lists the active planned computes, plans one more and extends it.
 * Configured from the environment: {@code SCP_ACCESS_KEY}, {@code SCP_SECRET_KEY} and {@code SCP_ENVIRONMENT}
 * (or {@code SCP_BASE_URL}).
 */
public final class ScpQuickStart {

    private ScpQuickStart() {
    }

    /**
     * Runs the quick start.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (ScpClient client = ScpClient.fromEnv()) {
            PlannedComputes plans = client.plannedComputes();
            for (PlannedCompute plan : plans.list(ListPlannedComputesParams.builder()
                    .addStates("ACTIVE").limit(50).build()).autoPager()) {
                System.out.println(plan.id().orElse("?") + " " + plan.serverType().orElse(""));
            }
            PlannedCompute created = plans.create(CreatePlannedComputeRequest.builder()
                    .serviceId("VIRTUAL_SERVER").serverType("s1v1m2")
                    .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build());
            PlannedCompute extended = plans.update(created.id().orElseThrow(), UpdatePlannedComputeRequest.builder()
                    .action(ChangeAction.EXTEND_APPLY).contractType(ContractType.THREE_YEARS).build());
            System.out.println("planned " + extended.id().orElse("?") + " until " + extended.endDate().orElse(null));
        }
    }
}
