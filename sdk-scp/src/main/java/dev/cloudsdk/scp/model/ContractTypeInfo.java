package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * A contract length offered for planned computes ({@code ContractTypeDTO}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ContractTypeInfo.Builder.class)
public abstract class ContractTypeInfo {

    /** The code to send in requests, e.g. {@link ContractType#ONE_YEAR}. */
    @JsonProperty("code")
    public abstract Optional<ContractType> code();

    /** The display name, e.g. {@code 1-year}. */
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

    /** Builds {@link ContractTypeInfo}. */
    public static final class Builder extends ImmutableContractTypeInfo.Builder {
    }
}
