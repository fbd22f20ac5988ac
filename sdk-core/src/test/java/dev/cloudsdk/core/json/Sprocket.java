package dev.cloudsdk.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ApiModel;
import dev.cloudsdk.core.spi.ModelStyle;
import dev.cloudsdk.core.spi.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A model read from answers, in the generated models' shape: guarded accessors over package-private attributes. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = SprocketBuilder.class)
public abstract class Sprocket extends ApiModel {

    public long id() {
        return requiredField("id", idField());
    }

    @JsonProperty("id")
    @Nullable
    abstract Long idField();

    public String name() {
        return requiredField("name", nameField());
    }

    @JsonProperty("name")
    @Nullable
    abstract String nameField();

    public Optional<Integer> size() {
        return field("size", sizeField());
    }

    @JsonProperty("size")
    abstract Optional<Integer> sizeField();

    public List<Widget> parts() {
        return field("parts", partsField());
    }

    @JsonProperty("parts")
    abstract List<Widget> partsField();

    public Map<String, Integer> limits() {
        return field("limits", limitsField());
    }

    @JsonProperty("limits")
    abstract Map<String, Integer> limitsField();

    public List<Sprocket> children() {
        return field("children", childrenField());
    }

    @JsonProperty("children")
    abstract List<Sprocket> childrenField();

    public static SprocketBuilder builder() {
        return new SprocketBuilder();
    }
}
