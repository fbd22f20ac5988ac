package dev.cloudsdk.scp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.cloudsdk.scp.model.Amount;
import dev.cloudsdk.scp.model.AmountBuilder;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an {@link Amount} from the object the schema describes ({@code {"krw": "0.000", "usd": "0.00"}})
 * or from the bare number (or numeric string) some responses send instead, which lands in
 * {@link Amount#value()}. A blank string reads as {@code null}. Not API.
 */
public final class AmountDeserializer extends StdDeserializer<Amount> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this. */
    public AmountDeserializer() {
        super(Amount.class);
    }

    @Override
    public Amount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Amount.builder().value(parser.getDecimalValue()).build();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            return text.isEmpty() ? null : Amount.builder().value(decimal(text, parser, context)).build();
        }
        if (token != JsonToken.START_OBJECT) {
            return (Amount) context.handleUnexpectedToken(Amount.class, parser);
        }
        JsonNode node = parser.readValueAsTree();
        AmountBuilder amount = Amount.builder();
        amount.krw(field(node, "krw", parser, context));
        amount.usd(field(node, "usd", parser, context));
        return amount.build();
    }

    private static BigDecimal field(JsonNode node, String name, JsonParser parser, DeserializationContext context)
            throws IOException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : decimal(text, parser, context);
    }

    private static BigDecimal decimal(String text, JsonParser parser, DeserializationContext context)
            throws IOException {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "expected an amount");
        }
    }
}
