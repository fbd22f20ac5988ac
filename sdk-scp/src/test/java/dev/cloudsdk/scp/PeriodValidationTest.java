package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.scp.model.OsType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An end date before the start date is refused while building the params, before any call. */
class PeriodValidationTest extends WireTestSupport {

    private static final LocalDate START = LocalDate.of(2024, 8, 31);
    private static final LocalDate EARLIER = LocalDate.of(2024, 8, 1);

    @Test
    void plannedComputesRefuseAnEndBeforeTheStart() {
        assertThatThrownBy(() -> client.plannedComputes().list(ListPlannedComputesParams.builder()
                .startDate(START).endDate(EARLIER).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endDate 2024-08-01 is before startDate 2024-08-31");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void coveredResourcesRefuseAnEndBeforeTheStart() {
        assertThatThrownBy(() -> client.plannedComputes().coveredResources(ListCoveredResourcesParams.builder()
                .serviceId("svc-1").osType(OsType.RHEL).serverType("s1v1m2").startDate(START).endDate(EARLIER)
                .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endDate 2024-08-01 is before startDate 2024-08-31");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aOneDayPeriodAndOpenEndedPeriodsAreAccepted() {
        assertThat(ListPlannedComputesParams.builder().startDate(START).endDate(START).build().endDate())
                .contains(START);
        assertThat(ListPlannedComputesParams.builder().endDate(EARLIER).build().endDate()).contains(EARLIER);
        assertThat(ListPlannedComputesParams.builder().startDate(START).build().startDate()).contains(START);
        assertThat(ListCoveredResourcesParams.builder().serviceId("svc-1").osType(OsType.RHEL).serverType("s1v1m2")
                .startDate(EARLIER).endDate(START).build().startDate()).isEqualTo(EARLIER);
    }

    @Test
    void coveredResourcesNeedTheirPeriod() {
        assertThatThrownBy(() -> ListCoveredResourcesParams.builder().serviceId("svc-1").osType(OsType.RHEL)
                .serverType("s1v1m2").startDate(START).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("endDate");
    }
}
