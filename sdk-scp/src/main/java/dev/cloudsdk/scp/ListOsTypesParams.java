package dev.cloudsdk.scp;

import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The optional filter of {@link PlannedComputes#osTypes(ListOsTypesParams)}. */
@ModelStyle
@Value.Immutable
public abstract class ListOsTypesParams {

    /** @return the OS families offered for this service, e.g. {@code VIRTUAL_SERVER} ({@code service_id}) */
    public abstract Optional<String> serviceId();

    /** @return a new builder */
    public static ListOsTypesParamsBuilder builder() {
        return new ListOsTypesParamsBuilder();
    }

    /** @return a builder holding these parameters */
    public ListOsTypesParamsBuilder toBuilder() {
        return builder().from(this);
    }
}
