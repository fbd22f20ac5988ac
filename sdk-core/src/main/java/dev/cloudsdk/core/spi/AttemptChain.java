package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.Interceptor;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.internal.logging.HttpLogger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;

/**
 * Sends one attempt: through the user's interceptors, then authentication (signing), logging and the transport.
 * Keeps the attempt as it finally went out, so that a 401 can be matched to the credentials it carried.
 */
final class AttemptChain {

    private final List<Interceptor> interceptors;
    private final RequestAuthenticator authenticator;
    private final HttpTransport transport;
    private final HttpLogger logger;

    AttemptChain(List<Interceptor> interceptors, RequestAuthenticator authenticator, HttpTransport transport,
                 HttpLogger logger) {
        this.interceptors = List.copyOf(interceptors);
        this.authenticator = authenticator;
        this.transport = transport;
        this.logger = logger;
    }

    /** One attempt's run through the chain. */
    final class Attempt implements Interceptor.Chain {
        private final ApiRequest call;
        private final HttpUrl url;
        private final long deadlineNanos;
        private OutgoingRequest current;
        private volatile OutgoingRequest sent;
        private volatile CompletableFuture<ApiResponse> exchange;
        private volatile boolean cancelled;
        private int next;

        Attempt(ApiRequest call, OutgoingRequest request, HttpUrl url, long deadlineNanos) {
            this.call = call;
            this.url = url;
            this.current = request;
            this.sent = request;
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * @return the attempt as authenticated and handed to the transport; as it started when an interceptor
         * answered without sending it
         */
        OutgoingRequest sent() {
            return sent;
        }

        @Override
        public OutgoingRequest request() {
            return current;
        }

        @Override
        public String operation() {
            return call.operation() == null ? "" : call.operation();
        }

        @Override
        public Duration timeLeft() {
            return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
        }

        @Override
        public ApiResponse proceed(OutgoingRequest request) throws TransportException {
            current = request;
            if (next < interceptors.size()) {
                return interceptors.get(next++).intercept(this);
            }
            return authenticateAndSend(request);
        }

        /**
         * Sends the attempt without making the calling thread wait. Without interceptors nothing blocks: the
         * authenticator applies credentials at hand (or fetches them on {@code blocking}) and the transport sends
         * asynchronously. An interceptor's contract is blocking ({@link Interceptor.Chain#proceed} returns the
         * response), so with interceptors the whole attempt runs on {@code blocking}, one pool thread per attempt
         * in flight.
         *
         * @param request  the attempt
         * @param blocking the client's pool for work that waits
         * @return the response to come, or a {@link TransportException} when there is none
         */
        CompletableFuture<ApiResponse> proceedAsync(OutgoingRequest request, Executor blocking) {
            if (!interceptors.isEmpty()) {
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        return proceed(request);
                    } catch (TransportException e) {
                        throw new CompletionException(e);
                    }
                }, blocking);
            }
            current = request;
            if (!call.authenticated()) {
                return sendAsync(request, blocking);
            }
            CompletableFuture<Void> authenticated = authenticator.authenticateAsync(request, blocking);
            if (authenticated.isDone() && !authenticated.isCompletedExceptionally()) {
                return sendAsync(request, blocking); // credentials at hand: no stage to wait on
            }
            return authenticated.thenCompose(ready -> sendAsync(request, blocking));
        }

        /** Stops the attempt: cancels its exchange, or keeps it from starting. */
        void cancel() {
            cancelled = true;
            CompletableFuture<ApiResponse> running = exchange;
            if (running != null) {
                running.cancel(true);
            }
        }

        private CompletableFuture<ApiResponse> sendAsync(OutgoingRequest request, Executor blocking) {
            sent = request;
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0 || cancelled) {
                return CompletableFuture.failedFuture(new TransportException(cancelled ? "the call was cancelled"
                        : "the call's total timeout ran out before the attempt was sent", null, false, !cancelled));
            }
            logger.request(request, call.operation(), call.sensitive());
            long started = System.nanoTime();
            CompletableFuture<ApiResponse> running = transport.sendAsync(request, url, Duration.ofNanos(remaining),
                    blocking);
            exchange = running;
            if (cancelled) {
                running.cancel(true);
            }
            running.whenComplete((response, failure) -> {
                long elapsed = System.nanoTime() - started;
                if (response != null) {
                    logger.response(request, response, elapsed, call.sensitive());
                } else if (failure instanceof TransportException) {
                    logger.failure(request, (TransportException) failure, elapsed);
                } else if (failure != null && failure.getCause() instanceof TransportException) {
                    logger.failure(request, (TransportException) failure.getCause(), elapsed);
                }
            });
            return running;
        }

        private ApiResponse authenticateAndSend(OutgoingRequest request) throws TransportException {
            if (call.authenticated()) {
                authenticator.authenticate(request);
            }
            sent = request;
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                throw new TransportException("the call's total timeout ran out before the attempt was sent", null,
                        false, true);
            }
            logger.request(request, call.operation(), call.sensitive());
            long started = System.nanoTime();
            ApiResponse response;
            try {
                response = transport.send(request, url, Duration.ofNanos(remaining));
            } catch (TransportException e) {
                logger.failure(request, e, System.nanoTime() - started);
                throw e;
            }
            logger.response(request, response, System.nanoTime() - started, call.sensitive());
            return response;
        }
    }

    /**
     * Starts an attempt.
     *
     * @param call          the call it belongs to
     * @param request       the attempt before interceptors and authentication
     * @param url           the attempt's URL, parsed ({@code request.url()} is its text)
     * @param deadlineNanos the call's deadline on {@link System#nanoTime()}
     * @return the attempt; run it with {@code proceed(request())}
     */
    Attempt start(ApiRequest call, OutgoingRequest request, HttpUrl url, long deadlineNanos) {
        return new Attempt(call, request, url, deadlineNanos);
    }
}
