package dev.cloudsdk.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The cross-check of item 1, robust to a busy machine: the {@link DecodeBenchmark} pairs run in alternating
 * blocks in one JVM, timed by the calling thread's CPU time (which other processes cannot inflate). Prints, per
 * pair, the median over blocks of the CPU time per page, the median of the per-block ratios and the bytes
 * allocated per page.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.cloudsdk.benchmarks.InterleavedDecode [blocks] [pagesPerBlock]}
 */
public final class InterleavedDecode {

    private InterleavedDecode() {
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code [blocks] [pagesPerBlock]}
     */
    public static void main(String[] args) {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DecodeBenchmark decode = new DecodeBenchmark();
        decode.setup();
        try {
            compare("infomaniak page, 1,000 PublicCloud", blocks, pages, decode::sdk, decode::jackson);
            compare("omnistrate page, 1,000 ResourceInstance", blocks, pages, decode::omnistrateSdk,
                    decode::omnistrateJackson);
        } finally {
            decode.tearDown();
        }
    }

    private static void compare(String label, int blocks, int pages, Supplier<?> sdk, Supplier<?> raw) {
        WarmUp.untilJitQuiet(label, WarmUp.repeatFor(sdk::get, 250), WarmUp.repeatFor(raw::get, 250));
        List<Interleaved.Round<double[]>> rounds = Interleaved.alternate(blocks,
                () -> Interleaved.block(sdk::get, pages), () -> Interleaved.block(raw::get, pages));
        System.out.printf(Locale.ROOT, "INTERLEAVED-DECODE %s: CPU sdk %.0f us, raw %.0f us, median ratio %.3f;"
                        + " allocated/page sdk %.0f B, raw %.0f B (%d blocks of %d pages)%n", label,
                Interleaved.median(Interleaved.each(rounds, round -> round.sdk()[2])),
                Interleaved.median(Interleaved.each(rounds, round -> round.raw()[2])),
                Interleaved.median(Interleaved.each(rounds, round -> round.sdk()[2] / round.raw()[2])),
                Interleaved.mean(Interleaved.each(rounds, round -> round.sdk()[1])),
                Interleaved.mean(Interleaved.each(rounds, round -> round.raw()[1])), blocks, pages);
    }
}
