package dev.cloudsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, Environment.of(Map.of()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsWith2AndExplains() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("tour", "--provider", "nope")).isEqualTo(2);
        assertThat(run("tour", "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tour", "Unknown provider: nope",
                "Unknown option: --bogus");
    }

    @Test
    void theTourRunsEveryProviderAgainstItsFakeAndSucceeds() {
        TourRun.Result tour = TourRun.allOperations();

        assertThat(tour.exit()).as(tour.out() + tour.err()).isZero();
        assertThat(tour.err()).isEmpty();
        assertThat(tour.out()).doesNotContain("FAIL");
        int calls = 0;
        for (String provider : new String[] {"scp", "infomaniak", "spaceone", "omnistrate"}) {
            assertThat(tour.okOperations(provider)).as(provider).isNotEmpty();
            calls += tour.callLines(provider).size();
        }
        assertThat(tour.out()).endsWith("tour: " + calls + " calls, 0 failed" + System.lineSeparator());
    }
}
