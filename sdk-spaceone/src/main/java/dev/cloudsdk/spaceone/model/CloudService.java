package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.core.spi.Nullable;
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
@JsonPropertyOrder({"cloud_service_id", "cloud_service_type", "provider", "cloud_service_group", "state", "data",
        "metadata", "reference", "tags", "collection_info", "region_info", "project_id", "domain_id", "created_at",
        "updated_at", "deleted_at"})
public abstract class CloudService extends ApiModel {

    /** @return the id, e.g. {@code cloud-svc-1a2b3c} */
    public String cloudServiceId() {
        return requiredField("cloud_service_id", cloudServiceIdField());
    }

    @JsonProperty("cloud_service_id")
    @Nullable
    abstract String cloudServiceIdField();

    /** @return the type within the group, e.g. {@code Instance} */
    public Optional<String> cloudServiceType() {
        return field("cloud_service_type", cloudServiceTypeField());
    }

    @JsonProperty("cloud_service_type")
    abstract Optional<String> cloudServiceTypeField();

    /** @return the provider, e.g. {@code aws} */
    public Optional<String> provider() {
        return field("provider", providerField());
    }

    @JsonProperty("provider")
    abstract Optional<String> providerField();

    /** @return the group, e.g. {@code EC2} */
    public Optional<String> cloudServiceGroup() {
        return field("cloud_service_group", cloudServiceGroupField());
    }

    @JsonProperty("cloud_service_group")
    abstract Optional<String> cloudServiceGroupField();

    /** @return the state, e.g. {@code ACTIVE} */
    public Optional<String> state() {
        return field("state", stateField());
    }

    @JsonProperty("state")
    abstract Optional<String> stateField();

    /** @return the collected data, free JSON */
    public Map<String, Object> data() {
        return field("data", dataField());
    }

    @JsonProperty("data")
    @AllowNulls
    abstract Map<String, Object> dataField();

    /** @return how the console displays the data, free JSON */
    public Map<String, Object> metadata() {
        return field("metadata", metadataField());
    }

    @JsonProperty("metadata")
    @AllowNulls
    abstract Map<String, Object> metadataField();

    /** @return where the resource lives at its provider */
    public Optional<CloudServiceReference> reference() {
        return field("reference", referenceField());
    }

    @JsonProperty("reference")
    abstract Optional<CloudServiceReference> referenceField();

    /** @return the tags, free JSON */
    public Map<String, Object> tags() {
        return field("tags", tagsField());
    }

    @JsonProperty("tags")
    @AllowNulls
    abstract Map<String, Object> tagsField();

    /** @return which collectors saw the resource and when, free JSON */
    public Map<String, Object> collectionInfo() {
        return field("collection_info", collectionInfoField());
    }

    @JsonProperty("collection_info")
    @AllowNulls
    abstract Map<String, Object> collectionInfoField();

    /** @return the region, free JSON (the seed names a {@code RegionInfo} message but does not define it) */
    public Map<String, Object> regionInfo() {
        return field("region_info", regionInfoField());
    }

    @JsonProperty("region_info")
    @AllowNulls
    abstract Map<String, Object> regionInfoField();

    /** @return the project the resource belongs to */
    public Optional<String> projectId() {
        return field("project_id", projectIdField());
    }

    @JsonProperty("project_id")
    abstract Optional<String> projectIdField();

    /** @return the domain */
    public Optional<String> domainId() {
        return field("domain_id", domainIdField());
    }

    @JsonProperty("domain_id")
    abstract Optional<String> domainIdField();

    /** @return when it was created */
    public Optional<Instant> createdAt() {
        return field("created_at", createdAtField());
    }

    @JsonProperty("created_at")
    abstract Optional<Instant> createdAtField();

    /** @return when it was last updated */
    public Optional<Instant> updatedAt() {
        return field("updated_at", updatedAtField());
    }

    @JsonProperty("updated_at")
    abstract Optional<Instant> updatedAtField();

    /** @return when it was deleted, for deleted resources */
    public Optional<Instant> deletedAt() {
        return field("deleted_at", deletedAtField());
    }

    @JsonProperty("deleted_at")
    abstract Optional<Instant> deletedAtField();

    /** @return a new builder */
    public static CloudServiceBuilder builder() {
        return new CloudServiceBuilder();
    }

    /** @return a builder holding this cloud service's values */
    public CloudServiceBuilder toBuilder() {
        return builder().from(this);
    }
}
