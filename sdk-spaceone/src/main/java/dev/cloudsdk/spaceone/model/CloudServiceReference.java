package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a cloud service lives at its provider: the provider's resource id and a console link. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CloudServiceReferenceBuilder.class)
public abstract class CloudServiceReference extends ApiModel {

    /** @return the provider's id of the resource, e.g. an ARN */
    @JsonProperty("resource_id")
    public abstract Optional<String> resourceId();

    /** @return a link to the resource in the provider's console */
    @JsonProperty("external_link")
    public abstract Optional<String> externalLink();

    /** @return a new builder */
    public static CloudServiceReferenceBuilder builder() {
        return new CloudServiceReferenceBuilder();
    }

    /** @return a builder holding this reference's values */
    public CloudServiceReferenceBuilder toBuilder() {
        return builder().from(this);
    }
}
