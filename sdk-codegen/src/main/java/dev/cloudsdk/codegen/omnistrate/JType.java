package dev.cloudsdk.codegen.omnistrate;

/**
 * A Java type chosen for a schema: how it is written, and enough structure (element type, model or enum
 * name) to build sample values of it.
 *
 * @param kind    what sort of type
 * @param name    the type as written in a declaration
 * @param boxed   the type as a type argument
 * @param element the element type of a list or the value type of a map, else {@code null}
 * @param schema  the schema name of a model, the example string of an enum, or what a string's schema constrains
 *                that its sample values must respect ({@code enum:<first value>}, {@code format:email},
 *                {@code format:date-time}), else {@code null}
 */
record JType(Kind kind, String name, String boxed, JType element, String schema) {

    /** The sorts of types the generator writes. */
    enum Kind { STRING, LONG, BOOLEAN, DECIMAL, INSTANT, OBJECT, MODEL, ENUM, LIST, MAP }

    static final JType STRING = new JType(Kind.STRING, "String", "String", null, null);
    static final JType LONG = new JType(Kind.LONG, "long", "Long", null, null);
    static final JType BOOLEAN = new JType(Kind.BOOLEAN, "boolean", "Boolean", null, null);
    static final JType DECIMAL = new JType(Kind.DECIMAL, "BigDecimal", "BigDecimal", null, null);
    static final JType INSTANT = new JType(Kind.INSTANT, "Instant", "Instant", null, null);
    static final JType OBJECT = new JType(Kind.OBJECT, "Object", "Object", null, null);
    /** A time an answer's model keeps as the text received (its samples are RFC 3339 text). */
    static final JType TIME_TEXT = new JType(Kind.STRING, "String", "String", null, "format:date-time");

    /**
     * @param constraint {@code enum:<first value>} or {@code format:email}, or {@code null}
     * @return a string type whose samples respect the constraint
     */
    static JType string(String constraint) {
        return constraint == null ? STRING : new JType(Kind.STRING, "String", "String", null, constraint);
    }

    static JType model(String javaName, String schemaName) {
        return new JType(Kind.MODEL, javaName, javaName, null, schemaName);
    }

    static JType enumType(String javaName, String example) {
        return new JType(Kind.ENUM, javaName, javaName, null, example);
    }

    static JType list(JType element) {
        String name = "List<" + element.boxed() + ">";
        return new JType(Kind.LIST, name, name, element, null);
    }

    static JType map(JType value) {
        String name = "Map<String, " + value.boxed() + ">";
        return new JType(Kind.MAP, name, name, value, null);
    }

    /** @return whether the type always has a value (lists and maps default to empty) */
    boolean isContainer() {
        return kind == Kind.LIST || kind == Kind.MAP;
    }
}
