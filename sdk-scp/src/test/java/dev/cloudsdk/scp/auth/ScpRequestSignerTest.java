package dev.cloudsdk.scp.auth;

import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signatures against vectors computed outside Java, with
 * {@code printf '%s' "$message" | openssl dgst -sha256 -hmac "$secret" -binary | base64}.
 */
class ScpRequestSignerTest {

    private static final String ACCESS_KEY = "2sd2gg=2agbdSD26svcD";
    private static final String TIMESTAMP = "1605290625682";
    private final ScpRequestSigner signer = new ScpRequestSigner(ScpCredentials.of(ACCESS_KEY, "test-secret-key"));

    @Test
    void signsMethodUrlTimestampAccessKeyAndClientType() {
        assertThat(signer.signature("GET",
                "https://billingplan.s.samsungsdscloud.com/v1/planned-computes?limit=10&page=1", TIMESTAMP))
                .isEqualTo("cqOzrxrdJOELdM417VZkt4P5FPi7lr538U10rjM2zOE=");
    }

    @Test
    void signsAQueryWithSpacesRepeatedKeysAndNonAsciiExactlyAsEncoded() {
        String url = "https://billingplan.s.samsungsdscloud.com/v1/planned-computes?created_by=kim+minsu&limit=10"
                + "&modified_by=%EA%B9%80%EC%B2%A0%EC%88%98&page=1&state=ACTIVE&state=CANCELED";
        assertThat(signer.signature("get", url, TIMESTAMP)).isEqualTo("ELtfMoF2b5SEMGsidDXi+VuyFkpX5ScZHFOUbo3FFWU=");
    }

    @Test
    void signsTheAccountIdWhenThereIsOne() {
        ScpRequestSigner withAccount = new ScpRequestSigner(
                ScpCredentials.of(ACCESS_KEY, "test-secret-key", "228cb9e4a7934f84853594c7f26f7a21"));
        assertThat(withAccount.signature("PUT",
                "https://billingplan.e.samsungsdscloud.com/v1/planned-computes/5f3688a192094ddeb0c94166a3e88935",
                TIMESTAMP)).isEqualTo("CPsctvF9lL0b+GaxTZvWpT4gJQ8Ja0Zb1dnWNZxSWjI=");
    }

    @Test
    void theSecretKeyIsUtf8() {
        // The access key travels in a header, so it is ASCII; the secret key only keys the HMAC.
        ScpRequestSigner korean = new ScpRequestSigner(ScpCredentials.of("AK-key", "비밀-key"));
        String url = "https://billingplan.s.samsungsdscloud.com/v1/planned-computes/service-types";
        assertThat(korean.signature("GET", url, TIMESTAMP)).isEqualTo("zMsMW4jwPtwYbogHY7jhb7R3fIKj1Cl38zOb41cwSbU=");
    }

    @Test
    void anAccessKeyThatCannotBeSentAsAHeaderIsRefused() {
        assertThatThrownBy(() -> ScpCredentials.of("AK시크릿", "secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessKey")
                .hasMessageNotContaining("AK");
    }

    @Test
    void authenticateSetsTheFourHeadersFromTheAttemptsClock() {
        OutgoingRequest request = new OutgoingRequest(HttpMethod.GET,
                "https://billingplan.s.samsungsdscloud.com/v1/planned-computes?limit=10&page=1", Map.of(), null, 1,
                Clock.fixed(Instant.ofEpochMilli(Long.parseLong(TIMESTAMP)), ZoneOffset.UTC));

        signer.authenticate(request);

        assertThat(request.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Scp-Accesskey", ACCESS_KEY,
                "Scp-Timestamp", TIMESTAMP,
                "Scp-ClientType", "Openapi",
                "Scp-Signature", "cqOzrxrdJOELdM417VZkt4P5FPi7lr538U10rjM2zOE="));
    }

    @Test
    void theCmpSchemeSignsAndSendsTheProjectIdInXCmpHeaders() {
        ScpRequestSigner cmp = new ScpRequestSigner(
                ScpCredentials.of(ACCESS_KEY, "test-secret-key", "PROJECT-abc123"), ScpSigningScheme.CMP);

        Map<String, String> headers = cmp.headers("GET",
                "https://openapi.samsungsdscloud.com/virtual-server/v2/virtual-servers?page=0&size=20", TIMESTAMP);

        assertThat(headers).containsExactly(
                Map.entry("X-Cmp-AccessKey", ACCESS_KEY),
                Map.entry("X-Cmp-Timestamp", TIMESTAMP),
                Map.entry("X-Cmp-ClientType", "OpenApi"),
                Map.entry("X-Cmp-ProjectId", "PROJECT-abc123"),
                Map.entry("X-Cmp-Signature", "LqctdTrFv3zr7tlE4XJLxHO0GKsgsGdI8EsKabScOYY="));
    }

    @Test
    void rejectsBlankInputsAndNeverPrintsTheSecret() {
        assertThatThrownBy(() -> signer.signature("GET", " ", TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> ScpCredentials.of(ACCESS_KEY, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secretKey");
        assertThatThrownBy(() -> ScpCredentials.of(null, "s"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("accessKey");
        assertThat(signer.toString()).doesNotContain("test-secret-key").doesNotContain(ACCESS_KEY).contains("2sd2****");
    }
}
