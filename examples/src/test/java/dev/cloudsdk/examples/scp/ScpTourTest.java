package dev.cloudsdk.examples.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tour --provider scp --all-operations} against the fake: one line per operation, exit code 0. */
class ScpTourTest {

    @Test
    void everyOperationSucceedsAgainstTheFake() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = runTour(out, err, "tour", "--provider", "scp", "--all-operations");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        for (String operation : new String[] {"serviceTypes", "list", "get", "contractTypes", "osTypes",
                "serverTypes", "coveredResources", "cancellationFee", "create", "change"}) {
            assertThat(printed).contains("ok   scp        plannedComputes." + operation + " ");
        }
        assertThat(printed).doesNotContain("FAIL").contains("tour: 11 calls, 0 failed");
    }

    private static int runTour(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return Main.run(args, Environment.of(Map.of()), stdout, stderr);
        }
    }
}
