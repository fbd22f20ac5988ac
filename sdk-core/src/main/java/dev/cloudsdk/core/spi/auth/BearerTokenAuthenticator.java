package dev.cloudsdk.core.spi.auth;

import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.auth.TokenProvider;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends {@code Authorization: Bearer <token>} with a token from a {@link TokenProvider}, and after a 401
 * asks the provider for a new token so the request is retried once.
 */
public final class BearerTokenAuthenticator implements RequestAuthenticator {

    private final TokenProvider tokens;

    /**
     * Creates the authenticator.
     *
     * @param tokens where tokens come from
     */
    public BearerTokenAuthenticator(TokenProvider tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public void authenticate(OutgoingRequest request) {
        request.setHeader("Authorization", "Bearer " + tokens.token().value());
    }

    /** Uses the token at hand, or fetches one on {@code blocking} (a sign-in or a refresh). */
    @Override
    public CompletableFuture<Void> authenticateAsync(OutgoingRequest request, Executor blocking) {
        Optional<AccessToken> ready = tokens.readyToken();
        if (ready.isPresent()) {
            request.setHeader("Authorization", "Bearer " + ready.get().value());
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> authenticate(request), blocking);
    }

    @Override
    public boolean onUnauthorized(OutgoingRequest rejected) {
        String header = rejected.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        String sent = header.substring("Bearer ".length());
        AccessToken current = tokens.token();
        if (!current.value().equals(sent)) {
            return true; // another thread already replaced the token: just retry with the new one
        }
        return tokens.invalidate(current);
    }

    @Override
    public String toString() {
        return "BearerTokenAuthenticator{" + tokens + "}";
    }
}
