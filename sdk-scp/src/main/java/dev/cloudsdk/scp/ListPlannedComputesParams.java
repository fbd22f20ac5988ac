package dev.cloudsdk.scp;

import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.OsType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters and page of {@link PlannedComputes#list(ListPlannedComputesParams)}. Every filter is
 * optional; list filters are sent as repeated keys ({@code ?state=ACTIVE&state=CANCELED}) and match any of
 * their values.
 *
 * <pre>{@code
 * ListPlannedComputesParams params = ListPlannedComputesParams.builder()
 *         .addServiceIds("VIRTUAL_SERVER").addStates("ACTIVE").limit(50).build();
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class ListPlannedComputesParams {

    /** The page size used when none is set. */
    public static final int DEFAULT_LIMIT = 20;

    /** @return the 1-based page to fetch (default 1) */
    @Value.Default
    public int page() {
        return 1;
    }

    /** @return the page size (default {@value #DEFAULT_LIMIT}) */
    @Value.Default
    public int limit() {
        return DEFAULT_LIMIT;
    }

    /** @return plans starting on or after this day ({@code start_date}) */
    public abstract Optional<LocalDate> startDate();

    /** @return plans ending on or before this day ({@code end_date}) */
    public abstract Optional<LocalDate> endDate();

    /** @return plans of this server type ({@code server_type}) */
    public abstract Optional<String> serverType();

    /** @return the plan of this contract ({@code contract_id}) */
    public abstract Optional<String> contractId();

    /** @return plans with any of these contract lengths ({@code contract_type}) */
    public abstract List<ContractType> contractTypes();

    /** @return plans whose extension has any of these lengths ({@code next_contract_type}) */
    public abstract List<ContractType> nextContractTypes();

    /** @return plans of any of these services ({@code service_id}) */
    public abstract List<String> serviceIds();

    /** @return plans of any of these OS families ({@code os_type}) */
    public abstract List<OsType> osTypes();

    /** @return plans in any of these states, e.g. {@code ACTIVE} ({@code state}) */
    public abstract List<String> states();

    /** @return plans created by this user ({@code created_by}) */
    public abstract Optional<String> createdBy();

    /** @return plans last changed by this user ({@code modified_by}) */
    public abstract Optional<String> modifiedBy();

    /** @return the sort order, e.g. {@code created_by:asc} ({@code sort}) */
    public abstract Optional<String> sort();

    @Value.Check
    void check() {
        if (page() < 1) {
            throw new IllegalArgumentException("page must be >= 1, was " + page());
        }
        if (limit() < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit());
        }
        Periods.requireOrdered(startDate(), endDate());
    }

    /** @return a new builder */
    public static ListPlannedComputesParamsBuilder builder() {
        return new ListPlannedComputesParamsBuilder();
    }

    /** @return a builder holding these parameters */
    public ListPlannedComputesParamsBuilder toBuilder() {
        return builder().from(this);
    }
}
