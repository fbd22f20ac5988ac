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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Async clients (issue item "performance"): 10,000 asynchronous Infomaniak {@code cloud().get} calls submitted at
 * once on one client with default settings, against {@link LocalServer} on loopback. Reports calls per second, p99
 * latency (submission to completion, so it includes the time a call waits in the dispatcher's queue) and the most
 * live threads seen, next to the synchronous client on 16 threads; then the async overhead per call at equal
 * concurrency, as the ratio of the synchronous throughput to the asynchronous one: 16 threads making calls against
 * 16 asynchronous calls kept in flight (each completion starts the next), in alternating rounds.
 *
 * <p>The thread count is the JVM's, minus the local server's own threads (one per connection, named
 * {@code local-server-*}), which a real deployment would not have, and the sampling thread's. Run with {@code -Xmx256m}:
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
     * @param args optional: rounds of the equal-concurrency comparison (default 9)
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        try (LocalServer server = Servers.start(1, 10);
             InfomaniakClient client = InfomaniakClient.builder().token(Fixtures.TOKEN).baseUrl(server.baseUrl())
                     .build()) {
            for (int i = 0; i < 3; i++) {
                fanOut(client);
                sixteenInFlight(client);
                sync(client);
            }
            ThreadWatch watch = ThreadWatch.start();
            Result async = fanOut(client);
            int peak = watch.stop();
            Result sync = sync(client);
            System.out.printf(Locale.ROOT, "ASYNC 10000 submitted at once: %.0f calls/s, p99 %.1f ms, peak %d live "
                    + "threads (the server's and this watch's excluded: %s), heap max %d MB%n", async.callsPerSecond, async.p99Millis, peak,
                    watch.atPeak, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "SYNC16 10000 calls on 16 threads: %.0f calls/s, p99 %.1f ms%n",
                    sync.callsPerSecond, sync.p99Millis);
            double[] ratios = new double[rounds];
            double[] inFlight = new double[rounds];
            double[] onThreads = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                boolean syncFirst = round % 2 == 0;
                Result first = syncFirst ? sync(client) : sixteenInFlight(client);
                Result second = syncFirst ? sixteenInFlight(client) : sync(client);
                Result s = syncFirst ? first : second;
                Result a = syncFirst ? second : first;
                ratios[round] = s.callsPerSecond / a.callsPerSecond;
                inFlight[round] = a.callsPerSecond;
                onThreads[round] = s.callsPerSecond;
            }
            Arrays.sort(ratios);
            Arrays.sort(inFlight);
            Arrays.sort(onThreads);
            System.out.printf(Locale.ROOT, "ASYNC-OVERHEAD at 16 calls in flight: median time per call async/sync "
                    + "%.3f (%d alternating rounds of %d calls; medians: async %.0f calls/s, sync %.0f calls/s)%n",
                    ratios[rounds / 2], rounds, CALLS, inFlight[rounds / 2], onThreads[rounds / 2]);
            System.out.printf(Locale.ROOT, "ASYNC callsPerSecond=%.0f p99Ms=%.1f peakThreads=%d heapMiB=%d "
                    + "syncCallsPerSecond=%.0f syncP99Ms=%.1f overhead=%.3f rounds=%d inFlightCallsPerSecond=%.0f "
                    + "threadsCallsPerSecond=%.0f%n", async.callsPerSecond, async.p99Millis, peak,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), sync.callsPerSecond, sync.p99Millis,
                    ratios[rounds / 2], rounds, inFlight[rounds / 2], onThreads[rounds / 2]);
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

    /**
     * Keeps {@value #THREADS} asynchronous calls in flight, starting the next one as each completes, as the 16
     * synchronous threads do: the same concurrency, no queue.
     */
    private static Result sixteenInFlight(InfomaniakClient client) throws InterruptedException {
        long[] latencies = new long[CALLS];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CALLS);
        Runnable[] start = new Runnable[1];
        start[0] = () -> {
            int index = next.getAndIncrement();
            if (index >= CALLS) {
                return;
            }
            long submitted = System.nanoTime();
            client.async().cloud().get(42).whenComplete((cloud, failure) -> {
                latencies[index] = System.nanoTime() - submitted;
                if (failure != null || cloud.id() != 42) {
                    throw new IllegalStateException("unexpected answer", failure);
                }
                done.countDown();
                start[0].run();
            });
        };
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            start[0].run();
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("calls did not complete");
        }
        return new Result(CALLS / ((System.nanoTime() - started) / 1e9), percentile99(latencies));
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
        private volatile String atPeak = "";

        private ThreadWatch() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            sampler = new Thread(() -> {
                while (!stop.get()) {
                    java.util.Set<Thread> all = Thread.getAllStackTraces().keySet();
                    long notCounted = all.stream().filter(ThreadWatch::notCounted).count();
                    int live = (int) (threads.getThreadCount() - notCounted);
                    if (live > peak.get()) {
                        peak.set(live);
                        atPeak = all.stream().map(thread -> thread.getName().replaceAll("[0-9]+", "#"))
                                .filter(name -> !name.startsWith("local-server") && !name.equals("thread-watch"))
                                .collect(java.util.stream.Collectors.groupingBy(name -> name,
                                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                                .toString();
                    }
                    try {
                        TimeUnit.MILLISECONDS.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "thread-watch");
            sampler.setDaemon(true);
        }

        /** The local server's threads (one per connection) and this watch's own are not the SDK's. */
        private static boolean notCounted(Thread thread) {
            return thread.getName().startsWith("local-server") || thread == Thread.currentThread();
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
