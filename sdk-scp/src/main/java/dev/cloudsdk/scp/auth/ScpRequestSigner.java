package dev.cloudsdk.scp.auth;

import static dev.cloudsdk.scp.auth.ScpCredentials.requireText;

import dev.cloudsdk.core.auth.OutgoingRequest;
import dev.cloudsdk.core.auth.RequestAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs SCP Open API requests with HMAC-SHA256. {@link dev.cloudsdk.scp.ScpClient} uses it on every
 * attempt; it also works on its own, for requests made with another HTTP client:
 *
 * <pre>{@code
 * ScpRequestSigner signer = new ScpRequestSigner(ScpCredentials.of(accessKey, secretKey));
 * String timestamp = Long.toString(System.currentTimeMillis());
 * String url = "https://billingplan.s.samsungsdscloud.com/v1/planned-computes?limit=10&page=1";
 * request.header("Scp-Accesskey", accessKey)
 *        .header("Scp-Timestamp", timestamp)
 *        .header("Scp-ClientType", ScpRequestSigner.CLIENT_TYPE)
 *        .header("Scp-Signature", signer.signature("GET", url, timestamp));
 * }</pre>
 *
 * <p>The signed message is the plain concatenation {@code METHOD + URL + timestamp + accessKey + accountId
 * + "Openapi"}, where the URL is exactly the one sent on the wire (scheme, host, encoded path and, when
 * there is one, {@code ?} and the encoded query; SCP expects keys sorted and form encoding) and the
 * account id is empty when there is none. The signature is the padded standard Base64 of the HMAC-SHA256
 * of that message, keyed with the secret key; the body is not signed. Thread-safe.
 */
public final class ScpRequestSigner implements RequestAuthenticator {

    /** The header carrying the access key. */
    public static final String ACCESS_KEY_HEADER = "Scp-Accesskey";
    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "Scp-Signature";
    /** The header carrying the timestamp in epoch milliseconds. */
    public static final String TIMESTAMP_HEADER = "Scp-Timestamp";
    /** The header carrying the client type. */
    public static final String CLIENT_TYPE_HEADER = "Scp-ClientType";
    /** The client type of Open API calls, sent in {@value #CLIENT_TYPE_HEADER} and signed. */
    public static final String CLIENT_TYPE = "Openapi";

    private static final String ALGORITHM = "HmacSHA256";

    private final ScpCredentials credentials;
    private final SecretKeySpec key;

    /**
     * Creates a signer.
     *
     * @param credentials the keys to sign with
     */
    public ScpRequestSigner(ScpCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.key = new SecretKeySpec(credentials.secretKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * Computes the {@value #SIGNATURE_HEADER} value of one request.
     *
     * @param method    the HTTP method, any case (signed in upper case)
     * @param url       the full URL exactly as sent, query included
     * @param timestamp the {@value #TIMESTAMP_HEADER} value, epoch milliseconds
     * @return the Base64 signature
     * @throws IllegalArgumentException if an argument is blank
     */
    public String signature(String method, String url, String timestamp) {
        String message = requireText(method, "method").toUpperCase(Locale.ROOT) + requireText(url, "url")
                + requireText(timestamp, "timestamp") + credentials.accessKey()
                + credentials.accountId().orElse("") + CLIENT_TYPE;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Adds the four {@code Scp-*} headers to one attempt, with a timestamp read from the attempt's clock:
     * every retry gets a fresh timestamp and signature.
     *
     * @param request the attempt
     */
    @Override
    public void authenticate(OutgoingRequest request) {
        String timestamp = Long.toString(request.clock().millis());
        request.setHeader(ACCESS_KEY_HEADER, credentials.accessKey());
        request.setHeader(TIMESTAMP_HEADER, timestamp);
        request.setHeader(CLIENT_TYPE_HEADER, CLIENT_TYPE);
        request.setHeader(SIGNATURE_HEADER, signature(request.method().name(), request.url(), timestamp));
    }

    @Override
    public String toString() {
        return "ScpRequestSigner{" + credentials + "}";
    }
}
