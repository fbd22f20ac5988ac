package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.error.SdkException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.internal.http.Redirects;
import dev.cloudsdk.core.retry.RetryContext;
import dev.cloudsdk.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One call on its way through its attempts: what the next attempt sends, and what follows an attempt's outcome
 * (the answer, another attempt now or after a delay, or a typed failure). The synchronous loop and the asynchronous
 * chain of {@link ApiClient} both drive it, so that they retry, redirect, re-authenticate and fail alike. Not
 * thread-safe: one attempt at a time.
 */
final class CallRun {

    /** What {@link #afterResponse} returns when the answer is final. */
    static final Duration DONE = Duration.ofNanos(-1);
    /** What {@link #afterResponse} returns when a redirect or fresh credentials call for another attempt at once. */
    static final Duration AT_ONCE = Duration.ofNanos(-2);

    private final ApiRequest request;
    private final RetryPolicy policy;
    private final int maxRetries;
    private final Duration total;
    private final long deadline;
    private final boolean idempotencyKey;
    private final ApiClient client;

    private HttpMethod method;
    private HttpUrl url;
    private byte[] body;
    private Map<String, String> headers;
    private int attempt;
    private int retries;
    private int redirects;
    private boolean reauthenticated;

    /**
     * Starts a call: builds its URL (path parameters encoded, the query as the provider wants), serialises its
     * body once and sets its deadline.
     *
     * @param client  the client making the call
     * @param request the call
     * @param options the call's options, with the client's defaults applied
     */
    CallRun(ApiClient client, ApiRequest request, RequestOptions options) {
        this.client = client;
        this.request = request;
        WireRequests wire = client.wire();
        this.method = request.method();
        this.url = wire.url(request, options);
        this.body = wire.body(request, options);
        this.headers = wire.headers(request, options, body != null);
        this.policy = options.retryPolicy().orElse(client.config().retryPolicy());
        this.maxRetries = options.maxRetries().orElse(policy.maxRetries());
        this.total = options.timeout().orElse(client.config().callTimeout());
        this.deadline = System.nanoTime() + total.toNanos();
        this.idempotencyKey = options.idempotencyKey().isPresent();
    }

    /** @return the call */
    ApiRequest request() {
        return request;
    }

    /** @return the call's deadline on {@link System#nanoTime()} */
    long deadline() {
        return deadline;
    }

    /** @return the URL of the next attempt, parsed */
    HttpUrl url() {
        return url;
    }

    /** @return the next attempt, before interceptors and authentication */
    OutgoingRequest nextAttempt() {
        attempt++;
        return new OutgoingRequest(method, url.toString(), headers, body, attempt, client.config().clock());
    }

    /**
     * Decides what follows an attempt that got no answer.
     *
     * @param outgoing the attempt
     * @param e        why it failed
     * @return how long to wait before retrying
     * @throws SdkException when the call ends here: the total timeout ran out, or the policy does not retry
     */
    Duration afterFailure(OutgoingRequest outgoing, TransportException e) {
        if (System.nanoTime() >= deadline) {
            throw totalTimeout(e);
        }
        ApiConnectionException failure = connectionFailure(e);
        RetryContext context = new RetryContext(method, request.operation(), idempotencyKey, attempt, retries,
                failure, e.requestSent());
        if (retries < maxRetries && policy.shouldRetry(context)) {
            return retryAfter(outgoing, e.getMessage(), policy.delay(context));
        }
        throw failure;
    }

    /**
     * Decides what follows an answer: the answer itself when it is a success, or another attempt (a redirect,
     * fresh credentials after a 401, a retry).
     *
     * @param sent     the attempt as it went out (authenticated), to match a 401 to its credentials
     * @param response the answer
     * @return {@link #DONE} when {@code response} is the call's answer, {@link #AT_ONCE} after a redirect or a
     * renewal of credentials, else how long to wait before retrying
     * @throws SdkException when the call ends with an error
     */
    Duration afterResponse(OutgoingRequest sent, ApiResponse response) {
        ApiException error;
        if (response.isSuccessful()) {
            if (response.bodyTruncated()) {
                throw client.tooLarge(request, response);
            }
            error = client.errors().fromSuccess(response, request.sensitive());
            if (error == null) {
                return DONE;
            }
        } else if (Redirects.isRedirect(response.statusCode())) {
            Redirects.Hop hop = Redirects.next(method, url, response, redirects++, request.sensitive());
            method = hop.method();
            url = hop.url();
            if (!hop.keepsBody() && body != null) {
                body = null;
                headers = WireRequests.withoutContentType(headers);
            }
            return AT_ONCE;
        } else {
            error = client.errors().fromError(response, request.sensitive());
        }
        if (error.family() == ErrorFamily.AUTHENTICATION && request.authenticated() && !reauthenticated
                && client.authenticator().onUnauthorized(sent)) {
            reauthenticated = true;
            return AT_ONCE;
        }
        RetryContext context = new RetryContext(method, request.operation(), idempotencyKey, attempt, retries,
                error, true);
        if (retries < maxRetries && policy.shouldRetry(context)) {
            return retryAfter(sent, ErrorClassifier.describe(error), policy.delay(context));
        }
        throw error;
    }

    private Duration retryAfter(OutgoingRequest outgoing, String reason, Duration delay) {
        if (delay.toNanos() >= deadline - System.nanoTime()) {
            throw totalTimeout(null);
        }
        client.logger().retry(outgoing, reason, delay.toMillis());
        retries++;
        return delay;
    }

    /**
     * @param cause what was under way when the time ran out, or {@code null}
     * @return the failure of a call whose total timeout ran out
     */
    private ApiTimeoutException totalTimeout(Exception cause) {
        return new ApiTimeoutException(request.method() + " " + request.pathTemplate()
                + " did not complete within its total timeout of " + total.toMillis() + " ms", cause);
    }

    private ApiConnectionException connectionFailure(TransportException e) {
        String message = request.method() + " " + request.pathTemplate() + " failed: " + e.getMessage();
        return e.isTimeout() ? new ApiTimeoutException(message, e) : new ApiConnectionException(message, e);
    }
}
