package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code dataSources().updatePlugin(id, ...)} sends ({@code UpdateDataSourcePluginRequest}): only what
 * is set.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = UpdateDataSourcePluginRequestBuilder.class)
public abstract class UpdateDataSourcePluginRequest extends ApiModel {

    /** @return the plugin version to move to */
    @JsonProperty("version")
    public abstract Optional<String> version();

    /** @return the new plugin options, free JSON */
    @JsonProperty("options")
    public abstract Optional<Map<String, Object>> options();

    /** @return the new upgrade mode */
    @JsonProperty("upgrade_mode")
    public abstract Optional<UpgradeMode> upgradeMode();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    /** @return a new builder */
    public static UpdateDataSourcePluginRequestBuilder builder() {
        return new UpdateDataSourcePluginRequestBuilder();
    }

    /** @return a builder holding these values */
    public UpdateDataSourcePluginRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
