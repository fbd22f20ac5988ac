package dev.cloudsdk.examples;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.waiter.WaiterOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a {@link Walkthrough} sees: the options of the tour, the environment, and {@link #call} to make
 * and report one SDK call.
 */
public final class TourContext {

    /** The timing of the tour's waits: quick polls, the default timeout. */
    public static final WaiterOptions WAIT = WaiterOptions.builder().initialDelay(Duration.ofMillis(200)).build();

    private final String provider;
    private final Environment environment;
    private final boolean allOperations;
    private final boolean allowWrites;
    private final PrintStream out;
    private int calls;
    private int failures;

    TourContext(String provider, Environment environment, boolean allOperations, boolean allowWrites,
                PrintStream out) {
        this.provider = provider;
        this.environment = environment;
        this.allOperations = allOperations;
        this.allowWrites = allowWrites;
        this.out = out;
    }

    /** @return where configuration is read; a provider is "live" when its variables are set here */
    public Environment environment() {
        return environment;
    }

    /** @return whether every operation should be called once ({@code --all-operations}) */
    public boolean allOperations() {
        return allOperations;
    }

    /** @return whether calls that change state may be made against a real endpoint ({@code --allow-writes}) */
    public boolean allowWrites() {
        return allowWrites;
    }

    /**
     * Prints a note line (which endpoint, what is skipped and why).
     *
     * @param message the note
     */
    public void note(String message) {
        out.printf("  %-10s %s%n", provider, message);
    }

    /**
     * Makes one call and prints one line: {@code ok} or {@code FAIL}, the operation, a summary and the time.
     * A failure is counted, printed with its message, and does not stop the walkthrough.
     *
     * @param operation the operation's name, e.g. {@code plannedComputes.list}
     * @param call      the call
     * @param summary   turns the result into a short description
     * @param <T>       result type
     * @return the result, or {@code null} when the call failed
     */
    public <T> T call(String operation, Supplier<T> call, Function<? super T, String> summary) {
        Objects.requireNonNull(call, "call");
        calls++;
        long started = System.nanoTime();
        try {
            T result = call.get();
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.printf("  ok   %-10s %-48s %s (%d ms)%n", provider, operation, summary.apply(result), millis);
            return result;
        } catch (RuntimeException e) {
            failures++;
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.printf("  FAIL %-10s %-48s %s (%d ms)%n", provider, operation, e, millis);
            return null;
        }
    }

    /**
     * Makes one asynchronous call (or a group of them) and waits here for its result, so that the tour prints it in
     * order; a failed future counts as a failed call, with the exception it holds.
     *
     * @param operation the operation's name
     * @param call      starts the call
     * @param summary   turns the result into a short description
     * @param <T>       result type
     * @return the result, or {@code null} when the call failed
     */
    public <T> T await(String operation, Supplier<CompletableFuture<T>> call, Function<? super T, String> summary) {
        return call(operation, () -> {
            try {
                return call.get().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
        }, summary);
    }

    /**
     * Starts one call per item, all in flight at once on the asynchronous view.
     *
     * @param items what to call for
     * @param call  starts the call for one item
     * @param <I>   item type
     * @param <T>   result type
     * @return the results in the items' order, once every call has completed
     */
    public static <I, T> CompletableFuture<List<T>> fanOut(List<I> items, Function<? super I,
            CompletableFuture<T>> call) {
        List<CompletableFuture<T>> calls = items.stream().map(call).collect(Collectors.toList());
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .thenApply(done -> calls.stream().map(CompletableFuture::join).collect(Collectors.toList()));
    }

    /**
     * Makes one call whose result needs no summary.
     *
     * @param operation the operation's name
     * @param call      the call
     */
    public void call(String operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        }, ignored -> "done");
    }

    void recordFailure(String what, Exception e) {
        calls++;
        failures++;
        out.printf("  FAIL %-10s %-48s %s%n", provider, what, e);
    }

    int calls() {
        return calls;
    }

    int failures() {
        return failures;
    }
}
