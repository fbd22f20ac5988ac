package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A billing data source ({@code DataSourceInfo}): where SpaceONE gets cost data from, either uploaded
 * ({@code LOCAL}) or collected by a plugin ({@code EXTERNAL}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = DataSourceBuilder.class)
public abstract class DataSource extends ApiModel {

    /** @return the id, e.g. {@code ds-1a2b3c} */
    @JsonProperty("data_source_id")
    public abstract String dataSourceId();

    /** @return the name */
    @JsonProperty("name")
    public abstract Optional<String> name();

    /** @return whether it is enabled */
    @JsonProperty("state")
    public abstract Optional<DataSourceState> state();

    /** @return where its data comes from */
    @JsonProperty("data_source_type")
    public abstract Optional<DataSourceType> dataSourceType();

    /** @return the provider, e.g. {@code aws} */
    @JsonProperty("provider")
    public abstract Optional<String> provider();

    /** @return the collecting plugin, for {@code EXTERNAL} data sources */
    @JsonProperty("plugin_info")
    public abstract Optional<PluginInfo> pluginInfo();

    /** @return the template of uploaded data, free JSON */
    @JsonProperty("template")
    @AllowNulls
    public abstract Map<String, Object> template();

    /** @return the tags, free JSON */
    @JsonProperty("tags")
    @AllowNulls
    public abstract Map<String, Object> tags();

    /** @return the domain */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /** @return when it was registered */
    @JsonProperty("created_at")
    public abstract Optional<Instant> createdAt();

    /** @return when its costs were last collected */
    @JsonProperty("last_synchronized_at")
    public abstract Optional<Instant> lastSynchronizedAt();

    /** @return a new builder */
    public static DataSourceBuilder builder() {
        return new DataSourceBuilder();
    }

    /** @return a builder holding this data source's values */
    public DataSourceBuilder toBuilder() {
        return builder().from(this);
    }
}
