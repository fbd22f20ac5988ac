package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.internal.json.LenientTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a time a model keeps as the text the API sent, when its accessor is called: a model whose time field may
 * hold anything stays readable, and only that accessor fails on text that is no time.
 *
 * <pre>{@code
 * @JsonProperty("createdAt") public abstract Optional<String> createdAtText();
 * public Optional<Instant> createdAt() { return Timestamps.parse("HostCluster.createdAt", createdAtText()); }
 * }</pre>
 */
public final class Timestamps {

    /** How much of a value an exception's message quotes. */
    private static final int QUOTED = 200;

    private Timestamps() {
    }

    /**
     * Reads a time with the rules of the SDK's JSON mapping: RFC 3339 ({@code 2021-01-01T00:00:00Z},
     * {@code 2021-01-01T09:00:00.5+09:00}; a space for {@code T} accepted), a zone-less date-time or a date alone
     * taken as UTC ({@code 2021-01-01 00:00:00}), or Unix epoch seconds ({@code 1700000000}, fractions allowed).
     * Surrounding blanks are ignored; empty or blank text is no time.
     *
     * @param jsonPath where the text is, for the exception (e.g. {@code HostCluster.createdAt})
     * @param text     the text as received
     * @return the time, or empty when there is no text or it is blank
     * @throws ResponseDecodingException when the text is not a time: it names {@code jsonPath}, the expected type and
     *                                   the text ({@link ResponseDecodingException#jsonPath()},
     *                                   {@link ResponseDecodingException#rawValue()})
     */
    public static Optional<Instant> parse(String jsonPath, Optional<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        String raw = text.get();
        try {
            return Optional.of(LenientTime.parseInstant(raw.trim()));
        } catch (RuntimeException e) {
            String quoted = raw.length() > QUOTED ? raw.substring(0, QUOTED) + "..." : raw;
            throw new ResponseDecodingException(jsonPath + ": expected an Instant (an RFC 3339 date-time or epoch "
                    + "seconds), got \"" + quoted + "\"", 0, null, null, jsonPath, raw, e);
        }
    }
}
