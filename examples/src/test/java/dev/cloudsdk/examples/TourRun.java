package dev.cloudsdk.examples;

import dev.cloudsdk.core.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run of {@code tour --all-operations} (every provider, against its fake), shared by the tests that check
 * it: the tour takes seconds, so it runs once per test JVM and each test reads its provider's lines.
 */
public final class TourRun {

    private static Result allOperations;

    private TourRun() {
    }

    /** What a run printed and returned. */
    public record Result(int exit, String out, String err) {

        /** @return the lines the provider printed for calls ({@code ok} or {@code FAIL}) */
        public List<String> callLines(String provider) {
            String ok = String.format("  ok   %-10s ", provider);
            String fail = String.format("  FAIL %-10s ", provider);
            return out.lines().filter(line -> line.startsWith(ok) || line.startsWith(fail))
                    .collect(Collectors.toList());
        }

        /**
         * @return the operation of each successful call of the provider, in order; the asynchronous steps (named
         * {@code async: ...}) are not operations of their own
         */
        public List<String> okOperations(String provider) {
            String ok = String.format("  ok   %-10s ", provider);
            return out.lines().filter(line -> line.startsWith(ok))
                    .map(line -> line.substring(ok.length()).trim().split("\\s+")[0])
                    .filter(operation -> !operation.equals("async:"))
                    .collect(Collectors.toList());
        }
    }

    /** @return the result of {@code tour --all-operations}, run on the first call */
    public static synchronized Result allOperations() {
        if (allOperations == null) {
            allOperations = run(Map.of(), "tour", "--all-operations");
        }
        return allOperations;
    }

    /** Runs the command line as {@code java -jar} would, minus {@code System.exit}. */
    public static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, Environment.of(environment), stdout, stderr);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
