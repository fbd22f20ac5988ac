package dev.cloudsdk.core.waiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.error.SdkException;
import dev.cloudsdk.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The waiter on a virtual clock: the sleeper records each delay and moves the clock by it. */
class WaiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();

    /** A value with a state, as a model would have. */
    record Job(String id, Optional<String> status) {
        static Job of(String status) {
            return new Job("job-1", Optional.ofNullable(status));
        }
    }

    private Waiter.Builder<Job> builder() {
        return Waiter.<Job>builder()
                .description("job job-1 to be DONE")
                .states(Job::status, Set.of("DONE"), Set.of("FAILED", "CANCELLED"))
                .sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .clock(clock)
                .random(() -> 0.0)
                .options(WaiterOptions.builder().timeout(Duration.ofSeconds(60)).initialDelay(Duration.ofSeconds(1))
                        .maxDelay(Duration.ofSeconds(8)).multiplier(2).jitter(0.5).build());
    }

    private static Supplier<Job> sequence(String... states) {
        Iterator<String> it = java.util.Arrays.asList(states).iterator();
        String[] last = {null};
        return () -> {
            if (it.hasNext()) {
                last[0] = it.next();
            }
            return Job.of(last[0]);
        };
    }

    private static NotFoundException notFound() {
        return new NotFoundException(404, ErrorDetails.empty(), Map.of(), "");
    }

    @Test
    void returnsTheFirstValueInASuccessState() {
        Job done = builder().build().waitFor(sequence("PENDING", "RUNNING", "DONE"));

        assertThat(done.status()).contains("DONE");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void succeedsAtOnceWithoutSleeping() {
        assertThat(builder().build().waitFor(sequence("DONE")).status()).contains("DONE");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aFailureStateEndsTheWaitWithTheLastValue() {
        Waiter<Job> waiter = builder().build();

        assertThatThrownBy(() -> waiter.waitFor(sequence("PENDING", "FAILED", "DONE")))
                .isInstanceOfSatisfying(WaiterFailureException.class, e -> {
                    assertThat(e).isInstanceOf(SdkException.class);
                    assertThat(e.getMessage()).isEqualTo(
                            "Gave up waiting for job job-1 to be DONE: reached state FAILED after 2 polls");
                    assertThat(e.lastValue()).contains(Job.of("FAILED"));
                    assertThat(e.polls()).isEqualTo(2);
                });
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void failureIsCheckedBeforeSuccess() {
        Waiter<Job> waiter = builder().successWhen(job -> true).build();

        assertThatThrownBy(() -> waiter.waitFor(sequence("CANCELLED")))
                .isInstanceOf(WaiterFailureException.class);
    }

    @Test
    void timesOutWithTheLastValueAndAFinalPollOnTheDeadline() {
        Waiter<Job> waiter = builder().build();
        Instant start = clock.instant();

        assertThatThrownBy(() -> waiter.waitFor(sequence("PENDING")))
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Timed out after PT1M waiting for job job-1 to be DONE"
                            + " (11 polls; last seen: state PENDING)");
                    assertThat(e.lastValue()).contains(Job.of("PENDING"));
                    assertThat(e.getCause()).isNull();
                });
        // 1 + 2 + 4 + 8 * 6 = 55, then the remaining 5 seconds to the deadline
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(5));
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void theTimeTakenByPollsCountsAgainstTheTimeout() {
        Waiter<Job> waiter = builder().options(WaiterOptions.builder().timeout(Duration.ofSeconds(10))
                .initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build();

        assertThatThrownBy(() -> waiter.waitFor(() -> {
            clock.advance(Duration.ofSeconds(4));
            return Job.of("PENDING");
        })).isInstanceOfSatisfying(WaiterTimeoutException.class, e -> assertThat(e.polls()).isEqualTo(3));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void jitterShortensEachDelayByAtMostItsFraction() {
        List<Duration> shortest = delays(0.0);
        List<Duration> longest = delays(0.999999);

        assertThat(shortest).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(longest).hasSameSizeAs(shortest);
        for (int i = 0; i < 5; i++) {
            Duration full = shortest.get(i);
            assertThat(longest.get(i)).isLessThan(full).isGreaterThan(full.dividedBy(2).minusMillis(1));
        }
    }

    private List<Duration> delays(double random) {
        sleeps.clear();
        Waiter<Job> waiter = builder().random(() -> random).options(WaiterOptions.builder()
                .timeout(Duration.ofSeconds(30)).initialDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(8))
                .multiplier(2).jitter(0.5).build()).build();
        Iterator<String> states = List.of("A", "B", "C", "D", "E", "DONE").iterator();
        waiter.waitFor(() -> Job.of(states.next()));
        return new ArrayList<>(sleeps);
    }

    @Test
    void anExceptionDeclaredAsNotThereYetKeepsPolling() {
        Waiter<Job> waiter = builder().retryOn(NotFoundException.class).build();
        Iterator<Supplier<Job>> answers = List.<Supplier<Job>>of(() -> {
            throw notFound();
        }, () -> Job.of("PENDING"), () -> Job.of("DONE")).iterator();

        assertThat(waiter.waitFor(() -> answers.next().get()).status()).contains("DONE");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void aTimeoutWhileNotThereYetCarriesTheException() {
        Waiter<Job> waiter = builder().retryOn(NotFoundException.class).build();

        assertThatThrownBy(() -> waiter.waitFor(() -> {
            throw notFound();
        })).isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
            assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
            assertThat(e.lastValue()).isEmpty();
            assertThat(e.getMessage()).endsWith("last seen: NotFoundException)");
        });
    }

    @Test
    void anExceptionDeclaredAsDoneEndsTheWait() {
        Waiter<Job> waiter = Waiter.<Job>builder().successOn(NotFoundException.class).clock(clock).random(() -> 0.0)
                .sleeper(sleeps::add).build();
        Iterator<Supplier<Job>> answers = List.<Supplier<Job>>of(() -> Job.of("DELETING"), () -> {
            throw notFound();
        }).iterator();

        assertThat(waiter.waitFor(() -> answers.next().get())).isNull();
        assertThat(sleeps).containsExactly(WaiterOptions.defaults().initialDelay());
    }

    @Test
    void anUndeclaredExceptionPropagates() {
        Waiter<Job> waiter = builder().build();
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> waiter.waitFor(() -> {
            throw boom;
        })).isSameAs(boom);
        assertThatThrownBy(() -> waiter.waitFor(() -> {
            throw notFound();
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInterruptEndsTheWaitAndKeepsTheFlag() {
        Waiter<Job> waiter = builder().sleeper(d -> {
            throw new InterruptedException();
        }).build();

        try {
            assertThatThrownBy(() -> waiter.waitFor(sequence("PENDING")))
                    .isExactlyInstanceOf(SdkException.class)
                    .hasMessage("Interrupted while waiting for job job-1 to be DONE");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void successWhenAndStateNameWorkWithoutStates() {
        Waiter<Job> waiter = Waiter.<Job>builder().successWhen(job -> job.status().isPresent())
                .stateName(Job::status).failureWhen(job -> job.id().isEmpty()).clock(clock).sleeper(sleeps::add)
                .build();

        assertThat(waiter.waitFor(sequence(null, null, "X")).status()).contains("X");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void argumentsAreCheckedEarly() {
        assertThatThrownBy(() -> Waiter.<Job>builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("success condition");
        assertThatThrownBy(() -> Waiter.<Job>builder().states(Job::status, Set.of(), Set.of("FAILED")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("success condition");
        assertThatThrownBy(() -> Waiter.<Job>builder().states(Job::status, Set.of("A"), Set.of("A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both success and failure");
        assertThatThrownBy(() -> Waiter.<Job>builder().retryOn(null)).hasMessage("type");
        assertThatThrownBy(() -> builder().build().waitFor(null)).hasMessage("poll");
        assertThatThrownBy(() -> WaiterOptions.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeout must be positive, was PT0S");
        assertThatThrownBy(() -> WaiterOptions.builder().initialDelay(Duration.ofSeconds(-1)))
                .hasMessage("initialDelay must be positive, was PT-1S");
        assertThatThrownBy(() -> WaiterOptions.builder().maxDelay(null)).hasMessage("maxDelay");
        assertThatThrownBy(() -> WaiterOptions.builder().multiplier(0.5))
                .hasMessage("multiplier must be a finite number >= 1, was 0.5");
        assertThatThrownBy(() -> WaiterOptions.builder().multiplier(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaiterOptions.builder().jitter(1.5))
                .hasMessage("jitter must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> WaiterOptions.builder().initialDelay(Duration.ofSeconds(40)).build())
                .hasMessage("maxDelay (PT30S) must not be below initialDelay (PT40S)");
    }

    @Test
    void optionsHaveDocumentedDefaultsAndCopy() {
        WaiterOptions defaults = WaiterOptions.defaults();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.initialDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.multiplier()).isEqualTo(1.5);
        assertThat(defaults.jitter()).isEqualTo(0.2);
        WaiterOptions longer = defaults.withTimeout(Duration.ofHours(1));
        assertThat(longer.timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(longer.toString()).isEqualTo(defaults.toString().replace("PT15M", "PT1H"));
        assertThat(builder().build().toString()).startsWith("Waiter{job job-1 to be DONE, WaiterOptions{timeout=PT1M");
    }

    /** A real-time waiter with millisecond delays: the asynchronous wait schedules its polls on a timer. */
    private static Waiter.Builder<Job> quick(Duration timeout) {
        return Waiter.<Job>builder()
                .description("job job-1 to be DONE")
                .states(Job::status, Set.of("DONE"), Set.of("FAILED"))
                .retryOn(NotFoundException.class)
                .options(WaiterOptions.builder().timeout(timeout).initialDelay(Duration.ofMillis(2))
                        .maxDelay(Duration.ofMillis(5)).build());
    }

    private static Supplier<CompletableFuture<Job>> async(Supplier<Job> poll, List<String> threads) {
        return () -> CompletableFuture.supplyAsync(() -> {
            threads.add(Thread.currentThread().getName());
            return poll.get();
        });
    }

    @Test
    void anAsynchronousWaitPollsOnATimerUntilSuccess() throws Exception {
        List<String> polls = new java.util.concurrent.CopyOnWriteArrayList<>();
        Supplier<Job> states = sequence("PENDING", "RUNNING", "DONE");

        Job done = quick(Duration.ofSeconds(5)).build().waitForAsync(async(states, polls))
                .get(5, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(done.status()).contains("DONE");
        assertThat(polls).hasSize(3);
    }

    @Test
    void anAsynchronousWaitFailsOnAFailureStateWithTheLastValue() {
        CompletableFuture<Job> wait = quick(Duration.ofSeconds(5)).build()
                .waitForAsync(async(sequence("PENDING", "FAILED"), new ArrayList<>()));

        assertThatThrownBy(wait::join).cause().isInstanceOfSatisfying(WaiterFailureException.class, e -> {
            assertThat(e.polls()).isEqualTo(2);
            assertThat(e.lastValue()).contains(Job.of("FAILED"));
        });
    }

    @Test
    void anAsynchronousWaitTimesOutAndKeepsPollingThroughNotFound() {
        int[] polls = {0};
        CompletableFuture<Job> wait = quick(Duration.ofMillis(60)).build().waitForAsync(() -> {
            polls[0]++;
            return polls[0] == 1 ? CompletableFuture.failedFuture(notFound())
                    : CompletableFuture.completedFuture(Job.of("PENDING"));
        });

        assertThatThrownBy(wait::join).cause().isInstanceOf(WaiterTimeoutException.class)
                .hasMessageContaining("last seen: state PENDING");
        assertThat(polls[0]).isGreaterThan(2);
    }

    @Test
    void anUndeclaredPollFailureEndsTheAsynchronousWaitAsItIs() {
        IllegalStateException broken = new IllegalStateException("broken");
        CompletableFuture<Job> wait = quick(Duration.ofSeconds(5)).build()
                .waitForAsync(() -> CompletableFuture.failedFuture(broken));

        assertThatThrownBy(wait::join).hasCause(broken);
    }

    @Test
    void cancellingAnAsynchronousWaitCancelsThePollInFlight() {
        CompletableFuture<Job> never = new CompletableFuture<>();
        CompletableFuture<Job> wait = quick(Duration.ofSeconds(5)).build().waitForAsync(() -> never);

        wait.cancel(true);

        assertThat(never).isCancelled();
    }
}
