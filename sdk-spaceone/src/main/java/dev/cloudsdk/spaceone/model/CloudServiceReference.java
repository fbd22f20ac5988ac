package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a cloud service lives at its provider: the provider's resource id and a console link. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CloudServiceReferenceBuilder.class)
@JsonPropertyOrder({"resource_id", "external_link"})
public abstract class CloudServiceReference extends ApiModel {

    /** @return the provider's id of the resource, e.g. an ARN */
    public Optional<String> resourceId() {
        return field("resource_id", resourceIdField());
    }

    @JsonProperty("resource_id")
    abstract Optional<String> resourceIdField();

    /** @return a link to the resource in the provider's console */
    public Optional<String> externalLink() {
        return field("external_link", externalLinkField());
    }

    @JsonProperty("external_link")
    abstract Optional<String> externalLinkField();

    /** @return a new builder */
    public static CloudServiceReferenceBuilder builder() {
        return new CloudServiceReferenceBuilder();
    }

    /** @return a builder holding this reference's values */
    public CloudServiceReferenceBuilder toBuilder() {
        return builder().from(this);
    }
}
