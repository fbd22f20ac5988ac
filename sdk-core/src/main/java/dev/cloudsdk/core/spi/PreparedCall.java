package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.http.ResponseFuture;
import java.util.Objects;

/**
 * One operation ready to run: its request, checked and built once, the call's options and the handler that reads
 * its answer. A resource method builds it in one place and each view of the client runs it its way:
 * {@link #execute()} for the result, {@link #executeRaw()} for the {@link RawResponse}, {@link #executeAsync()} for
 * the asynchronous view (its {@link ResponseFuture} has the raw response too). Immutable; each run is a new call. For provider modules.
 *
 * @param <T> what the operation returns
 */
public final class PreparedCall<T> {

    private final ApiClient api;
    private final ApiRequest request;
    private final RequestOptions options;
    private final ResponseHandler<T> handler;

    PreparedCall(ApiClient api, ApiRequest request, RequestOptions options, ResponseHandler<T> handler) {
        this.api = api;
        this.request = Objects.requireNonNull(request, "request");
        this.options = Objects.requireNonNull(options, "options");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** @return the request */
    public ApiRequest request() {
        return request;
    }

    /** @return the call's options */
    public RequestOptions options() {
        return options;
    }

    /** @return what reads the successful answer */
    public ResponseHandler<T> handler() {
        return handler;
    }

    /**
     * Runs the call and decodes its answer.
     *
     * @return the operation's result
     * @throws dev.cloudsdk.core.error.SdkException on any failure, typed
     */
    public T execute() {
        return api.execute(request, options, handler);
    }

    /**
     * Runs the call and returns its answer undecoded.
     *
     * @return the raw response, decoded on {@link RawResponse#parse()}
     * @throws dev.cloudsdk.core.error.SdkException when the call fails (an error answer included), typed
     */
    public RawResponse<T> executeRaw() {
        return api.executeRaw(request, options, handler);
    }

    /**
     * Runs the call without making the calling thread wait.
     *
     * @return the operation's result to come, with its raw response; it fails with the call's typed
     * {@link dev.cloudsdk.core.error.SdkException}; cancelling it cancels the call
     */
    public ResponseFuture<T> executeAsync() {
        return api.executeAsync(request, options, handler);
    }
}
