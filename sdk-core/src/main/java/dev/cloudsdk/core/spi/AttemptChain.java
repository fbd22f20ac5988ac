package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.Interceptor;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.internal.logging.HttpLogger;
import java.time.Duration;
import java.util.List;
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
        private OutgoingRequest sent;
        private int next;

        Attempt(ApiRequest call, OutgoingRequest request, HttpUrl url, long deadlineNanos) {
            this.call = call;
            this.url = url;
            this.current = request;
            this.deadlineNanos = deadlineNanos;
        }

        /** @return the attempt as authenticated and handed to the transport, or {@code null} if it never was */
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
