package dev.cloudsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The shared watchdog cancels exactly the calls that outlive their deadline, however they are registered. */
class CallDeadlinesTest {

    private final OkHttpClient client = new OkHttpClient();

    private Call newCall() {
        return client.newCall(new Request.Builder().url("http://127.0.0.1:9/never-executed").build());
    }

    @Test
    void theSharedWatchdogSleepsWhileNoDeadlineIsNear() throws Exception {
        Call call = newCall();
        CallDeadlines.SHARED.watch(call, TimeUnit.SECONDS.toNanos(60));
        try {
            Thread.sleep(100);
            long before = CallDeadlines.SHARED.scans();
            Thread.sleep(500);
            assertThat(CallDeadlines.SHARED.isRunning()).isTrue();
            assertThat(CallDeadlines.SHARED.scans() - before).as("scans in 500 ms").isLessThanOrEqualTo(2);
        } finally {
            CallDeadlines.SHARED.forget(call);
        }
    }

    @Test
    void cancelsACallOnlyOnceItsDeadlineHasPassed() throws Exception {
        CallDeadlines deadlines = new CallDeadlines();
        Call call = newCall();
        long started = System.nanoTime();
        deadlines.watch(call, TimeUnit.MILLISECONDS.toNanos(150));

        assertThat(call.isCanceled()).isFalse();
        awaitCancelled(call, Duration.ofSeconds(3));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aShortDeadlineRegisteredWhileTheWatchdogSleepsIsStillMet() throws Exception {
        CallDeadlines deadlines = new CallDeadlines();
        Call patient = newCall();
        deadlines.watch(patient, TimeUnit.SECONDS.toNanos(60)); // the watchdog now sleeps for its longest pause
        Thread.sleep(50);
        Call hurried = newCall();
        long started = System.nanoTime();
        deadlines.watch(hurried, TimeUnit.MILLISECONDS.toNanos(100));

        awaitCancelled(hurried, Duration.ofMillis(800));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(800));
        assertThat(patient.isCanceled()).isFalse();
        deadlines.forget(patient);
    }

    @Test
    void aForgottenCallIsNeverCancelled() throws Exception {
        CallDeadlines deadlines = new CallDeadlines();
        Call call = newCall();
        deadlines.watch(call, TimeUnit.MILLISECONDS.toNanos(50));
        deadlines.forget(call);

        Thread.sleep(300);
        assertThat(call.isCanceled()).isFalse();
    }

    @Test
    void manyThreadsRegisteringAndForgettingLoseNoDeadline() throws Exception {
        CallDeadlines deadlines = new CallDeadlines();
        List<Call> expiring = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Call mine = newCall();
            expiring.add(mine);
            threads.add(new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    Call call = newCall();
                    deadlines.watch(call, TimeUnit.SECONDS.toNanos(30));
                    deadlines.forget(call);
                }
                deadlines.watch(mine, TimeUnit.MILLISECONDS.toNanos(100));
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        for (Call call : expiring) {
            awaitCancelled(call, Duration.ofSeconds(3));
        }
    }

    @Test
    void theWatchdogStopsWhenIdleAndStartsAgainWithTheNextCall() throws Exception {
        CallDeadlines deadlines = new CallDeadlines(TimeUnit.MILLISECONDS.toNanos(20),
                TimeUnit.MILLISECONDS.toNanos(50));
        Call first = newCall();
        deadlines.watch(first, TimeUnit.SECONDS.toNanos(30));
        deadlines.forget(first);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (deadlines.isRunning() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(deadlines.isRunning()).as("stopped after being idle").isFalse();

        Call next = newCall();
        deadlines.watch(next, TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(deadlines.isRunning()).isTrue();
        awaitCancelled(next, Duration.ofSeconds(3));
    }

    @Test
    void theWatchdogIsADaemonThatScansAtLeastEveryPause() throws Exception {
        CallDeadlines deadlines = new CallDeadlines(TimeUnit.MILLISECONDS.toNanos(10),
                TimeUnit.SECONDS.toNanos(30));
        Call call = newCall();
        deadlines.watch(call, TimeUnit.SECONDS.toNanos(60));
        try {
            long before = deadlines.scans();
            Thread.sleep(300);
            assertThat(deadlines.scans() - before).as("scans in 300 ms with a 10 ms pause").isGreaterThanOrEqualTo(3);
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("cloudsdk-call-deadlines"))
                    .isNotEmpty().allMatch(Thread::isDaemon);
            assertThat(call.isCanceled()).isFalse();
        } finally {
            deadlines.forget(call);
        }
    }

    @Test
    void aWatchdogWithCallsLeftDoesNotStop() throws Exception {
        CallDeadlines deadlines = new CallDeadlines(TimeUnit.MILLISECONDS.toNanos(10),
                TimeUnit.MILLISECONDS.toNanos(30));
        Call patient = newCall();
        deadlines.watch(patient, TimeUnit.SECONDS.toNanos(60));
        try {
            Thread.sleep(200); // several idle periods long
            assertThat(deadlines.isRunning()).isTrue();
            Call hurried = newCall();
            deadlines.watch(hurried, TimeUnit.MILLISECONDS.toNanos(20));
            awaitCancelled(hurried, Duration.ofSeconds(3));
            assertThat(patient.isCanceled()).isFalse();
        } finally {
            deadlines.forget(patient);
        }
    }

    private static void awaitCancelled(Call call, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (!call.isCanceled() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(call.isCanceled()).as("cancelled within %s", within).isTrue();
    }
}
