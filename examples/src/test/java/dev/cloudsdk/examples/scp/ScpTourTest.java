package dev.cloudsdk.examples.scp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tour --provider scp --all-operations} against the fake: one line per operation, exit code 0. */
class ScpTourTest {

    @Test
    void everyOperationSucceedsAgainstTheFake() throws Exception {
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

    /** Calls {@code Main.run}, which is package-private so that only {@code main} exits the JVM. */
    private static int runTour(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args)
            throws Exception {
        Method run = Main.class.getDeclaredMethod("run", String[].class, Environment.class, PrintStream.class,
                PrintStream.class);
        run.setAccessible(true);
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return (int) run.invoke(null, args, Environment.of(Map.of()), stdout, stderr);
        }
    }
}
