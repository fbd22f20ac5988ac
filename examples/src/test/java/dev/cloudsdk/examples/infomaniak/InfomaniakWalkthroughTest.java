package dev.cloudsdk.examples.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.Main;
import dev.cloudsdk.examples.TourRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Infomaniak part of {@code tour}, run as the command line runs it, against the fake. */
class InfomaniakWalkthroughTest {

    @Test
    void theWalkthroughIsGreen() {
        String out = tour("tour", "--provider", "infomaniak");

        assertThat(out).contains("ok   infomaniak cloud.list", "ok   infomaniak kubernetes.create")
                .contains("3 public cloud(s) over every page").doesNotContain("FAIL")
                .contains("ok   infomaniak async: cloud.get of each cloud on the page",
                        "ok   infomaniak async: waiters.waitUntilKubernetesServiceActive")
                .endsWith("tour: 9 calls, 0 failed" + System.lineSeparator());
    }

    @Test
    void allOperationsCallsEveryOperationOnce() {
        TourRun.Result tour = TourRun.allOperations();

        assertThat(tour.exit()).as(tour.out()).isZero();
        assertThat(tour.callLines("infomaniak")).hasSize(74).noneMatch(line -> line.contains("FAIL"));
        assertThat(tour.okOperations("infomaniak").stream().distinct().count()).isEqualTo(71);
        assertThat(tour.out()).doesNotContain("fake-password", "fake-admin-password", "Tour-Passw0rd");
    }

    /** Runs the command line without {@code System.exit}. */
    private static String tour(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, Environment.of(Map.of()), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
