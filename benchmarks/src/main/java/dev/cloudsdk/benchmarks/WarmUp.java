package dev.cloudsdk.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Warms the cross-checks up until the JIT has finished with the code they measure. On two cores the compiler
 * threads take about one core for the first ten seconds of calls (1.7-3.3 s of compilation per 2 s window), and
 * the SDK, having more code to compile, would pay for it inside the measurement. A fixed number of warm-up
 * calls ended in the middle of that; this waits until a whole window passes with almost no compilation.
 */
final class WarmUp {

    /** Length of one observation window. */
    private static final long WINDOW_NANOS = 2_000_000_000L;
    /** Compilation allowed in a quiet window: 2 % of it. */
    private static final long QUIET_COMPILE_MILLIS = 40;
    /** Give up waiting after this long (the run says so). */
    private static final long MAX_NANOS = 60_000_000_000L;

    private WarmUp() {
    }

    /**
     * Runs the slices in turn, again and again, until a window of {@value #WINDOW_NANOS} ns passes with less
     * than {@value #QUIET_COMPILE_MILLIS} ms of JIT compilation (at least two windows, at most
     * {@value #MAX_NANOS} ns), and prints how long that took.
     *
     * @param label  what is warmed up, for the printed line
     * @param slices each runs one side for a short while (a few hundred milliseconds)
     */
    static void untilJitQuiet(String label, Runnable... slices) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        long windowStart = started;
        long compiledAtWindowStart = jit.getTotalCompilationTime();
        int windows = 0;
        while (true) {
            for (Runnable slice : slices) {
                slice.run();
            }
            long now = System.nanoTime();
            if (now - windowStart < WINDOW_NANOS) {
                continue;
            }
            long compiled = jit.getTotalCompilationTime() - compiledAtWindowStart;
            windows++;
            boolean quiet = windows >= 2 && compiled < QUIET_COMPILE_MILLIS;
            if (quiet || now - started > MAX_NANOS) {
                System.out.printf(Locale.ROOT, "WARM-UP %s: %.0f s, %s (last %.0f s window: %d ms of JIT"
                                + " compilation)%n", label, (now - started) / 1e9, quiet ? "JIT quiet" : "JIT NOT quiet",
                        (now - windowStart) / 1e9, compiled);
                return;
            }
            windowStart = now;
            compiledAtWindowStart = jit.getTotalCompilationTime();
        }
    }

    /**
     * @param call   a call
     * @param millis how long to repeat it
     * @return a slice repeating the call on this thread for that long
     */
    static Runnable repeatFor(Runnable call, long millis) {
        return () -> {
            long end = System.nanoTime() + millis * 1_000_000L;
            do {
                call.run();
            } while (System.nanoTime() - end < 0);
        };
    }
}
