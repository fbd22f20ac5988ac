package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.List;

/**
 * The contract lengths offered for new plans and for extensions, from {@code GET
 * /v1/planned-computes/contract-types} ({@code ContractTypeListResponse}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ContractTypes.Builder.class)
public abstract class ContractTypes {

    /** The contract lengths of new plans. */
    @JsonProperty("contract_types")
    public abstract List<ContractTypeInfo> contractTypes();

    /** The contract lengths of extensions. */
    @JsonProperty("extension_types")
    public abstract List<ContractTypeInfo> extensionTypes();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link ContractTypes}. */
    public static final class Builder extends ImmutableContractTypes.Builder {
    }
}
