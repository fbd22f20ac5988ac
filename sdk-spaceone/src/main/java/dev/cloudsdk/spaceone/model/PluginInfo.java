package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.core.spi.Nullable;
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
@JsonPropertyOrder({"plugin_id", "version", "options", "metadata", "secret_data", "schema", "secret_id",
        "upgrade_mode"})
public abstract class PluginInfo extends ApiModel {

    /** @return the plugin's id */
    public String pluginId() {
        return requiredField("plugin_id", pluginIdField());
    }

    @JsonProperty("plugin_id")
    @Nullable
    abstract String pluginIdField();

    /** @return the plugin's version */
    public Optional<String> version() {
        return field("version", versionField());
    }

    @JsonProperty("version")
    abstract Optional<String> versionField();

    /** @return the plugin's options, free JSON */
    public Map<String, Object> options() {
        return field("options", optionsField());
    }

    @JsonProperty("options")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    abstract Map<String, Object> optionsField();

    /** @return what the plugin reported about itself, free JSON */
    public Map<String, Object> metadata() {
        return field("metadata", metadataField());
    }

    @JsonProperty("metadata")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    abstract Map<String, Object> metadataField();

    /** @return credentials given inline, free JSON; never printed */
    public Map<String, Object> secretData() {
        return field("secret_data", secretDataField());
    }

    @JsonProperty("secret_data")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    @Value.Redacted
    abstract Map<String, Object> secretDataField();

    /** @return the schema of the secret data */
    public Optional<String> schema() {
        return field("schema", schemaField());
    }

    @JsonProperty("schema")
    abstract Optional<String> schemaField();

    /** @return the id of stored credentials */
    public Optional<String> secretId() {
        return field("secret_id", secretIdField());
    }

    @JsonProperty("secret_id")
    abstract Optional<String> secretIdField();

    /** @return how the plugin is upgraded */
    public Optional<UpgradeMode> upgradeMode() {
        return field("upgrade_mode", upgradeModeField());
    }

    @JsonProperty("upgrade_mode")
    abstract Optional<UpgradeMode> upgradeModeField();

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
