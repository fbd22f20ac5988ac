package dev.cloudsdk.core.auth;

import dev.cloudsdk.core.spi.auth.RefreshingTokenProvider;
import java.util.Optional;

/**
 * Supplies the bearer token for each attempt. Implementations must be thread-safe.
 *
 * @see StaticTokenProvider
 * @see RefreshingTokenProvider
 */
public interface TokenProvider {

    /**
     * Returns a token that is valid now, obtaining or refreshing one if needed.
     *
     * @return the token
     */
    AccessToken token();

    /**
     * Returns the token {@link #token()} would return if that needs no fetch, so that an asynchronous call can
     * authenticate without waiting; when it is empty, the call fetches the token on one of the client's pool
     * threads instead. The default is empty: every asynchronous call asks {@link #token()} on a pool thread.
     *
     * @return the token at hand, or empty when {@link #token()} would obtain or refresh one
     */
    default Optional<AccessToken> readyToken() {
        return Optional.empty();
    }

    /**
     * Told that the server rejected a token with 401. A refreshing provider drops it so that the next
     * {@link #token()} fetches a new one (once, however many callers saw the 401).
     *
     * @param rejected the token that was rejected
     * @return whether a different token may now be obtained (and a retry is worthwhile)
     */
    default boolean invalidate(AccessToken rejected) {
        return false;
    }
}
