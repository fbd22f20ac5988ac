package dev.cloudsdk.examples.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.Main;
import dev.cloudsdk.examples.TourRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tour --provider omnistrate} against the fake: the lifecycle, then every operation once. */
class OmnistrateTourTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int tour(String... args) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, Environment.of(Map.of()), print, print);
    }

    @Test
    void theLifecycleWalkthroughIsGreen() {
        assertThat(tour("tour", "--provider", "omnistrate")).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("FAIL")
                .contains("ok   omnistrate");
    }

    @Test
    void allOperationsCallsEveryOneOfThe143Operations() {
        TourRun.Result tour = TourRun.allOperations();

        assertThat(tour.exit()).as(tour.out()).isZero();
        assertThat(tour.callLines("omnistrate")).noneMatch(line -> line.contains("FAIL"));
        assertThat(tour.okOperations("omnistrate").stream().distinct().count()).isGreaterThanOrEqualTo(143);
    }
}
