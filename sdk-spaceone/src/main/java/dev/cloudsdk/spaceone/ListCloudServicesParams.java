package dev.cloudsdk.spaceone;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.spaceone.query.Query;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code cloudServices().list(...)} asks for ({@code CloudServiceQuery}): plain field filters and an
 * optional {@link Query}. With a query the list is paged with {@code query.page}; without one the server
 * answers everything it will in one go.
 */
@ModelStyle
@Value.Immutable
@JsonPropertyOrder({"cloud_service_id", "cloud_service_type", "provider", "cloud_service_group", "region_id",
        "project_id", "domain_id"})
public abstract class ListCloudServicesParams {

    /** @return the typed query: filters, sort, page, only, keyword */
    @JsonIgnore
    public abstract Optional<Query> query();

    /** @return only this cloud service */
    @JsonProperty("cloud_service_id")
    public abstract Optional<String> cloudServiceId();

    /** @return only this type, e.g. {@code Instance} */
    @JsonProperty("cloud_service_type")
    public abstract Optional<String> cloudServiceType();

    /** @return only this provider, e.g. {@code aws} */
    @JsonProperty("provider")
    public abstract Optional<String> provider();

    /** @return only this group, e.g. {@code EC2} */
    @JsonProperty("cloud_service_group")
    public abstract Optional<String> cloudServiceGroup();

    /** @return only this region */
    @JsonProperty("region_id")
    public abstract Optional<String> regionId();

    /** @return only this project */
    @JsonProperty("project_id")
    public abstract Optional<String> projectId();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /** @return a new builder */
    public static ListCloudServicesParamsBuilder builder() {
        return new ListCloudServicesParamsBuilder();
    }

    /** @return a builder holding these params */
    public ListCloudServicesParamsBuilder toBuilder() {
        return builder().from(this);
    }

    /** @return params that ask for everything */
    public static ListCloudServicesParams none() {
        return builder().build();
    }
}
