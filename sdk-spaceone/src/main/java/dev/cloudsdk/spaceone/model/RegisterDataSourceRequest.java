package dev.cloudsdk.spaceone.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code dataSources().register(...)} sends ({@code RegisterDataSourceRequest}). The name and type
 * are required; {@code domain_id} defaults to the client's.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = RegisterDataSourceRequestBuilder.class)
@JsonPropertyOrder({"name", "data_source_type", "provider", "template", "plugin_info", "tags", "domain_id"})
public abstract class RegisterDataSourceRequest {

    /** @return the name */
    @JsonProperty("name")
    public abstract String name();

    /** @return where its data comes from */
    @JsonProperty("data_source_type")
    public abstract DataSourceType dataSourceType();

    /** @return the provider, e.g. {@code aws} */
    @JsonProperty("provider")
    public abstract Optional<String> provider();

    /** @return the template of uploaded data, free JSON */
    @JsonProperty("template")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    public abstract Map<String, Object> template();

    /** @return the collecting plugin, for {@code EXTERNAL} data sources */
    @JsonProperty("plugin_info")
    public abstract Optional<PluginInfo> pluginInfo();

    /** @return the tags, free JSON */
    @JsonProperty("tags")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @AllowNulls
    public abstract Map<String, Object> tags();

    /** @return the domain, when it differs from the client's */
    @JsonProperty("domain_id")
    public abstract Optional<String> domainId();

    @Value.Check
    void check() {
        Arguments.requireText(name(), "name");
    }

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
    public static RegisterDataSourceRequestBuilder builder() {
        return new RegisterDataSourceRequestBuilder();
    }

    /** @return a builder holding these values */
    public RegisterDataSourceRequestBuilder toBuilder() {
        return builder().from(this);
    }
}
