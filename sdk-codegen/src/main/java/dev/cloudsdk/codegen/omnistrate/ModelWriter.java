package dev.cloudsdk.codegen.omnistrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.ModelSource;
import dev.cloudsdk.codegen.OpenEnumWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes the immutable models and the open enums of {@code dev.cloudsdk.omnistrate.model}. */
final class ModelWriter {

    static final String PACKAGE = "dev.cloudsdk.omnistrate.model";

    /** JSON names of fields that hold secrets (never printed by {@code toString()}); a page token is no secret. */
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?!nextPageToken$).*(token|password|secret|privateKey|apiKey)|clientKey.*|clientCert.*"
                    + "|integrationKey|webhookUrl|headers");

    private final TypeMapper types;
    private final Map<String, String> knownTypes;
    private final Map<String, List<String>> uses = new java.util.TreeMap<>();

    ModelWriter(TypeMapper types, Map<String, String> knownTypes, List<Op> operations) {
        this.types = types;
        this.knownTypes = knownTypes;
        for (Op op : operations) {
            String method = "{@link dev.cloudsdk.omnistrate." + op.group.className()
                    + (op.scope != null ? "." + op.scope.className() : "") + "#" + op.entry.method() + "}";
            if (op.body != null && op.body.kind() == JType.Kind.MODEL) {
                uses.computeIfAbsent(op.body.schema(), k -> new java.util.ArrayList<>())
                        .add("The request body of " + method);
            }
            JType answer = op.response == null ? null
                    : op.response.kind() == JType.Kind.LIST ? op.response.element() : op.response;
            if (answer != null && answer.kind() == JType.Kind.MODEL) {
                uses.computeIfAbsent(answer.schema(), k -> new java.util.ArrayList<>()).add("The answer of " + method);
            }
        }
    }

    /**
     * A model property as the generator writes it. A time in an answer's model is bound as its text ({@code java} is
     * {@code createdAtText}, {@code type} {@link JType#TIME_TEXT}) and {@code instant} names the accessor reading it as
     * an {@code Instant} ({@code createdAt}); else {@code instant} is {@code null}.
     */
    record Property(String json, String java, JType type, boolean required, String doc, boolean secret,
                    boolean requiredContainer, String instant) {

        /** @return the accessor's declared type */
        String declaration() {
            return required || type.isContainer() ? type.name() : "Optional<" + type.boxed() + ">";
        }
    }

    /**
     * The properties of a model, typed and named.
     *
     * @param types      the type mapper
     * @param schemaName the component schema
     * @return its properties in spec order
     */
    static List<Property> properties(TypeMapper types, String schemaName) {
        Set<String> required = types.required(schemaName);
        Set<String> requiredInSpec = types.requiredInSpec(schemaName);
        Set<String> used = new HashSet<>();
        return types.properties(schemaName).entrySet().stream().map(entry -> {
            String json = entry.getKey();
            JsonNode schema = entry.getValue();
            String java = Names.member(json);
            while (!used.add(java)) {
                java = java + "Value";
            }
            JType type = types.mapProperty(schemaName, json, schema);
            String instant = null;
            if (type.kind() == JType.Kind.INSTANT && types.answered(schemaName)) { // kept as text, read on demand
                instant = java;
                type = JType.TIME_TEXT;
                java = java + "Text";
                while (!used.add(java)) {
                    java = java + "Value";
                }
            }
            return new Property(json, java, type, required.contains(json) && !type.isContainer(),
                    propertyDoc(json, types.propertyDescription(schemaName, json, schema), schema, type), SECRET.matcher(json).matches(),
                    requiredInSpec.contains(json) && type.isContainer(), instant);
        }).collect(Collectors.toList());
    }

    /**
     * Writes one model.
     *
     * @param schemaName the component schema
     * @return the file's content
     */
    String model(String schemaName) {
        String name = types.modelNames().get(schemaName);
        String about = types.description(schemaName);
        List<String> usedBy = uses.getOrDefault(schemaName, List.of());
        String summary = !about.isEmpty() ? Names.doc(about)
                : !usedBy.isEmpty() ? String.join("; ", usedBy) + "."
                : dev.cloudsdk.codegen.Names.sentenceOf(name).replace(".", "")
                        + ", part of Fleet API answers and requests.";
        List<String> doc = List.of(summary + " Spec schema {@code " + schemaName + "}.", "",
                "<p>Read from the API through {@link " + name + "Builder} (a field the schema spells {@code PascalCase} is also read",
                "in {@code camelCase}, as the spec's samples send it); build one with {@link #builder()} to send it.");
        List<String> classAnnotations = List.of(ModelSource.readThroughBuilder(name),
                "@JsonInclude(JsonInclude.Include.NON_EMPTY)");
        ModelSource model = types.answered(schemaName)
                ? new ModelSource(Generator.HEADER, PACKAGE, name, knownTypes, doc, classAnnotations)
                : ModelSource.requestBody(Generator.HEADER, PACKAGE, name, knownTypes, doc, classAnnotations);
        for (Property property : properties(types, schemaName)) {
            List<String> annotations = new java.util.ArrayList<>();
            if (Character.isUpperCase(property.json().charAt(0))) { // samples send chartName for ChartName
                annotations.add("@JsonAlias(" + JavaFile.literal(
                        dev.cloudsdk.codegen.Names.decapitalize(property.json())) + ")");
            }
            if (property.secret()) {
                annotations.add("@Value.Redacted");
            }
            if (property.requiredContainer()) { // the spec requires it: sent even when empty
                annotations.add("@JsonInclude(JsonInclude.Include.ALWAYS)");
            }
            model.property(property.doc() + (property.instant() == null ? ""
                    : " The text as received; {@link #" + property.instant() + "()} reads it as a time."),
                    property.json(), annotations, property.declaration(), property.java());
            if (property.instant() != null) {
                instantAccessor(model.file(), name, property);
            }
        }
        return model.render();
    }

    /**
     * Writes one open enum.
     *
     * @param def the enum
     * @return the file's content
     */
    String openEnum(TypeMapper.EnumDef def) {
        return OpenEnumWriter.write(Generator.HEADER, PACKAGE, def.name(), Names.doc(def.about()), def.values().stream()
                .map(value -> new OpenEnumWriter.Constant(Names.constant(value), value, "")).toList());
    }

    /**
     * Writes the accessor reading a time kept as text: plain (not abstract), so Immutables and Jackson leave it
     * alone, and parsing on each call, so text that is no time fails this accessor only.
     */
    private static void instantAccessor(JavaFile file, String model, Property property) {
        if (property.required()) {
            throw new IllegalStateException(model + "." + property.json() + ": a required time in an answer");
        }
        String path = model + "." + property.json();
        file.doc("    ", property.doc() + " Read from {@link #" + property.java() + "()} on each call: an RFC 3339 date-time"
                        + " (a space for {@code T} accepted), a zone-less date-time or a date taken as UTC, or epoch"
                        + " seconds.",
                "",
                "@return the time, or empty when the answer has none",
                "@throws dev.cloudsdk.core.error.ResponseDecodingException when the text is no time; it names the field"
                        + " ({@code " + path + "}) and holds the text");
        file.line("    public Optional<Instant> " + property.instant() + "() {",
                "        return Timestamps.parse(" + JavaFile.literal(path) + ", " + property.java() + "());", "    }", "");
    }

    private static String propertyDoc(String json, String description, JsonNode schema, JType type) {
        String text = description.isEmpty() ? "the {@code " + json + "} field" : Names.doc(description);
        String example = schema.path("example").asText("");
        if (type.kind() == JType.Kind.STRING && example.contains("|")) {
            text = text + " Known values: " + java.util.Arrays.stream(example.split("\\|"))
                    .map(value -> "{@code " + Names.escape(value) + "}")
                    .collect(Collectors.joining(", ")) + ".";
        }
        return text;
    }
}
