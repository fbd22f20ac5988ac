package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What one resource used under a planned compute ({@code ResourceUsedAmountDTO}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ResourceUsage.Builder.class)
public abstract class ResourceUsage {

    /** The resource's name, e.g. {@code test-vm}. */
    @JsonProperty("resource_name")
    public abstract Optional<String> resourceName();

    /** The contract that covered it. */
    @JsonProperty("contract_id")
    public abstract Optional<String> contractId();

    /** The hours used. */
    @JsonProperty("used_time")
    public abstract Optional<Long> usedHours();

    /** The price per hour. */
    @JsonProperty("unit_price")
    public abstract Optional<Amount> unitPrice();

    /** What the used hours cost. */
    @JsonProperty("used_amount")
    public abstract Optional<Amount> usedAmount();

    /** What the contract did not cover. */
    @JsonProperty("non_applied_amount")
    public abstract Optional<Amount> nonAppliedAmount();

    /** When the usage was requested (SCP sends no zone). */
    @JsonProperty("request_at")
    public abstract Optional<LocalDateTime> requestAt();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link ResourceUsage}. */
    public static final class Builder extends ImmutableResourceUsage.Builder {
    }
}
