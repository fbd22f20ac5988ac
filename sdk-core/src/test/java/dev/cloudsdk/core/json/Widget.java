package dev.cloudsdk.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudsdk.core.spi.ModelStyle;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A model in the SDK's style, used by the JSON tests. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = WidgetBuilder.class)
public abstract class Widget {

    @JsonProperty("id")
    public abstract long id();

    @JsonProperty("name")
    public abstract Optional<String> name();

    @JsonProperty("count")
    public abstract Optional<Integer> count();

    @JsonProperty("enabled_yn")
    public abstract Optional<Boolean> enabled();

    @JsonProperty("created_at")
    public abstract Optional<LocalDateTime> createdAt();

    @JsonProperty("expired_at")
    public abstract Optional<Instant> expiredAt();

    @JsonProperty("color")
    public abstract Optional<Color> color();

    @JsonProperty("tags")
    public abstract List<String> tags();

    @JsonProperty("data")
    public abstract Map<String, Object> data();

    @JsonProperty("child")
    public abstract Optional<Widget> child();

    @JsonProperty("secret")
    @Value.Redacted
    public abstract Optional<String> secret();

    public static WidgetBuilder builder() {
        return new WidgetBuilder();
    }

    public WidgetBuilder toBuilder() {
        return builder().from(this);
    }
}
