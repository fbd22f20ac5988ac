package dev.cloudsdk.infomaniak.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.ResultStatus;
import org.junit.jupiter.api.Test;

/** The result wrapper as a value. */
class ApiResultTest {

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
