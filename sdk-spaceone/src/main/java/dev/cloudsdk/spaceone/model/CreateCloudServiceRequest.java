package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code cloudServices().create(...)} sends ({@code CreateServiceRequest}). The type, provider and data
 * are required; {@code domain_id} defaults to the client's.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CreateCloudServiceRequestBuilder.class)
@JsonPropertyOrder({"cloud_service_type", "provider", "cloud_service_group", "data", "metadata", "reference", "tags",
        "region_id", "project_id", "domain_id"})
public abstract class CreateCloudServiceRequest {

    /** @return the type within the group, e.g. {@code Instance} */
    @JsonProperty("cloud_service_type")
    public abstract String cloudServiceType();

    /** @return the provider, e.g. {@code aws} */
    @JsonProperty("provider")
    public abstract String provider();

    /** @return the group, e.g. {@code EC2} */
    @JsonProperty("cloud_service_group")
    public abstract Optional<String> cloudServiceGroup();

    /** @return the resource's data, free JSON (sent even when empty: the API requires it) */
    @JsonProperty("data")
    @AllowNulls
    public abstract Map<String, Object> data();

    /** @return how the console displays the data, free JSON */
    @JsonProperty("metadata")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    public abstract Map<String, Object> metadata();

    /** @return where the resource lives at its provider */
    @JsonProperty("reference")
    public abstract Optional<CloudServiceReference> reference();

    /** @return the tags, free JSON */
    @JsonProperty("tags")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    public abstract Map<String, Object> tags();

    /** @return the region id */
    @JsonProperty("region_id")
    public abstract Optional<String> regionId();

    /** @return the project id */
    @JsonProperty("project_id")
    public abstract Optional<String> projectId();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    @Value.Check
    void check() {
        Arguments.requireText(cloudServiceType(), "cloudServiceType");
        Arguments.requireText(provider(), "provider");
    }

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
    public static CreateCloudServiceRequestBuilder builder() {
        return new CreateCloudServiceRequestBuilder();
    }

    /** @return a builder holding these values */
    public CreateCloudServiceRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
