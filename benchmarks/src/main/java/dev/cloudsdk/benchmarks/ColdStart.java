package dev.cloudsdk.benchmarks;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Item 5, cold start: spawns fresh JVMs that build a client and make their first call ({@code GET
 * /1/public_clouds/42}) against a {@link LocalServer} run by this process, and measures each child's whole
 * wall time, from spawn to exit. {@code sdk} children use {@link InfomaniakClient}; {@code raw} children
 * the same call with plain OkHttp + Jackson ({@link RawClient}). Runs alternate; one discarded warm-up of
 * each first. Prints one {@code COLDSTART} line with the medians.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.cloudsdk.benchmarks.ColdStart [runs]}
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Launcher, or a child when the first argument is {@code child-sdk}/{@code child-raw}.
     *
     * @param args {@code [runs]}, or {@code child-sdk|child-raw <baseUrl>}
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].startsWith("child-")) {
            child(args[0].substring("child-".length()), args[1]);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Double> sdk = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        try (LocalServer server = Servers.start(1, 10)) {
            spawn("raw", server.baseUrl());
            spawn("sdk", server.baseUrl());
            for (int i = 0; i < runs; i++) {
                if (i % 2 == 0) {
                    raw.add(spawn("raw", server.baseUrl()));
                    sdk.add(spawn("sdk", server.baseUrl()));
                } else {
                    sdk.add(spawn("sdk", server.baseUrl()));
                    raw.add(spawn("raw", server.baseUrl()));
                }
            }
        }
        double sdkMedian = median(sdk);
        double rawMedian = median(raw);
        System.out.printf("COLDSTART runs=%d sdkMedianMs=%.0f rawMedianMs=%.0f ratio=%.2f sdkRuns=%s rawRuns=%s%n",
                runs, sdkMedian, rawMedian, sdkMedian / rawMedian, format(sdk), format(raw));
    }

    private static void child(String mode, String baseUrl) {
        if (mode.equals("sdk")) {
            try (InfomaniakClient client = InfomaniakClient.builder().token(Fixtures.TOKEN).baseUrl(baseUrl).build()) {
                System.out.println(client.cloud().get(42).id());
            }
        } else {
            try (RawClient client = new RawClient(baseUrl)) {
                System.out.println(client.infomaniakGet(42).id);
            }
        }
        System.exit(0);
    }

    private static double spawn(String mode, String baseUrl) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), "child-" + mode, baseUrl)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + mode + " child did not finish within 60 s");
        }
        double millis = (System.nanoTime() - started) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the " + mode + " child failed with exit code " + process.exitValue());
        }
        return millis;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            out.append(out.length() == 0 ? "" : ",").append(Math.round(value));
        }
        return out.toString();
    }
}
