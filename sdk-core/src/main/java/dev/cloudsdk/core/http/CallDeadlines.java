package dev.cloudsdk.core.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Cancels OkHttp calls that outlive their deadline (what is left of the SDK's total call timeout), from one
 * daemon thread shared by every transport.
 *
 * <p>OkHttp's own {@code call.timeout()} (Okio's {@code AsyncTimeout}) takes a global lock and wakes its
 * watchdog thread on every call; the benchmarks measured that at 3-5 % of a small {@code get}. Here a call
 * costs a map insertion and a removal: the watchdog sleeps until the earliest deadline it knows of (at most
 * {@link #MAX_PAUSE_NANOS}) and is woken only by a call whose deadline comes before that. It stops after
 * {@link #IDLE_EXIT_NANOS} without calls and starts again with the next one.
 */
final class CallDeadlines {

    private static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long IDLE_EXIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** The deadlines of every transport's calls (declared after the constants its constructor reads). */
    static final CallDeadlines SHARED = new CallDeadlines();

    private final long maxPauseNanos;
    private final long idleExitNanos;

    private final Map<Call, Long> deadlines = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    /** Whether a watchdog thread is running; changed only under {@link #lifecycle}. */
    private volatile boolean running;
    private volatile Thread watchdog;
    /**
     * When the watchdog looks next ({@link System#nanoTime()}); while it scans, the latest it can choose. A call
     * due before it wakes the watchdog.
     */
    private volatile long nextScan;
    /** How many times the watchdog has looked at the deadlines (for tests); written by the watchdog only. */
    private volatile long scans;

    CallDeadlines() {
        this(MAX_PAUSE_NANOS, IDLE_EXIT_NANOS);
    }

    CallDeadlines(long maxPauseNanos, long idleExitNanos) {
        this.maxPauseNanos = maxPauseNanos;
        this.idleExitNanos = idleExitNanos;
    }

    /**
     * Starts watching a call: it is cancelled if still registered when the timeout runs out.
     *
     * @param call         the call, before it is executed
     * @param timeoutNanos time it may take, &gt; 0
     */
    void watch(Call call, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        deadlines.put(call, deadline);
        if (!running) {
            start();
        } else if (deadline - nextScan < 0) {
            LockSupport.unpark(watchdog);
        }
    }

    /**
     * Stops watching a call, whatever happened to it.
     *
     * @param call the call
     */
    void forget(Call call) {
        deadlines.remove(call);
    }

    /** @return how many times the watchdog has scanned (for tests) */
    long scans() {
        return scans;
    }

    /** @return whether a watchdog thread is running (for tests) */
    boolean isRunning() {
        return running;
    }

    private void start() {
        synchronized (lifecycle) {
            if (running) {
                LockSupport.unpark(watchdog);
                return;
            }
            nextScan = System.nanoTime();
            Thread thread = new Thread(this::watchUntilIdle, "cloudsdk-call-deadlines");
            thread.setDaemon(true);
            watchdog = thread;
            running = true;
            thread.start();
        }
    }

    private void watchUntilIdle() {
        long idleSince = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            long next = now + maxPauseNanos;
            nextScan = next; // a call registered during the scan and due before this wakes the watchdog
            scans++;
            for (Map.Entry<Call, Long> entry : deadlines.entrySet()) {
                long deadline = entry.getValue();
                if (deadline - now <= 0) {
                    if (deadlines.remove(entry.getKey(), deadline)) {
                        entry.getKey().cancel();
                    }
                } else if (deadline - next < 0) {
                    next = deadline;
                }
            }
            if (!deadlines.isEmpty()) {
                idleSince = now;
            } else if (now - idleSince > idleExitNanos && stopIfStillIdle()) {
                return;
            }
            nextScan = next;
            LockSupport.parkNanos(this, next - System.nanoTime());
        }
    }

    /** Ends the watchdog unless a call came in; a call registered after this sees it stopped and restarts it. */
    private boolean stopIfStillIdle() {
        synchronized (lifecycle) {
            running = false;
            if (!deadlines.isEmpty()) {
                running = true;
                return false;
            }
            watchdog = null;
            return true;
        }
    }
}
