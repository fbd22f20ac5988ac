package dev.cloudsdk.core.auth;

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

    @Override
    public String toString() {
        return "StaticTokenProvider{token=****}";
    }
}
