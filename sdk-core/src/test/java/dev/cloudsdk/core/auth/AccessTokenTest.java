package dev.cloudsdk.core.auth;

import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenTest {

    private static final Instant EXPIRY = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void tokensAreEqualWhenValueExpiryAndRefreshTokenAre() {
        AccessToken token = AccessToken.of("t", EXPIRY, "r");

        assertThat(token).isEqualTo(AccessToken.of("t", EXPIRY, "r")).hasSameHashCodeAs(AccessToken.of("t", EXPIRY, "r"))
                .isNotEqualTo(AccessToken.of("u", EXPIRY, "r"))
                .isNotEqualTo(AccessToken.of("t", EXPIRY.plusSeconds(1), "r"))
                .isNotEqualTo(AccessToken.of("t", EXPIRY, "s"))
                .isNotEqualTo(AccessToken.of("t"))
                .isNotEqualTo("t");
        assertThat(token.hashCode()).isNotEqualTo(AccessToken.of("u", EXPIRY, "r").hashCode());
        assertThat(AccessToken.of("t")).isEqualTo(AccessToken.of("t", null, null));
    }

    @Test
    void partsAreReadBackAndABlankRefreshTokenIsNone() {
        AccessToken token = AccessToken.of("t", EXPIRY, "r");

        assertThat(token.value()).isEqualTo("t");
        assertThat(token.expiresAt()).contains(EXPIRY);
        assertThat(token.refreshToken()).contains("r");
        assertThat(AccessToken.of("t", null, " ").refreshToken()).isEmpty();
        assertThat(AccessToken.of("t").expiresAt()).isEmpty();
        assertThatThrownBy(() -> AccessToken.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token value must not be blank");
        assertThatThrownBy(() -> AccessToken.of(null, EXPIRY, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsTheExpiryButNeitherToken() {
        assertThat(AccessToken.of("secret-1", EXPIRY, "secret-2"))
                .hasToString("AccessToken{value=****, expiresAt=2026-01-01T00:00:00Z, refreshToken=****}");
        assertThat(AccessToken.of("secret-1"))
                .hasToString("AccessToken{value=****, expiresAt=unknown, refreshToken=none}");
        assertThat(new StaticTokenProvider("secret-1")).hasToString("StaticTokenProvider{token=****}");
        assertThat(new BearerTokenAuthenticator(new StaticTokenProvider("secret-1")))
                .hasToString("BearerTokenAuthenticator{StaticTokenProvider{token=****}}");
    }
}
