package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@code dataSources().update(id, ...)} sends ({@code UpdateDataSourceRequest}): only what is set. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = UpdateDataSourceRequestBuilder.class)
public abstract class UpdateDataSourceRequest extends ApiModel {

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

    /** @return a new builder */
    public static UpdateDataSourceRequestBuilder builder() {
        return new UpdateDataSourceRequestBuilder();
    }

    /** @return a builder holding these values */
    public UpdateDataSourceRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
