package dev.cloudsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the results table (Markdown) from a run of {@code run.sh}: every {@code jmh-*.json} in the results
 * directory (a benchmark run in several rounds gets the median over rounds), and the {@code AUTOPAGING} /
 * {@code COLDSTART} lines of {@code autopaging.txt} and {@code coldstart.txt}, and the cross-check lines of
 * {@code interleaved.txt}.
 *
 * <p>Usage: {@code Report <results directory>}
 */
public final class Report {

    /** Decoding a 1,000-item page: at most this times plain Jackson POJO binding. */
    static final double DECODE_TARGET = 1.10;
    /** One {@code get} round trip: at most this times hand-written OkHttp + Jackson. */
    static final double CALL_TARGET = 1.10;
    /** 16 threads sharing one client: at least this times the baseline's calls per second. */
    static final double THREADS_TARGET = 0.95;
    /** A fresh JVM building a client and making its first call: at most this times the baseline. */
    static final double COLD_START_TARGET = 1.10;
    static final int ASYNC_THREADS_BELOW = 32;
    static final double ASYNC_OVERHEAD_TARGET = 1.15;

    private Report() {
    }

    /**
     * Prints the table.
     *
     * @param args the results directory
     * @throws Exception on unreadable input
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, List<double[]>> runs = new HashMap<>(); // name -> per run: score, spread, alloc/op, sample?
        Map<String, String> units = new HashMap<>();
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("jmh-.*\\.json")).sorted().toList();
        }
        for (Path file : files) {
            for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
                String name = result.get("benchmark").asText().replace("dev.cloudsdk.benchmarks.", "");
                JsonNode primary = result.get("primaryMetric");
                double alloc = Double.NaN;
                JsonNode secondary = result.get("secondaryMetrics");
                if (secondary != null) {
                    for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
                        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                            alloc = metric.getValue().get("score").asDouble();
                        }
                    }
                }
                // SampleTime results compare medians (robust on a shared machine); the mean is shown as well.
                boolean sample = "sample".equals(result.get("mode").asText());
                double score = sample ? primary.get("scorePercentiles").get("50.0").asDouble()
                        : primary.get("score").asDouble();
                double spread = sample ? primary.get("score").asDouble() : primary.get("scoreError").asDouble();
                runs.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {score, spread, alloc,
                    sample ? 1 : 0});
                units.put(name, primary.get("scoreUnit").asText());
            }
        }
        Map<String, double[]> jmh = new HashMap<>(); // name -> medians over runs, and the number of runs
        runs.forEach((name, list) -> jmh.put(name, new double[] {median(list, 0), median(list, 1), median(list, 2),
            list.get(0)[3], list.size()}));
        StringBuilder out = new StringBuilder();
        out.append("| item | SDK | baseline | ratio SDK/baseline | target | SDK alloc/op | baseline alloc/op"
                + " | met |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        row(out, jmh, units, "1. decode Infomaniak page, 1,000 PublicCloud", "DecodeBenchmark.sdk",
                "DecodeBenchmark.jackson", DECODE_TARGET, true);
        row(out, jmh, units, "1. decode Omnistrate resource-instance page, 1,000 ResourceInstance",
                "DecodeBenchmark.omnistrateSdk", "DecodeBenchmark.omnistrateJackson", DECODE_TARGET, true);
        row(out, jmh, units, "2. get round trip, Infomaniak (bearer)", "CallBenchmark.infomaniakSdk",
                "CallBenchmark.infomaniakRaw", CALL_TARGET, true);
        row(out, jmh, units, "2. get round trip, SCP (HMAC signing)", "CallBenchmark.scpSdk",
                "CallBenchmark.scpRaw", CALL_TARGET, true);
        row(out, jmh, units, "3. 16 threads, one client, Infomaniak get", "ConcurrencyBenchmark.infomaniakSdk",
                "ConcurrencyBenchmark.infomaniakRaw", THREADS_TARGET, false);
        row(out, jmh, units, "3. 16 threads, one client, SCP get", "ConcurrencyBenchmark.scpSdk",
                "ConcurrencyBenchmark.scpRaw", THREADS_TARGET, false);
        interleavedRows(out, lines(dir.resolve("interleaved.txt").toString()));
        Map<String, Map<String, String>> paging = new HashMap<>();
        for (String line : lines(dir.resolve("autopaging.txt").toString())) {
            if (line.startsWith("AUTOPAGING ")) {
                Map<String, String> fields = fields(line);
                paging.put(fields.get("mode"), fields);
            }
        }
        Map<String, String> sdk = paging.get("sdk");
        Map<String, String> raw = paging.get("raw");
        if (sdk != null) {
            out.append(String.format(Locale.ROOT,
                    "| 4. auto-page 1,000,000 items / 1,000 pages, -Xmx%sm: heap peak (pool peaks / sampled max /"
                            + " max after GC), time | %s | %s | %s | completes | | | %s |%n",
                    sdk.get("maxHeapMiB"), paging(sdk) + ", " + sdk.get("items") + " items",
                    raw == null ? "n/a" : paging(raw),
                    raw == null ? "" : ratio(Double.parseDouble(sdk.get("peakHeapMiB"))
                            / Double.parseDouble(raw.get("peakHeapMiB"))) + " (heap)",
                    "true".equals(sdk.get("ok")) ? "yes" : "**no**"));
        }
        for (String line : lines(dir.resolve("coldstart.txt").toString())) {
            if (line.startsWith("COLDSTART ")) {
                Map<String, String> f = fields(line);
                double r = Double.parseDouble(f.get("ratio"));
                out.append(String.format(Locale.ROOT,
                        "| 5. cold start: fresh JVM, build client, first call (median of %s) | %s ms | %s ms | %s |"
                                + " ≤ %.2f | | | %s |%n",
                        f.get("runs"), f.get("sdkMedianMs"), f.get("rawMedianMs"), ratio(r), COLD_START_TARGET,
                        r <= COLD_START_TARGET ? "yes" : "**no**"));
            }
        }
        for (String line : lines(dir.resolve("async.txt").toString())) {
            if (line.startsWith("ASYNC callsPerSecond=")) {
                Map<String, String> f = fields(line);
                int threads = Integer.parseInt(f.get("peakThreads"));
                double overhead = Double.parseDouble(f.get("overhead"));
                out.append(String.format(Locale.ROOT,
                        "| 6. async: 10,000 gets submitted at once, one client, default settings, -Xmx%sm | %s calls/s,"
                                + " p99 %s ms, peak %d live threads | sync, 16 threads: %s calls/s, p99 %s ms | | < %d"
                                + " threads | | | %s |%n",
                        f.get("heapMiB"), f.get("callsPerSecond"), f.get("p99Ms"), threads,
                        f.get("syncCallsPerSecond"), f.get("syncP99Ms"), ASYNC_THREADS_BELOW,
                        threads < ASYNC_THREADS_BELOW ? "yes" : "**no**"));
                out.append(String.format(Locale.ROOT,
                        "| 6. async overhead per call, 16 calls in flight against 16 threads (median of %s alternating"
                                + " rounds) | %s calls/s | %s calls/s | %s | ≤ %.2f | | | %s |%n",
                        f.get("rounds"), f.get("inFlightCallsPerSecond"), f.get("threadsCallsPerSecond"),
                        ratio(overhead), ASYNC_OVERHEAD_TARGET,
                        overhead <= ASYNC_OVERHEAD_TARGET ? "yes" : "**no**"));
            }
        }
        System.out.print(out);
    }

    private static void row(StringBuilder out, Map<String, double[]> jmh, Map<String, String> units, String label,
                            String sdkName, String baseName, double target, boolean atMost) {
        double[] sdk = jmh.get(sdkName);
        double[] base = jmh.get(baseName);
        if (sdk == null || base == null) {
            out.append("| ").append(label).append(" | not run | | | | | | |\n");
            return;
        }
        double ratio = sdk[0] / base[0];
        boolean met = atMost ? ratio <= target : ratio >= target;
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s %.2f | %s | %s | %s |%n",
                label, value(sdk, units.get(sdkName)), value(base, units.get(baseName)),
                ratio(ratio), atMost ? "≤" : "≥", target, bytes(sdk[2]), bytes(base[2]), met ? "yes" : "**no**"));
    }

    /**
     * Rows for the in-JVM cross-checks of items 1, 2 and 3 ({@link InterleavedDecode}, {@link Interleaved},
     * {@link InterleavedThreads}). A check run in several JVMs gets one row, from the JVM with the median ratio,
     * listing every JVM's ratio; the median decides.
     */
    private static void interleavedRows(StringBuilder out, List<String> lines) {
        Pattern decode = Pattern.compile("INTERLEAVED-DECODE (.+): CPU sdk (\\d+) us, raw (\\d+) us, median ratio"
                + " ([\\d.]+); allocated/page sdk (\\d+) B, raw (\\d+) B \\((\\d+) blocks");
        Pattern call = Pattern.compile("INTERLEAVED (.+): wall sdk ([\\d.]+) us, raw ([\\d.]+) us,"
                + " median ratio ([\\d.]+); calling-thread CPU sdk ([\\d.]+) us, raw ([\\d.]+) us, ratio ([\\d.]+);"
                + " allocated/call sdk (\\d+) B, raw (\\d+) B");
        Pattern threads = Pattern.compile("INTERLEAVED16 (.+): sdk (\\d+) calls/s, raw (\\d+) calls/s,"
                + " median ratio ([\\d.]+) \\((\\d+) rounds");
        for (CrossCheck check : crossChecks(lines, decode)) {
            Matcher d = check.median();
            double r = Double.parseDouble(d.group(4));
            out.append(String.format(Locale.ROOT, "| 1. cross-check in one JVM, decode %s: median of %s"
                            + " alternating blocks, calling-thread CPU%s | %s us | %s us | %s | ≤ %.2f | %s | %s"
                            + " | %s |%n",
                    d.group(1), d.group(7), check.jvms(), num(Double.parseDouble(d.group(2))),
                    num(Double.parseDouble(d.group(3))), fine(r), DECODE_TARGET, bytes(Double.parseDouble(d.group(5))),
                    bytes(Double.parseDouble(d.group(6))), r <= DECODE_TARGET ? "yes" : "**no**"));
        }
        for (CrossCheck check : crossChecks(lines, call)) {
            Matcher m = check.median();
            double wall = Double.parseDouble(m.group(4));
            out.append(String.format(Locale.ROOT, "| 2. cross-check in one JVM, %s: median of alternating"
                            + " blocks, wall time (calling-thread CPU)%s | %s us (%s us) | %s us (%s us)"
                            + " | %s (CPU %s) | ≤ %.2f | %s | %s | %s |%n", m.group(1), check.jvms(),
                    m.group(2), m.group(5), m.group(3), m.group(6), fine(wall),
                    fine(Double.parseDouble(m.group(7))), CALL_TARGET, bytes(Double.parseDouble(m.group(8))),
                    bytes(Double.parseDouble(m.group(9))), wall <= CALL_TARGET ? "yes" : "**no**"));
        }
        for (CrossCheck check : crossChecks(lines, threads)) {
            Matcher m = check.median();
            double r = Double.parseDouble(m.group(4));
            out.append(String.format(Locale.ROOT, "| 3. cross-check in one JVM, %s: 16 threads, median of %s"
                            + " alternating rounds%s | %s calls/s | %s calls/s | %s | ≥ %.2f | | | %s |%n",
                    m.group(1), m.group(5), check.jvms(), num(Double.parseDouble(m.group(2))),
                    num(Double.parseDouble(m.group(3))), fine(r), THREADS_TARGET,
                    r >= THREADS_TARGET ? "yes" : "**no**"));
        }
    }

