package dev.cloudsdk.examples;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.Interceptor;
import dev.cloudsdk.core.waiter.WaiterOptions;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a {@link Walkthrough} sees: the options of the tour, the environment, and {@link #call} to make
 * and report one SDK call.
 *
 * <p>Against a fake every call must answer: anything else is a {@code FAIL}. Against a live endpoint (the
 * walkthrough adds {@link #live()} to its client) a call can also end as {@code skip}, when the SDK refuses an
 * argument before sending (a sample id such as {@code 0}) or when it would change something without
 * {@code --allow-writes}, or as {@code api-error}, when the provider answers with an error (a 404 for a sample id);
 * neither is a failure. Transport and decoding errors stay failures.
 */
public final class TourContext {

    /**
     * The last path segments of {@code POST} requests that only read: the search, stat, list and get RPCs of
     * SpaceONE (both dialects), Omnistrate's inventory searches and SCP's cancellation-fee quote.
     */
    private static final Set<String> READING_POSTS = Set.of("search", "stat", "list", "get", "search-inventory",
            "cancellation-fee");

    /** The last path segments of the {@code GET} requests that change something: Infomaniak's database password reset. */
    private static final Set<String> WRITING_GETS = Set.of("reset_password");

    /** The last path segments of the requests that sign in or renew a token: they change nothing. */
    private static final Set<String> SIGN_INS = Set.of("signin", "issue", "refresh");

    /** The timing of the tour's waits: quick polls, the default timeout. */
    public static final WaiterOptions WAIT = WaiterOptions.builder().initialDelay(Duration.ofMillis(200)).build();

    private final String provider;
    private final Environment environment;
    private final boolean allOperations;
    private final boolean allowWrites;
    private final PrintStream out;
    private boolean live;
    private int calls;
    private int failures;
    private int skips;
    private int apiErrors;

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
     * Marks this run as one against a live endpoint, and gives the interceptor the walkthrough adds to its client:
     * without {@code --allow-writes} it stops every request that is not a read (see {@link #isRead}) before it
     * is sent, and the tour reports the call as {@code skip}.
     *
     * @return the interceptor that keeps writes from the endpoint unless they are allowed
     */
    public Interceptor live() {
        live = true;
        return chain -> {
            if (!allowWrites && !isRead(chain.request().method(), chain.request().url())) {
                throw new WriteSkipped(chain.request().method() + " " + URI.create(chain.request().url()).getPath());
            }
            return chain.proceed(chain.request());
        };
    }

    /** @return whether this run is against a live endpoint ({@link #live()} was called) */
    public boolean isLive() {
        return live;
    }

    /**
     * Whether a request only reads, decided from its HTTP method: {@code GET} and {@code HEAD} read, except the one
     * {@code GET} that resets a database password ({@link #WRITING_GETS}); a {@code POST} reads when it is a search,
     * stat, list, get or quote RPC (its last path segment is one of {@link #READING_POSTS}) or a sign-in; every other
     * request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) writes.
     *
     * @param method the request's method
     * @param url    the request's URL
     * @return whether the request changes nothing
     */
    public static boolean isRead(HttpMethod method, String url) {
        String path = URI.create(url).getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return !WRITING_GETS.contains(last);
        }
        return method == HttpMethod.POST && (READING_POSTS.contains(last) || SIGN_INS.contains(last));
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
     * A failure is counted, printed with its message, and does not stop the walkthrough. Against a live endpoint
     * a call the SDK refuses before sending, or a write without {@code --allow-writes}, prints {@code skip} with the
     * reason, and an error answer of the provider prints {@code api-error} with its status; neither counts as a
     * failure.
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
            long millis = (System.nanoTime() - started) / 1_000_000;
            WriteSkipped write = cause(e, WriteSkipped.class);
            ApiException answer = cause(e, ApiException.class);
            if (live && write != null) {
                skips++;
                out.printf("  skip %-10s %-48s %s is a write: pass --allow-writes%n", provider, operation,
                        write.getMessage());
            } else if (live && (e instanceof IllegalArgumentException || e instanceof NullPointerException)) {
                skips++;
                out.printf("  skip %-10s %-48s the SDK refuses the arguments: %s%n", provider, operation,
                        e.getMessage());
            } else if (live && answer != null) {
                apiErrors++;
                out.printf("  api-error %-10s %-48s HTTP %d %s%s (%d ms)%n", provider, operation, answer.statusCode(),
                        answer.family(), answer.errorMessage().map(message -> ": " + message).orElse(""), millis);
            } else {
                failures++;
                out.printf("  FAIL %-10s %-48s %s (%d ms)%n", provider, operation, e, millis);
            }
            return null;
        }
    }

    private static <X extends Throwable> X cause(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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

    int skips() {
        return skips;
    }

    int apiErrors() {
        return apiErrors;
    }

    /** A request kept from a live endpoint: it writes, and {@code --allow-writes} was not given. */
    private static final class WriteSkipped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WriteSkipped(String request) {
            super(request, null, false, false);
        }
    }
}
