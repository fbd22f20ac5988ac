package dev.cloudsdk.core.auth;

import dev.cloudsdk.core.spi.HeaderRules;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token with its expiry and, where the provider issues one, a refresh token. {@link #toString()}
 * never prints either token.
 */
public final class AccessToken {

    private final String value;
    private final Instant expiresAt;
    private final String refreshToken;

    private AccessToken(String value, Instant expiresAt, String refreshToken) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("token value must not be blank");
        }
        HeaderRules.requireValidValue("Authorization", value); // it is sent as a header value
        this.value = value;
        this.expiresAt = expiresAt;
        this.refreshToken = refreshToken == null || refreshToken.isBlank() ? null : refreshToken;
    }

    /**
     * A token that does not expire (or whose expiry is unknown).
     *
     * @param value the token
     * @return the token
     */
    public static AccessToken of(String value) {
        return new AccessToken(value, null, null);
    }

    /**
     * A token with an expiry and an optional refresh token.
     *
     * @param value        the token
     * @param expiresAt    when it stops working, or {@code null} if unknown
     * @param refreshToken the refresh token, or {@code null}
     * @return the token
     */
    public static AccessToken of(String value, Instant expiresAt, String refreshToken) {
        return new AccessToken(value, expiresAt, refreshToken);
    }

    /** @return the secret token value; never log it */
    public String value() {
        return value;
    }

    /** @return when the token expires, if known */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return the refresh token, if the provider issued one; never log it */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AccessToken)) {
            return false;
        }
        AccessToken that = (AccessToken) other;
        return value.equals(that.value) && Objects.equals(expiresAt, that.expiresAt)
                && Objects.equals(refreshToken, that.refreshToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, expiresAt, refreshToken);
    }

    @Override
    public String toString() {
        return "AccessToken{value=****, expiresAt=" + (expiresAt == null ? "unknown" : expiresAt)
                + ", refreshToken=" + (refreshToken == null ? "none" : "****") + "}";
    }
}
