package dev.cloudsdk.testkit.scp;

import dev.cloudsdk.testkit.FakeRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's {@code Scp-*} headers the way the SCP gateway does, with its own HMAC code so the
 * SDK's signer is tested against an independent implementation. Thread-safe.
 */
final class GatewaySignatures {

    private final Clock clock;
    private final Duration maxSkew;
    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    GatewaySignatures(Clock clock, Duration maxSkew) {
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    void addKey(String accessKey, String secretKey, String accountId) {
        keys.put(accessKey, new Key(secretKey, accountId == null ? "" : accountId));
    }

    /**
     * @param request a request
     * @return why the gateway rejects it, or empty when it is correctly signed
     */
    Optional<String> rejection(FakeRequest request) {
        Optional<String> accessKey = request.header("Scp-Accesskey");
        Optional<String> signature = request.header("Scp-Signature");
        Optional<String> timestamp = request.header("Scp-Timestamp");
        if (accessKey.isEmpty() || signature.isEmpty() || timestamp.isEmpty()
                || !request.header("Scp-ClientType").orElse("").equals("Openapi")) {
            return Optional.of("Required Scp-* authentication headers are missing");
        }
        Key key = keys.get(accessKey.get());
        if (key == null) {
            return Optional.of("The access key is not valid");
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.get());
        } catch (NumberFormatException e) {
            return Optional.of("Scp-Timestamp is not a number");
        }
        if (Math.abs(clock.millis() - sent) > maxSkew.toMillis()) {
            return Optional.of("The request timestamp has expired");
        }
        String expected = hmac(request.method() + request.url() + timestamp.get() + accessKey.get()
                + key.accountId() + "Openapi", key.secretKey());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("The signature does not match");
        }
        return Optional.empty();
    }

    private static String hmac(String message, String secretKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A secret key and the account id its client signs with ({@code ""} for none). */
    private record Key(String secretKey, String accountId) {
    }
}
