package dev.cloudsdk.scp.auth;

import dev.cloudsdk.core.spi.HeaderRules;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys that sign SCP requests: an access key, its secret key, and an optional account id that
 * takes part in the signature. Immutable; {@link #toString()} never prints the secret key.
 */
public final class ScpCredentials {

    private final String accessKey;
    private final String secretKey;
    private final String accountId;

    private ScpCredentials(String accessKey, String secretKey, String accountId) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.accountId = accountId;
    }

    /**
     * Credentials without an account id (the official SDK's default: the account id part of the
     * signed message is empty).
     *
     * @param accessKey the access key
     * @param secretKey the secret key
     * @return the credentials
     * @throws IllegalArgumentException if a key is blank
     */
    public static ScpCredentials of(String accessKey, String secretKey) {
        return of(accessKey, secretKey, null);
    }

    /**
     * Credentials with an account id.
     *
     * @param accessKey the access key
     * @param secretKey the secret key
     * @param accountId the account id signed with every request, or {@code null} for none
     * @return the credentials
     * @throws IllegalArgumentException if a key is blank, or the account id is blank but not {@code null}
     */
    public static ScpCredentials of(String accessKey, String secretKey, String accountId) {
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        if (accountId != null && accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank (pass null for none)");
        }
        // Both travel as header values: a line break would fail at the first call, so fail here.
        HeaderRules.requireValidValue("Scp-Accesskey (accessKey)", accessKey);
        if (accountId != null) {
            HeaderRules.requireValidValue("accountId", accountId);
        }
        return new ScpCredentials(accessKey, secretKey, accountId);
    }

    /** @return the access key, sent in {@code Scp-Accesskey} */
    public String accessKey() {
        return accessKey;
    }

    /** @return the secret key; it keys the HMAC and is never sent */
    public String secretKey() {
        return secretKey;
    }

    /** @return the account id signed with every request, if any */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /**
     * @param value a required text
     * @param name  its name for the exception
     * @return the value
     * @throws NullPointerException     if it is {@code null}
     * @throws IllegalArgumentException if it is blank
     */
    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Shows the first four characters of a key, enough to tell keys apart in a log.
     *
     * @param key the key
     * @return the masked key
     */
    static String mask(String key) {
        return key.length() <= 8 ? "****" : key.substring(0, 4) + "****";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ScpCredentials)) {
            return false;
        }
        ScpCredentials that = (ScpCredentials) other;
        return accessKey.equals(that.accessKey) && secretKey.equals(that.secretKey)
                && Objects.equals(accountId, that.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKey, secretKey, accountId);
    }

    @Override
    public String toString() {
        return "ScpCredentials{accessKey=" + mask(accessKey) + ", secretKey=****"
                + (accountId == null ? "" : ", accountId=" + accountId) + "}";
    }
}
