package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of a {@code stat} call: one free JSON object per result row (group keys and computed
 * fields by the names the query gave them) and, when the server reports it, the number of rows.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = StatResultBuilder.class)
@JsonPropertyOrder({"results", "total_count"})
public abstract class StatResult extends ApiModel {

    /** @return the result rows, free JSON */
    public List<Map<String, Object>> results() {
        return field("results", resultsField());
    }

    @JsonProperty("results")
    abstract List<Map<String, Object>> resultsField();

    /** @return the number of rows before paging, when reported */
    public OptionalLong totalCount() {
        return field("total_count", totalCountField());
    }

    @JsonProperty("total_count")
    abstract OptionalLong totalCountField();

    /** @return a new builder */
    public static StatResultBuilder builder() {
        return new StatResultBuilder();
    }

    /** @return a builder holding these values */
    public StatResultBuilder toBuilder() {
        return builder().from(this);
    }
}
