package dev.cloudsdk.scp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScpCredentialsTest {

    @Test
    void credentialsAreEqualWhenEveryPartIs() {
        ScpCredentials credentials = ScpCredentials.of("access-1", "secret-1", "acct-1");

        assertThat(credentials).isEqualTo(ScpCredentials.of("access-1", "secret-1", "acct-1"))
                .hasSameHashCodeAs(ScpCredentials.of("access-1", "secret-1", "acct-1"))
                .isNotEqualTo(ScpCredentials.of("access-2", "secret-1", "acct-1"))
                .isNotEqualTo(ScpCredentials.of("access-1", "secret-2", "acct-1"))
                .isNotEqualTo(ScpCredentials.of("access-1", "secret-1", "acct-2"))
                .isNotEqualTo(ScpCredentials.of("access-1", "secret-1"))
                .isNotEqualTo("access-1");
        assertThat(credentials.hashCode()).isNotEqualTo(ScpCredentials.of("access-2", "secret-1", "acct-1").hashCode());
        assertThat(ScpCredentials.of("access-1", "secret-1")).isEqualTo(ScpCredentials.of("access-1", "secret-1"));
    }

    @Test
    void onlyKeysLongerThanEightCharactersShowTheirStart() {
        assertThat(ScpCredentials.mask("12345678")).isEqualTo("****");
        assertThat(ScpCredentials.mask("123456789")).isEqualTo("1234****");
        assertThat(ScpCredentials.of("123456789", "secret-value").toString()).contains("accessKey=1234****")
                .doesNotContain("secret-value").doesNotContain("56789");
        assertThatThrownBy(() -> ScpCredentials.of(" ", "s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signaturesAreStableAcrossCalls() {
        ScpRequestSigner signer = new ScpRequestSigner(ScpCredentials.of("access-1", "secret-1"));
        String first = signer.signature("get", "https://h/v1/x", "1605290625682");

        assertThat(signer.signature("GET", "https://h/v1/x", "1605290625682")).isEqualTo(first);
        assertThat(signer.signature("GET", "https://h/v1/y", "1605290625682")).isNotEqualTo(first);
    }
}
