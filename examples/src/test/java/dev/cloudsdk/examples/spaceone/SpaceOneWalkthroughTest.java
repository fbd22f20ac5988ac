package dev.cloudsdk.examples.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.Main;
import dev.cloudsdk.examples.TourRun;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code tour --provider spaceone} runs green and calls what it promises. */
class SpaceOneWalkthroughTest {

    private static final List<String> EVERY_OPERATION = List.of(
            "cloudServices.create", "cloudServices.update", "cloudServices.pinData", "cloudServices.delete",
            "cloudServices.get", "cloudServices.list", "cloudServices.stat",
            "dataSources.register", "dataSources.update", "dataSources.updatePlugin", "dataSources.verifyPlugin",
            "dataSources.enable", "dataSources.disable", "dataSources.deregister", "dataSources.sync",
            "dataSources.get", "dataSources.list", "dataSources.stat");

    /** The asynchronous steps of the tour: a fan-out of two lists, and the sync waiter. */
    private static final List<String> ASYNC_STEPS = List.of("async: cloudServices.list and dataSources.list at once",
            "async: waiters.waitUntilDataSourceSynced");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Runs the command line as {@code java -jar} would, minus {@code System.exit}. */
    private int tour(Map<String, String> environment, String... args) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, Environment.of(environment), print, print);
    }

    private List<String> okOperations() {
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.startsWith("  ok   spaceone"))
                .map(line -> line.substring("  ok   spaceone   ".length()).split("\\s+")[0])
                .filter(operation -> !operation.equals("async:"))
                .collect(Collectors.toList());
    }

    @Test
    void allOperationsCallsEveryMethodOnceInTheRestDialect() {
        TourRun.Result tour = TourRun.allOperations(); // the default dialect

        assertThat(tour.exit()).as(tour.out()).isZero();
        assertThat(tour.okOperations("spaceone")).containsExactlyInAnyOrderElementsOf(EVERY_OPERATION);
        assertThat(tour.callLines("spaceone")).hasSize(EVERY_OPERATION.size() + ASYNC_STEPS.size())
                .anyMatch(line -> line.contains(ASYNC_STEPS.get(0))).anyMatch(line -> line.contains(ASYNC_STEPS.get(1)));
    }

    @Test
    void allOperationsCallsEveryMethodOnceInTheConsoleDialect() throws Exception {
        int exit = tour(Map.of("SPACEONE_DIALECT", "console"), "tour", "--provider", "spaceone", "--all-operations");

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(okOperations()).containsExactlyInAnyOrderElementsOf(EVERY_OPERATION);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tour: 20 calls, 0 failed");
    }

    @Test
    void theDefaultTourIsAShorterGreenRun() throws Exception {
        int exit = tour(Map.of(), "tour", "--provider", "spaceone");

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(okOperations()).contains("cloudServices.list", "cloudServices.create", "dataSources.register",
                "dataSources.sync");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(ASYNC_STEPS.get(0), ASYNC_STEPS.get(1));
    }

    @Test
    void aLiveServerIsOnlyReadWithoutAllowWrites() throws Exception {
        try (FakeSpaceOne live = FakeSpaceOne.start()) {
            int exit = tour(Map.of("SPACEONE_BASE_URL", live.baseUrl(), "SPACEONE_TOKEN", FakeSpaceOne.API_TOKEN,
                    "SPACEONE_DOMAIN_ID", FakeSpaceOne.DOMAIN_ID), "tour", "--provider", "spaceone");

            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(okOperations()).containsExactly("cloudServices.list", "cloudServices.stat", "dataSources.list");
            assertThat(live.requests()).extracting(FakeRequest::path).allMatch(path -> path.endsWith("/search")
                    || path.endsWith("/stat") || path.equals("/billing/v2/data-sources")
                    || path.equals("/inventory/v1/cloud-services"));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("writes skipped");
        }
    }
}
