package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources planned computes cover for one service, server type and OS over a period, from {@code GET
 * /v1/planned-computes/instances} ({@code PlannedComputeResourceListResponse}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = CoveredResources.Builder.class)
public abstract class CoveredResources {

    /** The service. */
    @JsonProperty("service")
    public abstract Optional<ServiceType> service();

    /** The server type, e.g. {@code s1v1m2}. */
    @JsonProperty("server_type")
    public abstract Optional<String> serverType();

    /** A free-form description of the server type; empty when the server sends {@code ""}. */
    @JsonProperty("server_type_description")
    public abstract Map<String, Object> serverTypeDescription();

    /** The OS family (the API sends an object or just the id). */
    @JsonProperty("os")
    public abstract Optional<OsTypeInfo> os();

    /** How many plans were ordered. */
    @JsonProperty("order_count")
    public abstract Optional<Long> orderCount();

    /** The group's totals. */
    @JsonProperty("amount")
    public abstract Optional<GroupAmounts> amount();

    /** One entry per covered resource. */
    @JsonProperty("coverages")
    public abstract List<ResourceUsage> coverages();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link CoveredResources}. */
    public static final class Builder extends ImmutableCoveredResources.Builder {
    }
}
