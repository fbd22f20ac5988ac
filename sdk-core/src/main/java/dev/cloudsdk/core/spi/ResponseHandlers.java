package dev.cloudsdk.core.spi;


/** The {@link ResponseHandler}s every provider uses. */
public final class ResponseHandlers {

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
}
