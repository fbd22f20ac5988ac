package dev.cloudsdk.core.auth;

import dev.cloudsdk.core.http.OutgoingRequest;

/**
 * Applies credentials to every attempt of a request: a bearer token, an HMAC signature, or anything
 * else a provider needs. Called once per attempt, after retries are decided and before the request is
 * sent, so each attempt carries fresh credentials.
 */
@FunctionalInterface
public interface RequestAuthenticator {

    /** Adds nothing; for unauthenticated clients and tests. */
    RequestAuthenticator NONE = request -> {
    };

    /**
     * Adds credentials to one attempt.
     *
     * @param request the attempt; add headers with {@link OutgoingRequest#setHeader(String, String)}
     */
    void authenticate(OutgoingRequest request);

    /**
     * Told when the server answered 401 to an attempt this authenticator signed. Returning {@code true}
     * makes the client retry that request once more with fresh credentials (for example after
     * invalidating a cached token); the default returns {@code false}.
     *
     * @param rejected the attempt the server rejected
     * @return whether new credentials are available and one more attempt is worthwhile
     */
    default boolean onUnauthorized(OutgoingRequest rejected) {
        return false;
    }
}
