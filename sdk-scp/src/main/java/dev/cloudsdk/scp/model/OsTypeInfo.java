package dev.cloudsdk.scp.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.model.ModelStyle;
import org.immutables.value.Value;
import java.util.Optional;

/**
 * An OS family planned computes can cover ({@code OSTypeDTO}).
 *
 * <p>Where the API sends only the id as a string (the {@code os} of covered resources), the id is all this holds.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = OsTypeInfo.Builder.class)
public abstract class OsTypeInfo {

    /** The OS family, e.g. {@link OsType#OPEN_SOURCE}. */
    @JsonProperty("os_type_id")
    public abstract Optional<OsType> id();

    /** The display name, e.g. {@code Open Source}. */
    @JsonProperty("display_name")
    public abstract Optional<String> displayName();

    /** The lower-case value, e.g. {@code opensource}. */
    @JsonProperty("os_type_value")
    public abstract Optional<String> value();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds {@link OsTypeInfo}. */
    public static final class Builder extends ImmutableOsTypeInfo.Builder {

        /**
         * Reads the bare-string form the API sometimes sends.
         *
         * @param id the OS type id, e.g. {@code OPEN_SOURCE}
         * @return a builder holding the id
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Builder ofId(String id) {
            Builder builder = new Builder();
            builder.id(OsType.of(id));
            return builder;
        }
    }
}
