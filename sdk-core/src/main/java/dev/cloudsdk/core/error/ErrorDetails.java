package dev.cloudsdk.core.error;

import dev.cloudsdk.core.spi.ErrorDecoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a provider's {@link ErrorDecoder} read from an error response: the provider's error code,
 * a human message, the request id, whether the provider says a retry may succeed, the error's
 * {@link ErrorFamily} when the body tells it better than the status, and any extra fields worth keeping
 * (nested errors, context). Every part is optional.
 */
public final class ErrorDetails {

    private static final ErrorDetails EMPTY = builder().build();

    private final String code;
    private final String message;
    private final String requestId;
    private final Boolean retryable;
    private final ErrorFamily family;
    private final Map<String, Object> extras;

    private ErrorDetails(Builder builder) {
        this.code = builder.code;
        this.message = builder.message;
        this.requestId = builder.requestId;
        this.retryable = builder.retryable;
        this.family = builder.family;
        this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extras));
    }

    /** @return details with nothing known */
    public static ErrorDetails empty() {
        return EMPTY;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the provider's error code, such as {@code object_not_found} */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** @return the provider's human-readable message */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** @return the request id the provider put in the body */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the provider's own hint that retrying may (true) or cannot (false) succeed */
    public Optional<Boolean> retryable() {
        return Optional.ofNullable(retryable);
    }

    /** @return the error's family as the body tells it, when it overrides the one the status gives */
    public Optional<ErrorFamily> family() {
        return Optional.ofNullable(family);
    }

    /** @return a builder holding these details */
    public Builder toBuilder() {
        Builder builder = new Builder().code(code).message(message).requestId(requestId).retryable(retryable)
                .family(family);
        builder.extras.putAll(extras);
        return builder;
    }

    /** @return extra fields of the error body (nested errors, context), never {@code null} */
    public Map<String, Object> extras() {
        return extras;
    }

    /** Builds {@link ErrorDetails}; every setter accepts {@code null} for "unknown". */
    public static final class Builder {
        private String code;
        private String message;
        private String requestId;
        private Boolean retryable;
        private ErrorFamily family;
        private final Map<String, Object> extras = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param code the provider's error code
         * @return this builder
         */
        public Builder code(String code) {
            this.code = blankToNull(code);
            return this;
        }

        /**
         * @param message the provider's message
         * @return this builder
         */
        public Builder message(String message) {
            this.message = blankToNull(message);
            return this;
        }

        /**
         * @param requestId the request id found in the body
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = blankToNull(requestId);
            return this;
        }

        /**
         * @param retryable the provider's retry hint
         * @return this builder
         */
        public Builder retryable(Boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        /**
         * @param family the error's family when the body tells it better than the status (an error envelope at
         *               HTTP 200, a "not found" code at a plain 500); {@code null} to go by the status
         * @return this builder
         */
        public Builder family(ErrorFamily family) {
            this.family = family;
            return this;
        }

        /**
         * Keeps an extra field of the error body.
         *
         * @param name  field name
         * @param value field value; {@code null} is ignored
         * @return this builder
         */
        public Builder extra(String name, Object value) {
            if (value != null) {
                extras.put(name, value);
            }
            return this;
        }

        /** @return the details */
        public ErrorDetails build() {
            return new ErrorDetails(this);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
