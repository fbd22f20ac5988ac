package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.Download;

/** The {@link ResponseHandler}s every provider uses. */
public final class ResponseHandlers {

    private static final ResponseHandler<Void> NONE = (response, context) -> null;

    private ResponseHandlers() {
    }

    /**
     * Ignores the body, for operations that return nothing (any 2xx status, an empty body included).
     *
     * @return the handler, whose result is {@code null}
     */
    public static ResponseHandler<Void> none() {
        return NONE;
    }

    /**
     * The whole body as {@code type}; an empty body or a JSON {@code null} is a decoding error.
     *
     * @param type the body's type
     * @param <T>  that type
     * @return the handler
     */
    public static <T> ResponseHandler<T> body(TypeRef<T> type) {
        return (response, context) -> context.decodeBody(type);
    }

    /**
     * The body as a file, for operations that answer with one (any 2xx status, an empty body included).
     *
     * @return the handler
     */
    public static ResponseHandler<Download> download() {
        return (response, context) -> Download.from(response);
    }
}
