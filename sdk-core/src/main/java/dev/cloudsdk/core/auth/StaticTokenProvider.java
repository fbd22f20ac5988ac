package dev.cloudsdk.core.auth;

import java.util.Optional;

/** Always supplies the same token; a 401 is final. */
public final class StaticTokenProvider implements TokenProvider {

    private final AccessToken token;

    /**
     * Creates the provider.
     *
     * @param token the bearer token, not blank
     * @throws IllegalArgumentException if the token is blank
     */
    public StaticTokenProvider(String token) {
        this.token = AccessToken.of(token);
    }

    @Override
    public AccessToken token() {
        return token;
    }

    /** @return the token, always at hand */
    @Override
    public Optional<AccessToken> readyToken() {
        return Optional.of(token);
    }

    @Override
    public String toString() {
        return "StaticTokenProvider{token=****}";
    }
}
