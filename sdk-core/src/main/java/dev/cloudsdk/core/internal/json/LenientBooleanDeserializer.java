package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads booleans the way these APIs send them: {@code true}/{@code false}, {@code "Y"}/{@code "N"},
 * {@code "yes"}/{@code "no"}, {@code "true"}/{@code "false"}, {@code 1}/{@code 0} (number or string).
 * An empty string reads as {@code null}. Use with {@code @JsonDeserialize(using = ...)}.
 */
public final class LenientBooleanDeserializer extends StdScalarDeserializer<Boolean> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public LenientBooleanDeserializer() {
        super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue() != 0;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim().toLowerCase(Locale.ROOT);
            switch (text) {
                case "":
                    return null;
                case "y": case "yes": case "true": case "1": case "t":
                    return Boolean.TRUE;
                case "n": case "no": case "false": case "0": case "f":
                    return Boolean.FALSE;
                default:
                    return (Boolean) context.handleWeirdStringValue(Boolean.class, parser.getText(),
                            "expected a boolean such as true/false or Y/N");
            }
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
    }
}
