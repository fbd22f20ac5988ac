package dev.cloudsdk.core.http;

import dev.cloudsdk.core.auth.OutgoingRequest;
import java.io.Closeable;
import java.time.Duration;

/**
 * Sends one attempt and reads the whole response. Retries, authentication and logging happen around it,
 * in {@link dev.cloudsdk.core.ApiClient}. The default implementation is {@link OkHttpTransport}.
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

    /** Releases what this transport owns; never closes a client it borrowed. */
    @Override
    void close();
}
