package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.internal.http.PathTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes one API call before it is sent: method, path template with parameters, query (multi-valued,
 * ordered), headers and an optional body. Provider modules build these; the {@link dev.cloudsdk.core.spi.ApiClient}
 * turns one into an HTTP exchange, re-authenticating and re-signing every attempt.
 *
 * <p>Immutable; use {@link #builder(HttpMethod, String)}.
 */
public final class ApiRequest {

    private final HttpMethod method;
    private final String pathTemplate;
    private final Map<String, String> pathParameters;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final Object jsonBody;
    private final byte[] rawBody;
    private final String rawContentType;
    private final boolean authenticated;
    private final boolean sensitive;
    private final String operation;

    /** An ordered, unmodifiable copy; most requests have no headers and one path parameter. */
    private static Map<String, String> copyOf(Map<String, String> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.pathParameters = copyOf(builder.pathParameters);
        this.query = List.copyOf(builder.query);
        this.headers = copyOf(builder.headers);
        this.jsonBody = builder.jsonBody;
        this.rawBody = builder.rawBody;
        this.rawContentType = builder.rawContentType;
        this.authenticated = builder.authenticated;
        this.sensitive = builder.sensitive;
        this.operation = builder.operation;
    }

    /**
     * Starts a request.
     *
     * @param method       HTTP method
     * @param pathTemplate path relative to the client's base URL, e.g. {@code /1/public_clouds/{id}}
     * @return a builder
     */
    public static Builder builder(HttpMethod method, String pathTemplate) {
        return new Builder(method, pathTemplate);
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder builder = new Builder(method, pathTemplate);
        builder.pathParameters.putAll(pathParameters);
        builder.query.addAll(query);
        builder.headers.putAll(headers);
        builder.jsonBody = jsonBody;
        builder.rawBody = rawBody;
        builder.rawContentType = rawContentType;
        builder.authenticated = authenticated;
        builder.sensitive = sensitive;
        builder.operation = operation;
        return builder;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the path template */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the raw (unencoded) path parameter values */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    /** @return the path with every parameter percent-encoded as one segment */
    public String encodedPath() {
        return PathTemplate.expand(pathTemplate, pathParameters);
    }

    /** @return the query parameters in order; repeated keys appear repeatedly */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** @return request-specific headers */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the object to serialise as the JSON body, or {@code null} */
    public Object jsonBody() {
        return jsonBody;
    }

    /** @return a pre-encoded body, or {@code null} */
    public byte[] rawBody() {
        return rawBody == null ? null : rawBody.clone();
    }

    /** @return the content type of {@link #rawBody()}, or {@code null} */
    public String rawContentType() {
        return rawContentType;
    }

    /** @return whether the request carries a body of either kind */
    public boolean hasBody() {
        return jsonBody != null || rawBody != null;
    }

    /** @return whether the client's authenticator applies (false for sign-in calls) */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return whether the bodies of this exchange hold credentials and must never be logged */
    public boolean sensitive() {
        return sensitive;
    }

    /** @return the operation name for logs, e.g. {@code plannedComputes.list}; may be {@code null} */
    public String operation() {
        return operation;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + (operation == null ? "" : " (" + operation + ")");
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final HttpMethod method;
        private final String pathTemplate;
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object jsonBody;
        private byte[] rawBody;
        private String rawContentType;
        private boolean authenticated = true;
        private boolean sensitive;
        private String operation;

        private Builder(HttpMethod method, String pathTemplate) {
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            if (!pathTemplate.startsWith("/")) {
                throw new IllegalArgumentException("pathTemplate must start with '/': " + pathTemplate);
            }
        }

        /**
         * Sets a path parameter. The value is encoded as exactly one path segment.
         *
         * @param name  placeholder name in the template
         * @param value raw value; must not be {@code null}, empty, {@code .} or {@code ..}
         * @return this builder
         * @throws IllegalArgumentException if the value is unusable
         */
        public Builder pathParameter(String name, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("Path parameter '" + name + "' must not be null");
            }
            String text = String.valueOf(value);
            PathTemplate.encodeSegment(name, text);
            pathParameters.put(name, text);
            return this;
        }

        /**
         * Adds a query parameter. A {@code null} value is skipped, so optional filters can be passed as is.
         *
         * @param name  parameter name
         * @param value value, converted with {@link String#valueOf(Object)}; {@code null} is skipped
         * @return this builder
         */
        public Builder query(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * Adds a multi-valued query parameter as repeated keys ({@code ?k=a&k=b}).
         *
         * @param name   parameter name
         * @param values values; {@code null} elements and a {@code null} collection are skipped
         * @return this builder
         */
        public Builder queryAll(String name, Collection<?> values) {
            if (values != null) {
                for (Object value : values) {
                    query(name, value);
                }
            }
            return this;
        }

        /**
         * Sets a header for this request.
         *
         * @param name  header name
         * @param value header value; {@code null} removes it
         * @return this builder
         * @throws IllegalArgumentException if the name or value could not be sent as is (the message names the
         *                                  header, never the value)
         */
        public Builder header(String name, String value) {
            HeaderRules.requireValidName(name);
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, HeaderRules.requireValidValue(name, value));
            }
            return this;
        }

        /**
         * Sets the body, serialised as JSON with the client's mapper.
         *
         * @param body object to serialise; {@code null} for no body
         * @return this builder
         */
        public Builder jsonBody(Object body) {
            this.jsonBody = body;
            this.rawBody = null;
            this.rawContentType = null;
            return this;
        }

        /**
         * Sets a pre-encoded body.
         *
         * @param body        bytes to send
         * @param contentType their media type
         * @return this builder
         */
        public Builder rawBody(byte[] body, String contentType) {
            this.rawBody = Objects.requireNonNull(body, "body").clone();
            this.rawContentType = Objects.requireNonNull(contentType, "contentType");
            this.jsonBody = null;
            return this;
        }

        /**
         * Whether the client's authenticator applies; turn off for sign-in and token endpoints.
         *
         * @param authenticated true to authenticate (the default)
         * @return this builder
         */
        public Builder authenticated(boolean authenticated) {
            this.authenticated = authenticated;
            return this;
        }

        /**
         * Marks the request and response bodies as holding credentials (sign-in, token exchange): they are
         * never logged, not even at TRACE.
         *
         * @param sensitive true for credential exchanges
         * @return this builder
         */
        public Builder sensitive(boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        /**
         * Names the operation in logs, e.g. {@code plannedComputes.list}.
         *
         * @param operation operation name
         * @return this builder
         */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
