package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Drives one call's attempts without a waiting thread: each attempt completes a future, whose outcome
 * {@link CallRun} turns into the answer, a failure, or the next attempt (at once, or from a timer after the
 * retry delay). Cancelling {@link #result()} cancels the attempt in flight and ends the call.
 */
final class AsyncCall {

    private final CallRun run;
    private final AttemptChain attempts;
    private final Executor blocking;
    private final CompletableFuture<ApiResponse> result = new CompletableFuture<>() {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            AttemptChain.Attempt attempt = current;
            if (attempt != null) {
                attempt.cancel();
            }
            return cancelled;
        }
    };
    private volatile AttemptChain.Attempt current;

    AsyncCall(CallRun run, AttemptChain attempts, Executor blocking) {
        this.run = run;
        this.attempts = attempts;
        this.blocking = blocking;
    }

    /** @return the call's successful answer to come; fails with the call's typed exception */
    CompletableFuture<ApiResponse> result() {
        return result;
    }

    /** Sends the next attempt, unless the call is over. */
    void attempt() {
        if (result.isDone()) {
            return;
        }
        OutgoingRequest outgoing = run.nextAttempt();
        AttemptChain.Attempt attempt = attempts.start(run.request(), outgoing, run.url(), run.deadline());
        current = attempt;
        CompletableFuture<ApiResponse> exchange;
        try {
            exchange = attempt.proceedAsync(outgoing, blocking);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        if (result.isCancelled()) {
            attempt.cancel();
        }
        exchange.whenComplete((response, failure) -> settle(attempt, outgoing, response, failure));
    }

    private void settle(AttemptChain.Attempt attempt, OutgoingRequest outgoing, ApiResponse response,
                        Throwable failure) {
        if (result.isDone()) {
            return;
        }
        try {
            Duration next;
            if (failure == null) {
                next = run.afterResponse(attempt.sent(), response);
                if (next == CallRun.DONE) {
                    result.complete(response);
                    return;
                }
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (!(cause instanceof TransportException)) {
                    result.completeExceptionally(cause);
                    return;
                }
                next = run.afterFailure(outgoing, (TransportException) cause);
            }
            if (next == CallRun.AT_ONCE || next.isZero()) {
                attempt();
            } else {
                CompletableFuture.delayedExecutor(next.toNanos(), TimeUnit.NANOSECONDS, blocking)
                        .execute(this::attempt);
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }
}
