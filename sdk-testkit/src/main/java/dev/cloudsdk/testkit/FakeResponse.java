package dev.cloudsdk.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a fake route answers: status, headers and a body (a JSON-serialisable value or raw text). */
public final class FakeResponse {

    private final int status;
    private final Map<String, String> headers;
    private final Object jsonBody;
    private final String textBody;
    private final String contentType;

    private FakeResponse(int status, Map<String, String> headers, Object jsonBody, String textBody,
                         String contentType) {
        this.status = status;
        this.headers = headers;
        this.jsonBody = jsonBody;
        this.textBody = textBody;
        this.contentType = contentType;
    }

    /**
     * A JSON answer.
     *
     * @param status HTTP status
     * @param body   a value Jackson can write (map, list, JsonNode, string, number)
     * @return the response
     */
    public static FakeResponse json(int status, Object body) {
        return new FakeResponse(status, new LinkedHashMap<>(), body, null, "application/json");
    }

    /**
     * A JSON answer with status 200.
     *
     * @param body the body
     * @return the response
     */
    public static FakeResponse ok(Object body) {
        return json(200, body);
    }

    /**
     * A text answer (HTML error pages, goa's media type, ...).
     *
     * @param status      HTTP status
     * @param contentType its content type
     * @param text        the body
     * @return the response
     */
    public static FakeResponse text(int status, String contentType, String text) {
        return new FakeResponse(status, new LinkedHashMap<>(), null, text, contentType);
    }

    /**
     * An answer without a body.
     *
     * @param status HTTP status, e.g. 202 or 204
     * @return the response
     */
    public static FakeResponse empty(int status) {
        return new FakeResponse(status, new LinkedHashMap<>(), null, "", null);
    }

    /**
     * Adds a header.
     *
     * @param name  name
     * @param value value
     * @return this response
     */
    public FakeResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** @return the status */
    public int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    Object jsonBody() {
        return jsonBody;
    }

    String textBody() {
        return textBody;
    }

    String contentType() {
        return contentType;
    }
}
