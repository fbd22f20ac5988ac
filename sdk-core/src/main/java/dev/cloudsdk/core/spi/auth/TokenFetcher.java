package dev.cloudsdk.core.spi.auth;

import dev.cloudsdk.core.auth.AccessToken;

/**
 * Obtains a new token, for {@link RefreshingTokenProvider}: a sign-in, a refresh-token exchange, or both.
 */
@FunctionalInterface
public interface TokenFetcher {

    /**
     * Fetches a token.
     *
     * @param previous the token being replaced (its refresh token may be used), or {@code null} the first time
     *                 and after a refresh failed
     * @return the new token
     */
    AccessToken fetch(AccessToken previous);
}
