package dev.cloudsdk.examples.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.examples.TourRun;
import org.junit.jupiter.api.Test;

/** The SCP part of {@code tour --all-operations} against the fake: one line per operation, all green. */
class ScpTourTest {

    @Test
    void everyOperationSucceedsAgainstTheFake() {
        TourRun.Result tour = TourRun.allOperations();

        assertThat(tour.exit()).as(tour.out() + tour.err()).isZero();
        for (String operation : new String[] {"serviceTypes", "list", "get", "contractTypes", "osTypes",
                "serverTypes", "coveredResources", "cancellationFee", "create", "update"}) {
            assertThat(tour.out()).contains("ok   scp        plannedComputes." + operation + " ");
        }
        assertThat(tour.callLines("scp")).hasSize(13).noneMatch(line -> line.contains("FAIL"));
    }
}
