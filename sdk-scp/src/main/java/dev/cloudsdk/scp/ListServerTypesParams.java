package dev.cloudsdk.scp;

import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.scp.model.OsType;
import java.util.Optional;
import org.immutables.value.Value;

/** The optional filters of {@link PlannedComputes#serverTypes(ListServerTypesParams)}. */
@ModelStyle
@Value.Immutable
public abstract class ListServerTypesParams {

    /** @return server types of this service, e.g. {@code VIRTUAL_SERVER} ({@code service_id}) */
    public abstract Optional<String> serviceId();

    /**
     * @return the server type to compare with: each answer's {@code scaleUp} says whether it is larger
     *         ({@code current_server_type})
     */
    public abstract Optional<String> currentServerType();

    /** @return server types available for this OS family ({@code os_type}) */
    public abstract Optional<OsType> osType();

    /** @return a new builder */
    public static ListServerTypesParamsBuilder builder() {
        return new ListServerTypesParamsBuilder();
    }

    /** @return a builder holding these parameters */
    public ListServerTypesParamsBuilder toBuilder() {
        return builder().from(this);
    }
}
