package dev.cloudsdk.core.error;

import dev.cloudsdk.core.internal.http.Redirects;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with a redirect the SDK does not follow: one to another origin (scheme, host or port),
 * where the call's credentials and body must not go, one without a usable {@code Location}, or one too many
 * in a row. Redirects within the configured origin are followed, and re-authenticated, without this exception.
 */
public class RedirectNotFollowedException extends UnexpectedStatusException {

    /** The redirect's target as the server sent it (secret-looking query values hidden), or {@code null}. */
    private final String location;

    /**
     * Creates the exception.
     *
     * @param statusCode the 3xx status
     * @param location   the {@code Location} the server sent, query values redacted; {@code null} if none
     * @param reason     why it was not followed, for the message
     * @param headers    response headers (lower-case keys)
     * @param rawBody    raw body
     */
    public RedirectNotFollowedException(int statusCode, String location, String reason,
                                        Map<String, List<String>> headers, String rawBody) {
        super(statusCode, ErrorDetails.builder().message(reason).build(), headers, rawBody);
        this.location = location;
    }

    /** @return where the server redirected to (secret-looking query values hidden), if it said */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }
}
