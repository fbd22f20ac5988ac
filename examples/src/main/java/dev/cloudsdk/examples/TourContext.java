package dev.cloudsdk.examples;

import dev.cloudsdk.core.Environment;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a {@link Walkthrough} sees: the options of the tour, the environment, and {@link #call} to make
 * and report one SDK call.
 */
public final class TourContext {

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
