package dev.cloudsdk.core.retry;

import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.SdkException;
import dev.cloudsdk.core.http.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A failed attempt, as a {@link RetryPolicy} sees it when deciding whether to try again. */
public final class RetryContext {

    private final HttpMethod method;
    private final String operation;
    private final boolean idempotencyKey;
    private final int attempt;
    private final int retriesSoFar;
    private final SdkException failure;
    private final boolean requestSent;

    /**
     * Describes a failed attempt.
     *
     * @param method         the attempt's method
     * @param operation      the operation's name, e.g. {@code cloud.get}; empty if unknown
     * @param idempotencyKey whether the call carries an idempotency key
     * @param attempt        the failed attempt's number, 1 for the first
     * @param retriesSoFar   retries already made in this call
     * @param failure        what the call would throw if not retried: an {@link ApiException} for an error
     *                       answer, an {@code ApiConnectionException} when no answer came
     * @param requestSent    whether any of the request may have reached the server (always true for an answer)
     */
    public RetryContext(HttpMethod method, String operation, boolean idempotencyKey, int attempt, int retriesSoFar,
                        SdkException failure, boolean requestSent) {
        this.method = Objects.requireNonNull(method, "method");
        this.operation = operation == null ? "" : operation;
        this.idempotencyKey = idempotencyKey;
        this.attempt = attempt;
        this.retriesSoFar = retriesSoFar;
        this.failure = Objects.requireNonNull(failure, "failure");
        this.requestSent = requestSent;
    }

    /** @return the method of the failed attempt */
    public HttpMethod method() {
        return method;
    }

    /** @return the operation's name, such as {@code cloud.get}, or empty if unknown */
    public String operation() {
        return operation;
    }

    /** @return whether the call carries an idempotency key (then retrying a POST is safe) */
    public boolean hasIdempotencyKey() {
        return idempotencyKey;
    }

    /** @return the failed attempt's number: 1 for the first attempt */
    public int attempt() {
        return attempt;
    }

    /** @return how many retries this call has made already */
    public int retriesSoFar() {
        return retriesSoFar;
    }

    /** @return what the call throws if it is not retried */
    public SdkException failure() {
        return failure;
    }

    /** @return the error answer, when the attempt got one (empty when no answer came) */
    public Optional<ApiException> error() {
        return failure instanceof ApiException ? Optional.of((ApiException) failure) : Optional.empty();
    }

    /** @return whether any of the request may have reached the server */
    public boolean requestSent() {
        return requestSent;
    }

    /** @return the delay the server asked for with {@code Retry-After}, if it did */
    public Optional<Duration> retryAfter() {
        return error().flatMap(ApiException::retryAfter);
    }

    @Override
    public String toString() {
        return "RetryContext{" + method + " " + operation + ", attempt " + attempt + ", " + failure.getClass()
                .getSimpleName() + "}";
    }
}
