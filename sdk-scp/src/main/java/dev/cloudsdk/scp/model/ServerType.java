package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A server type planned computes can cover ({@code ServerTypeDTO}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ServerType.Builder.class)
public abstract class ServerType {

    /** The server type, e.g. {@code s1v1m2}. */
    @JsonProperty("server_type")
    public abstract Optional<String> serverType();

    /** A description of the server type. */
    @JsonProperty("server_type_description")
    public abstract Optional<String> description();

    /** The instance family, e.g. {@code s1}. */
    @JsonProperty("instance_type")
    public abstract Optional<String> instanceType();

    /** The number of vCPU cores (sent as a string). */
    @JsonProperty("core")
    public abstract Optional<Integer> cores();

    /** The memory in GB (sent as a string). */
    @JsonProperty("memory_gb")
    public abstract Optional<BigDecimal> memoryGb();

    /** The GPU model, e.g. {@code a100}. */
    @JsonProperty("gpu_name")
    public abstract Optional<String> gpuName();

    /** Whether this type is larger than the current server type asked about ({@code "Y"}/{@code "N"}). */
    @JsonProperty("scale_up_yn")
    public abstract Optional<Boolean> scaleUp();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link ServerType}. */
    public static final class Builder extends ImmutableServerType.Builder {
    }
}
