package dev.cloudsdk.core;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.json.TypeRef;

/** The {@link ResponseHandler}s every provider uses. */
public final class ResponseHandlers {

    private static final ResponseHandler<Void> NONE = (response, context) -> null;
    private static final ResponseHandler<ApiResponse> RAW = (response, context) -> response;

    private ResponseHandlers() {
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

    /** @return a handler for answers without a body worth reading; it returns {@code null} */
    public static ResponseHandler<Void> none() {
        return NONE;
    }

    /** @return a handler that returns the answer itself */
    public static ResponseHandler<ApiResponse> raw() {
        return RAW;
    }
}
