package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import dev.cloudsdk.scp.internal.AmountDeserializer;
import org.immutables.value.Value;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount of money in won and dollars ({@code Amount}). The API writes amounts as strings ({@code "0.000"}); they
 * are read as exact decimals, keeping their scale.
 *
 * <p>Some responses send a bare number where this object is expected (the seed's {@code cancellation_fee} and group
 * totals): that number is kept in {@link #value()}, in the currency the enclosing response names.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(using = AmountDeserializer.class)
public abstract class Amount {

    /** The amount in Korean won. */
    @JsonProperty("krw")
    public abstract Optional<BigDecimal> krw();

    /** The amount in US dollars. */
    @JsonProperty("usd")
    public abstract Optional<BigDecimal> usd();

    /**
     * The amount when the server sent a bare number instead of an object; its currency is the enclosing response's.
     */
    @JsonProperty("value")
    public abstract Optional<BigDecimal> value();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link Amount}. */
    public static final class Builder extends ImmutableAmount.Builder {
    }
}
