package dev.cloudsdk.scp.auth;

import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static dev.cloudsdk.scp.auth.ScpCredentials.requireText;

/**
 * Signs SCP Open API requests with HMAC-SHA256. {@link dev.cloudsdk.scp.ScpClient} uses it on every
 * attempt; it also works on its own, for requests made with another HTTP client:
 *
 * <pre>{@code
 * ScpRequestSigner signer = new ScpRequestSigner(ScpCredentials.of(accessKey, secretKey));
 * String url = "https://billingplan.s.samsungsdscloud.com/v1/planned-computes?limit=10&page=1";
 * Map<String, String> headers = signer.headers("GET", url, Long.toString(System.currentTimeMillis()));
 * headers.forEach(request::header);   // Scp-Accesskey, Scp-Timestamp, Scp-ClientType, Scp-Signature
 * }</pre>
 *
 * <p>The signed message is the plain concatenation {@code METHOD + URL + timestamp + accessKey + accountId
 * + clientType}, where the URL is exactly the one sent on the wire (scheme, host, encoded path and, when
 * there is one, {@code ?} and the encoded query; SCP expects keys sorted and form encoding), the account
 * id is empty when there is none, and the client type is {@code Openapi}. The signature is the padded
 * standard Base64 of the HMAC-SHA256 of that message, keyed with the secret key; the body is not signed.
 * {@link ScpSigningScheme#CMP} signs for the older {@code X-Cmp-*} generation. Thread-safe.
 */
public final class ScpRequestSigner implements RequestAuthenticator {

    private static final String ALGORITHM = "HmacSHA256";

    private final ScpCredentials credentials;
    private final ScpSigningScheme scheme;
    private final SecretKeySpec key;
    /** Initialised once and never used itself: each signature clones it instead of looking up and keying a Mac. */
    private final Mac prototype;

    /**
     * Creates a signer for the current Open API ({@link ScpSigningScheme#OPEN_API}).
     *
     * @param credentials the keys to sign with
     */
    public ScpRequestSigner(ScpCredentials credentials) {
        this(credentials, ScpSigningScheme.OPEN_API);
    }

    /**
     * Creates a signer for a given header scheme.
     *
     * @param credentials the keys to sign with
     * @param scheme      where the values go
     */
    public ScpRequestSigner(ScpCredentials credentials, ScpSigningScheme scheme) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.key = new SecretKeySpec(credentials.secretKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.prototype = newMac();
    }

    /**
     * Computes the signature of one request.
     *
     * @param method    the HTTP method, any case (signed in upper case)
     * @param url       the full URL exactly as sent, query included
     * @param timestamp the timestamp header's value, epoch milliseconds
     * @return the Base64 signature
     * @throws IllegalArgumentException if an argument is blank
     */
    public String signature(String method, String url, String timestamp) {
        String message = requireText(method, "method").toUpperCase(Locale.ROOT) + requireText(url, "url")
                + requireText(timestamp, "timestamp") + credentials.accessKey()
                + credentials.accountId().orElse("") + scheme.clientType();
        return Base64.getEncoder().encodeToString(mac().doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        if (prototype != null) {
            try {
                return (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                // a provider whose Mac cannot be cloned: key a new one
            }
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** @return a keyed Mac, or {@code null} when the JVM has none (then {@link #mac()} reports it per call) */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /**
     * Computes every authentication header of one request: access key, timestamp, client type, signature
     * and, in schemes that send it, the account id.
     *
     * @param method    the HTTP method
     * @param url       the full URL exactly as sent, query included
     * @param timestamp epoch milliseconds, as text
     * @return header name to value, in a stable order
     * @throws IllegalArgumentException if an argument is blank
     */
    public Map<String, String> headers(String method, String url, String timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(scheme.accessKeyHeader(), credentials.accessKey());
        headers.put(scheme.timestampHeader(), timestamp);
        headers.put(scheme.clientTypeHeader(), scheme.clientType());
        scheme.accountIdHeader().ifPresent(header ->
                credentials.accountId().ifPresent(accountId -> headers.put(header, accountId)));
        headers.put(scheme.signatureHeader(), signature(method, url, timestamp));
        return headers;
    }

    /**
     * Adds the authentication headers to one attempt, with a timestamp read from the attempt's clock:
     * every retry gets a fresh timestamp and signature.
     *
     * @param request the attempt
     */
    @Override
    public void authenticate(OutgoingRequest request) {
        String timestamp = Long.toString(request.clock().millis());
        headers(request.method().name(), request.url(), timestamp).forEach(request::setHeader);
    }

    @Override
    public String toString() {
        return "ScpRequestSigner{" + scheme + ", " + credentials + "}";
    }
}
