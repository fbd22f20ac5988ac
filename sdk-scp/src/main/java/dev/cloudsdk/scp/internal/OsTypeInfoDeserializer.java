package dev.cloudsdk.scp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.OsTypeInfo;
import dev.cloudsdk.scp.model.OsTypeInfoBuilder;
import java.io.IOException;

/**
 * Reads an {@link OsTypeInfo} from the object the schema describes ({@code {"os_type_id": "OPEN_SOURCE",
 * "display_name": "Open Source", "os_type_value": "opensource"}}) or from the bare id some responses send
 * instead (the {@code os} of covered resources), which lands in {@link OsTypeInfo#id()}. Not API.
 */
public final class OsTypeInfoDeserializer extends StdDeserializer<OsTypeInfo> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson calls this. */
    public OsTypeInfoDeserializer() {
        super(OsTypeInfo.class);
    }

    @Override
    public OsTypeInfo deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return OsTypeInfo.builder().id(OsType.of(parser.getText())).build();
        }
        if (token != JsonToken.START_OBJECT) {
            return (OsTypeInfo) context.handleUnexpectedToken(OsTypeInfo.class, parser);
        }
        JsonNode node = parser.readValueAsTree();
        OsTypeInfoBuilder info = OsTypeInfo.builder();
        String id = text(node, "os_type_id");
        if (id != null) {
            info.id(OsType.of(id));
        }
        return info.displayName(text(node, "display_name")).value(text(node, "os_type_value")).build();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
