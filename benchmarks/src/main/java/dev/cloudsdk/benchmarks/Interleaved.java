package dev.cloudsdk.benchmarks;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.scp.ScpClient;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
        List<Double> sdkTimes = new ArrayList<>();
        List<Double> rawTimes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> sdkCpu = new ArrayList<>();
        List<Double> rawCpu = new ArrayList<>();
        long sdkBytes = 0;
        long rawBytes = 0;
        for (int b = 0; b < blocks; b++) {
            double[] s;
            double[] r;
            if (b % 2 == 0) {
                s = block(sdk, calls);
                r = block(raw, calls);
            } else {
                r = block(raw, calls);
                s = block(sdk, calls);
            }
            sdkTimes.add(s[0]);
            rawTimes.add(r[0]);
            ratios.add(s[0] / r[0]);
            sdkCpu.add(s[2]);
            rawCpu.add(r[2]);
            sdkBytes += (long) s[1];
            rawBytes += (long) r[1];
        }
        System.out.printf(Locale.ROOT, "INTERLEAVED %s: wall sdk %.1f us, raw %.1f us, median ratio %.3f;"
                        + " calling-thread CPU sdk %.1f us, raw %.1f us, ratio %.3f; allocated/call sdk %d B, raw %d B%n",
                label, median(sdkTimes), median(rawTimes), median(ratios), median(sdkCpu), median(rawCpu),
                median(sdkCpu) / median(rawCpu), sdkBytes / blocks, rawBytes / blocks);
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

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
