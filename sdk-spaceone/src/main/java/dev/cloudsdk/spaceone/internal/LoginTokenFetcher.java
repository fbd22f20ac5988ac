package dev.cloudsdk.spaceone.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.spi.auth.TokenFetcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains access tokens by logging in with a user id, password and domain id
 * ({@code identity.Token.issue}), and renews them with the refresh token ({@code identity.Token.refresh})
 * while it is accepted, logging in again when it is not. A token's expiry is read from its JWT
 * {@code exp} claim; when that cannot be read SpaceONE's default lifetime of 30 minutes is assumed.
 * Both calls bypass the client's authenticator and are marked sensitive, so their bodies are never logged.
 */
public final class LoginTokenFetcher implements TokenFetcher {

    /** Assumed lifetime of an access token whose expiry cannot be read. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(LoginTokenFetcher.class);
    private static final TypeRef<TokenInfo> TOKEN_INFO = TypeRef.of(TokenInfo.class);

    private final ApiClient api;
    private final WireDialect dialect;
    private final String userId;
    private final String password;
    private final String domainId;
    private final Clock clock;

    /**
     * Creates the fetcher.
     *
     * @param api      an unauthenticated client over the client's transport (see
     *                 {@code ApiClient.Builder#authenticatorFrom})
     * @param dialect  how the token calls travel
     * @param userId   the user id
     * @param password the password; never logged or printed
     * @param domainId the domain the user belongs to
     * @param clock    the clock expiries are measured against
     */
    public LoginTokenFetcher(ApiClient api, WireDialect dialect, String userId, String password,
                             String domainId, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.password = Objects.requireNonNull(password, "password");
        this.domainId = Objects.requireNonNull(domainId, "domainId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccessToken fetch(AccessToken previous) {
        if (previous != null && previous.refreshToken().isPresent()) {
            try {
                return toAccessToken(refresh(previous.refreshToken().get()));
            } catch (ApiException e) {
                LOG.debug("SpaceONE token refresh was refused (HTTP {}); logging in again", e.statusCode());
            }
        }
        return toAccessToken(issue());
    }

    private TokenInfo issue() {
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("user_id", userId);
        credentials.put("password", password);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("credentials", credentials);
        message.put("domain_id", domainId);
        return send(dialect.request(Rpc.IDENTITY_TOKEN_ISSUE, message), Rpc.IDENTITY_TOKEN_ISSUE);
    }

    private TokenInfo refresh(String refreshToken) {
        ApiRequest.Builder request = dialect.request(Rpc.IDENTITY_TOKEN_REFRESH, Map.of())
                .header("Authorization", "Bearer " + refreshToken);
        return send(request, Rpc.IDENTITY_TOKEN_REFRESH);
    }

    private TokenInfo send(ApiRequest.Builder request, Rpc rpc) {
        ApiRequest built = request.authenticated(false).sensitive(true).operation(rpc.operation()).build();
        // Sensitive: a failure quotes nothing of the body, which may hold credentials.
        return api.execute(built, RequestOptions.none(), (response, context) -> {
            TokenInfo info = context.decodeBody(TOKEN_INFO);
            if (info.accessToken() == null || info.accessToken().isBlank()) {
                throw context.failure("holds no access_token", null);
            }
            return info;
        });
    }

    private AccessToken toAccessToken(TokenInfo info) {
        Instant expiresAt = expiry(info.accessToken()).orElseGet(() -> clock.instant().plus(DEFAULT_LIFETIME));
        return AccessToken.of(info.accessToken(), expiresAt, info.refreshToken());
    }

    private Optional<Instant> expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp = api.json().objectMapper()
                    .readTree(new String(payload, StandardCharsets.UTF_8)).get("exp");
            return exp != null && exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
                    : Optional.empty();
        } catch (IllegalArgumentException | IOException notAJwt) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "LoginTokenFetcher{userId=" + userId + ", domainId=" + domainId + ", password=****}";
    }
}
