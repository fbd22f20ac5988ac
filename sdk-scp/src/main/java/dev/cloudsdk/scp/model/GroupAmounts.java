package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * The totals of a group of covered resources ({@code ResourceGroupTotalAmountDTO}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = GroupAmounts.Builder.class)
public abstract class GroupAmounts {

    /** What was used without a contract. */
    @JsonProperty("no_contract_used")
    public abstract Optional<Amount> noContractUsed();

    /** What was used under contracts. */
    @JsonProperty("used")
    public abstract Optional<Amount> used();

    /** What the contracts did not cover. */
    @JsonProperty("non_applied")
    public abstract Optional<Amount> nonApplied();

    /** The total. */
    @JsonProperty("total")
    public abstract Optional<Amount> total();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link GroupAmounts}. */
    public static final class Builder extends ImmutableGroupAmounts.Builder {
    }
}
