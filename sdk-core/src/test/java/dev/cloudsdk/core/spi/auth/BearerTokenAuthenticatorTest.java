package dev.cloudsdk.core.spi.auth;

import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.auth.TokenProvider;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the authenticator does with a 401: renew only the token it sent, retry when another thread did. */
class BearerTokenAuthenticatorTest {

    private final List<AccessToken> invalidated = new ArrayList<>();
    private AccessToken current = AccessToken.of("t1");

    private final TokenProvider tokens = new TokenProvider() {
        @Override
        public AccessToken token() {
            return current;
        }

        @Override
        public boolean invalidate(AccessToken rejected) {
            invalidated.add(rejected);
            return false;
        }
    };

    private static OutgoingRequest sent(String authorization) {
        return new OutgoingRequest(HttpMethod.GET, "http://localhost/x",
                authorization == null ? Map.of() : Map.of("Authorization", authorization), null, 1, Clock.systemUTC());
    }

    @Test
    void signsWithTheCurrentToken() {
        OutgoingRequest request = sent(null);
        new BearerTokenAuthenticator(tokens).authenticate(request);

        assertThat(request.header("Authorization")).isEqualTo("Bearer t1");
    }

    @Test
    void aRejectedCurrentTokenIsInvalidatedAndTheProviderDecides() {
        BearerTokenAuthenticator authenticator = new BearerTokenAuthenticator(tokens);

        assertThat(authenticator.onUnauthorized(sent("Bearer t1"))).isFalse();
        assertThat(invalidated).containsExactly(current);
    }

    @Test
    void aTokenAlreadyReplacedByAnotherThreadIsRetriedWithoutInvalidating() {
        BearerTokenAuthenticator authenticator = new BearerTokenAuthenticator(tokens);
        current = AccessToken.of("t2");

        assertThat(authenticator.onUnauthorized(sent("Bearer t1"))).isTrue();
        assertThat(invalidated).isEmpty();
    }

    @Test
    void aRequestWithoutABearerTokenIsNotRetried() {
        BearerTokenAuthenticator authenticator = new BearerTokenAuthenticator(tokens);

        assertThat(authenticator.onUnauthorized(sent(null))).isFalse();
        assertThat(authenticator.onUnauthorized(sent("Basic abc"))).isFalse();
        assertThat(invalidated).isEmpty();
    }
}
