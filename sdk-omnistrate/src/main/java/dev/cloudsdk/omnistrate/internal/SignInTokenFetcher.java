package dev.cloudsdk.omnistrate.internal;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.spi.auth.TokenFetcher;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains JWTs for a {@link dev.cloudsdk.core.spi.auth.RefreshingTokenProvider}: renews with the refresh token when
 * there is one, and signs in with email and password otherwise (or when the refresh token is refused). An API
 * key signs in as the email {@value #API_KEY_EMAIL} with the key as password; such sessions get no refresh token
 * and simply sign in again. The calls go through the client's pipeline, unauthenticated and with bodies never
 * logged. Not API.
 */
public final class SignInTokenFetcher implements TokenFetcher {

    /** The email an API key signs in with. */
    public static final String API_KEY_EMAIL = "apikey@apikeys.invalid";

    private static final Logger LOG = LoggerFactory.getLogger(SignInTokenFetcher.class);
    private static final String SIGN_IN_PATH = "/2022-09-01-00/signin";
    private static final String REFRESH_PATH = "/2022-09-01-00/refresh-token";

    private final String email;
    private final String password;
    private final boolean apiKey;
    private final ApiClient api;

    private SignInTokenFetcher(String email, String password, boolean apiKey, ApiClient api) {
        this.email = email;
        this.password = password;
        this.apiKey = apiKey;
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Signs in with an account's email and password.
     *
     * @param email    the email
     * @param password the password
     * @param api      an unauthenticated client over the client's transport (see
     *                 {@code ApiClient.Builder#authenticatorFrom})
     * @return the fetcher
     */
    public static SignInTokenFetcher password(String email, String password, ApiClient api) {
        return new SignInTokenFetcher(email, password, false, api);
    }

    /**
     * Exchanges an API key.
     *
     * @param key the API key ({@code om_…})
     * @param api an unauthenticated client over the client's transport
     * @return the fetcher
     */
    public static SignInTokenFetcher apiKey(String key, ApiClient api) {
        return new SignInTokenFetcher(API_KEY_EMAIL, key, true, api);
    }

    @Override
    public AccessToken fetch(AccessToken previous) {
        if (previous != null && previous.refreshToken().isPresent()) {
            try {
                return exchange(REFRESH_PATH, Map.of("refreshToken", previous.refreshToken().get()),
                        "auth.refreshToken");
            } catch (ApiException e) {
                LOG.debug("Omnistrate refused the refresh token (HTTP {}); signing in again", e.statusCode());
            }
        }
        return exchange(SIGN_IN_PATH, Map.of("email", email, "password", password), "auth.signIn");
    }

    private AccessToken exchange(String path, Map<String, String> body, String operation) {
        ApiClient client = api;
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, path)
                .jsonBody(body)
                .authenticated(false)
                .sensitive(true)
                .operation(operation)
                .build();
        TokenPair tokens = client.execute(request, RequestOptions.none(), TypeRef.of(TokenPair.class));
        if (tokens.jwtToken().isBlank()) {
            throw new ResponseDecodingException(operation + " answered an empty jwtToken", 200, "", null, null);
        }
        return AccessToken.of(tokens.jwtToken(),
                Jwts.expiry(tokens.jwtToken(), client.json().objectMapper()).orElse(null),
                apiKey ? null : tokens.refreshToken().orElse(null));
    }

    @Override
    public String toString() {
        return "SignInTokenFetcher{" + (apiKey ? "api key" : "email and password") + "}";
    }
}
