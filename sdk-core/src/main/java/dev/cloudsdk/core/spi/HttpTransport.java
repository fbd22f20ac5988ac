package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.internal.http.OkHttpTransport;
import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;

/**
 * Sends one attempt and reads the whole response. Retries, authentication and logging happen around it,
 * in {@link dev.cloudsdk.core.spi.ApiClient}. The default implementation is {@link OkHttpTransport}.
 */
public interface HttpTransport extends Closeable {

    /**
     * Sends one attempt.
     *
     * @param request the final request (URL, headers and body exactly as sent)
     * @param timeout the longest this attempt may take from start to end, including reading the body
     * @return the response, body fully read
     * @throws TransportException if no complete response could be obtained
     */
    ApiResponse send(OutgoingRequest request, Duration timeout) throws TransportException;

    /**
     * Sends one attempt whose URL the caller has already parsed, so that a transport over OkHttp does not parse
     * it again. The default ignores {@code url} and calls {@link #send(OutgoingRequest, Duration)}.
     *
     * @param request the final request (URL, headers and body exactly as sent)
     * @param url     {@code request.url()} parsed: {@code url.toString()} equals it
     * @param timeout the longest this attempt may take from start to end, including reading the body
     * @return the response, body fully read
     * @throws TransportException if no complete response could be obtained
     */
    default ApiResponse send(OutgoingRequest request, HttpUrl url, Duration timeout) throws TransportException {
        return send(request, timeout);
    }

    /**
     * Sends one attempt without making the caller wait: the future completes with the response, body fully
     * read, or exceptionally with a {@link TransportException}. Cancelling the future should cancel the
     * exchange. The default runs {@link #send(OutgoingRequest, HttpUrl, Duration)} on {@code blocking}; a
     * transport with asynchronous I/O overrides it.
     *
     * @param request  the final request (URL, headers and body exactly as sent)
     * @param url      {@code request.url()} parsed
     * @param timeout  the longest this attempt may take from start to end, including reading the body
     * @param blocking where blocking work may run: a bounded pool of the client's
     * @return the response to come
     */
    default CompletableFuture<ApiResponse> sendAsync(OutgoingRequest request, HttpUrl url, Duration timeout,
                                                     Executor blocking) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, url, timeout);
            } catch (TransportException e) {
                throw new CompletionException(e);
            }
        }, blocking);
    }

    /** Releases what this transport owns; never closes a client it borrowed. */
    @Override
    void close();
}
