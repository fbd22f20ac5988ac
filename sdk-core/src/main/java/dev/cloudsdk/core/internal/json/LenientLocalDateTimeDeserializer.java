package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;

/**
 * Reads zone-less date-times: {@code 2024-08-01 00:00:00} (space), {@code 2024-08-01T00:00:00},
 * fractions of a second, a date alone ({@code 2024-08-01}, read as the start of that day), and
 * offset forms (the offset is dropped, the local time kept). An empty string reads as {@code null}.
 */
public final class LenientLocalDateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public LenientLocalDateTimeDeserializer() {
        super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
        }
        String text = parser.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LenientTime.parseLocalDateTime(text);
        } catch (RuntimeException e) {
            return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                    "expected a date-time such as 2024-08-01 00:00:00");
        }
    }
}
