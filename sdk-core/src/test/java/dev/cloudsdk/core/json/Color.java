package dev.cloudsdk.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.cloudsdk.core.model.OpenEnum;
import java.util.List;

/** An open enum used by the tests. */
public final class Color extends OpenEnum {
    private static final Registry<Color> REGISTRY = new Registry<>(Color::new);
    public static final Color RED = REGISTRY.known("RED");
    public static final Color GREEN = REGISTRY.known("GREEN");

    private Color(String value, boolean known) {
        super(value, known);
    }

    @JsonCreator
    public static Color of(String value) {
        return REGISTRY.of(value);
    }

    public static List<Color> knownValues() {
        return REGISTRY.knownValues();
    }
}
