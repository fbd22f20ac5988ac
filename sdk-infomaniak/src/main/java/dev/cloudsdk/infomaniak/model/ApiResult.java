package dev.cloudsdk.infomaniak.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an operation without a resource to return answers: its {@link #result() result} (done, or still
 * running in the background) and its {@link #data() data}, such as {@code true} or the identifier of
 * what was created. Immutable.
 *
 * @param <T> the data's type
 */
public final class ApiResult<T> {

    private final ResultStatus result;
    private final T data;

    private ApiResult(ResultStatus result, T data) {
        this.result = Objects.requireNonNull(result, "result");
        this.data = data;
    }

    /**
     * Creates a result.
     *
     * @param result the envelope's {@code result}
     * @param data   the envelope's {@code data}, possibly {@code null}
     * @param <T>    the data's type
     * @return the result
     */
    public static <T> ApiResult<T> of(ResultStatus result, T data) {
        return new ApiResult<>(result, data);
    }

    /** @return the envelope's {@code result}: {@code success}, {@code asynchronous} or {@code delayed} */
    public ResultStatus result() {
        return result;
    }

    /** @return the envelope's {@code data}, when it held any */
    public Optional<T> data() {
        return Optional.ofNullable(data);
    }

    /** @return whether the work still runs on the server ({@code asynchronous} or {@code delayed}) */
    public boolean isPending() {
        return result.equals(ResultStatus.ASYNCHRONOUS) || result.equals(ResultStatus.DELAYED);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiResult && ((ApiResult<?>) other).result.equals(result)
                && Objects.equals(((ApiResult<?>) other).data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, data);
    }

    @Override
    public String toString() {
        return "ApiResult{result=" + result + ", data=" + data + "}";
    }
}
