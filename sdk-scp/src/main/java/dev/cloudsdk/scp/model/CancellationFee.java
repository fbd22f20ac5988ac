package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The fee for cancelling planned computes, from {@code POST /v1/planned-computes/cancellation-fee} ({@code
 * CancellationFeeResponse}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CancellationFee.Builder.class)
public abstract class CancellationFee {

    /** The billing month the fee is charged in. */
    @JsonProperty("bill_year_month")
    public abstract Optional<YearMonth> billYearMonth();

    /**
     * The fee: an {@link Amount} in won and dollars, or a bare number in {@link #currency()} ({@link
     * Amount#value()}).
     */
    @JsonProperty("cancellation_fee")
    public abstract Optional<Amount> fee();

    /** The currency of a bare-number fee. */
    @JsonProperty("currency")
    public abstract Optional<Currency> currency();

    /** Whether the cancellation is on the plan's first day (newer API versions). */
    @JsonProperty("same_day_cancel")
    public abstract Optional<Boolean> sameDayCancel();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link CancellationFee}. */
    public static final class Builder extends ImmutableCancellationFee.Builder {
    }
}
