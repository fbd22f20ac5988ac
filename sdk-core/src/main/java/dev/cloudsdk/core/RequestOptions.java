package dev.cloudsdk.core;

import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.spi.HeaderRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call settings that override the client's: total timeout, retry budget, extra headers and query
 * parameters, an idempotency key, and strict reading of the answer. Every SDK method has an overload that takes
 * one. Immutable.
 *
 * <pre>{@code
 * client.cloud().get(id, RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build());
 * }</pre>
 */
public final class RequestOptions {

    private static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final Integer maxRetries;
    private final RetryPolicy retryPolicy;
    private final Map<String, String> extraHeaders;
    private final List<Map.Entry<String, String>> extraQuery;
    private final Map<String, Object> extraBodyProperties;
    private final String idempotencyKey;
    private final Boolean responseValidation;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.retryPolicy = builder.retryPolicy;
        this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraHeaders));
        this.extraQuery = List.copyOf(builder.extraQuery);
        this.extraBodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraBodyProperties));
        this.idempotencyKey = builder.idempotencyKey;
        this.responseValidation = builder.responseValidation;
    }

    /** @return options that change nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.maxRetries = maxRetries;
        builder.retryPolicy = retryPolicy;
        builder.extraHeaders.putAll(extraHeaders);
        builder.extraQuery.addAll(extraQuery);
        builder.extraBodyProperties.putAll(extraBodyProperties);
        builder.idempotencyKey = idempotencyKey;
        builder.responseValidation = responseValidation;
        return builder;
    }

    /**
     * These options over a client's defaults: what these leave unset comes from {@code defaults}; headers are
     * combined (these win on the same name) and query parameters too (the defaults' first).
     *
     * @param defaults the defaults of a client made by {@code withOptions}
     * @return the combined options
     */
    public RequestOptions withDefaults(RequestOptions defaults) {
        Objects.requireNonNull(defaults, "defaults");
        if (defaults == NONE) {
            return this;
        }
        Builder combined = defaults.toBuilder();
        combined.idempotencyKey = idempotencyKey;
        if (timeout != null) {
            combined.timeout = timeout;
        }
        if (maxRetries != null) {
            combined.maxRetries = maxRetries;
        }
        if (retryPolicy != null) {
            combined.retryPolicy = retryPolicy;
        }
        if (responseValidation != null) {
            combined.responseValidation = responseValidation;
        }
        combined.extraHeaders.putAll(extraHeaders);
        combined.extraQuery.addAll(extraQuery);
        combined.extraBodyProperties.putAll(extraBodyProperties);
        return combined.build();
    }

    /** @return the total time the call may take, all attempts and waits included, if overridden */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the retry budget for this call, if overridden */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /** @return the retry policy of this call, if it replaces the client's */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** @return headers added to this call */
    public Map<String, String> extraHeaders() {
        return extraHeaders;
    }

    /** @return query parameters added to this call */
    public List<Map.Entry<String, String>> extraQuery() {
        return extraQuery;
    }

    /**
     * @return the fields added to the call's JSON body, by name in the order given (see
     *     {@link Builder#bodyProperty(String, Object)})
     */
    public Map<String, Object> extraBodyProperties() {
        return extraBodyProperties;
    }

    /**
     * @return whether the answer is read strictly, if set: {@code true} fails the whole call with a
     *     {@link dev.cloudsdk.core.error.ResponseDecodingException} when a field does not fit its type or a field the
     *     API always sends is missing; unset or {@code false} keeps such a field's problem in its model, whose accessor
     *     throws it ({@link dev.cloudsdk.core.model.ApiModel#decodingProblems()})
     */
    public Optional<Boolean> responseValidation() {
        return Optional.ofNullable(responseValidation);
    }

    /** @return the idempotency key sent with this call, if any */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    @Override
    public String toString() {
        // Header and body values may hold credentials: print names only.
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries
                + (retryPolicy == null ? "" : ", " + retryPolicy)
                + ", extraHeaders=" + extraHeaders.keySet() + ", extraQuery=" + extraQuery.size()
                + " parameter(s), extraBodyProperties=" + extraBodyProperties.keySet()
                + ", idempotencyKey=" + (idempotencyKey == null ? "none" : "set")
                + (responseValidation == null ? "" : ", responseValidation=" + responseValidation) + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private RetryPolicy retryPolicy;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> extraQuery = new ArrayList<>();
        private final Map<String, Object> extraBodyProperties = new LinkedHashMap<>();
        private String idempotencyKey;
        private Boolean responseValidation;

        private Builder() {
        }

        /**
         * @param timeout total time for the call including retries, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * @param maxRetries retries after the first attempt, 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Replaces the client's retry policy for this call ({@link #maxRetries(int)}, if set, still caps it).
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Adds a header to this call (replacing a client default of the same name).
         *
         * @param name  header name, an HTTP token; not one the SDK sets itself ({@code Authorization}, {@code Host},
         *              {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection})
         * @param value header value: visible ASCII, spaces and tabs
         * @return this builder
         * @throws IllegalArgumentException if the header is reserved or could not be sent as is (the message names
         *                                  the header, never the value)
         */
        public Builder header(String name, String value) {
            HeaderRules.requireUserHeader(name, value);
            extraHeaders.put(name, value);
            return this;
        }

        /**
         * @param name  query parameter name
         * @param value value
         * @return this builder
         */
        public Builder queryParameter(String name, String value) {
            extraQuery.add(Map.entry(requireText(name, "query parameter name"),
                    Objects.requireNonNull(value, "query parameter value")));
            return this;
        }

        /**
         * Adds a field to the call's JSON body, beside (or in place of) the model's own: for a field the API accepts
         * and this SDK version does not model yet. The value is written as Jackson writes plain Java values
         * ({@code Map}, {@code List}, {@code String}, numbers, booleans, {@code null}) or another SDK model. A call
         * whose request has no JSON object body fails before anything is sent, naming the field.
         *
         * <pre>{@code
         * client.cloud().update(id, UpdatePublicCloudRequest.builder().description("db").build(),
         *         RequestOptions.builder().bodyProperty("carbon_budget", 12).build());
         * }</pre>
         *
         * @param name  the JSON field name, not blank
         * @param value its value, possibly {@code null} (sent as JSON {@code null})
         * @return this builder
         */
        public Builder bodyProperty(String name, Object value) {
            extraBodyProperties.put(requireText(name, "body property name"), value);
            return this;
        }

        /**
         * Reads the answer strictly, or not. By default a field of an answer that does not fit its Java type (a
         * string where a list is expected), or a field the API always sends that is missing, does not fail the call:
         * the rest of the answer reads, and only that field's accessor throws a
         * {@link dev.cloudsdk.core.error.ResponseDecodingException}. Strict reading fails the call with it at once.
         * Per call, or for every call of a client made by {@code withOptions(o -> o.responseValidation(true))}.
         *
         * @param strict {@code true} to fail the call on any such field
         * @return this builder
         */
        public Builder responseValidation(boolean strict) {
            this.responseValidation = strict;
            return this;
        }

        /**
         * Sends an {@code Idempotency-Key} header and allows retrying a POST or PATCH on any retryable failure.
         *
         * @param key the key, not blank
         * @return this builder
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = HeaderRules.requireValidValue("Idempotency-Key", requireText(key, "idempotencyKey"));
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static String requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value;
        }
    }
}
