package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.ApiResponse;
import java.util.Objects;
import java.util.function.Function;

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

    /**
     * A handler that reads the answer with this one and then turns the result into another, such as a page
     * built from a decoded list answer.
     *
     * @param then turns this handler's result into the operation's
     * @param <R>  what the operation returns
     * @return the handler
     */
    default <R> ResponseHandler<R> map(Function<? super T, ? extends R> then) {
        Objects.requireNonNull(then, "then");
        return (response, context) -> then.apply(handle(response, context));
    }
}
