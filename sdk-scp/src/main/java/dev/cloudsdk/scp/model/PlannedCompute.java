package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A planned compute: a contract that buys compute capacity of one server type and OS for one, three or five years
 * at a reduced price ({@code PlannedComputeDTO}).
 *
 * <p>Every field is optional because the API marks them so; responses normally carry all of them.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = PlannedCompute.Builder.class)
public abstract class PlannedCompute {

    /** The planned compute id, e.g. {@code 5f3688a192094ddeb0c94166a3e88935}. */
    @JsonProperty("id")
    public abstract Optional<String> id();

    /** The contract id, e.g. {@code C002612775}. */
    @JsonProperty("contract_id")
    public abstract Optional<String> contractId();

    /** The account the plan belongs to. */
    @JsonProperty("account_id")
    public abstract Optional<String> accountId();

    /** The region, e.g. {@code kr-west1}. */
    @JsonProperty("region")
    public abstract Optional<String> region();

    /** The service, e.g. {@code VIRTUAL_SERVER}. */
    @JsonProperty("service_id")
    public abstract Optional<String> serviceId();

    /** The service's display name, e.g. {@code Virtual Server}. */
    @JsonProperty("service_name")
    public abstract Optional<String> serviceName();

    /** The OS family, e.g. {@link OsType#OPEN_SOURCE}. */
    @JsonProperty("os_type")
    public abstract Optional<OsType> osType();

    /** The OS family's display name, e.g. {@code Open Source}. */
    @JsonProperty("os_name")
    public abstract Optional<String> osName();

    /** The server type, e.g. {@code s1v1m2}. */
    @JsonProperty("server_type")
    public abstract Optional<String> serverType();

    /** A free-form description of the server type; empty when the server sends {@code ""}. */
    @JsonProperty("server_type_description")
    public abstract Map<String, Object> serverTypeDescription();

    /** The SCP resource name of the covered resource. */
    @JsonProperty("srn")
    public abstract Optional<String> srn();

    /** The kind of covered resource, e.g. {@code instance}. */
    @JsonProperty("resource_type")
    public abstract Optional<String> resourceType();

    /** The covered resource's name, e.g. {@code test-vm}. */
    @JsonProperty("resource_name")
    public abstract Optional<String> resourceName();

    /** The contract length as displayed, e.g. {@code 1-year} (requests use {@link ContractType} codes). */
    @JsonProperty("contract_type")
    public abstract Optional<String> contractType();

    /** The contract length of the pending extension as displayed, e.g. {@code 1-year}. */
    @JsonProperty("next_contract_type")
    public abstract Optional<String> nextContractType();

    /** The first day of the current contract. */
    @JsonProperty("start_date")
    public abstract Optional<LocalDate> startDate();

    /** The last day of the current contract. */
    @JsonProperty("end_date")
    public abstract Optional<LocalDate> endDate();

    /** The first day of the first contract of this plan. */
    @JsonProperty("first_contract_start_at")
    public abstract Optional<LocalDate> firstContractStartAt();

    /** The first day of the pending extension. */
    @JsonProperty("next_start_date")
    public abstract Optional<LocalDate> nextStartDate();

    /** The last day of the pending extension. */
    @JsonProperty("next_end_date")
    public abstract Optional<LocalDate> nextEndDate();

    /** The plan's state, e.g. {@code ACTIVE}. */
    @JsonProperty("state")
    public abstract Optional<String> state();

    /** Whether the plan is deleted (the API's {@code delete_yn}, {@code "Y"} or {@code "N"}). */
    @JsonProperty("delete_yn")
    public abstract Optional<Boolean> deleted();

    /** When the plan was created (SCP sends no zone). */
    @JsonProperty("created_at")
    public abstract Optional<LocalDateTime> createdAt();

    /** Who created the plan. */
    @JsonProperty("created_by")
    public abstract Optional<String> createdBy();

    /** When the plan was last changed (SCP sends no zone). */
    @JsonProperty("modified_at")
    public abstract Optional<LocalDateTime> modifiedAt();

    /** Who last changed the plan. */
    @JsonProperty("modified_by")
    public abstract Optional<String> modifiedBy();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link PlannedCompute}. */
    public static final class Builder extends ImmutablePlannedCompute.Builder {
    }
}
