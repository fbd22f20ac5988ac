package dev.cloudsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads instants in every form these APIs use: RFC 3339 ({@code 2021-01-01T00:00:00Z},
 * {@code 2020-06-29T01:02:03.123+09:00}), zone-less {@code 2024-08-01 00:00:00} (taken as UTC), and Unix
 * epoch seconds as a number or a numeric string ({@code 1700000000}, fractions allowed). An empty
 * string or {@code 0}-free blank reads as {@code null}.
 */
public final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public LenientInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochSecond(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return LenientTime.fromEpochSeconds(parser.getDecimalValue());
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LenientTime.parseInstant(text);
        } catch (RuntimeException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text,
                    "expected an RFC 3339 date-time or epoch seconds");
        }
    }
}
