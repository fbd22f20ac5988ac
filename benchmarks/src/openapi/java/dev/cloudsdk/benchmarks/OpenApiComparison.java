package dev.cloudsdk.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The SDK against the client OpenAPI Generator produces from the Infomaniak description, robust to a busy
 * machine like {@link Interleaved}: both sides alternate in one JVM after warming up until the JIT is quiet
 * ({@link WarmUp}), so load that comes and goes hits both alike. Three workloads over {@link OpenApiSides}: a
 * list page of 1,000 {@code PublicCloud}, a get, and 16 threads sharing each client doing gets. Prints one
 * {@code OPENAPI-*} line per workload with the median over rounds of the ratio SDK time / generated-client time
 * (below 1: the SDK is faster). Wall time: the generated client does part of each call on the
 * {@code HttpClient}'s own threads, so the calling thread's CPU time would not compare.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.cloudsdk.benchmarks.OpenApiComparison [blocks] [callsPerBlock]
 * [listBlocks] [pagesPerBlock] [rounds16]}; 0 blocks or rounds skips that workload.
 */
public final class OpenApiComparison {

    private OpenApiComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code [blocks] [callsPerBlock] [listBlocks] [pagesPerBlock] [rounds16]}
     */
    public static void main(String[] args) {
        int blocks = argument(args, 0, 30);
        int calls = argument(args, 1, 500);
        int listBlocks = argument(args, 2, 31);
        int pages = argument(args, 3, 3);
        int rounds = argument(args, 4, 5);
        try (OpenApiSides sides = new OpenApiSides()) {
            if (listBlocks > 0) {
                compare("OPENAPI-LIST", "list page, 1,000 PublicCloud", listBlocks, pages, sides::sdkList,
                        sides::generatedList);
            }
            if (blocks > 0) {
                compare("OPENAPI-GET", "get (bearer)", blocks, calls, sides::sdkGet, sides::generatedGet);
            }
            if (rounds > 0) {
                compareThreads(rounds, 1500, sides::sdkGet, sides::generatedGet);
            }
        }
    }

    private static int argument(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    private static void compare(String tag, String label, int blocks, int calls, Runnable sdk, Runnable generated) {
        WarmUp.untilJitQuiet(label, WarmUp.repeatFor(sdk, 250), WarmUp.repeatFor(generated, 250));
        List<Interleaved.Round<double[]>> rounds = Interleaved.alternate(blocks, () -> Interleaved.block(sdk, calls),
                () -> Interleaved.block(generated, calls));
        System.out.printf(Locale.ROOT, "%s %s: wall sdk %.1f us, generated %.1f us, median ratio %.3f"
                        + " (%d blocks of %d calls)%n", tag, label,
                Interleaved.median(Interleaved.each(rounds, round -> round.sdk()[0])),
                Interleaved.median(Interleaved.each(rounds, round -> round.raw()[0])),
                Interleaved.median(Interleaved.each(rounds, round -> round.sdk()[0] / round.raw()[0])), blocks, calls);
    }

    private static void compareThreads(int rounds, long roundMs, Runnable sdk, Runnable generated) {
        String label = "get (bearer), 16 threads sharing one client";
        WarmUp.untilJitQuiet(label, WarmUp.repeatFor(sdk, 250), WarmUp.repeatFor(generated, 250));
        InterleavedThreads.callsPerSecond(sdk, 2 * roundMs);
        InterleavedThreads.callsPerSecond(generated, 2 * roundMs);
        List<Interleaved.Round<Double>> results = Interleaved.alternate(rounds,
                () -> InterleavedThreads.callsPerSecond(sdk, roundMs),
                () -> InterleavedThreads.callsPerSecond(generated, roundMs));
        // time per call is the inverse of the throughput: SDK time / generated time = generated calls/s / SDK calls/s
        System.out.printf(Locale.ROOT, "OPENAPI-16 %s: sdk %.0f calls/s, generated %.0f calls/s, median ratio %.3f"
                        + " (%d rounds of %d ms per side)%n", label,
                Interleaved.median(Interleaved.each(results, Interleaved.Round::sdk)),
                Interleaved.median(Interleaved.each(results, Interleaved.Round::raw)),
                Interleaved.median(Interleaved.each(results, round -> round.raw() / round.sdk())), rounds, roundMs);
    }
}
