package dev.cloudsdk.scp;

import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.scp.model.OsType;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link PlannedComputes#coveredResources(ListCoveredResourcesParams)} asks about: one service,
 * OS family and server type over a period, all required as in API version {@code billingplan 1.0}, the version
 * the SDK sends (newer versions made the dates optional).
 */
@ModelStyle
@Value.Immutable
public abstract class ListCoveredResourcesParams {

    /** @return the service, e.g. {@code VIRTUAL_SERVER} ({@code service_id}) */
    public abstract String serviceId();

    /** @return the OS family ({@code os_type}) */
    public abstract OsType osType();

    /** @return the server type, e.g. {@code s1v1m2} ({@code server_type}) */
    public abstract String serverType();

    /** @return the first day of the period ({@code start_date}) */
    public abstract LocalDate startDate();

    /** @return the last day of the period ({@code end_date}) */
    public abstract LocalDate endDate();

    /** @return the sort order ({@code sort}) */
    public abstract Optional<String> sort();

    @Value.Check
    void check() {
        if (serviceId().isBlank()) {
            throw new IllegalArgumentException("serviceId must not be blank");
        }
        if (serverType().isBlank()) {
            throw new IllegalArgumentException("serverType must not be blank");
        }
        Periods.requireOrdered(Optional.of(startDate()), Optional.of(endDate()));
    }

    /** @return a new builder */
    public static ListCoveredResourcesParamsBuilder builder() {
        return new ListCoveredResourcesParamsBuilder();
    }

    /** @return a builder holding these parameters */
    public ListCoveredResourcesParamsBuilder toBuilder() {
        return builder().from(this);
    }
}
