package dev.cloudsdk.core.spi.auth;

import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.auth.TokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Caches a token and replaces it shortly before it expires, or once after the server rejects it.
 * Single-flight: however many threads need a new token at the same moment, one fetch happens and the
 * others wait for its result.
 */
public final class RefreshingTokenProvider implements TokenProvider {

    /** How long before expiry a token is replaced by default. */
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

    private final TokenFetcher fetcher;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Object lock = new Object();
    private volatile AccessToken current;
    private volatile boolean rejected;

    /**
     * Creates the provider.
     *
     * @param fetcher       obtains tokens
     * @param clock         the clock expiry is measured against
     * @param refreshMargin how long before expiry to replace a token
     */
    public RefreshingTokenProvider(TokenFetcher fetcher, Clock clock, Duration refreshMargin) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("refreshMargin must not be negative");
        }
    }

    @Override
    public AccessToken token() {
        AccessToken token = current;
        if (isUsable(token)) {
            return token;
        }
        synchronized (lock) {
            token = current;
            if (isUsable(token)) {
                return token;
            }
            AccessToken fetched = Objects.requireNonNull(fetcher.fetch(token), "token fetcher returned null");
            rejected = false;
            current = fetched;
            return fetched;
        }
    }

    /** @return the cached token while it is fresh and was not rejected */
    @Override
    public Optional<AccessToken> readyToken() {
        AccessToken token = current;
        return isUsable(token) ? Optional.of(token) : Optional.empty();
    }

    @Override
    public boolean invalidate(AccessToken rejectedToken) {
        synchronized (lock) {
            if (current != null && current.equals(rejectedToken)) {
                // Keep the token so the fetcher can still use its refresh token.
                rejected = true;
            }
            return true;
        }
    }

    private boolean isUsable(AccessToken token) {
        return token != null && !rejected && isFresh(token);
    }

    private boolean isFresh(AccessToken token) {
        if (token.expiresAt().isEmpty()) {
            return true;
        }
        Instant refreshAt = token.expiresAt().get().minus(refreshMargin);
        return clock.instant().isBefore(refreshAt);
    }

    @Override
    public String toString() {
        return "RefreshingTokenProvider{token=" + (current == null ? "none" : "****") + "}";
    }
}
