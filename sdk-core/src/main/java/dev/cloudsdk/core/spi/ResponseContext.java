package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.ApiResponse;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/** What a {@link ResponseHandler} works with: the answer, the codec, and the request it answers. */
public final class ResponseContext {

    private final ApiResponse response;
    private final JsonCodec json;
    private final ApiRequest request;
    private final boolean strict;

    ResponseContext(ApiResponse response, JsonCodec json, ApiRequest request, boolean strict) {
        this.response = response;
        this.json = json;
        this.request = request;
        this.strict = strict;
    }

    /** @return the client's JSON codec */
    public JsonCodec json() {
        return json;
    }

    /**
     * @return whether the answer is read strictly ({@link dev.cloudsdk.core.RequestOptions#responseValidation()}):
     *     a field that does not fit, or a required one missing, fails the whole answer
     */
    public boolean strict() {
        return strict;
    }

    /**
     * @param reader a reader of the client's codec ({@link JsonCodec#reader})
     * @return that reader reading as this answer must be read ({@link #strict()})
     */
    public ObjectReader reading(ObjectReader reader) {
        return json.reading(reader, strict);
    }

    /** @return the request answered */
    public ApiRequest request() {
        return request;
    }

    /**
     * Decodes the whole body. Where a value is expected, an empty body or a JSON {@code null} is a
     * {@link ResponseDecodingException}, never a {@code null} result.
     *
     * @param type the body's type; {@code Void} to ignore the body
     * @param <T>  that type
     * @return the value; {@code null} only for {@code Void}
     * @throws ResponseDecodingException when the body is empty, {@code null} or does not fit the type
     */
    public <T> T decodeBody(TypeRef<T> type) {
        if (type.type() == Void.class) {
            return null;
        }
        T value;
        try {
            value = response.body().length == 0 ? null : reading(json.reader(type.type())).readValue(response.body());
        } catch (IOException | RuntimeException e) {
            throw failure("could not be decoded as " + type + ": " + e.getMessage(), e);
        }
        if (value == null) {
            throw failure("has no body (or a JSON null) where " + type + " was expected", null);
        }
        return value;
    }

    /**
     * Describes an answer that cannot be used, with its status, request id and a bounded, redacted snippet of
     * its body; never any of the body of a credential exchange.
     *
     * @param problem what is wrong, completing "The HTTP 200 answer to GET /x ..."
     * @param cause   the parser's failure, or {@code null}
     * @return the exception, not thrown
     */
    public ResponseDecodingException failure(String problem, Exception cause) {
        return ApiClient.decodingFailure(response, "to " + request + " " + problem, request.sensitive(), cause);
    }
}
