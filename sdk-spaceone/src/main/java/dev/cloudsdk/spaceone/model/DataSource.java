package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.core.spi.Nullable;
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
@JsonPropertyOrder({"data_source_id", "name", "state", "data_source_type", "provider", "plugin_info", "template",
        "tags", "domain_id", "created_at", "last_synchronized_at"})
public abstract class DataSource extends ApiModel {

    /** @return the id, e.g. {@code ds-1a2b3c} */
    public String dataSourceId() {
        return requiredField("data_source_id", dataSourceIdField());
    }

    @JsonProperty("data_source_id")
    @Nullable
    abstract String dataSourceIdField();

    /** @return the name */
    public Optional<String> name() {
        return field("name", nameField());
    }

    @JsonProperty("name")
    abstract Optional<String> nameField();

    /** @return whether it is enabled */
    public Optional<DataSourceState> state() {
        return field("state", stateField());
    }

    @JsonProperty("state")
    abstract Optional<DataSourceState> stateField();

    /** @return where its data comes from */
    public Optional<DataSourceType> dataSourceType() {
        return field("data_source_type", dataSourceTypeField());
    }

    @JsonProperty("data_source_type")
    abstract Optional<DataSourceType> dataSourceTypeField();

    /** @return the provider, e.g. {@code aws} */
    public Optional<String> provider() {
        return field("provider", providerField());
    }

    @JsonProperty("provider")
    abstract Optional<String> providerField();

    /** @return the collecting plugin, for {@code EXTERNAL} data sources */
    public Optional<PluginInfo> pluginInfo() {
        return field("plugin_info", pluginInfoField());
    }

    @JsonProperty("plugin_info")
    abstract Optional<PluginInfo> pluginInfoField();

    /** @return the template of uploaded data, free JSON */
    public Map<String, Object> template() {
        return field("template", templateField());
    }

    @JsonProperty("template")
    @AllowNulls
    abstract Map<String, Object> templateField();

    /** @return the tags, free JSON */
    public Map<String, Object> tags() {
        return field("tags", tagsField());
    }

    @JsonProperty("tags")
    @AllowNulls
    abstract Map<String, Object> tagsField();

    /** @return the domain */
    public Optional<String> domainId() {
        return field("domain_id", domainIdField());
    }

    @JsonProperty("domain_id")
    abstract Optional<String> domainIdField();

    /** @return when it was registered */
    public Optional<Instant> createdAt() {
        return field("created_at", createdAtField());
    }

    @JsonProperty("created_at")
    abstract Optional<Instant> createdAtField();

    /** @return when its costs were last collected */
    public Optional<Instant> lastSynchronizedAt() {
        return field("last_synchronized_at", lastSynchronizedAtField());
    }

    @JsonProperty("last_synchronized_at")
    abstract Optional<Instant> lastSynchronizedAtField();

    /** @return a new builder */
    public static DataSourceBuilder builder() {
        return new DataSourceBuilder();
    }

    /** @return a builder holding this data source's values */
    public DataSourceBuilder toBuilder() {
        return builder().from(this);
    }
}
