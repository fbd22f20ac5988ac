package dev.cloudsdk.codegen;

import java.util.List;
import java.util.Map;

/**
 * Writes an immutable model (or params class) the same way for every provider: an abstract class in the SDK's
 * Immutables style ({@code @ModelStyle @Value.Immutable}), one abstract accessor per JSON property (or parameter), {@code builder()} and
 * {@code toBuilder()} returning the {@code <Model>Builder} Immutables generates. What differs by provider (how
 * Jackson reads it, extra annotations, checks, derived accessors) is passed in.
 */
public final class ModelSource {

    /** The primitive types, by the type of the attribute that holds one a required field may lack. */
    private static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double", "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");

    /** The class Javadoc and annotations; the declaration and {@link #file} follow it in {@link #render()}. */
    private final JavaFile start;
    /** The class body. */
    private final JavaFile file;
    private final String declaration;
    /** The JSON names of its properties, in the order written: the order Jackson writes them in. */
    private final List<String> jsonNames = new java.util.ArrayList<>();
    private final String name;
    /** Whether it is read from answers: each field then has a public accessor over a package-private attribute. */
    private final boolean answered;
    /** Whether it is a request body: its builder then also takes fields this SDK version does not model. */
    private final boolean body;

    /**
     * Starts a model.
     *
     * @param header           the file's first line, {@link GeneratedSources#header}
     * @param packageName      its package
     * @param name             the class name
     * @param knownTypes       simple name to fully qualified name of every type it may use ({@link JavaFile})
     * @param doc              the class Javadoc, one entry per line (a {@code "\n\n"} inside one starts a paragraph)
     * @param classAnnotations annotations after {@code @ModelStyle @Value.Immutable}, e.g. how Jackson reads it; a
     *                         model read from JSON ({@link #readThroughBuilder} or a deserializer) extends
     *                         {@code ApiModel}, which keeps the fields of an answer it does not model
     */
    public ModelSource(String header, String packageName, String name, Map<String, String> knownTypes, List<String> doc,
                       List<String> classAnnotations) {
        this(header, packageName, name, knownTypes, doc, classAnnotations, false);
    }

    private ModelSource(String header, String packageName, String name, Map<String, String> knownTypes,
                        List<String> doc, List<String> classAnnotations, boolean body) {
        this.name = name;
        this.body = body;
        boolean read = classAnnotations.stream().anyMatch(annotation -> annotation.startsWith("@JsonDeserialize("));
        this.answered = read && !body;
        Map<String, String> types = new java.util.HashMap<>(knownTypes);
        types.put("ApiModel", "dev.cloudsdk.core.model.ApiModel");
        types.put("Nullable", "dev.cloudsdk.core.spi.Nullable");
        types.put("AllowNulls", "dev.cloudsdk.core.spi.AllowNulls");
        types.put("JsonAnyGetter", "com.fasterxml.jackson.annotation.JsonAnyGetter");
        types.put("JsonInclude", "com.fasterxml.jackson.annotation.JsonInclude");
        types.put("Map", "java.util.Map");
        types.put("JsonPropertyOrder", "com.fasterxml.jackson.annotation.JsonPropertyOrder");
        this.start = new JavaFile(header, packageName, types);
        this.file = new JavaFile(header, packageName, types);
        start.doc("", doc.toArray(String[]::new));
        start.line("@ModelStyle", "@Value.Immutable");
        classAnnotations.forEach(start::line);
        this.declaration = "public abstract class " + name + (answered ? " extends ApiModel" : "") + " {";
    }

    /**
     * Starts a request body (or a part of one): a model only sent, whose accessors are plain abstract ones (its builder
     * refuses to build it without a required field) and whose builder also takes fields this SDK version does not
     * model ({@code putAdditionalProperty(name, value)}), written after the modelled ones.
     *
     * @param header           the file's first line, {@link GeneratedSources#header}
     * @param packageName      its package
     * @param name             the class name
     * @param knownTypes       simple name to fully qualified name of every type it may use ({@link JavaFile})
     * @param doc              the class Javadoc, one entry per line
     * @param classAnnotations annotations after {@code @ModelStyle @Value.Immutable}, such as
     *                         {@link #readThroughBuilder} where a fake server reads it
     * @return the model being written
     */
    public static ModelSource requestBody(String header, String packageName, String name, Map<String, String> knownTypes,
                                          List<String> doc, List<String> classAnnotations) {
        return new ModelSource(header, packageName, name, knownTypes, doc, classAnnotations, true);
    }

