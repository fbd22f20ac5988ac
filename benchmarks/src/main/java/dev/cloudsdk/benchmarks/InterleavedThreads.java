package dev.cloudsdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cross-check of item 3, robust to a busy machine like {@link Interleaved} is for item 2: 16 threads share
 * one client and call it for a fixed time, SDK and hand-written in alternating rounds in one JVM (baseline
 * first, then SDK first, ...); prints, per pair, the median throughput of each side and the median of the
 * per-round ratios.
 */
final class InterleavedThreads {

    private static final int THREADS = 16;

    private InterleavedThreads() {
    }

    /**
     * Compares two calls under 16 threads and prints one {@code INTERLEAVED16} line.
     *
     * @param label   what is compared
     * @param rounds  how many rounds (each runs both sides once)
     * @param roundMs how long each side runs per round
     * @param sdk     the SDK call
     * @param raw     the hand-written call
     */
    static void compare(String label, int rounds, long roundMs, Runnable sdk, Runnable raw) {
        // Compilation is watched on one thread: with 16 busy threads the compiler threads get little CPU, and the
        // elapsed compilation time the JVM reports keeps growing while they wait for it.
        WarmUp.untilJitQuiet(label, WarmUp.repeatFor(sdk, 250), WarmUp.repeatFor(raw, 250));
        callsPerSecond(sdk, 2 * roundMs);
        callsPerSecond(raw, 2 * roundMs);
        List<Interleaved.Round<Double>> results = Interleaved.alternate(rounds, () -> callsPerSecond(sdk, roundMs),
                () -> callsPerSecond(raw, roundMs));
        System.out.printf(Locale.ROOT, "INTERLEAVED16 %s: sdk %.0f calls/s, raw %.0f calls/s, median ratio %.3f"
                        + " (%d rounds of %d ms per side)%n", label,
                Interleaved.median(Interleaved.each(results, Interleaved.Round::sdk)),
                Interleaved.median(Interleaved.each(results, Interleaved.Round::raw)),
                Interleaved.median(Interleaved.each(results, round -> round.sdk() / round.raw())), rounds, roundMs);
    }

    /**
     * @param call   a call
     * @param millis how long to run it
     * @return calls per second of {@value #THREADS} threads making that call in a loop for that long
     */
    static double callsPerSecond(Runnable call, long millis) {
        AtomicLong calls = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread thread = new Thread(() -> {
                long done = 0;
                while (!stop.get()) {
                    call.run();
                    done++;
                }
                calls.addAndGet(done);
            }, "interleaved-" + i);
            threads.add(thread);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        try {
            Thread.sleep(millis);
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return calls.get() / ((System.nanoTime() - started) / 1e9);
    }
}
