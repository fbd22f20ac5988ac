package dev.cloudsdk.core.auth;

import dev.cloudsdk.core.http.OutgoingRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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
     * Adds credentials to one attempt of an asynchronous call, without making the calling thread wait. The
     * default authenticates at once, on the calling thread, which suits credentials at hand and signatures
     * computed from them; an authenticator that may have to fetch credentials does that on {@code blocking}.
     *
     * @param request  the attempt
     * @param blocking a pool of the client's where a fetch may wait
     * @return completes when the attempt carries its credentials
     */
    default CompletableFuture<Void> authenticateAsync(OutgoingRequest request, Executor blocking) {
        authenticate(request);
        return CompletableFuture.completedFuture(null);
    }

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
