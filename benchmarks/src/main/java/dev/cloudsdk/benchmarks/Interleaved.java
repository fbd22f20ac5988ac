package dev.cloudsdk.benchmarks;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.scp.ScpClient;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * A cross-check of item 2 that is robust to a busy machine: SDK and hand-written calls run in alternating
 * blocks in one JVM, so load that comes and goes hits both alike. Prints, per pair, the median over blocks
 * of the mean time per call, and the bytes allocated per call by the calling thread. With a third argument,
 * also runs that many alternating rounds of the 16-thread pairs of item 3 ({@link InterleavedThreads}); with
 * {@code blocks} 0, only those. Each pair first warms up until the JIT is quiet ({@link WarmUp}).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.cloudsdk.benchmarks.Interleaved [blocks] [callsPerBlock] [rounds16]}
 */
public final class Interleaved {

    private Interleaved() {
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code [blocks] [callsPerBlock] [rounds16]}
     */
    public static void main(String[] args) {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        try (LocalServer server = Servers.start(1, 10);
             InfomaniakClient infomaniak = InfomaniakClient.builder().token(Fixtures.TOKEN)
                     .baseUrl(server.baseUrl()).build();
             ScpClient scp = ScpClient.builder().accessKey(Fixtures.ACCESS_KEY).secretKey(Fixtures.SECRET_KEY)
                     .baseUrl(server.baseUrl()).build();
             RawClient raw = new RawClient(server.baseUrl())) {
            if (blocks > 0) {
                compare("infomaniak get (bearer)", blocks, calls, () -> infomaniak.cloud().get(42),
                        () -> raw.infomaniakGet(42));
                compare("scp get (HMAC)", blocks, calls, () -> scp.plannedComputes().get("pc-0001"),
                        () -> raw.scpGet("pc-0001"));
            }
            if (rounds > 0) {
                InterleavedThreads.compare("infomaniak get (bearer)", rounds, 1500, () -> infomaniak.cloud().get(42),
                        () -> raw.infomaniakGet(42));
                InterleavedThreads.compare("scp get (HMAC)", rounds, 1500,
                        () -> scp.plannedComputes().get("pc-0001"), () -> raw.scpGet("pc-0001"));
            }
        }
    }

    private static void compare(String label, int blocks, int calls, Runnable sdk, Runnable raw) {
        WarmUp.untilJitQuiet(label, WarmUp.repeatFor(sdk, 250), WarmUp.repeatFor(raw, 250));
        List<Round<double[]>> rounds = alternate(blocks, () -> block(sdk, calls), () -> block(raw, calls));
        double sdkCpu = median(each(rounds, round -> round.sdk()[2]));
        double rawCpu = median(each(rounds, round -> round.raw()[2]));
        System.out.printf(Locale.ROOT, "INTERLEAVED %s: wall sdk %.1f us, raw %.1f us, median ratio %.3f;"
                        + " calling-thread CPU sdk %.1f us, raw %.1f us, ratio %.3f; allocated/call sdk %.0f B, raw %.0f B%n",
                label, median(each(rounds, round -> round.sdk()[0])), median(each(rounds, round -> round.raw()[0])),
                median(each(rounds, round -> round.sdk()[0] / round.raw()[0])), sdkCpu, rawCpu, sdkCpu / rawCpu,
                mean(each(rounds, round -> round.sdk()[1])), mean(each(rounds, round -> round.raw()[1])));
    }

    /** What one round of a cross-check measured on each side. */
    record Round<T>(T sdk, T raw) {
    }

    /**
     * Measures both sides {@code rounds} times, alternating which goes first, so that load which comes and goes
     * hits both alike.
     */
    static <T> List<Round<T>> alternate(int rounds, Supplier<T> sdk, Supplier<T> raw) {
        List<Round<T>> results = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            T sdkResult;
            T rawResult;
            if (round % 2 == 0) {
                sdkResult = sdk.get();
                rawResult = raw.get();
            } else {
                rawResult = raw.get();
                sdkResult = sdk.get();
            }
            results.add(new Round<>(sdkResult, rawResult));
        }
        return results;
    }

    /** @return one value per round */
    static <T> List<Double> each(List<Round<T>> rounds, ToDoubleFunction<Round<T>> value) {
        List<Double> values = new ArrayList<>(rounds.size());
        for (Round<T> round : rounds) {
            values.add(value.applyAsDouble(round));
        }
        return values;
    }

    /** @return wall microseconds, bytes allocated and CPU microseconds per call, by the calling thread */
    static double[] block(Runnable call, int calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        double micros = (System.nanoTime() - started) / 1e3 / calls;
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / calls;
        return new double[] {micros, (threads.getCurrentThreadAllocatedBytes() - bytes) / (double) calls, cpuMicros};
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
