package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonPropertyOrder({"version", "options", "upgrade_mode", "domain_id"})
public abstract class UpdateDataSourcePluginRequest {

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

    /**
     * @return the fields sent after the modelled ones, by JSON name: fields the API accepts that this SDK version does
     *     not model yet, given to the builder's {@code putAdditionalProperty(name, value)}
     */
    public Map<String, Object> additionalProperties() {
        return additionalPropertyField();
    }

    @JsonAnyGetter
    @JsonInclude(content = JsonInclude.Include.ALWAYS)
    @AllowNulls
    @Value.Redacted
    abstract Map<String, Object> additionalPropertyField();

    /** @return a new builder */
    public static UpdateDataSourcePluginRequestBuilder builder() {
        return new UpdateDataSourcePluginRequestBuilder();
    }

    /** @return a builder holding these values */
    public UpdateDataSourcePluginRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
