package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * A currency as the billing API describes it.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Currency.Builder.class)
public abstract class Currency {

    /** The ISO 4217 code, e.g. {@code KRW}. */
    @JsonProperty("code")
    public abstract Optional<String> code();

    /** The symbol, e.g. {@code ₩}. */
    @JsonProperty("symbol")
    public abstract Optional<String> symbol();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link Currency}. */
    public static final class Builder extends ImmutableCurrency.Builder {
    }
}
