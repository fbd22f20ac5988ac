package dev.cloudsdk.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After} values: delay seconds or an HTTP date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * Parses a {@code Retry-After} value relative to the system clock.
     *
     * @param value header value
     * @return the delay, never negative; empty when the value is unreadable
     */
    public static Optional<Duration> parse(String value) {
        return parse(value, Clock.systemUTC());
    }

    /**
     * Parses a {@code Retry-After} value.
     *
     * @param value header value: seconds ({@code "120"}, fractions accepted) or an HTTP date
     * @param clock the clock an HTTP date is measured against
     * @return the delay, never negative; empty when the value is unreadable
     */
    public static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        try {
            double seconds = Double.parseDouble(trimmed);
            if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(Math.max(0L, (long) (seconds * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
