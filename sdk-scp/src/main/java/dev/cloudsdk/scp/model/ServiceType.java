package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * A service planned computes can cover ({@code ProductResponse}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ServiceType.Builder.class)
public abstract class ServiceType {

    /** The service id, e.g. {@code VIRTUAL_SERVER}. */
    @JsonProperty("service_id")
    public abstract Optional<String> serviceId();

    /** The display name, e.g. {@code Virtual Server}. */
    @JsonProperty("display_name")
    public abstract Optional<String> displayName();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link ServiceType}. */
    public static final class Builder extends ImmutableServiceType.Builder {
    }
}