    /**
     * @param name the model
     * @return how Jackson reads a model through the builder Immutables generates
     */
    public static String readThroughBuilder(String name) {
        return "@JsonDeserialize(builder = " + name + "Builder.class)";
    }

    /**
     * Adds the accessor of one JSON property. In a model read from answers, the value is kept in a package-private
     * attribute {@code <java>Field()} and the public accessor returns it through {@code ApiModel.field} (or
     * {@code requiredField} for a plain type, which the API always sends), so that it throws what reading it failed
     * with (see {@code ModelStyle}).
     *
     * @param returns     what it returns, the text after {@code @return}
     * @param json        the property's JSON name
     * @param annotations annotations after its {@code @JsonProperty}, e.g. {@code @Value.Redacted}
     * @param type        the declared Java type, e.g. {@code Optional<String>}
     * @param java        the accessor's name
     * @return this model
     */
    public ModelSource property(String returns, String json, List<String> annotations, String type, String java) {
        file.doc("    ", "@return " + returns);
        jsonNames.add(json);
        if (!answered) {
            file.line("    @JsonProperty(" + JavaFile.literal(json) + ")");
            annotations.forEach(annotation -> file.line("    " + annotation));
            file.line("    public abstract " + type + " " + java + "();", "");
            return this;
        }
        boolean required = !type.matches("(Optional|List|Map|Set)(<.*|Int|Long|Double)?");
        file.line("    public " + type + " " + java + "() {",
                "        return " + (required ? "requiredField(" : "field(") + JavaFile.literal(json) + ", " + java
                        + "Field());",
                "    }", "");
        file.line("    @JsonProperty(" + JavaFile.literal(json) + ")");
        annotations.forEach(annotation -> file.line("    " + annotation));
        if (required) {
            file.line("    @Nullable");
        }
        file.line("    abstract " + BOXED.getOrDefault(type, type) + " " + java + "Field();", "");
        return this;
    }

    /**
     * Adds an accessor that is no JSON property, such as a query parameter of a params class.
     *
     * @param returns what it returns, the text after {@code @return}
     * @param type    the declared Java type
     * @param java    the accessor's name
     * @return this model
     */
    public ModelSource accessor(String returns, String type, String java) {
        file.doc("    ", "@return " + returns);
        file.line("    public abstract " + type + " " + java + "();", "");
        return this;
    }

    /** @return the file being written, for members of the provider's own (a check, a derived accessor) */
    public JavaFile file() {
        return file;
    }

    /** @return the complete file, ending with {@code builder()} and {@code toBuilder()} */
    public String render() {
        if (body) {
            file.doc("    ", "@return the fields sent after the modelled ones, by JSON name: fields the API accepts that this SDK"
                    + " version does not model yet, given to the builder's {@code putAdditionalProperty(name, value)}");
            file.line("    public Map<String, Object> additionalProperties() {", "        return additionalPropertyField();",
                    "    }", "");
            file.line("    @JsonAnyGetter", "    @JsonInclude(content = JsonInclude.Include.ALWAYS)", "    @AllowNulls",
                    "    @Value.Redacted",
                    "    abstract Map<String, Object> additionalPropertyField();", "");
        }
        file.doc("    ", "@return a new builder");
        file.line("    public static " + name + "Builder builder() {", "        return new " + name + "Builder();", "    }",
                "");
        file.doc("    ", "@return a builder holding this object's values");
        file.line("    public " + name + "Builder toBuilder() {", "        return builder().from(this);", "    }", "}");
        if (!jsonNames.isEmpty()) { // else Jackson writes them in the order the JVM lists methods, which varies
            start.line("@JsonPropertyOrder({" + jsonNames.stream().map(JavaFile::literal)
                    .collect(java.util.stream.Collectors.joining(", ")) + "})");
        }
        return start.line(declaration, "").append(file).render();
    }
}