    /**
     * One cross-check as run in one or more JVMs.
     *
     * @param median the line (matched) of the JVM with the median ratio (the lower middle one for an even count)
     * @param jvms   {@code ""} for one JVM, else {@code "; median of N JVMs (r1, r2, ...)"} in the order they ran
     */
    private record CrossCheck(Matcher median, String jvms) {
    }

    /** @return the cross-checks matching {@code pattern}, by label (group 1), with the ratio in group 4 */
    private static List<CrossCheck> crossChecks(List<String> lines, Pattern pattern) {
        int ratio = 4;
        Map<String, List<Matcher>> byLabel = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                byLabel.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m);
            }
        }
        List<CrossCheck> checks = new ArrayList<>();
        for (List<Matcher> runs : byLabel.values()) {
            List<String> ratios = new ArrayList<>();
            runs.forEach(run -> ratios.add(fine(Double.parseDouble(run.group(ratio)))));
            List<Matcher> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingDouble(m -> Double.parseDouble(m.group(ratio))));
            checks.add(new CrossCheck(sorted.get((sorted.size() - 1) / 2), ratios.size() < 2 ? ""
                    : "; median of " + ratios.size() + " JVMs (" + String.join(", ", ratios) + ")"));
        }
        return checks;
    }

    private static String paging(Map<String, String> run) {
        return run.get("peakHeapMiB") + " / " + run.get("sampledMaxHeapMiB") + " / " + run.get("maxAfterGcMiB")
                + " MiB, " + run.get("seconds") + " s";
    }

    private static String value(double[] result, String unit) {
        String runs = result[4] > 1 ? String.format(Locale.ROOT, ", median of %.0f runs", result[4]) : "";
        return result[3] == 1
                ? "p50 " + num(result[0]) + " " + unit + " (mean " + num(result[1]) + runs + ")"
                : num(result[0]) + " " + unit
                        + (runs.isEmpty() ? " ± " + num(result[1]) : " (" + runs.substring(2) + ")");
    }

    private static double median(List<double[]> values, int index) {
        double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    /** A cross-check ratio, to three decimals: they sit close enough to their targets for the third to matter. */
    private static String fine(double value) {
        return String.format(Locale.ROOT, "%.3f×", value);
    }

    private static String num(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f MiB", value / 1048576.0);
        }
        if (value >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", value / 1024.0);
        }
        return String.format(Locale.ROOT, "%.0f B", value);
    }

    private static List<String> lines(String file) throws Exception {
        Path path = Path.of(file);
        return Files.exists(path) ? Files.readAllLines(path) : List.of();
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String part : line.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return fields;
    }
}
