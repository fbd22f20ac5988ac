package dev.cloudsdk.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.error.InternalServerException;
import dev.cloudsdk.core.error.UnexpectedStatusException;
import dev.cloudsdk.core.http.HttpMethod;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retry decisions and delays, as a table: what is retried, after how long, and what is refused. */
class RetryPolicyTest {

    private static final Optional<Boolean> NO_HINT = Optional.empty();

    /** The decision for an error whose family is its status's. */
    private static boolean retryable(StandardRetryPolicy policy, HttpMethod method, boolean key, int status,
                                     boolean retryAfter, Optional<Boolean> hint) {
        return policy.isRetryable(method, key, status, ErrorFamily.ofStatus(status), retryAfter, hint);
    }

    @Test
    void theDefaultsAreTwoRetriesHalfASecondEightSecondsAndAMinute() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;

        assertThat(policy.maxRetries()).isEqualTo(2);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy).hasToString(
                "StandardRetryPolicy{maxRetries=2, initialBackoff=PT0.5S, maxBackoff=PT8S, maxRetryAfter=PT1M}");
        assertThat(RetryPolicy.none().maxRetries()).isZero();
    }

    @Test
    void theDefaultJitterSpreadsDelaysBelowTheCeiling() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;
        Set<Duration> first = new HashSet<>();
        Set<Duration> third = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            first.add(policy.delay(1, Optional.empty()));
            third.add(policy.delay(3, Optional.empty()));
        }

        assertThat(first).as("jitter of the first retry").hasSizeGreaterThan(20)
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(499)));
        assertThat(third).as("jitter of the third retry").hasSizeGreaterThan(20)
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(1999)))
                .anySatisfy(d -> assertThat(d).isGreaterThan(Duration.ofMillis(500)));
    }

    @Test
    void delaysDoubleFromTheInitialBackoffUpToTheCap() {
        StandardRetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(1000)).random(() -> 0.999).build();

        assertThat(policy.delay(1, Optional.empty())).isEqualTo(Duration.ofMillis(99));
        assertThat(policy.delay(2, Optional.empty())).isEqualTo(Duration.ofMillis(199));
        assertThat(policy.delay(3, Optional.empty())).isEqualTo(Duration.ofMillis(399));
        assertThat(policy.delay(4, Optional.empty())).isEqualTo(Duration.ofMillis(799));
        assertThat(policy.delay(5, Optional.empty())).isEqualTo(Duration.ofMillis(999));
        assertThat(policy.delay(40, Optional.empty())).isEqualTo(Duration.ofMillis(999));
    }

    @Test
    void retryAfterIsUsedUpToItsMaximum() {
        StandardRetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).random(() -> 0.5).build();

        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(3)))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(10)))).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(11)))).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delay(1, Optional.of(Duration.ZERO))).isEqualTo(Duration.ZERO);
    }

    @Test
    void idempotentMethodsAreRetriedOnEveryRetryableStatusAndNoOther() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE,
                HttpMethod.HEAD}) {
            for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
                assertThat(retryable(policy, method, false, status, false, NO_HINT))
                        .as("%s %s", method, status).isTrue();
            }
            for (int status : new int[] {400, 401, 403, 404, 409, 422, 501, 505, 507}) {
                assertThat(retryable(policy, method, false, status, false, NO_HINT))
                        .as("%s %s", method, status).isFalse();
            }
        }
    }

    @Test
    void postAndPatchAreRetriedOnlyWhenTheServerSaidItDidNotProcessTheRequest() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;
        for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PATCH}) {
            assertThat(retryable(policy, method, false, 429, false, NO_HINT)).isTrue();
            assertThat(retryable(policy, method, false, 503, true, NO_HINT)).isTrue();
            assertThat(retryable(policy, method, false, 503, false, NO_HINT)).isFalse();
            assertThat(retryable(policy, method, false, 500, true, NO_HINT)).isFalse();
            assertThat(retryable(policy, method, false, 502, false, NO_HINT)).isFalse();
            assertThat(retryable(policy, method, false, 408, false, NO_HINT)).isFalse();
            assertThat(retryable(policy, method, true, 500, false, NO_HINT)).as("with a key").isTrue();
            assertThat(retryable(policy, method, true, 404, false, NO_HINT)).as("with a key").isFalse();
        }
    }

    @Test
    void aTemporaryHintMakesAny5xxRetryableButNo4xx() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;
        Optional<Boolean> temporary = Optional.of(true);

        assertThat(retryable(policy, HttpMethod.GET, false, 501, false, temporary)).isTrue();
        assertThat(retryable(policy, HttpMethod.GET, false, 507, false, temporary)).isTrue();
        assertThat(retryable(policy, HttpMethod.GET, false, 500, false, temporary)).isTrue();
        assertThat(retryable(policy, HttpMethod.GET, false, 499, false, temporary)).isFalse();
        assertThat(retryable(policy, HttpMethod.GET, false, 404, false, temporary)).isFalse();
        assertThat(retryable(policy, HttpMethod.POST, false, 507, false, temporary)).isFalse();
    }

    @Test
    void aPermanentHintStops5xxExcept503ButNot4xxStatuses() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;
        Optional<Boolean> permanent = Optional.of(false);

        assertThat(retryable(policy, HttpMethod.GET, false, 500, false, permanent)).isFalse();
        assertThat(retryable(policy, HttpMethod.GET, false, 502, false, permanent)).isFalse();
        assertThat(retryable(policy, HttpMethod.GET, false, 503, false, permanent)).isTrue();
        assertThat(retryable(policy, HttpMethod.GET, false, 429, false, permanent)).isTrue();
        assertThat(retryable(policy, HttpMethod.GET, false, 408, false, permanent)).isTrue();
    }

    @Test
    void connectionFailuresAreRetriedWhenNothingWasSentOrTheCallIsIdempotent() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;

        assertThat(policy.isRetryableFailure(HttpMethod.POST, false, false)).isTrue();
        assertThat(policy.isRetryableFailure(HttpMethod.POST, false, true)).isFalse();
        assertThat(policy.isRetryableFailure(HttpMethod.POST, true, true)).isTrue();
        assertThat(policy.isRetryableFailure(HttpMethod.GET, false, true)).isTrue();
        assertThat(policy.isRetryableFailure(HttpMethod.PATCH, false, true)).isFalse();
    }

    @Test
    void toBuilderKeepsEveryValueIncludingTheJitterSource() {
        StandardRetryPolicy original = RetryPolicy.builder().maxRetries(5).initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(40)).maxRetryAfter(Duration.ofSeconds(3)).random(() -> 0.5).build();

        StandardRetryPolicy copy = original.toBuilder().build();

        assertThat(copy.maxRetries()).isEqualTo(5);
        assertThat(copy.initialBackoff()).isEqualTo(Duration.ofMillis(10));
        assertThat(copy.maxBackoff()).isEqualTo(Duration.ofMillis(40));
        assertThat(copy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(copy.delay(3, Optional.empty())).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void theBuilderRefusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetries must be >= 0, was -1");
        assertThat(RetryPolicy.builder().maxRetries(0).build().maxRetries()).isZero();
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff must be positive, was PT0S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxBackoff must be positive");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("initialBackoff");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRetryAfter must not be negative");
        assertThat(RetryPolicy.builder().maxRetryAfter(Duration.ZERO).build().maxRetryAfter()).isZero();
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().random(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2))
                .maxBackoff(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBackoff must be >= initialBackoff");
        StandardRetryPolicy equal = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1))
                .maxBackoff(Duration.ofSeconds(1)).build();
        assertThat(equal.maxBackoff()).isEqualTo(equal.initialBackoff());
    }

    @Test
    void theFamilyTheBodyNamesDecidesNotTheStatus() {
        StandardRetryPolicy policy = StandardRetryPolicy.DEFAULTS;

        assertThat(policy.isRetryable(HttpMethod.GET, false, 200, ErrorFamily.SERVER_ERROR, false, NO_HINT))
                .as("a server-error envelope at HTTP 200").isTrue();
        assertThat(policy.isRetryable(HttpMethod.POST, false, 200, ErrorFamily.SERVER_ERROR, false, NO_HINT))
                .as("...but not for a POST").isFalse();
        assertThat(policy.isRetryable(HttpMethod.POST, false, 200, ErrorFamily.RATE_LIMITED, false, NO_HINT))
                .as("a rate limit at HTTP 200, even for a POST").isTrue();
        assertThat(policy.isRetryable(HttpMethod.GET, false, 500, ErrorFamily.NOT_FOUND, false, NO_HINT))
                .as("a not-found code at a plain 500").isFalse();
    }

    @Test
    void conditionsComposeOnAnyPolicy() {
        RetryContext teapot = context(new UnexpectedStatusException(418,
                ErrorDetails.empty(), Map.of(), ""));
        RetryContext unavailable = context(new InternalServerException(503,
                ErrorDetails.empty(), Map.of(), ""));
        RetryPolicy base = RetryPolicy.defaults();

        assertThat(base.shouldRetry(teapot)).isFalse();
        assertThat(base.shouldRetry(unavailable)).isTrue();
        RetryPolicy adjusted = base.retryingAlsoWhen(c -> c.error().map(e -> e.statusCode() == 418).orElse(false))
                .neverRetryingWhen(c -> c.error().map(e -> e.statusCode() == 503).orElse(false))
                .withMaxRetries(7);
        assertThat(adjusted.shouldRetry(teapot)).isTrue();
        assertThat(adjusted.shouldRetry(unavailable)).isFalse();
        assertThat(adjusted.maxRetries()).isEqualTo(7);
        assertThat(base.withMaxRetries(0).maxRetries()).isZero();
        assertThat(adjusted.delay(teapot)).isBetween(Duration.ZERO, Duration.ofMillis(499));
        assertThatThrownBy(() -> base.withMaxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.retryingAlsoWhen(null)).isInstanceOf(NullPointerException.class);
    }

    private static RetryContext context(ApiException error) {
        return new RetryContext(HttpMethod.GET, "things.get", false, 1, 0, error, true);
    }
}
