package dev.cloudsdk.core.http;

import java.time.Duration;

/**
 * Sees every attempt of every call a client makes, on every transport: each retry, each followed redirect and
 * each re-authenticated retry runs the chain again. Interceptors run in the order they were added, before the
 * client authenticates (and, for SCP, signs) the attempt and sends it; they can add headers (tracing), time the
 * attempt and count outcomes (metrics), or add credentials of their own.
 *
 * <pre>{@code
 * InfomaniakClient client = InfomaniakClient.builder().token(token)
 *         .addInterceptor(chain -> {
 *             chain.request().setHeader("X-Trace-Id", traceId());
 *             long started = System.nanoTime();
 *             ApiResponse response = chain.proceed(chain.request());
 *             metrics.record(chain.operation(), response.statusCode(), System.nanoTime() - started);
 *             return response;
 *         })
 *         .build();
 * }</pre>
 *
 * <p>An interceptor must call {@link Chain#proceed} at most once per invocation, or answer without it (a
 * cached or canned {@link ApiResponse}); a {@link TransportException} it lets through is treated as a failed
 * attempt (retried by the policy), any other exception ends the call as it is.
 *
 * <p>The contract is blocking ({@code proceed} returns the response), also for the calls of a client's asynchronous
 * view ({@code client.async()}): there, each attempt of a client with interceptors runs on one of the client's worker
 * threads (at most {@code maxConcurrentRequests} at once), which waits for the transport. A client without
 * interceptors keeps no thread waiting.
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * Handles one attempt.
     *
     * @param chain the attempt and the rest of the chain
     * @return the attempt's response
     * @throws TransportException when no response could be obtained
     */
    ApiResponse intercept(Chain chain) throws TransportException;

    /** One attempt on its way through the interceptors. */
    interface Chain {

        /** @return the attempt as it stands: method, URL, headers (before authentication), body, attempt number */
        OutgoingRequest request();

        /** @return the operation's name, such as {@code cloud.get}, or empty if unknown */
        String operation();

        /** @return the time left of the call's total timeout */
        Duration timeLeft();

        /**
         * Passes the attempt on: to the next interceptor, and after the last to authentication and the transport.
         *
         * @param request the attempt to send, usually {@link #request()} with changed headers
         * @return the response
         * @throws TransportException when no response could be obtained
         */
        ApiResponse proceed(OutgoingRequest request) throws TransportException;
    }
}
