package dev.cloudsdk.core.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A model with optional containers, free JSON and an aliased field, used by the optional-setter tests. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = GadgetBuilder.class)
public abstract class Gadget {

    @JsonProperty("labels")
    public abstract Optional<List<String>> labels();

    @JsonProperty("extra")
    public abstract Optional<Map<String, Object>> extra();

    @JsonProperty("anything")
    public abstract Optional<Object> anything();

    @JsonProperty("widget")
    public abstract Optional<Widget> widget();

    @JsonProperty("display_name")
    @JsonAlias("DisplayName")
    public abstract Optional<String> displayName();
}
