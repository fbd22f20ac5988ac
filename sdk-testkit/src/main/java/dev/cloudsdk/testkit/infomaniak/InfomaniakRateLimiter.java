package dev.cloudsdk.testkit.infomaniak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

/** A sliding one-minute window of requests, as Infomaniak's limit of 60 requests per minute. Thread-safe. */
final class InfomaniakRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Clock clock;
    private final Deque<Instant> accepted = new ArrayDeque<>();

    InfomaniakRateLimiter(int limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be >= 1, was " + limit);
        }
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Counts a request.
     *
     * @return empty when it is within the limit, else the seconds until a slot frees up
     */
    synchronized OptionalLong acquire() {
        Instant now = clock.instant();
        while (!accepted.isEmpty() && !accepted.peekFirst().plus(WINDOW).isAfter(now)) {
            accepted.removeFirst();
        }
        if (accepted.size() < limit) {
            accepted.addLast(now);
            return OptionalLong.empty();
        }
        Duration wait = Duration.between(now, accepted.peekFirst().plus(WINDOW));
        return OptionalLong.of(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
