package dev.cloudsdk.examples.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.Main;
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
                .endsWith("tour: 7 calls, 0 failed" + System.lineSeparator());
    }

    @Test
    void allOperationsCallsEveryOperationOnce() {
        String out = tour("tour", "--provider", "infomaniak", "--all-operations");

        long operations = Arrays.stream(out.split("\\R")).filter(line -> line.startsWith("  ok   infomaniak"))
                .map(line -> line.substring(20).split(" ")[0]).distinct().count();
        assertThat(out).doesNotContain("FAIL").contains("tour: 72 calls, 0 failed");
        assertThat(operations).isEqualTo(71);
        assertThat(out).doesNotContain("fake-password", "fake-admin-password", "Tour-Passw0rd");
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
