package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * The body of {@code PUT /v1/planned-computes/{planned_compute_id}} ({@code PlannedComputeChangeRequest}): one
 * action and what it needs.
 *
 * <p>{@link ChangeAction#EXTEND_APPLY} and {@link ChangeAction#EXTEND_CHANGE} need a contract type, {@link
 * ChangeAction#SERVER_TYPE_CHANGE} needs a server type; {@code build()} checks this with an {@code
 * IllegalStateException}.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ChangePlannedComputeRequest.Builder.class)
public abstract class ChangePlannedComputeRequest {

    /** What to do. */
    @JsonProperty("action")
    public abstract ChangeAction action();

    /** The new contract length, for the extension actions. */
    @JsonProperty("contract_type")
    public abstract Optional<ContractType> contractType();

    /** The new server type, for {@link ChangeAction#SERVER_TYPE_CHANGE}. */
    @JsonProperty("server_type")
    public abstract Optional<String> serverType();

    @Value.Check
    void check() {
        boolean extension = action().equals(ChangeAction.EXTEND_APPLY) || action().equals(ChangeAction.EXTEND_CHANGE);
        if (extension && contractType().isEmpty()) {
            throw new IllegalStateException("contractType is required for action " + action());
        }
        if (action().equals(ChangeAction.SERVER_TYPE_CHANGE) && serverType().filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("serverType is required for action " + action());
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link ChangePlannedComputeRequest}. */
    public static final class Builder extends ImmutableChangePlannedComputeRequest.Builder {
    }
}
