package dev.cloudsdk.infomaniak.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The argument checks at their limits, and the result wrapper as a value. */
class ChecksTest {

    @Test
    void positiveAndNotBlankReturnWhatTheyChecked() {
        assertThat(Checks.positive(1, "id")).isEqualTo(1);
        assertThatThrownBy(() -> Checks.positive(0, "id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be positive, was 0");
        assertThat(Checks.notBlank("x", "name")).isEqualTo("x");
        assertThatThrownBy(() -> Checks.notBlank(" ", "name")).hasMessage("name must not be blank");
    }

    @Test
    void lengthsAreInclusive() {
        Checks.length("ab", 2, 3, "name");
        Checks.length("abc", 2, 3, "name");
        Checks.length("", -1, -1, "name");
        Checks.length(Optional.empty(), 2, 3, "name");
        assertThatThrownBy(() -> Checks.length("a", 2, 3, "name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be at least 2 characters long, was 1");
        assertThatThrownBy(() -> Checks.length(Optional.of("abcd"), 2, 3, "name"))
                .hasMessage("name must be at most 3 characters long, was 4");
    }

    @Test
    void rangesAreInclusiveAndEitherEndMayBeOpen() {
        Checks.range(1, 1L, 3L, "n");
        Checks.range(3, 1L, 3L, "n");
        Checks.range(5, 5L, null, "n");
        Checks.range(5, null, 5L, "n");
        Checks.range(Optional.empty(), 1L, 2L, "n");
        assertThatThrownBy(() -> Checks.range(0, 1L, 3L, "n")).hasMessage("n must be between 1 and 3, was 0");
        assertThatThrownBy(() -> Checks.range(4, 1L, 3L, "n")).hasMessage("n must be between 1 and 3, was 4");
        assertThatThrownBy(() -> Checks.range(4, 5L, null, "n")).hasMessage("n must be at least 5, was 4");
        assertThatThrownBy(() -> Checks.range(Optional.of(6), null, 5L, "n")).hasMessage("n must be at most 5, was 6");
    }

    @Test
    void resultsAreValues() {
        ApiResult<String> done = ApiResult.of(ResultStatus.SUCCESS, "d");

        assertThat(done).isEqualTo(ApiResult.of(ResultStatus.SUCCESS, "d"))
                .hasSameHashCodeAs(ApiResult.of(ResultStatus.SUCCESS, "d"))
                .isNotEqualTo(ApiResult.of(ResultStatus.DELAYED, "d")).isNotEqualTo(ApiResult.of(ResultStatus.SUCCESS, "e"))
                .isNotEqualTo("d");
        assertThat(done.hashCode()).isNotEqualTo(ApiResult.of(ResultStatus.SUCCESS, "e").hashCode());
        assertThat(done).hasToString("ApiResult{result=success, data=d}");
        assertThat(done.isPending()).isFalse();
        assertThat(ApiResult.of(ResultStatus.ASYNCHRONOUS, null).isPending()).isTrue();
        assertThat(ResultStatus.knownValues()).contains(ResultStatus.SUCCESS, ResultStatus.ASYNCHRONOUS,
                ResultStatus.DELAYED);
    }
}
