package dev.cloudsdk.spaceone.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of a list call: {@code {"results": [...], "total_count": n}}. SpaceONE omits both when they
 * are empty or zero.
 *
 * @param <T> item type
 */
public final class ResultsEnvelope<T> {

    private final List<T> results;
    private final Long totalCount;

    @JsonCreator
    ResultsEnvelope(@JsonProperty("results") List<T> results, @JsonProperty("total_count") Long totalCount) {
        this.results = results == null ? List.of() : List.copyOf(results);
        this.totalCount = totalCount;
    }

    /** @return the items of this page */
    public List<T> results() {
        return results;
    }

    /** @return the number of matching items, or {@code null} when the server left it out */
    public Long totalCount() {
        return totalCount;
    }
}
