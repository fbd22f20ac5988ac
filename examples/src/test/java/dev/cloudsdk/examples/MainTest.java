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
        assertThat(run("tour", "--all-operations")).isEqualTo(0);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("scp", "infomaniak", "spaceone", "omnistrate").doesNotContain("FAIL");
        assertThat(printed).containsPattern("tour: \\d+ calls, 0 failed");
    }
}
