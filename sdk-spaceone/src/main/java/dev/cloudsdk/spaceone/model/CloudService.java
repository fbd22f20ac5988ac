package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cloud service of the SpaceONE inventory ({@code CloudServiceInfo}): one resource of a provider, typed
 * by provider, group and type, with its collected {@code data} and display {@code metadata}.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CloudServiceBuilder.class)
public abstract class CloudService extends ApiModel {

    /** @return the id, e.g. {@code cloud-svc-1a2b3c} */
    @JsonProperty("cloud_service_id")
    public abstract String cloudServiceId();

    /** @return the type within the group, e.g. {@code Instance} */
    @JsonProperty("cloud_service_type")
    public abstract Optional<String> cloudServiceType();

    /** @return the provider, e.g. {@code aws} */
    @JsonProperty("provider")
    public abstract Optional<String> provider();

    /** @return the group, e.g. {@code EC2} */
    @JsonProperty("cloud_service_group")
    public abstract Optional<String> cloudServiceGroup();

    /** @return the state, e.g. {@code ACTIVE} */
    @JsonProperty("state")
    public abstract Optional<String> state();

    /** @return the collected data, free JSON */
    @JsonProperty("data")
    @AllowNulls
    public abstract Map<String, Object> data();

    /** @return how the console displays the data, free JSON */
    @JsonProperty("metadata")
    @AllowNulls
    public abstract Map<String, Object> metadata();

    /** @return where the resource lives at its provider */
    @JsonProperty("reference")
    public abstract Optional<CloudServiceReference> reference();

    /** @return the tags, free JSON */
    @JsonProperty("tags")
    @AllowNulls
    public abstract Map<String, Object> tags();

    /** @return which collectors saw the resource and when, free JSON */
    @JsonProperty("collection_info")
    @AllowNulls
    public abstract Map<String, Object> collectionInfo();

    /** @return the region, free JSON (the seed names a {@code RegionInfo} message but does not define it) */
    @JsonProperty("region_info")
    @AllowNulls
    public abstract Map<String, Object> regionInfo();

    /** @return the project the resource belongs to */
    @JsonProperty("project_id")
    public abstract Optional<String> projectId();

    /** @return the domain */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /** @return when it was created */
    @JsonProperty("created_at")
    public abstract Optional<Instant> createdAt();

    /** @return when it was last updated */
    @JsonProperty("updated_at")
    public abstract Optional<Instant> updatedAt();

    /** @return when it was deleted, for deleted resources */
    @JsonProperty("deleted_at")
    public abstract Optional<Instant> deletedAt();

    /** @return a new builder */
    public static CloudServiceBuilder builder() {
        return new CloudServiceBuilder();
    }

    /** @return a builder holding this cloud service's values */
    public CloudServiceBuilder toBuilder() {
        return builder().from(this);
    }
}
