package dev.cloudsdk.scp.auth;

import java.util.Optional;

/**
 * The header names and client type of an SCP signature. Both generations sign the same message,
 * {@code METHOD + URL + timestamp + accessKey + accountId + clientType}; they differ in where the values go.
 */
public enum ScpSigningScheme {

    /** The current Open API (BillingPlan and the other v2 services): {@code Scp-*} headers, {@code Openapi}. */
    OPEN_API("Scp-Accesskey", "Scp-Signature", "Scp-Timestamp", "Scp-ClientType", "Openapi", null),

    /**
     * The older CMP generation: {@code X-Cmp-*} headers and {@code OpenApi}; the credentials' account id is
     * the project id, signed and sent in {@code X-Cmp-ProjectId}.
     */
    CMP("X-Cmp-AccessKey", "X-Cmp-Signature", "X-Cmp-Timestamp", "X-Cmp-ClientType", "OpenApi", "X-Cmp-ProjectId");

    private final String accessKeyHeader;
    private final String signatureHeader;
    private final String timestampHeader;
    private final String clientTypeHeader;
    private final String clientType;
    private final String accountIdHeader;

    ScpSigningScheme(String accessKeyHeader, String signatureHeader, String timestampHeader, String clientTypeHeader,
                     String clientType, String accountIdHeader) {
        this.accessKeyHeader = accessKeyHeader;
        this.signatureHeader = signatureHeader;
        this.timestampHeader = timestampHeader;
        this.clientTypeHeader = clientTypeHeader;
        this.clientType = clientType;
        this.accountIdHeader = accountIdHeader;
    }

    /** @return the header carrying the access key */
    public String accessKeyHeader() {
        return accessKeyHeader;
    }

    /** @return the header carrying the signature */
    public String signatureHeader() {
        return signatureHeader;
    }

    /** @return the header carrying the timestamp in epoch milliseconds */
    public String timestampHeader() {
        return timestampHeader;
    }

    /** @return the header carrying the client type */
    public String clientTypeHeader() {
        return clientTypeHeader;
    }

    /** @return the client type, sent and signed */
    public String clientType() {
        return clientType;
    }

    /** @return the header carrying the account (project) id, when this scheme sends one */
    public Optional<String> accountIdHeader() {
        return Optional.ofNullable(accountIdHeader);
    }
}
