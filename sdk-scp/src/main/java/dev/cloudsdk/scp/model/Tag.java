package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * A tag put on a planned compute when it is created ({@code TagDTO}).
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Tag.Builder.class)
public abstract class Tag {

    /** The tag key. */
    @JsonProperty("key")
    public abstract String key();

    /** The tag value. */
    @JsonProperty("value")
    public abstract Optional<String> value();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link Tag}. */
    public static final class Builder extends ImmutableTag.Builder {
    }
}
