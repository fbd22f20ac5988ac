package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@code dataSources().update(id, ...)} sends ({@code UpdateDataSourceRequest}): only what is set. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = UpdateDataSourceRequestBuilder.class)
@JsonPropertyOrder({"name", "template", "tags", "domain_id"})
public abstract class UpdateDataSourceRequest {

    /** @return the new name */
    @JsonProperty("name")
    public abstract Optional<String> name();

    /** @return the new template, free JSON */
    @JsonProperty("template")
    public abstract Optional<Map<String, Object>> template();

    /** @return the new tags, free JSON */
    @JsonProperty("tags")
    public abstract Optional<Map<String, Object>> tags();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /**
     * @return the fields sent after the modelled ones, by JSON name: fields the API accepts that this SDK version does
     *     not model yet, given to the builder's {@code putAdditionalProperty(name, value)}
     */
    public Map<String, Object> additionalProperties() {
        return additionalPropertyField();
    }

    @JsonAnyGetter
    @JsonInclude(content = JsonInclude.Include.ALWAYS)
    @AllowNulls
    @Value.Redacted
    abstract Map<String, Object> additionalPropertyField();

    /** @return a new builder */
    public static UpdateDataSourceRequestBuilder builder() {
        return new UpdateDataSourceRequestBuilder();
    }

    /** @return a builder holding these values */
    public UpdateDataSourceRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
