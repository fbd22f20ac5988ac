package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.ApiResponse;

/**
 * Turns a successful answer into what an operation returns: a model, a page, a result, or nothing. The call path
 * of {@link ApiClient} runs it after retries, redirects and error classification, so a handler only reads the
 * provider's envelope (Infomaniak's {@code data}, SpaceONE's {@code results}, the whole body elsewhere). For
 * provider modules; {@link ResponseHandlers} has the common ones.
 *
 * @param <T> what the operation returns
 */
@FunctionalInterface
public interface ResponseHandler<T> {

    /**
     * Reads an answer.
     *
     * @param response the 2xx answer, body read
     * @param context  the codec and the request, and the way to report an answer that cannot be used
     * @return the operation's result; {@code null} only for operations that return nothing
     * @throws dev.cloudsdk.core.error.ResponseDecodingException when the answer does not fit
     */
    T handle(ApiResponse response, ResponseContext context);
}
