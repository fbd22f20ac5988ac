package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.json.OpenEnum;
import java.util.List;

/**
 * The length of a planned compute contract, as the API codes it ({@code contract_type} in requests and
 * filters).
 *
 * <p>Open: a value this SDK does not know is kept as is ({@link #isKnown()} is {@code false}) and
 * sent back unchanged.
 */
public final class ContractType extends OpenEnum {

    private static final Registry<ContractType> REGISTRY = new Registry<>(ContractType::new);

    /** {@code 01}: one year. */
    public static final ContractType ONE_YEAR = REGISTRY.known("01");

    /** {@code 03}: three years. */
    public static final ContractType THREE_YEARS = REGISTRY.known("03");

    /** {@code 05}: five years. */
    public static final ContractType FIVE_YEARS = REGISTRY.known("05");

    private ContractType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or a new unknown value.
     *
     * @param value the wire value, not {@code null}
     * @return the value
     */
    @JsonCreator
    public static ContractType of(String value) {
        return REGISTRY.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<ContractType> knownValues() {
        return REGISTRY.knownValues();
    }
}
