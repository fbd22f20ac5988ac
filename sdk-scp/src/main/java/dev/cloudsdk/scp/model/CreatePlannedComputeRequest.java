package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST /v1/planned-computes} ({@code PlannedComputeCreateRequest}): which capacity to plan and
 * for how long.
 *
 * <p>Service id, server type, OS type and contract type are required; {@code build()} fails with an {@code
 * IllegalStateException} naming any that are missing.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CreatePlannedComputeRequest.Builder.class)
public abstract class CreatePlannedComputeRequest {

    /** The service, e.g. {@code VIRTUAL_SERVER}. */
    @JsonProperty("service_id")
    public abstract String serviceId();

    /** The service's display name, e.g. {@code Virtual Server}. */
    @JsonProperty("service_name")
    public abstract Optional<String> serviceName();

    /** The server type, e.g. {@code s1v1m2}. */
    @JsonProperty("server_type")
    public abstract String serverType();

    /** The OS family. */
    @JsonProperty("os_type")
    public abstract OsType osType();

    /** The contract length. */
    @JsonProperty("contract_type")
    public abstract ContractType contractType();

    /** The account to plan for; newer API versions require it. */
    @JsonProperty("account_id")
    public abstract Optional<String> accountId();

    /** Tags to put on the plan. */
    @JsonProperty("tag")
    public abstract List<Tag> tags();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link CreatePlannedComputeRequest}. */
    public static final class Builder extends ImmutableCreatePlannedComputeRequest.Builder {
    }
}
