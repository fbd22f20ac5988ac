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

/**
 * What {@code cloudServices().update(id, ...)} sends ({@code UpdateCloudServiceRequest}): only the fields
 * that are set. A {@code data}, {@code metadata} or {@code tags} map replaces the stored one.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = UpdateCloudServiceRequestBuilder.class)
@JsonPropertyOrder({"data", "metadata", "reference", "tags", "region_id", "project_id", "domain_id", "release_project",
        "release_region"})
public abstract class UpdateCloudServiceRequest {

    /** @return the new data, free JSON */
    @JsonProperty("data")
    public abstract Optional<Map<String, Object>> data();

    /** @return the new display metadata, free JSON */
    @JsonProperty("metadata")
    public abstract Optional<Map<String, Object>> metadata();

    /** @return the new reference */
    @JsonProperty("reference")
    public abstract Optional<CloudServiceReference> reference();

    /** @return the new tags, free JSON */
    @JsonProperty("tags")
    public abstract Optional<Map<String, Object>> tags();

    /** @return the new region id */
    @JsonProperty("region_id")
    public abstract Optional<String> regionId();

    /** @return the new project id */
    @JsonProperty("project_id")
    public abstract Optional<String> projectId();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /** @return whether to detach the cloud service from its project */
    @JsonProperty("release_project")
    public abstract Optional<Boolean> releaseProject();

    /** @return whether to detach the cloud service from its region */
    @JsonProperty("release_region")
    public abstract Optional<Boolean> releaseRegion();

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
    public static UpdateCloudServiceRequestBuilder builder() {
        return new UpdateCloudServiceRequestBuilder();
    }

    /** @return a builder holding these values */
    public UpdateCloudServiceRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
