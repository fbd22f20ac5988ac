package dev.cloudsdk.scp;

import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The optional filters of {@link PlannedComputes#contractTypes(ListContractTypesParams)}. */
@ModelStyle
@Value.Immutable
public abstract class ListContractTypesParams {

    /** @return the contract lengths offered for this service, e.g. {@code VIRTUAL_SERVER} ({@code service_id}) */
    public abstract Optional<String> serviceId();

    /** @return the contract lengths offered for this server type, e.g. {@code s1v1m2} ({@code server_type}) */
    public abstract Optional<String> serverType();

    /** @return a new builder */
    public static ListContractTypesParamsBuilder builder() {
        return new ListContractTypesParamsBuilder();
    }

    /** @return a builder holding these parameters */
    public ListContractTypesParamsBuilder toBuilder() {
        return builder().from(this);
    }
}
