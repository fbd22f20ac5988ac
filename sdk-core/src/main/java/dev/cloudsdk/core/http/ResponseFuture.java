package dev.cloudsdk.core.http;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * The result to come of one call of a client's asynchronous view ({@code client.async()}), and its
 * {@link RawResponse}. It is a {@link CompletableFuture} of the operation's usual result, and
 * {@link #rawResponse()} gives the same answer's status, headers and request id, whatever the result type (a
 * {@code 202 Accepted} without a body included):
 *
 * <pre>{@code
 * ResponseFuture<PublicCloud> cloud = client.async().cloud().get(publicCloudId);
 * cloud.rawResponse().thenAccept(raw -> System.out.println(raw.statusCode() + " " + raw.requestId().orElse("-")));
 * System.out.println(cloud.join().customerName());
 * }</pre>
 *
 * <p>An error answer fails both futures with the same typed exception. Cancelling this future cancels the HTTP
 * call. The answer is decoded once, on the thread that read it, as soon as it arrives: {@link RawResponse#parse()}
 * of the raw response returns that same result. Lists answer an {@code AsyncPage}, which has a
 * {@code rawResponse()} of its own.
 *
 * @param <T> what the operation returns; {@code Void} for operations that return nothing
 */
public final class ResponseFuture<T> extends CompletableFuture<T> {

    private final CompletableFuture<RawResponse<T>> rawResponse = new CompletableFuture<>();
    private final Future<?> call;

    /**
     * Creates the future of a call; for provider modules and test doubles.
     *
     * @param call the call under it, cancelled when this future is
     */
    public ResponseFuture(Future<?> call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /** @return the raw response of the call, to come: it completes (or fails) when the answer has been read */
    public CompletableFuture<RawResponse<T>> rawResponse() {
        return rawResponse.copy();
    }

    /**
     * Completes both futures with the call's answer: the raw response at once, then this future with what
     * {@link RawResponse#parse()} decodes (or its decoding failure).
     *
     * @param raw the call's answer
     * @return whether this call completed the future
     */
    public boolean completeWith(RawResponse<T> raw) {
        rawResponse.complete(Objects.requireNonNull(raw, "raw"));
        try {
            return complete(raw.parse());
        } catch (RuntimeException e) {
            return super.completeExceptionally(e);
        }
    }

    /** Fails both futures; a {@link CompletionException} gives its cause. */
    @Override
    public boolean completeExceptionally(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        rawResponse.completeExceptionally(cause);
        return super.completeExceptionally(cause);
    }

    /** Cancels this future, the raw response's and the HTTP call. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        rawResponse.cancel(mayInterruptIfRunning);
        call.cancel(mayInterruptIfRunning);
        return cancelled;
    }
}
