package dev.cloudsdk.benchmarks;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Async clients (issue item "performance"): 10,000 asynchronous Infomaniak {@code cloud().get} calls submitted at
 * once on one client with default settings, against {@link LocalServer} on loopback. Reports calls per second, p99
 * latency (submission to completion, so it includes the time a call waits in the dispatcher's queue) and the most
 * live threads seen, next to the synchronous client on 16 threads; then the async overhead per call at equal
 * concurrency (16 calls at once both ways), as the ratio of the synchronous throughput to the asynchronous one.
 *
 * <p>The thread count is the JVM's, minus the local server's own threads (one per connection, named
 * {@code local-server-*}), which a real deployment would not have. Run with {@code -Xmx256m}:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.cloudsdk.benchmarks.AsyncFanOut [rounds]}.
 */
public final class AsyncFanOut {

    private static final int CALLS = 10_000;
    private static final int THREADS = 16;

    private AsyncFanOut() {
    }

    /**
     * Runs the comparison.
     *
     * @param args optional: rounds of the equal-concurrency comparison (default 5)
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (LocalServer server = Servers.start(1, 10);
             InfomaniakClient defaults = InfomaniakClient.builder().token(Fixtures.TOKEN).baseUrl(server.baseUrl())
                     .build();
             InfomaniakClient sixteen = InfomaniakClient.builder().token(Fixtures.TOKEN).baseUrl(server.baseUrl())
                     .maxConcurrentRequests(THREADS, THREADS).build()) {
            for (int i = 0; i < 3; i++) {
                fanOut(defaults);
                sync(defaults);
                fanOut(sixteen);
            }
            ThreadWatch watch = ThreadWatch.start();
            Result async = fanOut(defaults);
            int peak = watch.stop();
            Result sync = sync(defaults);
            System.out.printf(Locale.ROOT, "ASYNC 10000 submitted at once: %.0f calls/s, p99 %.1f ms, peak %d live "
                    + "threads (server's excluded), heap max %d MB%n", async.callsPerSecond, async.p99Millis, peak,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "SYNC16 10000 calls on 16 threads: %.0f calls/s, p99 %.1f ms%n",
                    sync.callsPerSecond, sync.p99Millis);
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                boolean syncFirst = round % 2 == 0;
                Result first = syncFirst ? sync(sixteen) : fanOut(sixteen);
                Result second = syncFirst ? fanOut(sixteen) : sync(sixteen);
                Result s = syncFirst ? first : second;
                Result a = syncFirst ? second : first;
                ratios[round] = s.callsPerSecond / a.callsPerSecond;
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "ASYNC-OVERHEAD at 16 calls at once: median time per call async/sync "
                    + "%.3f (%d alternating rounds of %d calls)%n", ratios[rounds / 2], rounds, CALLS);
        }
    }

    private static Result fanOut(InfomaniakClient client) {
        long[] latencies = new long[CALLS];
        List<CompletableFuture<PublicCloud>> futures = new ArrayList<>(CALLS);
        long started = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            int index = i;
            long submitted = System.nanoTime();
            futures.add(client.async().cloud().get(42).whenComplete((cloud, failure) ->
                    latencies[index] = System.nanoTime() - submitted));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        long elapsed = System.nanoTime() - started;
        if (futures.get(CALLS - 1).join().id() != 42) {
            throw new IllegalStateException("unexpected answer");
        }
        return new Result(CALLS / (elapsed / 1e9), percentile99(latencies));
    }

    private static Result sync(InfomaniakClient client) throws InterruptedException {
        long[] latencies = new long[CALLS];
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(new Thread(() -> {
                for (int i = next.getAndIncrement(); i < CALLS; i = next.getAndIncrement()) {
                    long started = System.nanoTime();
                    if (client.cloud().get(42).id() != 42) {
                        throw new IllegalStateException("unexpected answer");
                    }
                    latencies[i] = System.nanoTime() - started;
                }
            }, "sync-" + t));
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(CALLS / ((System.nanoTime() - started) / 1e9), percentile99(latencies));
    }

    private static double percentile99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.99) - 1] / 1e6;
    }

    private record Result(double callsPerSecond, double p99Millis) {
    }

    /** Samples the live threads every millisecond, not counting the local server's. */
    private static final class ThreadWatch {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicInteger peak = new AtomicInteger();
        private final Thread sampler;

        private ThreadWatch() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            sampler = new Thread(() -> {
                while (!stop.get()) {
                    long server = Thread.getAllStackTraces().keySet().stream()
                            .filter(thread -> thread.getName().startsWith("local-server")).count();
                    peak.accumulateAndGet((int) (threads.getThreadCount() - server), Math::max);
                    try {
                        TimeUnit.MILLISECONDS.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "thread-watch");
            sampler.setDaemon(true);
        }

        static ThreadWatch start() {
            ThreadWatch watch = new ThreadWatch();
            watch.sampler.start();
            return watch;
        }

        int stop() throws InterruptedException {
            stop.set(true);
            sampler.join();
            return peak.get();
        }
    }
}
