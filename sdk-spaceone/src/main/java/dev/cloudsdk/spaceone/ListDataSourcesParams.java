package dev.cloudsdk.spaceone;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.spaceone.model.DataSourceState;
import dev.cloudsdk.spaceone.model.DataSourceType;
import dev.cloudsdk.spaceone.query.Query;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code dataSources().list(...)} asks for ({@code DataSourceQuery}): plain field filters and an
 * optional {@link Query}. With a query the list is paged with {@code query.page}; without one the server
 * answers everything it will in one go.
 */
@ModelStyle
@Value.Immutable
@JsonPropertyOrder({"data_source_id", "name", "state", "data_source_type", "provider", "domain_id"})
public abstract class ListDataSourcesParams {

    /** @return the typed query: filters, sort, page, only, keyword */
    @JsonIgnore
    public abstract Optional<Query> query();

    /** @return only this data source */
    @JsonProperty("data_source_id")
    public abstract Optional<String> dataSourceId();

    /** @return only data sources of this name */
    @JsonProperty("name")
    public abstract Optional<String> name();

    /** @return only data sources in this state */
    @JsonProperty("state")
    public abstract Optional<DataSourceState> state();

    /** @return only data sources of this type */
    @JsonProperty("data_source_type")
    public abstract Optional<DataSourceType> dataSourceType();

    /** @return only this provider */
    @JsonProperty("provider")
    public abstract Optional<String> provider();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /** @return a new builder */
    public static ListDataSourcesParamsBuilder builder() {
        return new ListDataSourcesParamsBuilder();
    }

    /** @return a builder holding these params */
    public ListDataSourcesParamsBuilder toBuilder() {
        return builder().from(this);
    }

    /** @return params that ask for everything */
    public static ListDataSourcesParams none() {
        return builder().build();
    }
}
