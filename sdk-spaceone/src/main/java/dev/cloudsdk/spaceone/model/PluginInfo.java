package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The plugin that collects a data source's costs: which plugin and version, its options, and the
 * credentials it uses (inline {@code secret_data}, never printed, or a stored {@code secret_id}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = PluginInfoBuilder.class)
public abstract class PluginInfo extends ApiModel {

    /** @return the plugin's id */
    @JsonProperty("plugin_id")
    public abstract String pluginId();

    /** @return the plugin's version */
    @JsonProperty("version")
    public abstract Optional<String> version();

    /** @return the plugin's options, free JSON */
    @JsonProperty("options")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    public abstract Map<String, Object> options();

    /** @return what the plugin reported about itself, free JSON */
    @JsonProperty("metadata")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    public abstract Map<String, Object> metadata();

    /** @return credentials given inline, free JSON; never printed */
    @JsonProperty("secret_data")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    @Value.Redacted
    public abstract Map<String, Object> secretData();

    /** @return the schema of the secret data */
    @JsonProperty("schema")
    public abstract Optional<String> schema();

    /** @return the id of stored credentials */
    @JsonProperty("secret_id")
    public abstract Optional<String> secretId();

    /** @return how the plugin is upgraded */
    @JsonProperty("upgrade_mode")
    public abstract Optional<UpgradeMode> upgradeMode();

    @Value.Check
    void check() {
        Arguments.requireText(pluginId(), "pluginId");
    }

    /** @return a new builder */
    public static PluginInfoBuilder builder() {
        return new PluginInfoBuilder();
    }

    /** @return a builder holding these values */
    public PluginInfoBuilder toBuilder() {
        return builder().from(this);
    }
}
