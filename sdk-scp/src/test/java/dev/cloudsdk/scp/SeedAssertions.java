package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Field-by-field checks of the seed's planned compute example, shared by the operations that return it. */
final class SeedAssertions {

    private SeedAssertions() {
    }

    static void assertSeedPlan(PlannedCompute plan) {
        assertThat(plan.startDate()).contains(LocalDate.of(2024, 8, 1));
        assertThat(plan.endDate()).contains(LocalDate.of(2024, 8, 1));
        assertThat(plan.id()).contains("5f3688a192094ddeb0c94166a3e88935");
        assertThat(plan.contractId()).contains("C002612775");
        assertThat(plan.accountId()).contains("228cb9e4a7934f84853594c7f26f7a21");
        assertThat(plan.region()).contains("kr-west1");
        assertThat(plan.serviceId()).contains("VIRTUAL_SERVER");
        assertThat(plan.serviceName()).contains("Virtual Server");
        assertThat(plan.osType()).containsSame(OsType.OPEN_SOURCE);
        assertThat(plan.osName()).contains("Open Source");
        assertThat(plan.serverType()).contains("s1v1m2");
        assertThat(plan.serverTypeDescription()).isEmpty();
        assertThat(plan.srn()).contains(
                "srn:e::26affb52e16944038a0cd2cc26060e1c:kr1-west1::compute:instance/INSTANCE-UPOg3Z6ZqyiMM0QyC3sI2m");
        assertThat(plan.resourceType()).contains("instance");
        assertThat(plan.contractType()).contains("1-year");
        assertThat(plan.nextContractType()).contains("1-year");
        assertThat(plan.firstContractStartAt()).contains(LocalDate.of(2024, 8, 1));
        assertThat(plan.nextStartDate()).contains(LocalDate.of(2024, 8, 1));
        assertThat(plan.nextEndDate()).contains(LocalDate.of(2024, 8, 31));
        assertThat(plan.state()).contains("ACTIVE");
        assertThat(plan.deleted()).contains(false);
        assertThat(plan.resourceName()).contains("test-vm");
        assertThat(plan.createdAt()).contains(LocalDateTime.of(2024, 8, 1, 0, 0));
        assertThat(plan.createdBy()).contains("user123");
        assertThat(plan.modifiedAt()).contains(LocalDateTime.of(2024, 8, 1, 0, 0));
        assertThat(plan.modifiedBy()).contains("kim");
    }
}
